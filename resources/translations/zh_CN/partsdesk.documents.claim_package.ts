<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ClaimPackage</name>
    <message>
      <source>Claim package {number}</source>
      <translation>索赔资料包 {number}</translation>
    </message>
    <message>
      <source>Claim packages of {count} claims</source>
      <translation>{count} 张索赔单的索赔资料包</translation>
    </message>
    <message>
      <source>Name at least one claim for the package.</source>
      <translation>请至少指定一张索赔单。</translation>
    </message>
    <message>
      <source>A claim package prints its tags on an A4 sheet layout, not on a roll.</source>
      <translation>索赔资料包的旧件标签须打印在 A4 标签纸版式上，不能用卷纸。</translation>
    </message>
  </context>
</TS>
