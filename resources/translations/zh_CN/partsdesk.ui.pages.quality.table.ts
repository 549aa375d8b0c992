<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>QualityPage</name>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>索赔数</translation>
    </message>
    <message>
      <source>Total claimed</source>
      <translation>索赔总额</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <source>Average per claim</source>
      <translation>每单平均</translation>
    </message>
    <message>
      <source>Part lines</source>
      <translation>配件行数</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Parts cost</source>
      <translation>配件费用</translation>
    </message>
    <message>
      <source>Labour</source>
      <translation>工时费用</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Charge-backs</source>
      <translation>扣款</translation>
    </message>
    <message>
      <source>Settled</source>
      <translation>已结算</translation>
    </message>
  </context>
</TS>
