<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>DateField</name>
    <message>
      <source>e.g. 2025-03-01</source>
      <translation>如 2025-03-01</translation>
    </message>
    <message>
      <source>Type 2025-03-01, 2025/3/1 or 2025年3月1日, or pick it from the calendar (Alt+Down)</source>
      <translation>输入 2025-03-01、2025/3/1 或 2025年3月1日，或从日历中选择（Alt+下箭头）</translation>
    </message>
    <message>
      <source>Pick the date from a calendar (Alt+Down)</source>
      <translation>从日历中选择日期（Alt+下箭头）</translation>
    </message>
    <message>
      <source>"{text}" is not a date. Type it as 2025-03-01 or 2025年3月1日, or pick it from the calendar.</source>
      <translation>“{text}”不是日期。请输入 2025-03-01 或 2025年3月1日，或从日历中选择。</translation>
    </message>
  </context>
</TS>
