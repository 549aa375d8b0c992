<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ReceiptDialog</name>
    <message>
      <source>Supplier or sending warehouse</source>
      <translation>供应商或发货仓库</translation>
    </message>
    <message>
      <source>The sender's delivery note number</source>
      <translation>发货方的送货单号</translation>
    </message>
    <message>
      <source>Sender</source>
      <translation>发货方</translation>
    </message>
    <message>
      <source>Delivery note</source>
      <translation>送货单</translation>
    </message>
    <message>
      <source>Received into</source>
      <translation>收货库位</translation>
    </message>
    <message>
      <source>New receipt</source>
      <translation>新建入库单</translation>
    </message>
    <message>
      <source>A receipt may start without lines: every scan then counts as received without a packing list.</source>
      <translation>入库单可以没有明细行：此时每次扫描都按无装箱单的实收计数。</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>删除行</translation>
    </message>
    <message>
      <source>Create receipt</source>
      <translation>创建入库单</translation>
    </message>
    <message>
      <source>New receipt from a packing list</source>
      <translation>按装箱单新建入库单</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>未选择文件。</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <source>Columns of the file</source>
      <translation>文件的列</translation>
    </message>
    <message>
      <source>PartsDesk finds the usual Chinese and English headers itself; match a column only when the file calls it differently.</source>
      <translation>PartsDesk 能自动识别常用的中英文列标题；只有文件使用其他叫法时才需要指定对应列。</translation>
    </message>
    <message>
      <source>Choose the packing list</source>
      <translation>选择装箱单</translation>
    </message>
    <message>
      <source>{rows}, {pieces}. Rows of one part are added up into one line.</source>
      <translation>{rows}，共 {pieces}。同一配件的多行合并为一行。</translation>
    </message>
    <message>
      <source>Scan or type a part number to add a line</source>
      <translation>扫描或输入配件编号以添加一行</translation>
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
      <source>Expected</source>
      <translation>应收</translation>
    </message>
    <message>
      <source>No part has the number or barcode {code}.</source>
      <translation>没有配件的编号或条码是 {code}。</translation>
    </message>
    <message>
      <source>(found by its header)</source>
      <translation>（按列标题自动识别）</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <source>Reading {file}…</source>
      <translation>正在读取 {file}…</translation>
    </message>
    <message>
      <source>Creating the receipt…</source>
      <translation>正在创建入库单…</translation>
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
      <source>{n} piece</source>
      <translation>{n} 件</translation>
    </message>
    <message>
      <source>{n} pieces</source>
      <translation>{n} 件</translation>
    </message>
  </context>
</TS>
