<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>LocationDialog</name>
    <message>
      <source>New location</source>
      <translation>新建库位</translation>
    </message>
    <message>
      <source>Location {code}</source>
      <translation>库位 {code}</translation>
    </message>
  </context>
</TS>
