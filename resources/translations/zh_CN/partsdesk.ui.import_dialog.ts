<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
      <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>{n} row</source>
      <translation>{n} 行</translation>
    </message>
    <message>
      <source>{n} rows</source>
      <translation>{n} 行</translation>
    </message>
    <message>
      <source>File not imported</source>
      <translation>文件未导入</translation>
    </message>
    <message>
      <source>&lt;b&gt;{file} was not imported.&lt;/b&gt;</source>
      <translation>&lt;b&gt;{file} 未导入。&lt;/b&gt;</translation>
    </message>
    <message>
      <source>1 row has a problem, so nothing was changed. Correct this row in the file and import it again.</source>
      <translation>有 1 行存在问题，因此没有做任何更改。请在文件中改正这一行，然后重新导入。</translation>
    </message>
    <message>
      <source>{n} rows have problems, so nothing was changed. Correct these rows in the file and import it again.</source>
      <translation>有 {n} 行存在问题，因此没有做任何更改。请在文件中改正这些行，然后重新导入。</translation>
    </message>
    <message>
      <source>Save this list…</source>
      <translation>保存此列表…</translation>
    </message>
    <message>
      <source>problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Save this list</source>
      <translation>保存此列表</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>The list was saved to {path}.</source>
      <translation>列表已保存到 {path}。</translation>
    </message>
    <message>
      <source>parts</source>
      <translation>配件</translation>
    </message>
    <message>
      <source>locations</source>
      <translation>库位</translation>
    </message>
    <message>
      <source>Import from Excel</source>
      <translation>从 Excel 导入</translation>
    </message>
    <message>
      <source>{file} imported: {rows}, {created} new, {updated} changed and {unchanged} unchanged.</source>
      <translation>{file} 已导入：{rows}，新增 {created}，更改 {updated}，未变 {unchanged}。</translation>
    </message>
    <message>
      <source>{file} imported: {rows}, {created} new and {updated} updated.</source>
      <translation>{file} 已导入：共 {rows}，新增 {created} 条，更新 {updated} 条。</translation>
    </message>
    <message>
      <source>Export to Excel</source>
      <translation>导出到 Excel</translation>
    </message>
    <message>
      <source>template</source>
      <translation>模板</translation>
    </message>
    <message>
      <source>Save an import template</source>
      <translation>保存导入模板</translation>
    </message>
    <message>
      <source>Template saved to {path}. Fill it in and import it.</source>
      <translation>模板已保存到 {path}。请填写后导入。</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Reading {file}…</source>
      <translation>正在读取 {file}…</translation>
    </message>
    <message>
      <source>Importing {file}…</source>
      <translation>正在导入 {file}…</translation>
    </message>
    <message>
      <source>Exporting to {file}…</source>
      <translation>正在导出到 {file}…</translation>
    </message>
    <message>
      <source>{count} {records} exported to {path}.</source>
      <translation>已将 {count} 条{records}数据导出到 {path}。</translation>
    </message>
  </context>
</TS>
