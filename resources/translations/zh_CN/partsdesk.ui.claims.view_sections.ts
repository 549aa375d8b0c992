<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ClaimView</name>
    <message>
      <source>{price} (catalogue {catalogue})</source>
      <translation>{price}（目录价 {catalogue}）</translation>
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
      <source>Reserved</source>
      <translation>已预留</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>已发</translation>
    </message>
    <message>
      <source>On request</source>
      <translation>申请中</translation>
    </message>
    <message>
      <source>Parts request</source>
      <translation>配件申请</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>返回旧件</translation>
    </message>
    <message>
      <source>Operation</source>
      <translation>工时代码</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>工时</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Reason for extra hours</source>
      <translation>超工时原因</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>Replacement reason</source>
      <translation>更换原因</translation>
    </message>
    <message>
      <source>Batch</source>
      <translation>批次</translation>
    </message>
    <message>
      <source>Labour</source>
      <translation>工时费</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>配件</translation>
    </message>
    <message>
      <source>Price changed: {part_no} at {price} instead of the catalogue's {catalogue} — {reason}</source>
      <translation>已改价：{part_no} 单价 {price}，目录价为 {catalogue} — {reason}</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
  </context>
</TS>
