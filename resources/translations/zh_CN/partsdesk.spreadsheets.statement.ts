<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>StatementSheet</name>
    <message>
      <source>Inspection</source>
      <translation>旧件鉴定</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>付款</translation>
    </message>
    <message>
      <source>Reversal</source>
      <translation>冲回</translation>
    </message>
    <message>
      <source>Claim No.</source>
      <translation>索赔单号</translation>
    </message>
    <message>
      <source>Repair date</source>
      <translation>维修日期</translation>
    </message>
    <message>
      <source>VIN</source>
      <translation>车架号</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>配件</translation>
    </message>
    <message>
      <source>Labour</source>
      <translation>工时</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Claimed</source>
      <translation>索赔金额</translation>
    </message>
    <message>
      <source>Charge-backs</source>
      <translation>扣款</translation>
    </message>
    <message>
      <source>To be paid</source>
      <translation>应付</translation>
    </message>
    <message>
      <source>Payment difference</source>
      <translation>付款差额</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>已付款</translation>
    </message>
    <message>
      <source>Why paid less or more</source>
      <translation>少付或多付的原因</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>结算单</translation>
    </message>
    <message>
      <source>Settlement statement {number}</source>
      <translation>结算单 {number}</translation>
    </message>
    <message>
      <source>Repair dates {start} to {end}</source>
      <translation>维修日期 {start} 至 {end}</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>旧件标签</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Differences</source>
      <translation>差额</translation>
    </message>
    <message>
      <source>Paid {amount} on {date}, reference {reference}</source>
      <translation>已于 {date} 付款 {amount}，凭证号 {reference}</translation>
    </message>
  </context>
</TS>
