<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CodesPage</name>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Standard hours</source>
      <translation>标准工时</translation>
    </message>
    <message>
      <source>Vehicle models</source>
      <translation>车型</translation>
    </message>
    <message>
      <source>Warranty months</source>
      <translation>保修月数</translation>
    </message>
    <message>
      <source>Warranty km</source>
      <translation>保修里程（公里）</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Either description may stay empty; the other is shown instead</source>
      <translation>两种描述之一可以留空，届时显示另一种</translation>
    </message>
    <message>
      <source>Model codes separated by commas; empty: all models</source>
      <translation>车型代码，用逗号分隔；留空表示适用全部车型</translation>
    </message>
    <message>
      <source>Can be chosen on new claims</source>
      <translation>新索赔单中可选用</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Filter by code or words</source>
      <translation>按代码或文字筛选</translation>
    </message>
    <message>
      <source>New code…</source>
      <translation>新建代码…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Template…</source>
      <translation>模板…</translation>
    </message>
    <message>
      <source>{shown} of {total} codes</source>
      <translation>{shown}/{total} 个代码</translation>
    </message>
    <message>
      <source>Import code tables from Excel</source>
      <translation>从 Excel 导入代码表</translation>
    </message>
    <message>
      <source>Export code tables to Excel</source>
      <translation>将代码表导出到 Excel</translation>
    </message>
    <message>
      <source>Save an import template</source>
      <translation>保存导入模板</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>英文名称</translation>
    </message>
    <message>
      <source>Chinese name</source>
      <translation>中文名称</translation>
    </message>
    <message>
      <source>English description</source>
      <translation>英文描述</translation>
    </message>
    <message>
      <source>Chinese description</source>
      <translation>中文描述</translation>
    </message>
    <message>
      <source>all</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>{table}: new code</source>
      <translation>{table}：新建代码</translation>
    </message>
    <message>
      <source>{table}: {code}</source>
      <translation>{table}：{code}</translation>
    </message>
    <message>
      <source>Reactivate</source>
      <translation>重新启用</translation>
    </message>
    <message>
      <source>{file} imported: {rows} rows, {created} new and {updated} updated.</source>
      <translation>{file} 已导入：共 {rows} 行，新增 {created} 个，更新 {updated} 个。</translation>
    </message>
    <message>
      <source>Importing {file}…</source>
      <translation>正在导入 {file}…</translation>
    </message>
    <message>
      <source>code-tables</source>
      <translation>代码表</translation>
    </message>
    <message>
      <source>Exporting to {file}…</source>
      <translation>正在导出到 {file}…</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Template saved to {path}. Fill it in and import it.</source>
      <translation>模板已保存到 {path}。填写后再导入。</translation>
    </message>
    <message>
      <source>{count} codes exported to {path}.</source>
      <translation>已导出 {count} 个代码到 {path}。</translation>
    </message>
  </context>
</TS>
