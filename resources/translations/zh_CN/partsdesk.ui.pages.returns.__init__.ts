<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>Defective store</source>
      <translation>旧件库</translation>
    </message>
    <message>
      <source>Return shipments</source>
      <translation>旧件返回单</translation>
    </message>
    <message>
      <source>Return receipt and inspection</source>
      <translation>旧件接收与鉴定</translation>
    </message>
  </context>
</TS>
