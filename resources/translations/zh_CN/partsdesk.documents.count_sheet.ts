<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CountSheet</name>
    <message>
      <source>Stock count {number}</source>
      <translation>盘点单 {number}</translation>
    </message>
    <message>
      <source>Started {time} by {user}. {note}</source>
      <translation>{user} 于 {time} 开始。{note}</translation>
    </message>
    <message>
      <source>Stock count {number} — printed {time} — page</source>
      <translation>盘点单 {number} — 打印于 {time} — 页</translation>
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
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>实盘数</translation>
    </message>
    <message>
      <source>Nothing on the books here: write down what you find.</source>
      <translation>账面上此处无库存：请记下您发现的物品。</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>账面数</translation>
    </message>
    <message>
      <source>Counted by: ____________________    Checked by: ____________________    Date: ____________</source>
      <translation>盘点人：____________________    复核人：____________________    日期：____________</translation>
    </message>
    <message>
      <source>Location {code}</source>
      <translation>库位 {code}</translation>
    </message>
  </context>
</TS>
