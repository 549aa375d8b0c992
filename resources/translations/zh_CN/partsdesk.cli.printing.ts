<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>{count} labels on {pages} page(s) written to {path}.</source>
      <translation>已将 {count} 张标签（{pages} 页）写入 {path}。</translation>
    </message>
    <message>
      <source>Quality analysis by {by} written to {path}.</source>
      <translation>按 {by} 的质量分析已写入 {path}。</translation>
    </message>
    <message>
      <source>Voucher of {claim}, print {n} as printed on {date}, written to {path}.</source>
      <translation>索赔单 {claim} 的结算凭证第 {n} 份（{date} 打印的原样）已写入 {path}。</translation>
    </message>
    <message>
      <source>Statement of settlement batch {batch} written to {path}.</source>
      <translation>结算批次 {batch} 的结算单已写入 {path}。</translation>
    </message>
    <message>
      <source>print labels, settlement vouchers, claim packages, the quality analysis or a settlement statement to a file; list label layouts</source>
      <translation>将标签、结算凭证、索赔资料包、质量分析或结算单输出到文件；列出标签版式</translation>
    </message>
    <message>
      <source>claim numbers (voucher, package); the settlement batch number (statement)</source>
      <translation>索赔单号（结算凭证、索赔资料包）；结算批次号（结算单）</translation>
    </message>
    <message>
      <source>voucher: the stored bytes of print N as printed (0 the original, 1, 2 … a copy) instead of a new print</source>
      <translation>结算凭证：输出第 N 份打印存档的原样内容（0 为原件，1、2 … 为副本），而不是重新打印</translation>
    </message>
    <message>
      <source>language of the voucher, package or report (default: the program's)</source>
      <translation>凭证、资料包或报告的语言（默认：程序的语言）</translation>
    </message>
    <message>
      <source>part numbers, separated by commas</source>
      <translation>配件编号，用逗号分隔</translation>
    </message>
    <message>
      <source>location codes, separated by commas</source>
      <translation>库位代码，用逗号分隔</translation>
    </message>
    <message>
      <source>labels for what a receipt received (RC-…)</source>
      <translation>为入库单已收到的配件打印标签（RC-…）</translation>
    </message>
    <message>
      <source>with --receipt: one label per line instead of one per piece</source>
      <translation>与 --receipt 一起使用：每行一张标签，而不是每件一张</translation>
    </message>
    <message>
      <source>label layout (list them: partsdesk print layouts)</source>
      <translation>标签版式（查看全部：partsdesk print layouts）</translation>
    </message>
    <message>
      <source>first free position on a partly used sheet (default 1)</source>
      <translation>部分已用标签纸上的第一个空位（默认 1）</translation>
    </message>
    <message>
      <source>labels for each part or location</source>
      <translation>每个配件或库位的标签张数</translation>
    </message>
    <message>
      <source>the PDF file to write (a statement: .pdf or .xlsx)</source>
      <translation>要写入的 PDF 文件（结算单：.pdf 或 .xlsx）</translation>
    </message>
    <message>
      <source>Name one of --parts, --locations (separated by commas) or --receipt.</source>
      <translation>请指定 --parts、--locations（用逗号分隔）或 --receipt 之一。</translation>
    </message>
    <message>
      <source>Name the PDF file to write: -o FILE.pdf</source>
      <translation>请指定要写入的 PDF 文件：-o 文件.pdf</translation>
    </message>
    <message>
      <source>Voucher of {claim} ({kind}) written to {path}; archived as {archive}.</source>
      <translation>{claim} 的凭证（{kind}）已写入 {path}；存档为 {archive}。</translation>
    </message>
    <message>
      <source>Claim package of {count} claim(s) written to {path}.</source>
      <translation>{count} 张索赔单的索赔资料包已写入 {path}。</translation>
    </message>
    <message>
      <source>Claim {claim} has no voucher print {n}; its prints are {prints}.</source>
      <translation>索赔单 {claim} 没有第 {n} 份结算凭证打印；已有的打印为 {prints}。</translation>
    </message>
    <message>
      <source>Name the batch: partsdesk print statement SB -o FILE.pdf</source>
      <translation>请指定结算批次：partsdesk print statement SB -o FILE.pdf</translation>
    </message>
    <message>
      <source>Name the file to write: -o FILE.pdf or -o FILE.xlsx</source>
      <translation>请指定要写入的文件：-o FILE.pdf 或 -o FILE.xlsx</translation>
    </message>
    <message>
      <source>Receipt {number} has received nothing yet; no labels.</source>
      <translation>入库单 {number} 尚未收到任何配件，无需打印标签。</translation>
    </message>
    <message>
      <source>Name the claim: partsdesk print voucher CLAIM -o FILE.pdf</source>
      <translation>请指定索赔单：partsdesk print voucher 索赔单号 -o 文件.pdf</translation>
    </message>
    <message>
      <source>Name the claims: partsdesk print package CLAIM… -o FILE.pdf</source>
      <translation>请指定索赔单：partsdesk print package 索赔单号… -o 文件.pdf</translation>
    </message>
    <message>
      <source>original</source>
      <translation>正本</translation>
    </message>
    <message>
      <source>copy {n}</source>
      <translation>副本 {n}</translation>
    </message>
  </context>
</TS>
