<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Catalog</name>
    <message>
      <source>Name</source>
      <translation>名称</translation>
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
      <translation>旧件返回</translation>
    </message>
    <message>
      <source>Minimum stock</source>
      <translation>最低库存</translation>
    </message>
    <message>
      <source>Barcode aliases</source>
      <translation>条码别名</translation>
    </message>
    <message>
      <source>{field}: {old} → {new}</source>
      <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
      <source>{changes}</source>
      <translation>{changes}</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>已修改</translation>
    </message>
    <message>
      <source>Catalogue import {source}: {created} new, {updated} updated</source>
      <translation>配件目录导入 {source}：新增 {created} 条，更新 {updated} 条</translation>
    </message>
    <message>
      <source>The part number is empty.</source>
      <translation>配件编号为空。</translation>
    </message>
    <message>
      <source>Part number "{part_no}" is not valid: use up to 40 letters, digits, spaces and . _ / - characters.</source>
      <translation>配件编号“{part_no}”无效：最多 40 个字母、数字、空格及 . _ / - 字符。</translation>
    </message>
    <message>
      <source>Part number "{part_no}" looks like a PartsDesk document number; it would be mistaken for one when scanned.</source>
      <translation>配件编号“{part_no}”与 PartsDesk 单据号格式相同，扫描时会被误认为单据号。</translation>
    </message>
    <message>
      <source>{value} is not a valid price.</source>
      <translation>{value} 不是有效的价格。</translation>
    </message>
    <message>
      <source>{value} has more than two decimal places.</source>
      <translation>{value} 的小数超过两位。</translation>
    </message>
    <message>
      <source>Barcode {code} is longer than 60 characters.</source>
      <translation>条码 {code} 超过 60 个字符。</translation>
    </message>
    <message>
      <source>Barcode {code} would be read as a document number or a bin label when scanned, or holds invisible characters; use the barcode as printed on the box.</source>
      <translation>条码 {code} 扫描时会被识别为单据号或库位标签，或含有不可见字符；请使用包装箱上印刷的条码。</translation>
    </message>
    <message>
      <source>Part {part_no} is not in the catalogue. Check the number or add the part.</source>
      <translation>配件 {part_no} 不在配件目录中。请检查编号或新增该配件。</translation>
    </message>
    <message>
      <source>Vehicle models {models} are not in the code table; add them to the vehicle models first.</source>
      <translation>车型 {models} 不在代码表中；请先把它们添加到车型代码表。</translation>
    </message>
    <message>
      <source>Barcode {code} already belongs to part {owner}.</source>
      <translation>条码 {code} 已属于配件 {owner}。</translation>
    </message>
    <message>
      <source>Barcode {code} is itself a part number in the catalogue.</source>
      <translation>条码 {code} 本身就是配件目录中的配件编号。</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>已创建</translation>
    </message>
    <message>
      <source>Superseded by {new}</source>
      <translation>被 {new} 替代</translation>
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
      <source>"{value}" is not an amount of money.</source>
      <translation>“{value}”不是有效的金额。</translation>
    </message>
    <message>
      <source>Part {part_no} has no name.</source>
      <translation>配件 {part_no} 没有名称。</translation>
    </message>
    <message>
      <source>The name of part {part_no} is longer than 200 characters.</source>
      <translation>配件 {part_no} 的名称超过 200 个字符。</translation>
    </message>
    <message>
      <source>Part {part_no} already exists. Open it to change it.</source>
      <translation>配件 {part_no} 已存在。请打开它进行修改。</translation>
    </message>
    <message>
      <source>{part_no} is already a barcode of another part.</source>
      <translation>{part_no} 已是另一个配件的条码。</translation>
    </message>
    <message>
      <source>Reactivated</source>
      <translation>已重新启用</translation>
    </message>
    <message>
      <source>Deactivated</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>{old} cannot be superseded by {new}: that would make a loop.</source>
      <translation>{old} 不能由 {new} 替代：这会形成循环。</translation>
    </message>
  </context>
</TS>
