<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ClaimsPage</name>
    <message>
      <source>Claim No.</source>
      <translation>索赔单号</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Repair date</source>
      <translation>维修日期</translation>
    </message>
    <message>
      <source>VIN</source>
      <translation>VIN</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>车型</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>故障</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>All states</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>Open claims</source>
      <translation>未结索赔单</translation>
    </message>
    <message>
      <source>Any approver</source>
      <translation>全部审核人</translation>
    </message>
    <message>
      <source>New claim…</source>
      <translation>新建索赔单…</translation>
    </message>
    <message>
      <source>Enter a new warranty claim (Ctrl+N)</source>
      <translation>录入新的索赔单（Ctrl+N）</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>The claims matching the state, date and approver filters, to Excel</source>
      <translation>将符合状态、日期和审核人筛选条件的索赔单导出到 Excel</translation>
    </message>
    <message>
      <source>Show every claim</source>
      <translation>显示所有索赔单</translation>
    </message>
    <message>
      <source>Export claims to Excel</source>
      <translation>将索赔单导出到 Excel</translation>
    </message>
    <message>
      <source>Search by claim no., VIN or its last 6 characters, customer, phone or part no.</source>
      <translation>按索赔单号、VIN（或后 6 位）、客户、电话或配件编号搜索</translation>
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
      <source>1 claim</source>
      <translation>1 张索赔单</translation>
    </message>
    <message>
      <source>{count} claims</source>
      <translation>{count} 张索赔单</translation>
    </message>
    <message>
      <source>claims</source>
      <translation>索赔单</translation>
    </message>
    <message>
      <source>Exporting claims to {file}…</source>
      <translation>正在导出索赔单到 {file}…</translation>
    </message>
    <message>
      <source>{count}+ claims found</source>
      <translation>找到 {count}+ 张索赔单</translation>
    </message>
    <message>
      <source>1 claim found</source>
      <translation>找到 1 张索赔单</translation>
    </message>
    <message>
      <source>{count} claims found</source>
      <translation>找到 {count} 张索赔单</translation>
    </message>
    <message>
      <source>{n} claim exported to {path}.</source>
      <translation>已导出 {n} 张索赔单到 {path}。</translation>
    </message>
    <message>
      <source>{n} claims exported to {path}.</source>
      <translation>已导出 {n} 张索赔单到 {path}。</translation>
    </message>
  </context>
</TS>
