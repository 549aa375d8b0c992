<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>QualityExport</name>
    <message>
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <source>Total claimed</source>
      <translation>索赔总额</translation>
    </message>
    <message>
      <source>Pareto</source>
      <translation>帕累托</translation>
    </message>
    <message>
      <source>Months in service</source>
      <translation>在保月数矩阵</translation>
    </message>
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
      <source>Part lines</source>
      <translation>配件行数</translation>
    </message>
    <message>
      <source>Parts cost</source>
      <translation>配件费用</translation>
    </message>
    <message>
      <source>Labour cost</source>
      <translation>工时费用</translation>
    </message>
    <message>
      <source>Charge-backs</source>
      <translation>扣款</translation>
    </message>
    <message>
      <source>Settled</source>
      <translation>已结算</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>Total claimed by {dimension}</source>
      <translation>按{dimension}的索赔总额</translation>
    </message>
    <message>
      <source>Pareto of total claimed</source>
      <translation>索赔总额帕累托图</translation>
    </message>
    <message>
      <source>Cumulative share</source>
      <translation>累计占比</translation>
    </message>
    <message>
      <source>Rows: the month the vehicle's warranty started; columns: whole months in service at the repair; cells: claims.</source>
      <translation>行：车辆保修起始月份；列：维修时的整月在保月数；单元格：索赔单数。</translation>
    </message>
    <message>
      <source>Warranty start</source>
      <translation>保修起始月份</translation>
    </message>
  </context>
</TS>
