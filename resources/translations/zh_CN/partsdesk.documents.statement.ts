<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Statement</name>
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
      <source>Settlement statement {number}</source>
      <translation>结算单 {number}</translation>
    </message>
    <message>
      <source>Repair dates {start} to {end} — {n} claim — {state}</source>
      <translation>维修日期 {start} 至 {end} — {n} 张索赔单 — {state}</translation>
    </message>
    <message>
      <source>Repair dates {start} to {end} — {n} claims — {state}</source>
      <translation>维修日期 {start} 至 {end} — {n} 张索赔单 — {state}</translation>
    </message>
    <message>
      <source>Claimed {claimed} − charge-backs {charge_backs} = to be paid {expected}.</source>
      <translation>索赔金额 {claimed} − 扣款 {charge_backs} = 应付 {expected}。</translation>
    </message>
    <message>
      <source>Paid {amount} on {date}, reference {reference} (recorded {time}).</source>
      <translation>已于 {date} 付款 {amount}，凭证号 {reference}（登记于 {time}）。</translation>
    </message>
    <message>
      <source>{amount} less than to be paid; the payment differences above say why.</source>
      <translation>比应付少 {amount}；原因见上方的付款差额。</translation>
    </message>
    <message>
      <source>Differences: charge-backs and the payment's</source>
      <translation>差额：扣款与付款差额</translation>
    </message>
    <message>
      <source>{amount} more than to be paid; the payment differences above say why.</source>
      <translation>比应付多 {amount}；原因见上方的付款差额。</translation>
    </message>
    <message>
      <source>#</source>
      <translation>序号</translation>
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
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>No payment recorded yet.</source>
      <translation>尚未登记付款。</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
  </context>
</TS>
