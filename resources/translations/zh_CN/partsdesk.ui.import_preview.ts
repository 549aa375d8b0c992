<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Empty cells clear values: {fields}. Fill the cells in the file to keep them.</source>
      <translation>空单元格将清除这些值：{fields}。如需保留，请在文件中填写这些单元格。</translation>
    </message>
    <message>
      <source>Import {file}?</source>
      <translation>导入 {file}？</translation>
    </message>
    <message>
      <source>&lt;b&gt;{file}&lt;/b&gt; would change the catalogue like this:</source>
      <translation>&lt;b&gt;{file}&lt;/b&gt; 将对配件目录作如下更改：</translation>
    </message>
    <message>
      <source>… and {n} more changes.</source>
      <translation>…… 另有 {n} 项更改。</translation>
    </message>
    <message>
      <source>Every part in the file is already as the file says.</source>
      <translation>文件中的每个配件都已与文件一致。</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Part No.</source>
      <translation>配件编号</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>当前</translation>
    </message>
    <message>
      <source>After the import</source>
      <translation>导入后</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>{field} of {n} part</source>
      <translation>{n} 个配件的{field}</translation>
    </message>
    <message>
      <source>{field} of {n} parts</source>
      <translation>{n} 个配件的{field}</translation>
    </message>
  </context>
</TS>
