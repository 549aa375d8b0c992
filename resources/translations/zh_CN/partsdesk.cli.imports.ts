<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>{file}: {summary}.</source>
      <translation>{file}：{summary}。</translation>
    </message>
    <message>
      <source>{file}: {rows} rows imported ({created} new, {updated} updated).</source>
      <translation>{file}：已导入 {rows} 行（新增 {created}，更新 {updated}）。</translation>
    </message>
    <message>
      <source>import an Excel file (all or nothing)</source>
      <translation>导入 Excel 文件（全部成功或全部不导入）</translation>
    </message>
    <message>
      <source>check the file and say what it would change; write nothing</source>
      <translation>检查文件并说明将更改的内容；不写入任何数据</translation>
    </message>
    <message>
      <source>Nothing was written (--dry-run).</source>
      <translation>未写入任何数据（--dry-run）。</translation>
    </message>
  </context>
</TS>
