<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Tables</name>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
  </context>
</TS>
