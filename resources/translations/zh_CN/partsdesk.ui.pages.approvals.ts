<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ApprovalsPage</name>
    <message>
      <source>Claim No.</source>
      <translation>索赔单号</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>提交时间</translation>
    </message>
    <message>
      <source>By</source>
      <translation>提交人</translation>
    </message>
    <message>
      <source>VIN</source>
      <translation>VIN</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>车型</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>故障</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Approval level</source>
      <translation>审核级别</translation>
    </message>
    <message>
      <source>You approve claims up to the level of a {role}.</source>
      <translation>您可审核至{role}级别的索赔单。</translation>
    </message>
    <message>
      <source>No claims are waiting for you.</source>
      <translation>没有等待您审核的索赔单。</translation>
    </message>
    <message>
      <source>1 claim is waiting for your decision.</source>
      <translation>有 1 张索赔单等待您审核。</translation>
    </message>
    <message>
      <source>The oldest {count} claims waiting for your decision.</source>
      <translation>最早的 {count} 张等待您审核的索赔单。</translation>
    </message>
    <message>
      <source>{count} claims are waiting for your decision.</source>
      <translation>有 {count} 张索赔单等待您审核。</translation>
    </message>
  </context>
</TS>
