<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Scanning</name>
    <message>
      <source>part</source>
      <translation>配件</translation>
    </message>
    <message>
      <source>location</source>
      <translation>库位</translation>
    </message>
    <message>
      <source>warranty claim</source>
      <translation>索赔单</translation>
    </message>
    <message>
      <source>receipt</source>
      <translation>入库单</translation>
    </message>
    <message>
      <source>defective-part tag</source>
      <translation>旧件标签</translation>
    </message>
    <message>
      <source>return shipment</source>
      <translation>旧件返回单</translation>
    </message>
    <message>
      <source>settlement batch</source>
      <translation>结算批次</translation>
    </message>
    <message>
      <source>stock count</source>
      <translation>盘点单</translation>
    </message>
    <message>
      <source>parts request</source>
      <translation>配件申请</translation>
    </message>
    <message>
      <source>unknown code</source>
      <translation>未知条码</translation>
    </message>
    <message>
      <source>{kind} {code}</source>
      <translation>{kind} {code}</translation>
    </message>
  </context>
</TS>
