<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>PaymentDialog</name>
    <message>
      <source>Statement {expected} − differences {differences} = {due}; received {paid}.</source>
      <translation>结算单 {expected} − 差额 {differences} = {due}；实收 {paid}。</translation>
    </message>
    <message>
      <source>Payment of settlement batch {batch}</source>
      <translation>结算批次 {batch} 的付款</translation>
    </message>
    <message>
      <source>bank transfer or remittance number</source>
      <translation>银行转账或汇款编号</translation>
    </message>
    <message>
      <source>Amount received</source>
      <translation>实收金额</translation>
    </message>
    <message>
      <source>Payment date</source>
      <translation>付款日期</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>付款编号</translation>
    </message>
    <message>
      <source>Record payment</source>
      <translation>登记付款</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Where a claim was paid less than the statement asks, type the difference and its reason on its line; where it was paid more, type the difference as a negative amount (over-paid).</source>
      <translation>如某索赔单的付款少于结算单金额，请在该行输入差额及原因；如付款多于结算单金额，请将差额输入为负数（多付）。</translation>
    </message>
    <message>
      <source>Claim No.</source>
      <translation>索赔单号</translation>
    </message>
    <message>
      <source>To be paid</source>
      <translation>应付</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>差额</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>The amount received is not a number.</source>
      <translation>实收金额不是数字。</translation>
    </message>
    <message>
      <source>{gap} is not explained by a difference.</source>
      <translation>有 {gap} 没有差额说明。</translation>
    </message>
    <message>
      <source>A difference is not a number.</source>
      <translation>有差额不是数字。</translation>
    </message>
    <message>
      <source>{over} more than due is not explained: type it as a negative difference (over-paid) on the claim it was paid for.</source>
      <translation>多付的 {over} 未说明：请在多付的索赔单上输入负差额（多付）。</translation>
    </message>
    <message>
      <source>Balanced.</source>
      <translation>已平衡。</translation>
    </message>
  </context>
</TS>
