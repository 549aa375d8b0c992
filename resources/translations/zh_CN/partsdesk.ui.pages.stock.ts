<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>StockPage</name>
    <message>
      <source>Part No.</source>
      <translation>配件编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>现存量</translation>
    </message>
    <message>
      <source>Reserved</source>
      <translation>已预留</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>可用量</translation>
    </message>
    <message>
      <source>Defective</source>
      <translation>旧件</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Min stock</source>
      <translation>最低库存</translation>
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
      <source>Move</source>
      <translation>移动</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>单据</translation>
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
      <source>Change</source>
      <translation>变动</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>结存</translation>
    </message>
    <message>
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Shortfall</source>
      <translation>缺口</translation>
    </message>
    <message>
      <source>stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <source>stock-by-part</source>
      <translation>按配件库存</translation>
    </message>
    <message>
      <source>stock-by-location</source>
      <translation>按库位库存</translation>
    </message>
    <message>
      <source>low-stock</source>
      <translation>低库存</translation>
    </message>
    <message>
      <source>ledger-{part_no}</source>
      <translation>台账-{part_no}</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>导出到 Excel…</translation>
    </message>
    <message>
      <source>Export to Excel</source>
      <translation>导出到 Excel</translation>
    </message>
    <message>
      <source>Search by part no., name or barcode — or scan; Enter opens the part's ledger</source>
      <translation>按配件编号、名称或条码搜索，或扫描；回车打开该配件的台账</translation>
    </message>
    <message>
      <source>Only parts in stock</source>
      <translation>只显示有库存的配件</translation>
    </message>
    <message>
      <source>Location or part number, from its start — or scan a bin label</source>
      <translation>库位或配件编号（从开头匹配），或扫描库位标签</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <source>Parts below their minimum stock — filter by part no. or name</source>
      <translation>低于最低库存的配件 — 按配件编号或名称筛选</translation>
    </message>
    <message>
      <source>Scan or type a part number to see its ledger</source>
      <translation>扫描或输入配件编号以查看其台账</translation>
    </message>
    <message>
      <source>Reverse move…</source>
      <translation>冲销移动…</translation>
    </message>
    <message>
      <source>Reverse move</source>
      <translation>冲销移动</translation>
    </message>
    <message>
      <source>Why is move #{id} reversed? A new move the other way is booked; the wrong one stays in the ledger.</source>
      <translation>为什么冲销移动 #{id}？系统将登记一笔反向移动；错误的移动仍保留在台账中。</translation>
    </message>
    <message>
      <source>On hand by part</source>
      <translation>按配件现存量</translation>
    </message>
    <message>
      <source>By location</source>
      <translation>按库位</translation>
    </message>
    <message>
      <source>Part ledger</source>
      <translation>配件台账</translation>
    </message>
    <message>
      <source>Low stock</source>
      <translation>低库存</translation>
    </message>
    <message>
      <source>Recalculate</source>
      <translation>重新计算</translation>
    </message>
    <message>
      <source>{n}+ rows; scroll for more</source>
      <translation>{n}+ 行；向下滚动查看更多</translation>
    </message>
    <message>
      <source>{n} row</source>
      <translation>{n} 行</translation>
    </message>
    <message>
      <source>{n} rows</source>
      <translation>{n} 行</translation>
    </message>
    <message>
      <source>Exporting to {file}…</source>
      <translation>正在导出到 {file}…</translation>
    </message>
    <message>
      <source>No part has the number or barcode {code}.</source>
      <translation>没有配件的编号或条码是 {code}。</translation>
    </message>
    <message>
      <source>No part chosen.</source>
      <translation>未选择配件。</translation>
    </message>
    <message>
      <source>{part_no} {name} — on hand {on_hand}, reserved {reserved}, available {available}, defective {defective}</source>
      <translation>{part_no} {name} — 现存量 {on_hand}，已预留 {reserved}，可用量 {available}，旧件 {defective}</translation>
    </message>
    <message>
      <source>Select the move to reverse first.</source>
      <translation>请先选择要冲销的移动。</translation>
    </message>
    <message>
      <source>Working out the stock value…</source>
      <translation>正在计算库存金额…</translation>
    </message>
    <message>
      <source>{rows} exported to {path}.</source>
      <translation>{rows}已导出到 {path}。</translation>
    </message>
    <message>
      <source>Stock value (bins and receiving): {value}</source>
      <translation>库存金额（货位和收货区）：{value}</translation>
    </message>
  </context>
</TS>
