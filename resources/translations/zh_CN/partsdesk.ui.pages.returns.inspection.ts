<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>Why is the charge-back less than the part line's value? Required</source>
      <translation>扣款为何低于该配件行的金额？必填</translation>
    </message>
    <message>
      <source>Record inspection (Enter)</source>
      <translation>记录鉴定结果 (Enter)</translation>
    </message>
    <message>
      <source>Only for a tag that was shipped and did not arrive</source>
      <translation>仅用于已发出但未到达的旧件标签</translation>
    </message>
    <message>
      <source>Inspect {tag}</source>
      <translation>鉴定 {tag}</translation>
    </message>
    <message>
      <source>4 missing: it was shipped and has not arrived</source>
      <translation>4 缺失：已发出但未到达</translation>
    </message>
    <message>
      <source>1 confirmed, 2 no fault found, 3 wrong part</source>
      <translation>1 确认故障，2 未发现故障，3 错件</translation>
    </message>
    <message>
      <source>{qty} x {part_no} {name} · claim {claim} · {state} · {keys}</source>
      <translation>{qty} x {part_no} {name} · 索赔单 {claim} · {state} · {keys}</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Charge-back</source>
      <translation>扣款</translation>
    </message>
    <message>
      <source>Reason for less</source>
      <translation>减少原因</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>旧件鉴定</translation>
    </message>
    <message>
      <source>Scan a returned tag, or double-click a tag in the list, then press 1-4 for the outcome and Enter.</source>
      <translation>扫描返回的旧件标签，或在列表中双击一个标签，然后按 1-4 选择鉴定结果并按回车。</translation>
    </message>
    <message>
      <source>Charge-back: the part line's value {default} unless you enter less (at most {limit})</source>
      <translation>扣款：默认为该配件行的金额 {default}，可填写更少（最多 {limit}）</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>可选</translation>
    </message>
    <message>
      <source>Why? Required: it explains the charge-back</source>
      <translation>原因？必填：说明扣款理由</translation>
    </message>
    <message>
      <source>Press {keys} to choose the outcome first.</source>
      <translation>请先按 {keys} 选择鉴定结果。</translation>
    </message>
  </context>
</TS>
