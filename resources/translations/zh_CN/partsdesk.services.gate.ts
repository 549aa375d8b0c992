<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Settlement</name>
    <message>
      <source>The claim is {state}: {reason}.</source>
      <translation>索赔单状态为{state}：{reason}。</translation>
    </message>
    <message>
      <source>The claim is already {state} ({batch}).</source>
      <translation>索赔单已是{state}状态（{batch}）。</translation>
    </message>
    <message>
      <source>Claim {number} cannot be settled yet: {missing}</source>
      <translation>索赔单 {number} 暂不能结算：{missing}</translation>
    </message>
    <message>
      <source>The claim is not approved.</source>
      <translation>索赔单尚未审核通过。</translation>
    </message>
    <message>
      <source>The settlement voucher has not been printed.</source>
      <translation>结算凭证尚未打印。</translation>
    </message>
    <message>
      <source>The claim is {state}, not settleable.</source>
      <translation>索赔单状态为{state}，不可结算。</translation>
    </message>
    <message>
      <source>Its parts have not been issued.</source>
      <translation>配件尚未发放。</translation>
    </message>
    <message>
      <source>The voucher signed by the customer has not been recorded.</source>
      <translation>客户签字的凭证尚未登记。</translation>
    </message>
    <message>
      <source>Tag {tag} ({part_no}) has not been shipped.</source>
      <translation>旧件标签 {tag}（{part_no}）尚未发运。</translation>
    </message>
    <message>
      <source>Part {part_no} must be returned but has no defective-part tag.</source>
      <translation>配件 {part_no} 须返回旧件，但没有旧件标签。</translation>
    </message>
    <message>
      <source>Claim {number}: the customer's signed voucher is in</source>
      <translation>索赔单 {number}：已收到客户签字的凭证</translation>
    </message>
    <message>
      <source>Tag {tag} ({part_no}) is packed in {shipment} but not shipped.</source>
      <translation>旧件标签 {tag}（{part_no}）已装入 {shipment}，但尚未发运。</translation>
    </message>
    <message>
      <source>Claim {number}: every defective part is back and inspected</source>
      <translation>索赔单 {number}：所有旧件均已返回并鉴定</translation>
    </message>
    <message>
      <source>Tag {tag} ({part_no}) has not been received yet.</source>
      <translation>旧件标签 {tag}（{part_no}）尚未接收。</translation>
    </message>
    <message>
      <source>Claim {number} is settleable</source>
      <translation>索赔单 {number} 可结算</translation>
    </message>
    <message>
      <source>Tag {tag} ({part_no}) has not been inspected.</source>
      <translation>旧件标签 {tag}（{part_no}）尚未鉴定。</translation>
    </message>
  </context>
</TS>
