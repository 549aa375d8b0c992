<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Settlement</name>
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
      <source>The signed voucher of claim {number} was recorded while this copy was printed, so the copy does not say it is a copy of a signed voucher; print it again.</source>
      <translation>打印此副本期间，索赔单 {number} 的已签字凭证已被登记，此副本未注明是已签字凭证的副本；请重新打印。</translation>
    </message>
    <message>
      <source>Claim {number} has no signed voucher recorded, but this copy says it is a copy of a signed voucher; print it again.</source>
      <translation>索赔单 {number} 没有登记已签字凭证，但此副本注明是已签字凭证的副本；请重新打印。</translation>
    </message>
  </context>
</TS>
