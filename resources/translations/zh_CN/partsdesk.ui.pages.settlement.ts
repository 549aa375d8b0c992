<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>SettlementPage</name>
    <message>
      <source>Claimed {claimed} − charge-backs {charge_backs} = to be paid {expected}</source>
      <translation>索赔金额 {claimed} − 扣款 {charge_backs} = 应付 {expected}</translation>
    </message>
    <message>
      <source>Claim No.</source>
      <translation>索赔单号</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
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
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>What still blocks settlement</source>
      <translation>结算还缺什么</translation>
    </message>
    <message>
      <source>Waiting for settlement</source>
      <translation>等待结算</translation>
    </message>
    <message>
      <source>Still blocked</source>
      <translation>仍不可结算</translation>
    </message>
    <message>
      <source>Settleable</source>
      <translation>可结算</translation>
    </message>
    <message>
      <source>In a batch, paid or closed</source>
      <translation>结算中、已付款或已关闭</translation>
    </message>
    <message>
      <source>{n}{more} claim</source>
      <translation>{n}{more} 张索赔单</translation>
    </message>
    <message>
      <source>{n}{more} claims</source>
      <translation>{n}{more} 张索赔单</translation>
    </message>
    <message>
      <source>Batch</source>
      <translation>结算批次</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>索赔单数</translation>
    </message>
    <message>
      <source>To be paid</source>
      <translation>应付</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>已付</translation>
    </message>
    <message>
      <source>Paid {amount} on {date}, reference {reference}</source>
      <translation>{date} 已付 {amount}，付款编号 {reference}</translation>
    </message>
    <message>
      <source>Claim packages of the selected</source>
      <translation>所选索赔单的资料包</translation>
    </message>
    <message>
      <source>New batch of the selected</source>
      <translation>用所选索赔单新建批次</translation>
    </message>
    <message>
      <source>{amount} less than to be paid</source>
      <translation>比应付少 {amount}</translation>
    </message>
    <message>
      <source>Statement PDF</source>
      <translation>结算单 PDF</translation>
    </message>
    <message>
      <source>Statement Excel…</source>
      <translation>结算单 Excel…</translation>
    </message>
    <message>
      <source>Take claim out…</source>
      <translation>移出索赔单…</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>提交</translation>
    </message>
    <message>
      <source>Withdraw…</source>
      <translation>撤回…</translation>
    </message>
    <message>
      <source>Record payment…</source>
      <translation>登记付款…</translation>
    </message>
    <message>
      <source>Close batch</source>
      <translation>关闭批次</translation>
    </message>
    <message>
      <source>Select a settlement batch, or create one.</source>
      <translation>请选择一个结算批次，或新建一个。</translation>
    </message>
    <message>
      <source>Settlement batch {batch}</source>
      <translation>结算批次 {batch}</translation>
    </message>
    <message>
      <source>repaired {start} to {end}</source>
      <translation>维修日期 {start} 至 {end}</translation>
    </message>
    <message>
      <source>created {time}</source>
      <translation>{time} 创建</translation>
    </message>
    <message>
      <source>Take claim out</source>
      <translation>移出索赔单</translation>
    </message>
    <message>
      <source>Why is claim {number} taken out of batch {batch}?</source>
      <translation>为什么将索赔单 {number} 移出批次 {batch}？</translation>
    </message>
    <message>
      <source>Withdraw batch</source>
      <translation>撤回批次</translation>
    </message>
    <message>
      <source>Why is settlement batch {batch} withdrawn? It opens again with its claims; submit it again when it is right.</source>
      <translation>为什么撤回结算批次 {batch}？批次将连同其索赔单重新打开；核对无误后请再次提交。</translation>
    </message>
    <message>
      <source>Settlement statement {batch}</source>
      <translation>结算单 {batch}</translation>
    </message>
    <message>
      <source>Save the statement as Excel</source>
      <translation>将结算单保存为 Excel</translation>
    </message>
    <message>
      <source>Claims to settle</source>
      <translation>待结算索赔单</translation>
    </message>
    <message>
      <source>Settlement batches</source>
      <translation>结算批次</translation>
    </message>
    <message>
      <source>Scan or type a claim number to see it</source>
      <translation>扫描或输入索赔单号查看</translation>
    </message>
    <message>
      <source>{n} selected</source>
      <translation>已选 {n} 张</translation>
    </message>
    <message>
      <source>{code} is not a claim number.</source>
      <translation>{code} 不是索赔单号。</translation>
    </message>
    <message>
      <source>{amount} more than to be paid</source>
      <translation>比应付多 {amount}</translation>
    </message>
    <message>
      <source>Scan or type a claim number to add it to this open batch</source>
      <translation>扫描或输入索赔单号，加入这个未提交的批次</translation>
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
      <source>Why paid less or more</source>
      <translation>少付或多付的原因</translation>
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
      <source>Differences: charge-backs and the payment's</source>
      <translation>差额：扣款与付款差额</translation>
    </message>
    <message>
      <source>submitted {time}</source>
      <translation>{time} 提交</translation>
    </message>
    <message>
      <source>Select the claim to take out of the batch.</source>
      <translation>请选择要移出批次的索赔单。</translation>
    </message>
    <message>
      <source>Submit settlement batch {batch}? Its statement goes out and the batch no longer changes.</source>
      <translation>提交结算批次 {batch}？结算单将发出，批次不再更改。</translation>
    </message>
    <message>
      <source>Writing the statement to {file}…</source>
      <translation>正在写入结算单 {file}…</translation>
    </message>
    <message>
      <source>Batch number or payment reference — or scan a statement</source>
      <translation>批次号或付款编号 — 或扫描结算单</translation>
    </message>
    <message>
      <source>New batch…</source>
      <translation>新建批次…</translation>
    </message>
    <message>
      <source>Statement of {batch} with {n} claim saved to {path}.</source>
      <translation>批次 {batch} 的结算单（{n} 张索赔单）已保存到 {path}。</translation>
    </message>
    <message>
      <source>Statement of {batch} with {n} claims saved to {path}.</source>
      <translation>批次 {batch} 的结算单（{n} 张索赔单）已保存到 {path}。</translation>
    </message>
  </context>
</TS>
