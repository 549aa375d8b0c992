<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>QualityPage</name>
    <message>
      <source>Cumulative share</source>
      <translation>累计占比</translation>
    </message>
    <message>
      <source>The claims behind {figure}</source>
      <translation>{figure}背后的索赔单</translation>
    </message>
    <message>
      <source>Working out the figures…</source>
      <translation>正在计算数据…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>This analysis to Excel, with its charts</source>
      <translation>将此分析连同图表导出到 Excel</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>This analysis as a PDF report</source>
      <translation>将此分析生成 PDF 报告</translation>
    </message>
    <message>
      <source>Every model</source>
      <translation>所有车型</translation>
    </message>
    <message>
      <source>Every category</source>
      <translation>所有类别</translation>
    </message>
    <message>
      <source>Every fault</source>
      <translation>所有故障</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>Keep the groups of most total claimed and sum the rest into one</source>
      <translation>保留索赔总额最高的几组，其余合并为一组</translation>
    </message>
    <message>
      <source>Repaired from</source>
      <translation>维修日期从</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
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
      <source>Group by</source>
      <translation>分组依据</translation>
    </message>
    <message>
      <source>Then by</source>
      <translation>再按</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>前 N 组</translation>
    </message>
    <message>
      <source>Double-click a row, bar, point or cell to see the claims behind it.</source>
      <translation>双击行、柱、点或单元格，查看其背后的索赔单。</translation>
    </message>
    <message>
      <source>Warranty from {month}, {months} months in service: {n} claim</source>
      <translation>{month} 起保，在保 {months} 个月：{n} 张索赔单</translation>
    </message>
    <message>
      <source>Warranty from {month}, {months} months in service: {n} claims</source>
      <translation>{month} 起保，在保 {months} 个月：{n} 张索赔单</translation>
    </message>
    <message>
      <source>Bars</source>
      <translation>柱状图</translation>
    </message>
    <message>
      <source>Trend by month</source>
      <translation>按月趋势</translation>
    </message>
    <message>
      <source>Pareto</source>
      <translation>帕累托图</translation>
    </message>
    <message>
      <source>Months in service</source>
      <translation>在保月数</translation>
    </message>
    <message>
      <source>Claims per 100 vehicles</source>
      <translation>百车索赔数</translation>
    </message>
    <message>
      <source>Total claimed</source>
      <translation>索赔总额</translation>
    </message>
    <message>
      <source>{n} claim · {total} claimed</source>
      <translation>{n} 张索赔单 · 索赔 {total}</translation>
    </message>
    <message>
      <source>{n} claims · {total} claimed</source>
      <translation>{n} 张索赔单 · 索赔 {total}</translation>
    </message>
    <message>
      <source>Warranty start</source>
      <translation>保修起始月份</translation>
    </message>
    <message>
      <source>{title} (the first {n})</source>
      <translation>{title}（前 {n} 个）</translation>
    </message>
    <message>
      <source>Export the quality analysis</source>
      <translation>导出质量分析</translation>
    </message>
    <message>
      <source>Which claims</source>
      <translation>索赔范围</translation>
    </message>
    <message>
      <source>Grouping</source>
      <translation>分组</translation>
    </message>
    <message>
      <source>By vehicle model</source>
      <translation>按车型</translation>
    </message>
    <message>
      <source>By the month warranty started</source>
      <translation>按保修起始月份</translation>
    </message>
    <message>
      <source>Updating…</source>
      <translation>正在更新…</translation>
    </message>
    <message>
      <source>The {shown} largest of {all} groups; the table lists them all.</source>
      <translation>{all} 组中最大的 {shown} 组；表格列出全部。</translation>
    </message>
    <message>
      <source>Finding the claims…</source>
      <translation>正在查找索赔单…</translation>
    </message>
    <message>
      <source>No claims lie behind this figure.</source>
      <translation>此数字背后没有索赔单。</translation>
    </message>
    <message>
      <source>{title}: {n} claim.</source>
      <translation>{title}：{n} 张索赔单。</translation>
    </message>
    <message>
      <source>{title}: {n} claims.</source>
      <translation>{title}：{n} 张索赔单。</translation>
    </message>
    <message>
      <source>quality</source>
      <translation>质量分析</translation>
    </message>
    <message>
      <source>Exporting to {file}…</source>
      <translation>正在导出到 {file}…</translation>
    </message>
    <message>
      <source>Quality analysis</source>
      <translation>质量分析</translation>
    </message>
    <message>
      <source>Preparing the report…</source>
      <translation>正在准备报告…</translation>
    </message>
    <message>
      <source>warranty from {month}, {months} months in service</source>
      <translation>{month} 起保、在保 {months} 个月</translation>
    </message>
    <message>
      <source>warranty from {month}</source>
      <translation>{month} 起保</translation>
    </message>
    <message>
      <source>Updated {time}</source>
      <translation>{time} 已更新</translation>
    </message>
    <message>
      <source>Every group</source>
      <translation>所有分组</translation>
    </message>
    <message>
      <source>The largest, the rest summed</source>
      <translation>最大的 1 组，其余合计</translation>
    </message>
    <message>
      <source>The {n} largest, the rest summed</source>
      <translation>最大的 {n} 组，其余合计</translation>
    </message>
    <message>
      <source>{n} group exported to {path}.</source>
      <translation>已导出 {n} 组到 {path}。</translation>
    </message>
    <message>
      <source>{n} groups exported to {path}.</source>
      <translation>已导出 {n} 组到 {path}。</translation>
    </message>
  </context>
</TS>
