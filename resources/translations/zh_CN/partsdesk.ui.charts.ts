<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Charts</name>
    <message>
      <source>No claims for these filters.</source>
      <translation>没有符合这些条件的索赔单。</translation>
    </message>
    <message>
      <source>Cumulative share</source>
      <translation>累计占比</translation>
    </message>
    <message>
      <source>{n} claim</source>
      <translation>{n} 张索赔单</translation>
    </message>
    <message>
      <source>{n} claims</source>
      <translation>{n} 张索赔单</translation>
    </message>
  </context>
</TS>
