<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Spreadsheet</name>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>有效</translation>
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
      <source>Model code</source>
      <translation>车型代码</translation>
    </message>
    <message>
      <source>Warranty months</source>
      <translation>保修月数</translation>
    </message>
    <message>
      <source>Warranty km</source>
      <translation>保修里程</translation>
    </message>
    <message>
      <source>Operation code</source>
      <translation>工时代码</translation>
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
      <source>Model codes separated by commas; empty = every model</source>
      <translation>车型代码，用逗号分隔；为空表示适用所有车型</translation>
    </message>
    <message>
      <source>Fault code</source>
      <translation>故障代码</translation>
    </message>
    <message>
      <source>Cause code</source>
      <translation>原因代码</translation>
    </message>
    <message>
      <source>Category code</source>
      <translation>类别代码</translation>
    </message>
  </context>
  <context>
    <name>CodeSheets</name>
    <message>
      <source>{file} was not imported: none of its sheets is a code table. Name the sheets as in the exported file, for example "{example}".</source>
      <translation>{file} 未导入：其中没有代码表工作表。请按导出文件的方式命名工作表，例如“{example}”。</translation>
    </message>
    <message>
      <source>{file} was not imported: {n} rows have problems. Nothing was changed.</source>
      <translation>{file} 未导入：有 {n} 行有问题。未做任何更改。</translation>
    </message>
    <message>
      <source>{code} is already in row {row}.</source>
      <translation>{code} 已在第 {row} 行出现。</translation>
    </message>
    <message>
      <source>vehicle models {models} are neither in this file nor in the code table.</source>
      <translation>车型 {models} 既不在本文件中，也不在代码表中。</translation>
    </message>
  </context>
</TS>
