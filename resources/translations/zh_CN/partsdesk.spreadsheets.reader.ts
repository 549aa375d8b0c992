<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Spreadsheet</name>
    <message>
      <source>{file} was not imported: {reason}</source>
      <translation>{file} 未导入：{reason}</translation>
    </message>
    <message>
      <source>the file is damaged or is not an Excel workbook (.xlsx). Open it in Excel and save it again as an Excel workbook.</source>
      <translation>文件已损坏或不是 Excel 工作簿（.xlsx）。请在 Excel 中打开并重新另存为 Excel 工作簿。</translation>
    </message>
    <message>
      <source>Row {row}, {column}: {reason}</source>
      <translation>第 {row} 行，{column}：{reason}</translation>
    </message>
    <message>
      <source>Row {row}: {reason}</source>
      <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
      <source>it is an old Excel 97-2003 file (.xls) or it is protected by a password. Open it in Excel, remove any password and save it as an Excel workbook (.xlsx).</source>
      <translation>这是旧版 Excel 97-2003 文件（.xls），或受密码保护。请在 Excel 中打开，去掉密码，另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
      <source>it is not an Excel workbook. Save it from Excel as an Excel workbook (.xlsx).</source>
      <translation>它不是 Excel 工作簿。请在 Excel 中另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
      <source>it holds unsafe XML (entity declarations, which Excel never writes: they can make a small file grow without limit or read other files of this PC). Ask its sender for a copy saved from Excel as an Excel workbook (.xlsx).</source>
      <translation>它含有不安全的 XML（实体声明：Excel 从不写入，它们可能使一个小文件无限膨胀，或读取本电脑上的其他文件）。请让发送方从 Excel 另存为 Excel 工作簿（.xlsx）后重新发送。</translation>
    </message>
    <message>
      <source>{file} was not imported: its header row (row {row}) is incomplete. Nothing was changed.</source>
      <translation>{file} 未导入：标题行（第 {row} 行）不完整。未做任何更改。</translation>
    </message>
    <message>
      <source>This column is missing. Add it to the header row or use the import template.</source>
      <translation>缺少此列。请在标题行中添加，或使用导入模板。</translation>
    </message>
    <message>
      <source>the file cannot be opened ({detail}).</source>
      <translation>无法打开文件（{detail}）。</translation>
    </message>
    <message>
      <source>the workbook is empty.</source>
      <translation>工作簿是空的。</translation>
    </message>
    <message>
      <source>no header row found in its first {n} rows. Name the columns as in the template, for example {example}.</source>
      <translation>前 {n} 行中找不到标题行。请按模板命名各列，例如 {example}。</translation>
    </message>
    <message>
      <source>Columns {where} all mean the same; delete or rename all but one.</source>
      <translation>{where} 这几列含义相同；请只保留一列，删除或重命名其余列。</translation>
    </message>
  </context>
</TS>
