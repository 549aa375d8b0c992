<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Returns</name>
    <message>
      <source>Open</source>
      <translation>未结</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>已发运</translation>
    </message>
    <message>
      <source>There is no return shipment {number}.</source>
      <translation>没有旧件返回单 {number}。</translation>
    </message>
    <message>
      <source>Return shipment {number} opened</source>
      <translation>已新建旧件返回单 {number}</translation>
    </message>
    <message>
      <source>Return shipment {number} has been shipped; open a new shipment for more tags.</source>
      <translation>旧件返回单 {number} 已发运；其他旧件请新建返回单。</translation>
    </message>
    <message>
      <source>Tag {tag} belongs to claim {number}, which was cancelled ({reason}). Its failed part is not sent back; keep it aside for scrapping.</source>
      <translation>旧件标签 {tag} 属于索赔单 {number}，该索赔单已取消（{reason}）。该旧件不返回，请单独存放待报废。</translation>
    </message>
    <message>
      <source>Tag {tag} ({part_no}, claim {number}) packed</source>
      <translation>旧件标签 {tag}（{part_no}，索赔单 {number}）已装箱</translation>
    </message>
    <message>
      <source>Tag {tag} taken out</source>
      <translation>旧件标签 {tag} 已取出</translation>
    </message>
    <message>
      <source>Name the carrier.</source>
      <translation>请填写承运商。</translation>
    </message>
    <message>
      <source>Enter the carrier's tracking number.</source>
      <translation>请填写承运商的运单号。</translation>
    </message>
    <message>
      <source>Return shipment {number} shipped with {carrier}, tracking {tracking}: {count} tag(s)</source>
      <translation>旧件返回单 {number} 已由 {carrier} 发运，运单号 {tracking}：共 {count} 个旧件标签</translation>
    </message>
    <message>
      <source>Tag {tag} is already in this shipment.</source>
      <translation>旧件标签 {tag} 已在本返回单中。</translation>
    </message>
    <message>
      <source>Tag {tag} is not in return shipment {number}.</source>
      <translation>旧件标签 {tag} 不在旧件返回单 {number} 中。</translation>
    </message>
    <message>
      <source>Return shipment {number} is empty; scan its tags first.</source>
      <translation>旧件返回单 {number} 是空的；请先扫描旧件标签。</translation>
    </message>
  </context>
</TS>
