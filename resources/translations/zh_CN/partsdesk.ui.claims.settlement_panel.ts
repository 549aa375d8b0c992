<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>SettlementPanel</name>
    <message>
      <source>Claimed {claimed} − charge-backs {charge_backs} = to be paid {expected}.</source>
      <translation>索赔金额 {claimed} − 扣款 {charge_backs} = 应付 {expected}。</translation>
    </message>
    <message>
      <source>Paid {amount} in settlement batch {batch} on {date}, reference {reference}.</source>
      <translation>已在结算批次 {batch} 中于 {date} 付款 {amount}，付款编号 {reference}。</translation>
    </message>
    <message>
      <source>The language the documents are printed in</source>
      <translation>单据打印使用的语言</translation>
    </message>
    <message>
      <source>original</source>
      <translation>原件</translation>
    </message>
    <message>
      <source>copy {n}</source>
      <translation>副本 {n}</translation>
    </message>
    <message>
      <source>{print} — signed by the customer</source>
      <translation>{print} — 客户签字件</translation>
    </message>
    <message>
      <source>{print} — copy of the signed voucher</source>
      <translation>{print} — 已签字凭证的副本</translation>
    </message>
    <message>
      <source>In settlement batch {batch} ({state}).</source>
      <translation>在结算批次 {batch} 中（{state}）。</translation>
    </message>
    <message>
      <source>Paid {amount} less than to be paid:</source>
      <translation>比应付少付 {amount}：</translation>
    </message>
    <message>
      <source>Paid {amount} more than to be paid:</source>
      <translation>比应付多付 {amount}：</translation>
    </message>
    <message>
      <source>Original printed {time} by {name}.</source>
      <translation>原件于 {time} 由 {name} 打印。</translation>
    </message>
    <message>
      <source>Print in</source>
      <translation>打印语言</translation>
    </message>
    <message>
      <source>Claim package</source>
      <translation>索赔资料包</translation>
    </message>
    <message>
      <source>Voucher, defective-part tags and parts issue slip in one PDF</source>
      <translation>结算凭证、旧件标签和领料单合为一个 PDF</translation>
    </message>
    <message>
      <source>Record signed copy…</source>
      <translation>登记签字件…</translation>
    </message>
    <message>
      <source>Show as printed</source>
      <translation>按原样显示</translation>
    </message>
    <message>
      <source>The archived PDF of the selected print, exactly as it was printed</source>
      <translation>所选打印的存档 PDF，与打印时完全一致</translation>
    </message>
    <message>
      <source>Defective-part tags</source>
      <translation>旧件标签</translation>
    </message>
    <message>
      <source>Voucher prints</source>
      <translation>凭证打印记录</translation>
    </message>
    <message>
      <source>Select a claim to see what its settlement still needs.</source>
      <translation>请选择一张索赔单，查看结算还缺什么。</translation>
    </message>
    <message>
      <source>Signed {date}; received by {name}, recorded {time}.</source>
      <translation>{date} 签字；{name} 接收，{time} 登记。</translation>
    </message>
    <message>
      <source>Signed {date} on {print}; received by {name}, recorded {time}.</source>
      <translation>{date} 签字（{print}）；{name} 接收，{time} 登记。</translation>
    </message>
    <message>
      <source>This is the original: give it to the customer to sign. Every later print says COPY.</source>
      <translation>这是原件：请交客户签字。以后每次打印都标明“副本”。</translation>
    </message>
    <message>
      <source>Archived with SHA-256 {digest}…</source>
      <translation>已存档，SHA-256 {digest}…</translation>
    </message>
    <message>
      <source>Settlement voucher {number} — {which}</source>
      <translation>结算凭证 {number} — {which}</translation>
    </message>
    <message>
      <source>Building the claim package of {number}…</source>
      <translation>正在生成索赔资料包 {number}…</translation>
    </message>
    <message>
      <source>Building the claim packages of {count} claims…</source>
      <translation>正在生成 {count} 张索赔单的资料包…</translation>
    </message>
    <message>
      <source>Settlement voucher {number} — {which}, as printed</source>
      <translation>结算凭证 {number} — {which}（打印原样）</translation>
    </message>
    <message>
      <source>Printed {time}; SHA-256 checked.</source>
      <translation>{time} 打印；SHA-256 已核对。</translation>
    </message>
    <message>
      <source>Still missing before settlement:</source>
      <translation>结算前仍缺：</translation>
    </message>
    <message>
      <source>Settlement voucher</source>
      <translation>结算凭证</translation>
    </message>
    <message>
      <source>Signed by the customer</source>
      <translation>客户签字</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>旧件标签</translation>
    </message>
    <message>
      <source>Part No.</source>
      <translation>配件编号</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>旧件鉴定</translation>
    </message>
    <message>
      <source>Charge-back</source>
      <translation>扣款</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>Printed</source>
      <translation>打印时间</translation>
    </message>
    <message>
      <source>By</source>
      <translation>打印人</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Not printed yet.</source>
      <translation>尚未打印。</translation>
    </message>
    <message>
      <source>{n} copy since, at {time}.</source>
      <translation>此后打印副本 {n} 份，最近一次 {time}。</translation>
    </message>
    <message>
      <source>{n} copies since, the last {time}.</source>
      <translation>此后打印副本 {n} 份，最近一次 {time}。</translation>
    </message>
    <message>
      <source>the original printed {time}</source>
      <translation>{time} 打印的原件</translation>
    </message>
    <message>
      <source>copy {n} printed {time}</source>
      <translation>{time} 打印的副本 {n}</translation>
    </message>
    <message>
      <source>Print voucher (original)</source>
      <translation>打印结算凭证（原件）</translation>
    </message>
    <message>
      <source>Print voucher (copy {n})</source>
      <translation>打印结算凭证（副本 {n}）</translation>
    </message>
    <message>
      <source>This is copy {n} of the signed voucher; the page says so and names the print the customer signed.</source>
      <translation>这是已签字凭证的副本 {n}；页面上注明了这一点，并写明客户签字的是哪一份打印。</translation>
    </message>
    <message>
      <source>This is copy {n}; it says so on the page. The original was printed before.</source>
      <translation>这是副本 {n}，页面上已注明。原件此前已打印。</translation>
    </message>
    <message>
      <source>Claim package {number}</source>
      <translation>索赔资料包 {number}</translation>
    </message>
    <message>
      <source>Claim packages of {count} claims</source>
      <translation>{count} 张索赔单的资料包</translation>
    </message>
    <message>
      <source>Each voucher in it was printed as its original or next copy and archived.</source>
      <translation>其中每张结算凭证都按原件或下一份副本打印并存档。</translation>
    </message>
    <message>
      <source>Settleable: nothing is missing.</source>
      <translation>可结算：不缺任何内容。</translation>
    </message>
    <message>
      <source>Not recorded yet.</source>
      <translation>尚未登记。</translation>
    </message>
    <message>
      <source>Scanned copy</source>
      <translation>扫描件</translation>
    </message>
  </context>
</TS>
