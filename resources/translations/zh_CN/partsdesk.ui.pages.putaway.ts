<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>PutAwayPage</name>
    <message>
      <source>Receiving area</source>
      <translation>收货区</translation>
    </message>
    <message>
      <source>Part No.</source>
      <translation>配件编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Chinese name</source>
      <translation>中文名称</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>待上架</translation>
    </message>
    <message>
      <source>Scan a bin label, then the parts that go into it</source>
      <translation>先扫描库位标签，再扫描放入该库位的配件</translation>
    </message>
    <message>
      <source>Pieces in the next part scan; back to 1 after the scan</source>
      <translation>下一次配件扫描的件数；扫描后恢复为 1</translation>
    </message>
    <message>
      <source>From the receiving area that holds most</source>
      <translation>从存量最多的收货区取</translation>
    </message>
    <message>
      <source>Scan a bin</source>
      <translation>请扫描库位</translation>
    </message>
    <message>
      <source>Scan the label of the bin you are filling, then each part you put into it.</source>
      <translation>扫描要放货的库位标签，再逐件扫描放入的配件。</translation>
    </message>
    <message>
      <source>{code} is not where {part_no} is usually kept ({usual}). Put away here anyway?</source>
      <translation>{code} 不是 {part_no} 平常存放的库位（{usual}）。仍然上架到这里吗？</translation>
    </message>
    <message>
      <source>Not put away</source>
      <translation>未上架</translation>
    </message>
    <message>
      <source>{part_no} stays in the receiving area. Scan the label of {usual} to put it away there.</source>
      <translation>{part_no} 仍留在收货区。扫描 {usual} 的标签，上架到那里。</translation>
    </message>
    <message>
      <source>Scan or type the part number</source>
      <translation>扫描或输入配件编号</translation>
    </message>
    <message>
      <source>{part_no} {name} — on hand in: {places}</source>
      <translation>{part_no} {name} — 现存于：{places}</translation>
    </message>
    <message>
      <source>Location code, e.g. A-01-02</source>
      <translation>库位代码，例如 A-01-02</translation>
    </message>
    <message>
      <source>Location code or scanned bin label</source>
      <translation>库位代码或扫描库位标签</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>移库</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>配件</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Move stock from one location to another. The ledger keeps both sides of the move.</source>
      <translation>把库存从一个库位移到另一个库位。台账记录移动的双方。</translation>
    </message>
    <message>
      <source>{qty} x {part_no} moved from {source} to {target}.</source>
      <translation>{qty} x {part_no} 已从 {source} 移到 {target}。</translation>
    </message>
    <message>
      <source>+3 found, -2 missing</source>
      <translation>+3 盘盈，-2 缺失</translation>
    </message>
    <message>
      <source>Required for the reason "other"</source>
      <translation>原因为“其他”时必填</translation>
    </message>
    <message>
      <source>Book adjustment</source>
      <translation>登记调整</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>库位</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>变动</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Book stock found or lost. An adjustment is a new ledger row with its reason; wrong bookings are corrected by reversing them.</source>
      <translation>登记找到或丢失的库存。每次调整都是带原因的一条新台账记录；记错的移动通过冲销更正。</translation>
    </message>
    <message>
      <source>Adjustment booked: {sign}{qty} x {part_no} in {location}.</source>
      <translation>调整已登记：{location} 中 {part_no} {sign}{qty}。</translation>
    </message>
    <message>
      <source>Put-away</source>
      <translation>上架</translation>
    </message>
    <message>
      <source>Adjustment</source>
      <translation>库存调整</translation>
    </message>
    <message>
      <source>From {code}</source>
      <translation>从 {code}</translation>
    </message>
    <message>
      <source>Waiting in the receiving area</source>
      <translation>收货区待上架</translation>
    </message>
    <message>
      <source>Put away now</source>
      <translation>本次已上架</translation>
    </message>
    <message>
      <source>Filling bin {code}</source>
      <translation>正在放入库位 {code}</translation>
    </message>
    <message>
      <source>No bin scanned yet</source>
      <translation>尚未扫描库位</translation>
    </message>
    <message>
      <source>Bin {code}</source>
      <translation>库位 {code}</translation>
    </message>
    <message>
      <source>{qty} x {part_no} → {code}</source>
      <translation>{qty} x {part_no} → {code}</translation>
    </message>
    <message>
      <source>{time} · {qty} x {part_no} from {source} into {code}</source>
      <translation>{time} · {qty} x {part_no} 从 {source} 放入 {code}</translation>
    </message>
    <message>
      <source>No part has the number or barcode {code}.</source>
      <translation>没有配件的编号或条码是 {code}。</translation>
    </message>
    <message>
      <source>Not moved</source>
      <translation>未移动</translation>
    </message>
    <message>
      <source>nowhere</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Stock adjustments need a supervisor. {reason}</source>
      <translation>库存调整需要主管操作。{reason}</translation>
    </message>
  </context>
</TS>
