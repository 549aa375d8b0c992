<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>put received parts away from the receiving area into a bin, one piece per code</source>
      <translation>将已收货的配件从收货区上架到货位，每个编码一件</translation>
    </message>
    <message>
      <source>move stock from one location to another</source>
      <translation>将库存从一个库位移到另一个库位</translation>
    </message>
    <message>
      <source>book stock found (+QTY) or lost (-QTY) at a location, with its reason (supervisor)</source>
      <translation>按原因记录某库位盘盈（+数量）或丢失（-数量）的库存（主管）</translation>
    </message>
    <message>
      <source>show where a part is, or export the stock to Excel</source>
      <translation>显示配件所在位置，或将库存导出到 Excel</translation>
    </message>
    <message>
      <source>where a part is: on hand, reserved and available, and how many in each location</source>
      <translation>配件所在位置：现存量、已预留、可用，以及各库位的数量</translation>
    </message>
    <message>
      <source>export the stock to an Excel file, as the stock page does</source>
      <translation>与库存页面一样将库存导出到 Excel 文件</translation>
    </message>
    <message>
      <source>{qty} x {part_no} moved from {source} to {target}.</source>
      <translation>{qty} x {part_no} 已从 {source} 移到 {target}。</translation>
    </message>
    <message>
      <source>Adjustment booked: {sign}{qty} x {part_no} in {location} ({on_hand} there now).</source>
      <translation>已记录库存调整：{location} 中 {sign}{qty} x {part_no}（现有 {on_hand}）。</translation>
    </message>
    <message>
      <source>{part_no} {name}: on hand {on_hand}, reserved {reserved}, available {available}, defective {defective}</source>
      <translation>{part_no} {name}：现存量 {on_hand}，已预留 {reserved}，可用 {available}，旧件 {defective}</translation>
    </message>
    <message>
      <source>{rows} rows exported to {path}.</source>
      <translation>已导出 {rows} 行到 {path}。</translation>
    </message>
    <message>
      <source>the bin's code or its label</source>
      <translation>货位编码或其标签</translation>
    </message>
    <message>
      <source>a part number or barcode, once per piece (a bin's label here puts the codes after it into that bin)</source>
      <translation>配件编号或条码，每件一次（此处若是货位标签，其后的编码上架到该货位）</translation>
    </message>
    <message>
      <source>pieces per code (default 1)</source>
      <translation>每个编码的件数（默认 1）</translation>
    </message>
    <message>
      <source>the receiving location they come from (default: the one holding most of the part)</source>
      <translation>配件来自的收货区库位（默认：该配件最多的那个）</translation>
    </message>
    <message>
      <source>part number or barcode</source>
      <translation>配件编号或条码</translation>
    </message>
    <message>
      <source>the location it is taken from</source>
      <translation>从哪个库位取出</translation>
    </message>
    <message>
      <source>the location it goes to</source>
      <translation>放入哪个库位</translation>
    </message>
    <message>
      <source>how many</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>why it is moved</source>
      <translation>移库原因</translation>
    </message>
    <message>
      <source>where it was found or lost</source>
      <translation>在哪个库位盘盈或丢失</translation>
    </message>
    <message>
      <source>the change: 3 (or +3) found, -2 missing</source>
      <translation>变动数量：3（或 +3）为盘盈，-2 为缺失</translation>
    </message>
    <message>
      <source>why: found, lost, damaged, wrong_booking, sample or other</source>
      <translation>原因：found、lost、damaged、wrong_booking、sample 或 other</translation>
    </message>
    <message>
      <source>more about it (required for the reason "other")</source>
      <translation>补充说明（原因为“other”时必填）</translation>
    </message>
    <message>
      <source>one row per part (default) or per part and location</source>
      <translation>每个配件一行（默认），或每个配件和库位一行</translation>
    </message>
    <message>
      <source>by part: also the parts not in stock</source>
      <translation>按配件：也包括无库存的配件</translation>
    </message>
    <message>
      <source>Not in any location.</source>
      <translation>不在任何库位中。</translation>
    </message>
    <message>
      <source>{reason} The {n} put-aways before it were booked.</source>
      <translation>{reason} 此前的 {n} 次上架已记录。</translation>
    </message>
  </context>
</TS>
