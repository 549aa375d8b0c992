<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Spreadsheet</name>
    <message>
      <source>Part No.</source>
      <translation>配件编号</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Carton</source>
      <translation>箱号</translation>
    </message>
    <message>
      <source>Packing list</source>
      <translation>装箱单</translation>
    </message>
    <message>
      <source>One row per part (or per carton). Part No. and Quantity are required; the headers may also be in Chinese.</source>
      <translation>每个配件（或每箱）一行。配件编号和数量必填；表头也可以用英文。</translation>
    </message>
    <message>
      <source>Required. The part number or a barcode of the part.</source>
      <translation>必填。配件编号或配件条码。</translation>
    </message>
    <message>
      <source>Required. How many were sent, more than zero.</source>
      <translation>必填。发货数量，大于零。</translation>
    </message>
    <message>
      <source>Optional. What the sender calls it.</source>
      <translation>选填。发货方使用的名称。</translation>
    </message>
    <message>
      <source>Optional. Rows of one part from several cartons are added up.</source>
      <translation>选填。同一配件分多箱的行会合计。</translation>
    </message>
    <message>
      <source>Unknown packing list column {key}; use one of {keys}.</source>
      <translation>未知的装箱单列 {key}；请使用以下之一：{keys}。</translation>
    </message>
    <message>
      <source>it has a header row but no lines below it.</source>
      <translation>有表头行，但下面没有数据行。</translation>
    </message>
    <message>
      <source>{file} was not imported: {count} row(s) have problems. Nothing was changed; correct them and import the file again.</source>
      <translation>{file} 未导入：{count} 行有问题。未做任何更改；请改正这些行后重新导入。</translation>
    </message>
    <message>
      <source>From packing list {file}</source>
      <translation>来自装箱单 {file}</translation>
    </message>
    <message>
      <source>the part number is empty.</source>
      <translation>配件编号为空。</translation>
    </message>
    <message>
      <source>the quantity must be more than zero.</source>
      <translation>数量必须大于零。</translation>
    </message>
    <message>
      <source>{code} is not a part number or barcode in the catalogue. Add the part first or correct the number.</source>
      <translation>{code} 不是配件目录中的配件编号或条码。请先添加配件或更正编号。</translation>
    </message>
  </context>
</TS>
