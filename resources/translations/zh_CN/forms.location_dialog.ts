<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>LocationDialog</name>
    <message>
      <source>Location</source>
      <translation>库位</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>e.g. A-01-03</source>
      <translation>例如 A-01-03</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Allow negative</source>
      <translation>允许负库存</translation>
    </message>
    <message>
      <source>Stock here may go below zero</source>
      <translation>此处库存可以低于零</translation>
    </message>
    <message>
      <source>Only for areas where stock is booked before it is counted.</source>
      <translation>仅用于先记账、后清点的区域。</translation>
    </message>
  </context>
</TS>
