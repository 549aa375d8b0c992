<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Labels</name>
    <message>
      <source>Unknown label layout "{name}". Layouts: {names}.</source>
      <translation>未知的标签版式“{name}”。可用版式：{names}。</translation>
    </message>
    <message>
      <source>Start position {start} is not on a {layout} sheet: use 1 to {last}.</source>
      <translation>起始位置 {start} 不在 {layout} 标签纸上：请使用 1 到 {last}。</translation>
    </message>
    <message>
      <source>The number of copies must be at least 1.</source>
      <translation>份数至少为 1。</translation>
    </message>
    <message>
      <source>There are no labels to print.</source>
      <translation>没有要打印的标签。</translation>
    </message>
    <message>
      <source>Part labels</source>
      <translation>配件标签</translation>
    </message>
    <message>
      <source>Location labels</source>
      <translation>库位标签</translation>
    </message>
    <message>
      <source>A4 sheet, 3 × 8 labels of 70 × 37 mm</source>
      <translation>A4 标签纸，3 × 8 张，每张 70 × 37 毫米</translation>
    </message>
    <message>
      <source>A4 sheet, 3 × 10 labels of 70 × 29.7 mm</source>
      <translation>A4 标签纸，3 × 10 张，每张 70 × 29.7 毫米</translation>
    </message>
    <message>
      <source>A4 sheet, 2 × 7 labels of 99.1 × 38.1 mm</source>
      <translation>A4 标签纸，2 × 7 张，每张 99.1 × 38.1 毫米</translation>
    </message>
    <message>
      <source>A4 sheet, Avery L7160 style, 3 × 7 labels of 63.5 × 38.1 mm</source>
      <translation>A4 标签纸，Avery L7160 规格，3 × 7 张，每张 63.5 × 38.1 毫米</translation>
    </message>
    <message>
      <source>Thermal roll, 50 × 30 mm</source>
      <translation>热敏卷标，50 × 30 毫米</translation>
    </message>
    <message>
      <source>Thermal roll, 60 × 40 mm</source>
      <translation>热敏卷标，60 × 40 毫米</translation>
    </message>
    <message>
      <source>Thermal roll, 100 × 50 mm</source>
      <translation>热敏卷标，100 × 50 毫米</translation>
    </message>
  </context>
</TS>
