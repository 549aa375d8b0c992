<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>Shipment</source>
      <translation>旧件返回单</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>标签数</translation>
    </message>
    <message>
      <source>Not arrived</source>
      <translation>未到达</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>承运商</translation>
    </message>
    <message>
      <source>Ship return shipment {number}</source>
      <translation>发运旧件返回单 {number}</translation>
    </message>
    <message>
      <source>e.g. SF Express</source>
      <translation>例如 顺丰速运</translation>
    </message>
    <message>
      <source>Tracking No.</source>
      <translation>运单号</translation>
    </message>
    <message>
      <source>Ship</source>
      <translation>发运</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Packing list</source>
      <translation>装箱单</translation>
    </message>
    <message>
      <source>Take out</source>
      <translation>取出</translation>
    </message>
    <message>
      <source>Take the selected tag out of this open shipment</source>
      <translation>将所选旧件标签从这张未发运的返回单中取出</translation>
    </message>
    <message>
      <source>Ship…</source>
      <translation>发运…</translation>
    </message>
    <message>
      <source>Scan each tag going into this shipment</source>
      <translation>逐个扫描装入本返回单的旧件标签</translation>
    </message>
    <message>
      <source>Select a return shipment, or open a new one.</source>
      <translation>请选择一张旧件返回单，或新建一张。</translation>
    </message>
    <message>
      <source>Return shipment {number}</source>
      <translation>旧件返回单 {number}</translation>
    </message>
    <message>
      <source>opened {time}</source>
      <translation>{time} 创建</translation>
    </message>
    <message>
      <source>{n} tag packed</source>
      <translation>已装箱 {n} 个旧件标签</translation>
    </message>
    <message>
      <source>{n} tags packed</source>
      <translation>已装箱 {n} 个旧件标签</translation>
    </message>
    <message>
      <source>{tag} packed</source>
      <translation>{tag} 已装箱</translation>
    </message>
    <message>
      <source>{qty} x {part_no} {name} · claim {claim}</source>
      <translation>{qty} x {part_no} {name} · 索赔单 {claim}</translation>
    </message>
    <message>
      <source>{tag} taken out</source>
      <translation>{tag} 已取出</translation>
    </message>
    <message>
      <source>Its failed part stays in the defective store.</source>
      <translation>其旧件留在旧件库。</translation>
    </message>
    <message>
      <source>Packing list {number}</source>
      <translation>装箱单 {number}</translation>
    </message>
    <message>
      <source>The parts of shipment {number} leave the defective store when it is shipped.</source>
      <translation>返回单 {number} 发运后，其旧件出旧件库。</translation>
    </message>
    <message>
      <source>Ready to scan</source>
      <translation>可以扫描</translation>
    </message>
    <message>
      <source>Scan the tag on each failed part as it goes into the box.</source>
      <translation>每个旧件装箱时扫描其标签。</translation>
    </message>
    <message>
      <source>shipped {time} with {carrier}, tracking {tracking}</source>
      <translation>{time} 由 {carrier} 发运，运单号 {tracking}</translation>
    </message>
    <message>
      <source>Select the tag to take out of the shipment.</source>
      <translation>请选择要从返回单取出的旧件标签。</translation>
    </message>
    <message>
      <source>Shipment number or tracking number — or scan a packing list</source>
      <translation>返回单号或运单号 — 或扫描装箱单</translation>
    </message>
    <message>
      <source>Not packed</source>
      <translation>未装箱</translation>
    </message>
    <message>
      <source>New shipment</source>
      <translation>新建返回单</translation>
    </message>
  </context>
</TS>
