<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Pages</name>
    <message>
      <source>Parts catalogue</source>
      <translation>配件目录</translation>
    </message>
    <message>
      <source>Locations</source>
      <translation>库位</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>用户</translation>
    </message>
  </context>
</TS>
