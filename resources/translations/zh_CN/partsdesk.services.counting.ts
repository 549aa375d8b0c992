<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Counting</name>
    <message>
      <source>Being counted</source>
      <translation>盘点中</translation>
    </message>
    <message>
      <source>Posted</source>
      <translation>已过账</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>{location}: {part_no} counted {qty}.</source>
      <translation>{location}：{part_no} 盘点数 {qty}。</translation>
    </message>
    <message>
      <source>{part_no} was not expected in {location}; counted {qty}.</source>
      <translation>{part_no} 账面上不在 {location}；盘点数 {qty}。</translation>
    </message>
    <message>
      <source>Count approval threshold set to {amount}</source>
      <translation>盘点审批金额阈值设为 {amount}</translation>
    </message>
    <message>
      <source>Stock count {number} does not exist.</source>
      <translation>盘点单 {number} 不存在。</translation>
    </message>
    <message>
      <source>Stock count {number} cannot be changed: its status is {status}.</source>
      <translation>盘点单 {number} 状态为{status}，不能再修改。</translation>
    </message>
    <message>
      <source>Choose at least one location to count.</source>
      <translation>请至少选择一个要盘点的库位。</translation>
    </message>
    <message>
      <source>Stock count {number} started for {locations}</source>
      <translation>盘点单 {number} 已开始，库位：{locations}</translation>
    </message>
    <message>
      <source>Location {code} is not part of stock count {number}.</source>
      <translation>库位 {code} 不在盘点单 {number} 中。</translation>
    </message>
    <message>
      <source>{location}: {part_no} counted {qty}</source>
      <translation>{location}：{part_no} 盘点数 {qty}</translation>
    </message>
    <message>
      <source>"{code}" is not a part number or a barcode of a known part.</source>
      <translation>“{code}”不是配件编号，也不是已知配件的条码。</translation>
    </message>
    <message>
      <source>The counted quantity must be zero or more, with at most three decimals (got {value}).</source>
      <translation>盘点数量必须大于或等于零，最多三位小数（输入的是 {value}）。</translation>
    </message>
    <message>
      <source>Stock count {number} posted: {n} variances</source>
      <translation>盘点单 {number} 已过账：{n} 项差异</translation>
    </message>
    <message>
      <source>Say why the count is cancelled.</source>
      <translation>请说明取消盘点的原因。</translation>
    </message>
    <message>
      <source>Stock count {number} cancelled: {reason}</source>
      <translation>盘点单 {number} 已取消：{reason}</translation>
    </message>
    <message>
      <source>Location {code} is already being counted in {number}. Post or cancel that count first.</source>
      <translation>库位 {code} 正在盘点单 {number} 中盘点。请先过账或取消该盘点。</translation>
    </message>
    <message>
      <source>"{value}" is not a quantity.</source>
      <translation>“{value}”不是数量。</translation>
    </message>
    <message>
      <source>{n} lines of stock count {number} are not counted yet (first: {part_no} in {location}). Count them, or post them as zero.</source>
      <translation>盘点单 {number} 有 {n} 行尚未盘点（第一行：{location} 中的 {part_no}）。请盘点这些行，或按零过账。</translation>
    </message>
    <message>
      <source>{n} variances of stock count {number} are worth more than {limit} (first: {part_no} in {location}, {value}). A supervisor must post this count.</source>
      <translation>盘点单 {number} 有 {n} 项差异金额超过 {limit}（第一项：{location} 中的 {part_no}，{value}）。此盘点必须由主管过账。</translation>
    </message>
  </context>
</TS>
