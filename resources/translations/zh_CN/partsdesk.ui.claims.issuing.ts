<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ClaimView</name>
    <message>
      <source>{qty} x {part_no} issued from {code}.</source>
      <translation>已从 {code} 发出 {qty} x {part_no}。</translation>
    </message>
    <message>
      <source>How many of the next scanned part are issued</source>
      <translation>下一个扫描配件的发料数量</translation>
    </message>
    <message>
      <source>Print tag {tags}</source>
      <translation>打印旧件标签 {tags}</translation>
    </message>
    <message>
      <source>Scan the bin, then each part (or the part, then its bin)</source>
      <translation>先扫描库位，再逐个扫描配件（或先扫配件，再扫库位）</translation>
    </message>
    <message>
      <source>Issue parts</source>
      <translation>发料</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>From bin: &lt;b&gt;{code}&lt;/b&gt;</source>
      <translation>出库库位：&lt;b&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>From bin: scan a bin label</source>
      <translation>出库库位：请扫描库位标签</translation>
    </message>
    <message>
      <source>All parts of claim {number} are issued.</source>
      <translation>索赔单 {number} 的配件已全部发出。</translation>
    </message>
    <message>
      <source>The failed part must go back to the supplier under defective-part tag {tags}. Print the tag now?</source>
      <translation>旧件须凭旧件标签 {tags} 返回供应商。现在打印标签吗？</translation>
    </message>
    <message>
      <source>{code} is not a bin ({kind}); parts are issued to repairs only from bins. {advice}</source>
      <translation>{code} 不是货位（{kind}）；配件只从货位发往维修。{advice}</translation>
    </message>
    <message>
      <source>Issuing from {code}. Now scan the parts.</source>
      <translation>从 {code} 发料，请扫描配件。</translation>
    </message>
    <message>
      <source>Bins holding {part_no}: {bins}</source>
      <translation>存有 {part_no} 的库位：{bins}</translation>
    </message>
    <message>
      <source>No bin holds {part_no}.</source>
      <translation>没有库位存有 {part_no}。</translation>
    </message>
    <message>
      <source> (it lies in {bins})</source>
      <translation>（在 {bins}）</translation>
    </message>
    <message>
      <source>Part {part_no}: now scan the bin it comes from{hint}.</source>
      <translation>配件 {part_no}：请扫描出库库位{hint}。</translation>
    </message>
    <message>
      <source>Unknown code {code}: scan a bin label or a part.</source>
      <translation>未知代码 {code}：请扫描库位标签或配件。</translation>
    </message>
  </context>
</TS>
