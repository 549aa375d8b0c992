<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Spreadsheet</name>
    <message>
      <source>Warranty claims</source>
      <translation>索赔单</translation>
    </message>
    <message>
      <source>Claim No.</source>
      <translation>索赔单号</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Repair date</source>
      <translation>维修日期</translation>
    </message>
    <message>
      <source>VIN</source>
      <translation>VIN</translation>
    </message>
    <message>
      <source>Vehicle model</source>
      <translation>车型</translation>
    </message>
    <message>
      <source>Mileage (km)</source>
      <translation>里程(km)</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Fault code</source>
      <translation>故障代码</translation>
    </message>
    <message>
      <source>Cause code</source>
      <translation>原因代码</translation>
    </message>
    <message>
      <source>Parts amount</source>
      <translation>配件金额</translation>
    </message>
    <message>
      <source>Labour amount</source>
      <translation>工时金额</translation>
    </message>
    <message>
      <source>Other amount</source>
      <translation>其他金额</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
  </context>
</TS>
