<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>{n} day</source>
      <translation>{n} 天</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} 天</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>旧件标签</translation>
    </message>
    <message>
      <source>Claim No.</source>
      <translation>索赔单号</translation>
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
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Repair date</source>
      <translation>维修日期</translation>
    </message>
    <message>
      <source>Days kept</source>
      <translation>存放天数</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>库位</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>旧件返回单</translation>
    </message>
    <message>
      <source>Still here</source>
      <translation>仍在本处</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已超期</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>全部旧件标签</translation>
    </message>
    <message>
      <source>{n} tag</source>
      <translation>{n} 个旧件标签</translation>
    </message>
    <message>
      <source>{n} tags</source>
      <translation>{n} 个旧件标签</translation>
    </message>
    <message>
      <source>Scan a defective-part tag to book its failed part into the defective store</source>
      <translation>扫描旧件标签，将旧件登记入旧件库</translation>
    </message>
    <message>
      <source>The defective location the scanned parts go into</source>
      <translation>扫描的旧件放入的旧件库库位</translation>
    </message>
    <message>
      <source>Print tag…</source>
      <translation>打印标签…</translation>
    </message>
    <message>
      <source>Ready to scan</source>
      <translation>可以扫描</translation>
    </message>
    <message>
      <source>Scan the tag on each failed part as it comes from the workshop. The part is kept until it is shipped back; after {days} days it is overdue.</source>
      <translation>旧件从车间送来时扫描其标签。旧件保存到寄回为止；超过 {days} 天即为超期。</translation>
    </message>
    <message>
      <source>{tag} in the defective store {location}</source>
      <translation>{tag} 已入旧件库 {location}</translation>
    </message>
    <message>
      <source>{qty} x {part_no} {name} · claim {claim} · repaired {days} ago</source>
      <translation>{qty} x {part_no} {name} · 索赔单 {claim} · {days}前维修</translation>
    </message>
    <message>
      <source>Defective-part tag {tag}</source>
      <translation>旧件标签 {tag}</translation>
    </message>
    <message>
      <source>Filter by tag, claim or shipment number</source>
      <translation>按旧件标签号、索赔单号或返回单号筛选</translation>
    </message>
    <message>
      <source>into</source>
      <translation>放入</translation>
    </message>
    <message>
      <source>kept more than {days} after the repair</source>
      <translation>维修后存放超过 {days}</translation>
    </message>
    <message>
      <source>Select the tag to print again.</source>
      <translation>请选择要重新打印的旧件标签。</translation>
    </message>
    <message>
      <source>{late} overdue (kept more than {days})</source>
      <translation>{late} 个已超期（存放超过 {days}）</translation>
    </message>
    <message>
      <source>Not booked in</source>
      <translation>未入库</translation>
    </message>
  </context>
</TS>
