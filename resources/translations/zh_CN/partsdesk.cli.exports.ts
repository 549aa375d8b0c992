<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>quality: group the claims by this (mis: the months-in-service matrix)</source>
      <translation>质量分析：索赔的分组依据（mis：在保月数矩阵）</translation>
    </message>
    <message>
      <source>{rows} rows exported to {path}.</source>
      <translation>已导出 {rows} 行到 {path}。</translation>
    </message>
    <message>
      <source>export to an Excel file</source>
      <translation>导出为 Excel 文件</translation>
    </message>
    <message>
      <source>write an empty import template instead</source>
      <translation>改为写出空白导入模板</translation>
    </message>
    <message>
      <source>quality: and by this (a cross table)</source>
      <translation>quality：再按此分组（交叉表）</translation>
    </message>
    <message>
      <source>quality: repair date from (YYYY-MM-DD)</source>
      <translation>quality：维修日期起（YYYY-MM-DD）</translation>
    </message>
    <message>
      <source>quality: repair date to (YYYY-MM-DD)</source>
      <translation>quality：维修日期止（YYYY-MM-DD）</translation>
    </message>
    <message>
      <source>quality: only this vehicle model</source>
      <translation>quality：仅此车型</translation>
    </message>
    <message>
      <source>quality: the N largest groups, the rest summed into one</source>
      <translation>quality：最大的 N 组，其余合计为一组</translation>
    </message>
    <message>
      <source>Template written to {path}.</source>
      <translation>模板已写入 {path}。</translation>
    </message>
    <message>
      <source>Say how to group the claims with --by (fault, part, model…).</source>
      <translation>请用 --by 指定索赔的分组方式（fault、part、model…）。</translation>
    </message>
    <message>
      <source>quality: group the claims by this</source>
      <translation>quality：按此分组索赔</translation>
    </message>
    <message>
      <source>The months-in-service matrix takes no --then or --top.</source>
      <translation>在保月数矩阵不接受 --then 或 --top。</translation>
    </message>
  </context>
</TS>
