<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Returns</name>
    <message>
      <source>Tag {tag} is already {state}.</source>
      <translation>旧件标签 {tag} 已经是{state}状态。</translation>
    </message>
    <message>
      <source>{what} is not a defective-part tag. Scan the barcode on the tag.</source>
      <translation>{what} 不是旧件标签。请扫描标签上的条码。</translation>
    </message>
    <message>
      <source>Failed part of claim {number}</source>
      <translation>索赔单 {number} 的旧件</translation>
    </message>
    <message>
      <source>Tag {tag} is already in the defective store {location}.</source>
      <translation>旧件标签 {tag} 已在旧件库 {location}。</translation>
    </message>
    <message>
      <source>Tag {tag} is already in return shipment {shipment} ({state}).</source>
      <translation>旧件标签 {tag} 已在旧件返回单 {shipment} 中（{state}）。</translation>
    </message>
    <message>
      <source>The retention time must be between 1 and 3650 days.</source>
      <translation>旧件保留期限必须在 1 到 3650 天之间。</translation>
    </message>
    <message>
      <source>Retention time of defective parts set to {days} days</source>
      <translation>旧件保留期限设为 {days} 天</translation>
    </message>
    <message>
      <source>"{code}" is not a defective-part tag. Scan the barcode on the tag.</source>
      <translation>“{code}”不是旧件标签。请扫描标签上的条码。</translation>
    </message>
    <message>
      <source>There is no defective-store location. Create a location of kind "defective" first.</source>
      <translation>没有旧件库库位。请先创建一个类型为“旧件库”（defective）的库位。</translation>
    </message>
    <message>
      <source>Location {location} is not a defective store; failed parts go into a location of kind "defective".</source>
      <translation>库位 {location} 不是旧件库；旧件只能放入类型为“旧件库”（defective）的库位。</translation>
    </message>
    <message>
      <source>Tag {tag}: {qty} x {part_no} booked into the defective store {location}</source>
      <translation>旧件标签 {tag}：{qty} x {part_no} 已入旧件库 {location}</translation>
    </message>
  </context>
</TS>
