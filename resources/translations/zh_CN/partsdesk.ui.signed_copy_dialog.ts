<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>SignedCopyDialog</name>
    <message>
      <source>Scanned voucher (*.pdf *.jpg *.jpeg *.png)</source>
      <translation>结算凭证扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <source>Copy {n}, printed {time} by {name}</source>
      <translation>副本 {n}，{time} 由 {name} 打印</translation>
    </message>
    <message>
      <source>Original, printed {time} by {name}</source>
      <translation>原件，{time} 由 {name} 打印</translation>
    </message>
    <message>
      <source>Signed voucher of claim {number}</source>
      <translation>索赔单 {number} 的签字凭证</translation>
    </message>
    <message>
      <source>The print of the voucher that came back signed</source>
      <translation>客户签字交回的那一份凭证打印</translation>
    </message>
    <message>
      <source>optional: the scanned voucher</source>
      <translation>可选：凭证扫描件</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <source>The customer signed</source>
      <translation>客户签字的是</translation>
    </message>
    <message>
      <source>Signed by the customer on</source>
      <translation>客户签字日期</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>接收人</translation>
    </message>
    <message>
      <source>Scanned copy</source>
      <translation>扫描件</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>登记</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Only a voucher signed by the customer is a valid basis for settlement. Record it when the signed paper is in your hands.</source>
      <translation>只有客户签字的结算凭证才是有效的结算依据。拿到签字原件后再登记。</translation>
    </message>
    <message>
      <source>Choose the scanned voucher</source>
      <translation>选择凭证扫描件</translation>
    </message>
    <message>
      <source>A day from {first}, when this print was made, to today ({today}).</source>
      <translation>可选 {first}（这份打印的日期）至今天（{today}）之间的日期。</translation>
    </message>
  </context>
</TS>
