<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>DemoStock</name>
    <message>
      <source>{moves} demo stock moves and {receipts} receipts added</source>
      <translation>已添加 {moves} 条演示库存移动和 {receipts} 张入库单</translation>
    </message>
  </context>
</TS>
