<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Settlement</name>
    <message>
      <source>Open</source>
      <translation>未结</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>已提交</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>已付款</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <source>Claim {number} put in settlement batch {batch}</source>
      <translation>索赔单 {number} 已加入结算批次 {batch}</translation>
    </message>
    <message>
      <source>Say why the claim is taken out of the batch.</source>
      <translation>请说明将索赔单移出批次的原因。</translation>
    </message>
    <message>
      <source>Say why the settlement batch is withdrawn.</source>
      <translation>请说明撤回结算批次的原因。</translation>
    </message>
    <message>
      <source>Tag {tag}: {outcome}</source>
      <translation>旧件标签 {tag}：{outcome}</translation>
    </message>
    <message>
      <source>{label} — {words}</source>
      <translation>{label}——{words}</translation>
    </message>
    <message>
      <source>There is no settlement batch {number}.</source>
      <translation>没有结算批次 {number}。</translation>
    </message>
    <message>
      <source>Settlement batch {batch} with {n} claim, {total}</source>
      <translation>结算批次 {batch}，{n} 张索赔单，{total}</translation>
    </message>
    <message>
      <source>Settlement batch {batch} with {n} claims, {total}</source>
      <translation>结算批次 {batch}，{n} 张索赔单，{total}</translation>
    </message>
    <message>
      <source>These claims cannot be settled yet: {claims}</source>
      <translation>以下索赔单暂不能结算：{claims}</translation>
    </message>
    <message>
      <source>Claim {number} has differences of {differences}, more than its total {total}; it would be paid less than nothing. Correct its differences before it goes into a batch.</source>
      <translation>索赔单 {number} 的差额 {differences} 超过其总额 {total}，应付金额将低于零。请先更正其差额，再放入结算批次。</translation>
    </message>
    <message>
      <source>Settlement batch {batch} would total {total}, below zero; check the differences of its claims.</source>
      <translation>结算批次 {batch} 的合计将为 {total}，低于零；请检查其索赔单的差额。</translation>
    </message>
    <message>
      <source>Settlement batch {batch} is {state}; claims are added or taken out only while it is open.</source>
      <translation>结算批次 {batch} 状态为{state}；只有未结批次才能加入或移出索赔单。</translation>
    </message>
    <message>
      <source>Claim {number} added</source>
      <translation>已加入索赔单 {number}</translation>
    </message>
    <message>
      <source>Claim {number} taken out of settlement batch {batch}: {reason}</source>
      <translation>索赔单 {number} 已移出结算批次 {batch}：{reason}</translation>
    </message>
    <message>
      <source>Claim {number} taken out: {reason}</source>
      <translation>索赔单 {number} 已移出：{reason}</translation>
    </message>
    <message>
      <source>Settlement batch {batch} submitted: {total}</source>
      <translation>结算批次 {batch} 已提交：{total}</translation>
    </message>
    <message>
      <source>Settlement batch {batch} withdrawn: {reason}</source>
      <translation>结算批次 {batch} 已撤回：{reason}</translation>
    </message>
    <message>
      <source>Enter the payment reference.</source>
      <translation>请填写付款凭证号。</translation>
    </message>
    <message>
      <source>Enter the payment date (not in the future).</source>
      <translation>请填写付款日期（不能晚于今天）。</translation>
    </message>
    <message>
      <source>Payment {amount} of {date} recorded ({reference})</source>
      <translation>已登记 {date} 的付款 {amount}（{reference}）</translation>
    </message>
    <message>
      <source>Settlement batch {batch} closed</source>
      <translation>结算批次 {batch} 已关闭</translation>
    </message>
    <message>
      <source>Tag {tag}: arrived after all; its charge-back as missing is reversed</source>
      <translation>旧件标签 {tag}：旧件已到达，缺失扣款冲回</translation>
    </message>
    <message>
      <source>No claim repaired between {start} and {end} is settleable; the settlement overview says what each one still misses.</source>
      <translation>{start} 至 {end} 之间维修的索赔单没有可结算的；结算总览中列出每张单还缺什么。</translation>
    </message>
    <message>
      <source>Claim {number} is not in settlement batch {batch}.</source>
      <translation>索赔单 {number} 不在结算批次 {batch} 中。</translation>
    </message>
    <message>
      <source>Settlement batch {batch} has no claims.</source>
      <translation>结算批次 {batch} 中没有索赔单。</translation>
    </message>
    <message>
      <source>Settlement batch {batch} is {state}; only a submitted batch is withdrawn.</source>
      <translation>结算批次 {batch} 为{state}状态；只有已提交的批次才能撤回。</translation>
    </message>
    <message>
      <source>Settlement batch {batch} is {state}; a payment is recorded for a submitted batch.</source>
      <translation>结算批次 {batch} 状态为{state}；只能为已提交的批次登记付款。</translation>
    </message>
    <message>
      <source>The payment {amount} differs from the statement {expected} by {gap} that no difference explains. Record a difference for each claim paid less.</source>
      <translation>付款 {amount} 与结算单 {expected} 相差 {gap}，且没有差额说明。请为每张少付的索赔单登记差额。</translation>
    </message>
    <message>
      <source>The payment {amount} is {over} more than the statement {expected} less its differences. Record the over-payment as a negative difference, with its reason, on the claim it was paid for.</source>
      <translation>付款 {amount} 比结算单 {expected} 减去差额后多出 {over}。请在多付的索赔单上将多付金额登记为负差额，并注明原因。</translation>
    </message>
    <message>
      <source>Claim {number} paid in batch {batch}: {amount}</source>
      <translation>索赔单 {number} 已在批次 {batch} 中付款：{amount}</translation>
    </message>
    <message>
      <source>Give the reason for the difference on claim {number}.</source>
      <translation>请填写索赔单 {number} 差额的原因。</translation>
    </message>
    <message>
      <source>The difference {amount} on claim {number} is more than the {owed} the claim is still owed in batch {batch}; a claim is never paid less than nothing. Enter at most {owed}.</source>
      <translation>索赔单 {number} 的差额 {amount} 超过其在结算批次 {batch} 中尚应支付的 {owed}；索赔单的付款不能低于零。最多输入 {owed}。</translation>
    </message>
    <message>
      <source>Settlement batch {batch} is {state}; only a paid batch is closed.</source>
      <translation>结算批次 {batch} 状态为{state}；只有已付款的批次才能关闭。</translation>
    </message>
    <message>
      <source>Claim {number} closed</source>
      <translation>索赔单 {number} 已关闭</translation>
    </message>
    <message>
      <source>Over-paid</source>
      <translation>多付</translation>
    </message>
    <message>
      <source>Paid less</source>
      <translation>少付</translation>
    </message>
    <message>
      <source>{number}: {missing}</source>
      <translation>{number}：{missing}</translation>
    </message>
  </context>
</TS>
