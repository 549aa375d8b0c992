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
      <source>Name</source>
      <translation>名称</translation>
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
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>Must return</source>
      <translation>需返回</translation>
    </message>
    <message>
      <source>Barcodes</source>
      <translation>条码</translation>
    </message>
    <message>
      <source>Min stock</source>
      <translation>最低库存</translation>
    </message>
    <message>
      <source>Fits models</source>
      <translation>适用车型</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>库位</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Allow negative stock</source>
      <translation>允许负库存</translation>
    </message>
    <message>
      <source>Parts catalogue</source>
      <translation>配件目录</translation>
    </message>
    <message>
      <source>One part per row below the header. Columns marked * are required; the others may stay empty. Point at a header for what it takes. A part number already in the catalogue updates that part.</source>
      <translation>在标题行下方每行填写一个配件。带 * 的列必填，其他列可以留空。鼠标指向标题可查看填写说明。目录中已有的配件编号将更新该配件。</translation>
    </message>
    <message>
      <source>Locations</source>
      <translation>库位</translation>
    </message>
    <message>
      <source>One location per row below the header. Columns marked * are required. A code already in use updates that location.</source>
      <translation>在标题行下方每行填写一个库位。带 * 的列必填。已存在的库位代码将更新该库位。</translation>
    </message>
    <message>
      <source>{file} was not imported: {count} row(s) have problems. Nothing was changed; correct them and import the file again.</source>
      <translation>{file} 未导入：{count} 行有问题。未做任何更改；请改正这些行后重新导入。</translation>
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
      <source>PartsDesk import template: {title}</source>
      <translation>PartsDesk 导入模板：{title}</translation>
    </message>
    <message>
      <source>Required. Letters, digits, spaces and . _ / - (at most 40).</source>
      <translation>必填。字母、数字、空格及 . _ / -（最多 40 个字符）。</translation>
    </message>
    <message>
      <source>Required. The part's name as the manufacturer writes it.</source>
      <translation>必填。按厂家的写法填写配件名称。</translation>
    </message>
    <message>
      <source>The Chinese name; a search finds either name.</source>
      <translation>中文名称；按任一名称都能搜索到。</translation>
    </message>
    <message>
      <source>For example ENGINE or BRAKES (at most 40 characters).</source>
      <translation>例如 ENGINE 或 BRAKES（最多 40 个字符）。</translation>
    </message>
    <message>
      <source>PCS when empty.</source>
      <translation>留空时为 PCS。</translation>
    </message>
    <message>
      <source>An amount with at most two decimals, for example 128.50.</source>
      <translation>金额，最多两位小数，例如 128.50。</translation>
    </message>
    <message>
      <source>Whether a failed part goes back to the manufacturer: 是/否, Y/N or 1/0.</source>
      <translation>故障件是否需返回厂家：是/否、Y/N 或 1/0。</translation>
    </message>
    <message>
      <source>Box barcodes (EAN) that also mean this part; separate several with ;</source>
      <translation>同样代表此配件的包装条码（EAN）；多个条码用 ; 分隔</translation>
    </message>
    <message>
      <source>Reorder level; 0 when empty.</source>
      <translation>补货点；留空时为 0。</translation>
    </message>
    <message>
      <source>Codes of the vehicle models the part fits, separated by commas or spaces; empty = every model.</source>
      <translation>配件适用的车型代码，用逗号或空格分隔；为空表示适用所有车型。</translation>
    </message>
    <message>
      <source>Only with this column does an import activate or deactivate a part (是/否); an empty cell leaves it as it is.</source>
      <translation>只有此列能在导入时启用或停用配件（是/否）；空单元格保持原样。</translation>
    </message>
    <message>
      <source>Required. Letters, digits and . _ / - without spaces (at most 30), for example A-01-02.</source>
      <translation>必填。字母、数字及 . _ / -，不含空格（最多 30 个字符），例如 A-01-02。</translation>
    </message>
    <message>
      <source>Bin, Receiving, Defective store or Scrap; Bin when empty.</source>
      <translation>货位、收货区、旧件库或报废区；留空时为货位。</translation>
    </message>
    <message>
      <source>Free text, at most 200 characters.</source>
      <translation>自由文本，最多 200 个字符。</translation>
    </message>
    <message>
      <source>Whether stock here may go below zero: 是/否, Y/N or 1/0.</source>
      <translation>此处库存是否允许低于零：是/否、Y/N 或 1/0。</translation>
    </message>
    <message>
      <source>Unknown kind of file "{what}"; use parts or locations.</source>
      <translation>未知的文件类别“{what}”；请使用 parts 或 locations。</translation>
    </message>
    <message>
      <source>there are no rows below its header (row {row}).</source>
      <translation>标题行（第 {row} 行）下方没有数据行。</translation>
    </message>
    <message>
      <source>The name is empty.</source>
      <translation>名称为空。</translation>
    </message>
    <message>
      <source>Barcode {code} is longer than 60 characters.</source>
      <translation>条码 {code} 超过 60 个字符。</translation>
    </message>
    <message>
      <source>Barcode {code} is itself a part number in the catalogue.</source>
      <translation>条码 {code} 本身是目录中的配件编号。</translation>
    </message>
    <message>
      <source>{part_no} is already in row {row} of this file.</source>
      <translation>{part_no} 已在本文件第 {row} 行出现。</translation>
    </message>
    <message>
      <source>{part_no} is already a barcode of part {owner} in the catalogue.</source>
      <translation>{part_no} 已是目录中配件 {owner} 的条码。</translation>
    </message>
    <message>
      <source>Barcode {code} already belongs to part {owner} in the catalogue.</source>
      <translation>条码 {code} 已属于目录中的配件 {owner}。</translation>
    </message>
    <message>
      <source>Vehicle models {models} are not in the code table; add them to the vehicle models first or correct the codes.</source>
      <translation>车型 {models} 不在代码表中；请先把它们添加到车型代码表，或更正代码。</translation>
    </message>
    <message>
      <source>{code} is already in row {row} of this file.</source>
      <translation>{code} 已在本文件第 {row} 行出现。</translation>
    </message>
    <message>
      <source>Barcode {code} is the part number in row {row}.</source>
      <translation>条码 {code} 是第 {row} 行的配件编号。</translation>
    </message>
    <message>
      <source>Barcode {code} is already given to part {part_no} in row {row}.</source>
      <translation>条码 {code} 已在第 {row} 行分配给配件 {part_no}。</translation>
    </message>
  </context>
</TS>
