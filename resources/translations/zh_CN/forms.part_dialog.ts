<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>PartDialog</name>
    <message>
      <source>Part</source>
      <translation>配件</translation>
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
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Minimum stock</source>
      <translation>最低库存</translation>
    </message>
    <message>
      <source>Must return</source>
      <translation>旧件返回</translation>
    </message>
    <message>
      <source>A failed part must be sent back to the manufacturer</source>
      <translation>故障旧件必须返回厂家</translation>
    </message>
    <message>
      <source>Barcode aliases</source>
      <translation>条码别名</translation>
    </message>
    <message>
      <source>Scan or type a barcode, then Enter</source>
      <translation>扫描或输入条码，然后按回车</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <source>Supplier EAN or box codes that also mean this part.</source>
      <translation>代表此配件的供应商 EAN 码或包装箱条码。</translation>
    </message>
  </context>
</TS>
