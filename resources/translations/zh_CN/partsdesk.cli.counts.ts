<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>{location}: {part_no} {sign}{qty} (expected {expected}, counted {counted}; {value})</source>
      <translation>{location}：{part_no} {sign}{qty}（账面 {expected}，实盘 {counted}；{value}）</translation>
    </message>
    <message>
      <source>start counting these locations; prints the count's number</source>
      <translation>开始盘点这些库位；输出盘点单号</translation>
    </message>
    <message>
      <source>enter how many of a part were counted (again: the new figure replaces the old)</source>
      <translation>录入某配件的实盘数（再次录入时新数替换旧数）</translation>
    </message>
    <message>
      <source>post a count: each variance is booked and the count is closed</source>
      <translation>过账盘点：记录每项盘点差异并关闭盘点</translation>
    </message>
    <message>
      <source>show a count: its lines, what was counted and the variances</source>
      <translation>显示盘点：明细行、实盘数及差异</translation>
    </message>
    <message>
      <source>Stock count {number} has {n} locations ({codes}); say with --location where {part_no} was counted.</source>
      <translation>盘点 {number} 有 {n} 个库位（{codes}）；请用 --location 指明 {part_no} 在哪里盘点。</translation>
    </message>
    <message>
      <source>Stock count {number} posted: 1 variance booked.</source>
      <translation>盘点 {number} 已过账：记录了 1 项差异。</translation>
    </message>
    <message>
      <source>Stock count {number} posted: {n} variances booked.</source>
      <translation>盘点 {number} 已过账：记录了 {n} 项差异。</translation>
    </message>
    <message>
      <source>Stock count {number}: {status}; locations {locations}</source>
      <translation>盘点 {number}：{status}；库位 {locations}</translation>
    </message>
    <message>
      <source>count stock: start a count of locations, enter what was counted, post the variances, show a count</source>
      <translation>盘点库存：开始盘点库位、录入实盘数、过账差异、显示盘点</translation>
    </message>
    <message>
      <source>Count stock as the stock count page does: what the books expect is frozen when the count starts; posting books each variance, counted less expected.</source>
      <translation>与盘点页面一样盘点库存：开始盘点时冻结账面数；过账时记录每项差异（实盘数减账面数）。</translation>
    </message>
    <message>
      <source>a location's code or label</source>
      <translation>库位编码或其标签</translation>
    </message>
    <message>
      <source>a note on the count</source>
      <translation>盘点备注</translation>
    </message>
    <message>
      <source>stock count number (SC-…)</source>
      <translation>盘点单号（SC-…）</translation>
    </message>
    <message>
      <source>part number or barcode</source>
      <translation>配件编号或条码</translation>
    </message>
    <message>
      <source>how many were counted (0 or more)</source>
      <translation>实盘数量（0 或更多）</translation>
    </message>
    <message>
      <source>where it was counted (needed when the count has several locations the part could be in)</source>
      <translation>在哪个库位盘点（盘点有多个可能存放该配件的库位时必填）</translation>
    </message>
    <message>
      <source>post the lines nobody counted as counted zero</source>
      <translation>将无人盘点的行按实盘为零过账</translation>
    </message>
    <message>
      <source>1 line not counted yet.</source>
      <translation>还有 1 行未盘点。</translation>
    </message>
    <message>
      <source>{n} lines not counted yet.</source>
      <translation>还有 {n} 行未盘点。</translation>
    </message>
    <message>
      <source>{location}: {part_no} {name}: expected {expected}, counted {counted}</source>
      <translation>{location}：{part_no} {name}：账面 {expected}，实盘 {counted}</translation>
    </message>
  </context>
</TS>
