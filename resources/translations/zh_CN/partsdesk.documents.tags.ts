<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Tags</name>
    <message>
      <source>DEFECTIVE PART — return</source>
      <translation>旧件 — 须返回</translation>
    </message>
    <message>
      <source>Claim {claim}   VIN {vin}</source>
      <translation>索赔单 {claim}   车架号 {vin}</translation>
    </message>
    <message>
      <source>{part_no} × {qty}  {name}</source>
      <translation>{part_no} × {qty}  {name}</translation>
    </message>
    <message>
      <source>Fault {fault}   Repaired {date}</source>
      <translation>故障 {fault}   维修 {date}</translation>
    </message>
    <message>
      <source>Defective-part tags</source>
      <translation>旧件标签</translation>
    </message>
  </context>
</TS>
