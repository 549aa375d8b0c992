<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Barcodes</name>
    <message>
      <source>"{text}" cannot be printed as a Code 128 barcode: use letters, digits and ASCII punctuation only.</source>
      <translation>“{text}”无法打印为 Code 128 条码：只能使用字母、数字和 ASCII 标点符号。</translation>
    </message>
    <message>
      <source>The barcode for "{text}" needs {need} mm but the label has {have} mm. Choose a wider label layout.</source>
      <translation>“{text}”的条码需要 {need} 毫米宽，但标签只有 {have} 毫米。请选择更宽的标签版式。</translation>
    </message>
  </context>
</TS>
