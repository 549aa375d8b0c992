<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>QualityPage</name>
    <message>
      <source>{label}
{n} claim · total claimed {total} · share {share}</source>
      <translation>{label}
{n} 张索赔单 · 索赔总额 {total} · 占比 {share}</translation>
    </message>
    <message>
      <source>{label}
{n} claims · total claimed {total} · share {share}</source>
      <translation>{label}
{n} 张索赔单 · 索赔总额 {total} · 占比 {share}</translation>
    </message>
    <message>
      <source>{label}
{claims} claims of {vehicles} vehicles: {rate} per 100</source>
      <translation>{label}
{vehicles} 辆车 {claims} 张索赔单：每百辆 {rate}</translation>
    </message>
    <message>
      <source>{month}
{n} claim · {total}</source>
      <translation>{month}
{n} 张索赔单 · {total}</translation>
    </message>
    <message>
      <source>{month}
{n} claims · {total}</source>
      <translation>{month}
{n} 张索赔单 · {total}</translation>
    </message>
  </context>
</TS>
