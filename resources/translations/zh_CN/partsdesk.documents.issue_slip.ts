<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>IssueSlip</name>
    <message>
      <source>Parts issue slip {number}</source>
      <translation>配件发料单 {number}</translation>
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
      <source>From</source>
      <translation>发自库位</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>发放时间</translation>
    </message>
    <message>
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>Defective-part tag</source>
      <translation>旧件标签</translation>
    </message>
    <message>
      <source>No parts were issued to this claim.</source>
      <translation>本索赔单没有发放配件。</translation>
    </message>
    <message>
      <source>Issued by (warehouse)</source>
      <translation>发料人（仓库）</translation>
    </message>
    <message>
      <source>Received by (technician)</source>
      <translation>领料人（维修技师）</translation>
    </message>
    <message>
      <source>Parts issue slip</source>
      <translation>配件发料单</translation>
    </message>
    <message>
      <source>Claim {number} — VIN {vin} — repair date {date}</source>
      <translation>索赔单 {number} — 车架号 {vin} — 维修日期 {date}</translation>
    </message>
    <message>
      <source>Customer: {name}</source>
      <translation>客户：{name}</translation>
    </message>
  </context>
</TS>
