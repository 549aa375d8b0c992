<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>DiscrepancyReport</name>
    <message>
      <source>Short</source>
      <translation>短缺</translation>
    </message>
    <message>
      <source>Over</source>
      <translation>多收</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>损坏</translation>
    </message>
    <message>
      <source>Unknown item</source>
      <translation>未知物品</translation>
    </message>
    <message>
      <source>Receipt discrepancies {number}</source>
      <translation>入库差异报告 {number}</translation>
    </message>
    <message>
      <source>Receipt {number} — printed {time} — page</source>
      <translation>入库单 {number} — 打印于 {time} — 页</translation>
    </message>
    <message>
      <source>not closed yet</source>
      <translation>尚未关闭</translation>
    </message>
    <message>
      <source>Discrepancy</source>
      <translation>差异</translation>
    </message>
    <message>
      <source>Part No. / code</source>
      <translation>配件编号 / 条码</translation>
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
      <source>Arrived</source>
      <translation>实到</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Sender</source>
      <translation>发货方</translation>
    </message>
    <message>
      <source>Delivery note</source>
      <translation>送货单号</translation>
    </message>
    <message>
      <source>Received into</source>
      <translation>收入库位</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>关闭时间</translation>
    </message>
    <message>
      <source>Closed by</source>
      <translation>关闭人</translation>
    </message>
    <message>
      <source>Received by: ____________________    Carrier / sender: ____________________</source>
      <translation>收货人：____________________    承运人 / 发货方：____________________</translation>
    </message>
    <message>
      <source>No discrepancies: everything arrived as expected.</source>
      <translation>无差异：所有货物均按预期到达。</translation>
    </message>
  </context>
</TS>
