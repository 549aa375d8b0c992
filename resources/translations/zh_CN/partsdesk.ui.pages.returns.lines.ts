<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>Tag</source>
      <translation>旧件标签</translation>
    </message>
    <message>
      <source>Claim No.</source>
      <translation>索赔单号</translation>
    </message>
    <message>
      <source>Part No.</source>
      <translation>配件编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
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
      <source>Still missing: {count} of {total} — {tags}</source>
      <translation>仍缺：{total}中的 {count} 个 — {tags}</translation>
    </message>
    <message>
      <source>Every tag has arrived.</source>
      <translation>所有旧件标签均已到达。</translation>
    </message>
    <message>
      <source>{n} tag</source>
      <translation>{n} 个旧件标签</translation>
    </message>
    <message>
      <source>{n} tags</source>
      <translation>{n} 个旧件标签</translation>
    </message>
  </context>
</TS>
