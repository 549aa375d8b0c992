<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ClaimView</name>
    <message>
      <source>Select a claim to see its details.</source>
      <translation>选择一张索赔单查看详情。</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>提交</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>批准</translation>
    </message>
    <message>
      <source>Reject…</source>
      <translation>驳回…</translation>
    </message>
    <message>
      <source>Return for information…</source>
      <translation>退回补充资料…</translation>
    </message>
    <message>
      <source>Mark repaired</source>
      <translation>维修完成</translation>
    </message>
    <message>
      <source>Cancel claim…</source>
      <translation>作废索赔单…</translation>
    </message>
    <message>
      <source>Submit for approval (Ctrl+Enter)</source>
      <translation>提交审核（Ctrl+Enter）</translation>
    </message>
    <message>
      <source>Approve (Ctrl+Enter)</source>
      <translation>批准（Ctrl+Enter）</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>明细</translation>
    </message>
    <message>
      <source>Where are the parts</source>
      <translation>配件去向</translation>
    </message>
    <message>
      <source>History</source>
      <translation>操作记录</translation>
    </message>
    <message>
      <source>Return and settlement</source>
      <translation>旧件返回与结算</translation>
    </message>
    <message>
      <source>Entered by {name} on {time}</source>
      <translation>{name} 于 {time} 录入</translation>
    </message>
    <message>
      <source>model not known</source>
      <translation>车型未知</translation>
    </message>
    <message>
      <source>{date} at {km} km</source>
      <translation>{date}，里程 {km} 公里</translation>
    </message>
    <message>
      <source>Waiting for approval by a {tier} or higher.</source>
      <translation>等待{tier}或更高级别审核。</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>原因：{reason}</translation>
    </message>
    <message>
      <source>Approved: its parts are reserved; issue them by scanning.</source>
      <translation>已批准：配件已预留，请扫码发料。</translation>
    </message>
    <message>
      <source>Claim {number} submitted.</source>
      <translation>索赔单 {number} 已提交。</translation>
    </message>
    <message>
      <source>Claim {number} approved.</source>
      <translation>索赔单 {number} 已批准。</translation>
    </message>
    <message>
      <source>Claim {number} marked repaired.</source>
      <translation>索赔单 {number} 已标记为维修完成。</translation>
    </message>
    <message>
      <source>Reject claim {number}</source>
      <translation>驳回索赔单 {number}</translation>
    </message>
    <message>
      <source>Why is claim {number} rejected? The reason is kept with the claim.</source>
      <translation>为什么驳回索赔单 {number}？原因将随索赔单保存。</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>驳回</translation>
    </message>
    <message>
      <source>Return claim {number} for information</source>
      <translation>退回索赔单 {number} 补充资料</translation>
    </message>
    <message>
      <source>What information does claim {number} need? It goes back to its administrator as a draft.</source>
      <translation>索赔单 {number} 需要补充什么资料？索赔单将作为草稿退回给录入人。</translation>
    </message>
    <message>
      <source>Send back</source>
      <translation>退回</translation>
    </message>
    <message>
      <source>Cancel claim {number}</source>
      <translation>作废索赔单 {number}</translation>
    </message>
    <message>
      <source>Why is claim {number} cancelled? Parts reserved for it go back to available stock.</source>
      <translation>为什么作废索赔单 {number}？为其预留的配件将退回可用库存。</translation>
    </message>
    <message>
      <source>Cancel claim</source>
      <translation>作废索赔单</translation>
    </message>
    <message>
      <source>VIN</source>
      <translation>VIN</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>Repair</source>
      <translation>维修</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Fault code</source>
      <translation>故障代码</translation>
    </message>
    <message>
      <source>Cause</source>
      <translation>故障原因</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <source>approved by {name} on {time}</source>
      <translation>{name} 于 {time} 批准</translation>
    </message>
    <message>
      <source>produced {date}</source>
      <translation>生产于 {date}</translation>
    </message>
    <message>
      <source>warranty from {date}</source>
      <translation>保修自 {date}</translation>
    </message>
    <message>
      <source>until {date}</source>
      <translation>至 {date}</translation>
    </message>
    <message>
      <source>Approve claim {number} of {customer} for {total}? Its parts are then reserved for the repair.</source>
      <translation>审核通过 {customer} 的索赔单 {number}（{total}）？通过后其配件将预留给本次维修。</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>配件</translation>
    </message>
    <message>
      <source>Labour</source>
      <translation>工时费</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>You entered this claim, so another approver decides.</source>
      <translation>此索赔单由您录入，须由其他审核人决定。</translation>
    </message>
    <message>
      <source>Returned for information by {name}: {comment}</source>
      <translation>{name} 退回补充资料：{comment}</translation>
    </message>
    <message>
      <source>Before submitting: {problems}</source>
      <translation>提交前请处理：{problems}</translation>
    </message>
    <message>
      <source>Claim {number} has warnings:

{warnings}

Submit it anyway?</source>
      <translation>索赔单 {number} 有以下警告：

{warnings}

仍要提交吗？</translation>
    </message>
    <message>
      <source>You changed its figures, so another approver decides.</source>
      <translation>您修改过它的数字，因此由另一位审批人决定。</translation>
    </message>
  </context>
</TS>
