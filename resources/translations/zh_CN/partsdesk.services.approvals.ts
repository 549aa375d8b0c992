<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Claims</name>
    <message>
      <source>Claim {number}: you changed its codes or lines (total {total}); nobody approves figures they entered. Another {tier} or higher must decide.</source>
      <translation>索赔单 {number}：您修改过它的代码或明细（合计 {total}）；任何人都不审批自己录入的数字。须由另一位{tier}或更高级别决定。</translation>
    </message>
    <message>
      <source>Claim {number}: you changed its figures ({before} → {after}); nobody approves figures they entered. Another {tier} or higher must decide.</source>
      <translation>索赔单 {number}：您修改过它的数字（{before} → {after}）；任何人都不审批自己录入的数字。须由另一位{tier}或更高级别决定。</translation>
    </message>
    <message>
      <source>Claim {number} submitted for approval by a {tier} ({total})</source>
      <translation>索赔单 {number} 已提交，待{tier}审核（{total}）</translation>
    </message>
    <message>
      <source>Claim {number} is {state}, not waiting for approval.</source>
      <translation>索赔单 {number} 的状态为“{state}”，不在待审核状态。</translation>
    </message>
    <message>
      <source>Claim {number} was entered or submitted by you; nobody approves their own claim. Another {tier} or higher must decide.</source>
      <translation>索赔单 {number} 由您录入或提交；任何人都不能审核自己的索赔单。须由另一位{tier}或更高级别人员审核。</translation>
    </message>
    <message>
      <source>Claim {number} ({total}) is waiting for approval by a {tier}; you are a {role}. Leave it to a {tier} or higher.</source>
      <translation>索赔单 {number}（{total}）须由{tier}审核；您是{role}。请交由{tier}或更高级别人员审核。</translation>
    </message>
    <message>
      <source>Claim {number} approved</source>
      <translation>索赔单 {number} 已审核通过</translation>
    </message>
    <message>
      <source>Claim {number} rejected: {reason}</source>
      <translation>索赔单 {number} 已拒绝：{reason}</translation>
    </message>
    <message>
      <source>Claim {number} returned for information: {comment}</source>
      <translation>索赔单 {number} 已退回补充信息：{comment}</translation>
    </message>
    <message>
      <source>Claim {number} is already {state}; only a draft can be submitted.</source>
      <translation>索赔单 {number} 的状态已是“{state}”；只有草稿可以提交。</translation>
    </message>
    <message>
      <source>Claim {number} cannot be submitted yet: {problems}</source>
      <translation>索赔单 {number} 还不能提交：{problems}</translation>
    </message>
    <message>
      <source>Give the reason for rejecting claim {number}.</source>
      <translation>请填写拒绝索赔单 {number} 的原因。</translation>
    </message>
    <message>
      <source>Say what information claim {number} needs.</source>
      <translation>请说明索赔单 {number} 需要补充哪些信息。</translation>
    </message>
  </context>
</TS>
