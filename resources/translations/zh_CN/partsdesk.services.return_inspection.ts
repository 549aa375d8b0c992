<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Returns</name>
    <message>
      <source>Tag {tag}, written off as missing, arrived after all; its charge-back {amount} is reversed and the part waits for its inspection</source>
      <translation>旧件标签 {tag} 曾登记为缺失，现已到达；其扣款 {amount} 已冲回，旧件等待鉴定</translation>
    </message>
    <message>
      <source>Tag {tag} received from shipment {shipment}</source>
      <translation>旧件标签 {tag} 已从返回单 {shipment} 接收</translation>
    </message>
    <message>
      <source>Tag {tag} was written off as missing and claim {number} has been paid with its charge-back{batch}; the charge-back stands. Keep the part aside and tell the settlement clerk.</source>
      <translation>旧件标签 {tag} 已登记为缺失，索赔单 {number} 已按该扣款付款{batch}；扣款维持不变。请将旧件单独存放并告知结算员。</translation>
    </message>
    <message>
      <source>Tag {tag} was written off as missing and claim {number} is in settlement batch {batch} with that charge-back. Take the claim out of the batch first (a submitted batch is withdrawn first), then receive the tag.</source>
      <translation>旧件标签 {tag} 已登记为缺失，索赔单 {number} 已带着该扣款进入结算批次 {batch}。请先将索赔单移出该批次（已提交的批次须先撤回），再接收该旧件。</translation>
    </message>
    <message>
      <source>A charge-back is never negative ({value}); enter 0 or more.</source>
      <translation>扣款不能为负数（{value}）；请输入 0 或以上的金额。</translation>
    </message>
    <message>
      <source>Choose the inspection outcome: {outcomes}.</source>
      <translation>请选择鉴定结果：{outcomes}。</translation>
    </message>
    <message>
      <source>Say why the inspection found "{outcome}"; the comment explains the charge-back.</source>
      <translation>请说明鉴定结果为“{outcome}”的原因；该说明即扣款理由。</translation>
    </message>
    <message>
      <source>Tag {tag} inspected: {outcome}</source>
      <translation>旧件标签 {tag} 已鉴定：{outcome}</translation>
    </message>
    <message>
      <source>The charge-back {amount} on tag {tag} is more than claim {number} still has unsettled: at most {limit} (its total {total} less the differences already on it).</source>
      <translation>旧件标签 {tag} 的扣款 {amount} 超过索赔单 {number} 尚未结算的金额：最多 {limit}（总额 {total} 减去已有差额）。</translation>
    </message>
    <message>
      <source>The charge-back {amount} on tag {tag} is less than the part line's value {default}; say why it is less.</source>
      <translation>旧件标签 {tag} 的扣款 {amount} 低于该配件行的金额 {default}；请说明减少的原因。</translation>
    </message>
    <message>
      <source>Tag {tag} was already inspected: {outcome}.</source>
      <translation>旧件标签 {tag} 已鉴定过：{outcome}。</translation>
    </message>
    <message>
      <source>Tag {tag} has not been shipped yet ({state}); only shipped tags are received.</source>
      <translation>旧件标签 {tag} 尚未发运（{state}）；只能接收已发运的旧件。</translation>
    </message>
    <message>
      <source>Tag {tag} has not been shipped; ship it or cancel the claim line.</source>
      <translation>旧件标签 {tag} 尚未发运；请先发运，或取消该索赔行。</translation>
    </message>
    <message>
      <source>Tag {tag} is {state}, so it is not missing.</source>
      <translation>旧件标签 {tag} 状态为{state}，不属于缺失。</translation>
    </message>
    <message>
      <source>Tag {tag} is {state}; receive it before recording the inspection (or record it as missing).</source>
      <translation>旧件标签 {tag} 状态为{state}；请先接收再录入鉴定结果（或登记为缺失）。</translation>
    </message>
    <message>
      <source>Tag {tag} was already received.</source>
      <translation>旧件标签 {tag} 已接收过。</translation>
    </message>
  </context>
</TS>
