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
      <source>copy {n} printed on {date}</source>
      <translation>{date} 打印的副本 {n}</translation>
    </message>
    <message>
      <source>the original printed on {date}</source>
      <translation>{date} 打印的原件</translation>
    </message>
    <message>
      <source>the original</source>
      <translation>原件</translation>
    </message>
    <message>
      <source>copy {n}</source>
      <translation>副本 {n}</translation>
    </message>
    <message>
      <source>Claim {number} has no voucher print "{print}"; its prints are {prints}. Choose the one the customer signed.</source>
      <translation>索赔单 {number} 没有凭证打印“{print}”；它的打印有：{prints}。请选择客户签字的那一份。</translation>
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
      <source>Organisation and dealer on the documents changed</source>
      <translation>单据上的机构和经销商信息已修改</translation>
    </message>
    <message>
      <source>Claim {number} is {state}; a settlement voucher is printed only for an approved claim.</source>
      <translation>索赔单 {number} 状态为{state}；只有已审核的索赔单才能打印结算凭证。</translation>
    </message>
    <message>
      <source>Claim {number} still waits for its parts to be issued; print the voucher when the repair is done.</source>
      <translation>索赔单 {number} 的配件尚未发放；请在维修完成后再打印凭证。</translation>
    </message>
    <message>
      <source>Settlement voucher of claim {number} printed (original)</source>
      <translation>索赔单 {number} 的结算凭证已打印（正本）</translation>
    </message>
    <message>
      <source>Settlement voucher of claim {number} printed (copy {copy})</source>
      <translation>索赔单 {number} 的结算凭证已打印（副本 {copy}）</translation>
    </message>
    <message>
      <source>There is no voucher print #{id}.</source>
      <translation>没有凭证打印记录 #{id}。</translation>
    </message>
    <message>
      <source>The archived voucher {path} is not on this PC. Open it on the PC that printed it, or restore the documents folder.</source>
      <translation>存档凭证 {path} 不在本机上。请在打印它的电脑上打开，或恢复单据文件夹。</translation>
    </message>
    <message>
      <source>The archived voucher {path} was changed after printing (its SHA-256 differs); it is not what was printed.</source>
      <translation>存档凭证 {path} 在打印后被改动（SHA-256 不一致），已不是当时打印的内容。</translation>
    </message>
    <message>
      <source>Enter the date the customer signed.</source>
      <translation>请填写客户签字日期。</translation>
    </message>
    <message>
      <source>Choose the print of the voucher the customer signed.</source>
      <translation>请选择客户签字的那一份凭证打印。</translation>
    </message>
    <message>
      <source>Signed voucher of claim {number} received by {name} (signed {date})</source>
      <translation>索赔单 {number} 的签字凭证已由 {name} 接收（签字日期 {date}）</translation>
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
      <source>Unknown document setting "{name}".</source>
      <translation>未知的单据设置“{name}”。</translation>
    </message>
    <message>
      <source>The voucher of claim {number} was printed meanwhile on another PC; print it again.</source>
      <translation>索赔单 {number} 的凭证刚在另一台电脑上打印过；请重新打印。</translation>
    </message>
    <message>
      <source>Claim {number} repaired; voucher printed for signature</source>
      <translation>索赔单 {number} 已维修；凭证已打印待客户签字</translation>
    </message>
    <message>
      <source>The scanned copy must be an existing PDF, JPG or PNG file, not {file}.</source>
      <translation>扫描件必须是已存在的 PDF、JPG 或 PNG 文件，而不是 {file}。</translation>
    </message>
    <message>
      <source>The voucher of claim {number} has not been printed yet; print it for the customer to sign first.</source>
      <translation>索赔单 {number} 的凭证尚未打印；请先打印交客户签字。</translation>
    </message>
    <message>
      <source>The signed voucher of claim {number} is already recorded.</source>
      <translation>索赔单 {number} 的签字凭证已登记过。</translation>
    </message>
    <message>
      <source>Claim {number} is {state}; no signed voucher is recorded for it.</source>
      <translation>索赔单 {number} 状态为{state}；不能为其登记签字凭证。</translation>
    </message>
    <message>
      <source>Claim {number}: the signing date {date} is before {print}; the customer signed it from that day on. Enter a date from {first} to {today}.</source>
      <translation>索赔单 {number}：签字日期 {date} 早于{print}；客户只能在打印当天或之后签字。请输入 {first} 至 {today} 之间的日期。</translation>
    </message>
    <message>
      <source>Claim {number}: the signing date {date} is in the future; {print} was signed on a day from {first} to {today}.</source>
      <translation>索赔单 {number}：签字日期 {date} 在将来；{print}只能在 {first} 至 {today} 之间签字。</translation>
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
      <source>The signed voucher of claim {number} was recorded while this copy was printed, so the copy does not say it is a copy of a signed voucher; print it again.</source>
      <translation>打印此副本期间，索赔单 {number} 的已签字凭证已被登记，此副本未注明是已签字凭证的副本；请重新打印。</translation>
    </message>
    <message>
      <source>Claim {number} has no signed voucher recorded, but this copy says it is a copy of a signed voucher; print it again.</source>
      <translation>索赔单 {number} 没有登记已签字凭证，但此副本注明是已签字凭证的副本；请重新打印。</translation>
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
