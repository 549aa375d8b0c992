<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Claims</name>
    <message>
      <source>Claim {number} entered</source>
      <translation>索赔单 {number} 已录入</translation>
    </message>
  </context>
</TS>
