<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Spreadsheet</name>
    <message>
      <source>"{value}" is neither yes nor no. Write 是 or 否, Y or N, 1 or 0.</source>
      <translation>“{value}”既不是“是”也不是“否”。请填写 是 或 否、Y 或 N、1 或 0。</translation>
    </message>
    <message>
      <source>The text has {length} characters; at most {limit} fit.</source>
      <translation>文本有 {length} 个字符，最多只能 {limit} 个。</translation>
    </message>
    <message>
      <source>"{value}" is not an amount of money.</source>
      <translation>“{value}”不是金额。</translation>
    </message>
    <message>
      <source>"{value}" is not a quantity (a number, zero or more).</source>
      <translation>“{value}”不是数量（应为零或正数）。</translation>
    </message>
    <message>
      <source>{value} has more than three decimal places.</source>
      <translation>{value} 超过三位小数。</translation>
    </message>
  </context>
</TS>
