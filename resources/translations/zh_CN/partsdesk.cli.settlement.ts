<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>Signed voucher of claim {number} recorded (signed {date}); the claim is {state}.</source>
      <translation>索赔单 {number} 的签字结算凭证已登记（签字日期 {date}）；索赔单现为“{state}”。</translation>
    </message>
    <message>
      <source>Settlement batch {batch} created with {n} claim: {total}.</source>
      <translation>结算批次 {batch} 已创建，{n} 张索赔单：{total}。</translation>
    </message>
    <message>
      <source>Settlement batch {batch} created with {n} claims: {total}.</source>
      <translation>结算批次 {batch} 已创建，{n} 张索赔单：{total}。</translation>
    </message>
    <message>
      <source>Settlement batch {batch} submitted: {total}.</source>
      <translation>结算批次 {batch} 已提交：{total}。</translation>
    </message>
    <message>
      <source>Settlement batch {batch} closed.</source>
      <translation>结算批次 {batch} 已关闭。</translation>
    </message>
    <message>
      <source>Payment {amount} of settlement batch {batch} recorded ({reference}); its claims are paid.</source>
      <translation>结算批次 {batch} 的付款 {amount} 已登记（{reference}）；其索赔单已付款。</translation>
    </message>
    <message>
      <source>record the customer's signed settlement voucher</source>
      <translation>登记客户签字的结算凭证</translation>
    </message>
    <message>
      <source>the customer's signed voucher came back</source>
      <translation>客户签字的结算凭证已收回</translation>
    </message>
    <message>
      <source>claim number (WC-…)</source>
      <translation>索赔单号（WC-…）</translation>
    </message>
    <message>
      <source>the day the customer signed, YYYY-MM-DD</source>
      <translation>客户签字日期，YYYY-MM-DD</translation>
    </message>
    <message>
      <source>the print they signed: 0 the original, 1, 2 … a copy (default: the latest)</source>
      <translation>客户签字的那一份打印：0 为原件，1、2 … 为副本（默认：最近一份）</translation>
    </message>
    <message>
      <source>the scanned signed voucher (PDF, JPG or PNG), kept with the claim</source>
      <translation>签字结算凭证的扫描件（PDF、JPG 或 PNG），随索赔单保存</translation>
    </message>
    <message>
      <source>who received it (default: the user)</source>
      <translation>接收人（默认：当前用户）</translation>
    </message>
    <message>
      <source>settlement batches: create, submit, record the payment, close</source>
      <translation>结算批次：创建、提交、登记付款、关闭</translation>
    </message>
    <message>
      <source>a new settlement batch</source>
      <translation>新建结算批次</translation>
    </message>
    <message>
      <source>A batch of the settleable claims repaired in a period, or of the claims named (all or nothing: one that is not settleable refuses the batch).</source>
      <translation>由某一期间内维修的可结算索赔单或指定的索赔单组成的结算批次（全部或全不：任何一张不可结算则整个批次被拒绝）。</translation>
    </message>
    <message>
      <source>repair dates from and to, YYYY-MM-DD</source>
      <translation>维修日期起止，YYYY-MM-DD</translation>
    </message>
    <message>
      <source>claim numbers</source>
      <translation>索赔单号</translation>
    </message>
    <message>
      <source>a note on the batch</source>
      <translation>结算批次备注</translation>
    </message>
    <message>
      <source>submit the batch: its statement goes out</source>
      <translation>提交结算批次：发出结算单</translation>
    </message>
    <message>
      <source>close a paid batch and its claims</source>
      <translation>关闭已付款的结算批次及其索赔单</translation>
    </message>
    <message>
      <source>record the payment of a submitted batch</source>
      <translation>登记已提交结算批次的付款</translation>
    </message>
    <message>
      <source>settlement batch number (SB-…)</source>
      <translation>结算批次号（SB-…）</translation>
    </message>
    <message>
      <source>the amount received</source>
      <translation>收到的金额</translation>
    </message>
    <message>
      <source>the payment's reference</source>
      <translation>付款参考号</translation>
    </message>
    <message>
      <source>the day it was paid, YYYY-MM-DD (default: today)</source>
      <translation>付款日期，YYYY-MM-DD（默认：今天）</translation>
    </message>
    <message>
      <source>a claim paid less (a positive amount) or more (negative), and why; once per claim</source>
      <translation>少付（正数）或多付（负数）的索赔单及原因；每张索赔单一次</translation>
    </message>
    <message>
      <source>--difference "{text}" is not CLAIM:AMOUNT:REASON.</source>
      <translation>--difference “{text}”不是 索赔单:金额:原因 的格式。</translation>
    </message>
    <message>
      <source>Claim {number} has two --difference options; give one per claim.</source>
      <translation>索赔单 {number} 有两个 --difference 选项；每张索赔单只给一个。</translation>
    </message>
  </context>
</TS>
