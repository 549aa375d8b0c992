<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>PackingList</name>
    <message>
      <source>Return shipment {number}</source>
      <translation>旧件返回单 {number}</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>开单时间</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>已发运</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>承运商</translation>
    </message>
    <message>
      <source>Tracking No.</source>
      <translation>运单号</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>旧件标签数</translation>
    </message>
    <message>
      <source>Return shipment {number} — page {page}</source>
      <translation>旧件返回单 {number} — 第 {page} 页</translation>
    </message>
    <message>
      <source>#</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>旧件标签</translation>
    </message>
    <message>
      <source>Claim / VIN</source>
      <translation>索赔单 / 车架号</translation>
    </message>
    <message>
      <source>Part No.</source>
      <translation>配件编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>故障</translation>
    </message>
    <message>
      <source>Repair date</source>
      <translation>维修日期</translation>
    </message>
    <message>
      <source>Packed by</source>
      <translation>装箱人</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>接收人</translation>
    </message>
    <message>
      <source>Packing list — defective parts</source>
      <translation>装箱单 — 旧件</translation>
    </message>
    <message>
      <source>The shipment is empty.</source>
      <translation>本返回单为空。</translation>
    </message>
  </context>
</TS>
