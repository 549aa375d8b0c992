<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Receiving</name>
    <message>
      <source>Put-away goes into a bin; {code} is not a bin.</source>
      <translation>上架只能放入货位；{code} 不是货位。</translation>
    </message>
    <message>
      <source>No {part_no} is waiting in the receiving area.</source>
      <translation>收货区没有待上架的 {part_no}。</translation>
    </message>
    <message>
      <source>{qty} x {part_no} put away into {code} ({on_hand} there now).</source>
      <translation>{qty} x {part_no} 已上架到 {code}（现存 {on_hand}）。</translation>
    </message>
    <message>
      <source>Bin {code}: now scan the parts.</source>
      <translation>货位 {code}：现在请扫描配件。</translation>
    </message>
    <message>
      <source>{what} is neither a bin nor a part.</source>
      <translation>{what} 既不是货位也不是配件。</translation>
    </message>
    <message>
      <source>Scan the bin first, then the parts that go into it.</source>
      <translation>请先扫描货位，再扫描放入其中的配件。</translation>
    </message>
    <message>
      <source>{code} is not a bin; scan the label of the bin the parts go into.</source>
      <translation>{code} 不是货位；请扫描配件要放入的货位标签。</translation>
    </message>
  </context>
</TS>
