<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>QualityReport</name>
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
      <source>Total claimed</source>
      <translation>索赔总额</translation>
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
      <source>Average per claim</source>
      <translation>每单平均</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <source>Quality analysis: claims by {dimension}</source>
      <translation>质量分析：按{dimension}统计索赔</translation>
    </message>
    <message>
      <source>Printed {time} by {user}</source>
      <translation>{user} 打印于 {time}</translation>
    </message>
    <message>
      <source>any</source>
      <translation>不限</translation>
    </message>
    <message>
      <source>{first}, then {second}</source>
      <translation>{first}，再按{second}</translation>
    </message>
    <message>
      <source>every repair date</source>
      <translation>所有维修日期</translation>
    </message>
    <message>
      <source>Total claimed by group</source>
      <translation>各组索赔总额</translation>
    </message>
    <message>
      <source>Total claimed: the {n} largest groups</source>
      <translation>索赔总额：最大的 {n} 组</translation>
    </message>
    <message>
      <source>Months-in-service matrix</source>
      <translation>在保月数矩阵</translation>
    </message>
    <message>
      <source>Claims by the month the vehicle's warranty started (rows) and the whole months in service at the repair (columns).</source>
      <translation>按车辆保修起始月份（行）和维修时的整月在保月数（列）统计的索赔单数。</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>车辆数</translation>
    </message>
    <message>
      <source>Per 100</source>
      <translation>每百辆</translation>
    </message>
    <message>
      <source>Groups</source>
      <translation>分组</translation>
    </message>
    <message>
      <source>Repair dates</source>
      <translation>维修日期</translation>
    </message>
    <message>
      <source>Vehicle model</source>
      <translation>车型</translation>
    </message>
    <message>
      <source>Part category</source>
      <translation>配件类别</translation>
    </message>
    <message>
      <source>Fault code</source>
      <translation>故障代码</translation>
    </message>
    <message>
      <source>States</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>前 N 组</translation>
    </message>
    <message>
      <source>Claims selected</source>
      <translation>所选索赔单</translation>
    </message>
    <message>
      <source>{n} claim, {total} claimed</source>
      <translation>{n} 张索赔单，索赔 {total}</translation>
    </message>
    <message>
      <source>{n} claims, {total} claimed</source>
      <translation>{n} 张索赔单，索赔 {total}</translation>
    </message>
    <message>
      <source>No claims for these filters.</source>
      <translation>没有符合这些条件的索赔单。</translation>
    </message>
    <message>
      <source>Cumulative share</source>
      <translation>累计占比</translation>
    </message>
    <message>
      <source>Columns: whole months in service.</source>
      <translation>列：整月在保月数。</translation>
    </message>
    <message>
      <source>Claims per 100 vehicles</source>
      <translation>百车索赔数</translation>
    </message>
    <message>
      <source>Warranty start</source>
      <translation>保修起始月份</translation>
    </message>
    <message>
      <source>the {n} largest groups, the rest summed</source>
      <translation>最大的 {n} 组，其余合计</translation>
    </message>
    <message>
      <source>every group</source>
      <translation>所有分组</translation>
    </message>
    <message>
      <source>Trend by month</source>
      <translation>按月趋势</translation>
    </message>
    <message>
      <source>No claims with a warranty start.</source>
      <translation>没有带保修起始日期的索赔单。</translation>
    </message>
    <message>
      <source>Pareto of total claimed</source>
      <translation>索赔总额帕累托图</translation>
    </message>
  </context>
</TS>
