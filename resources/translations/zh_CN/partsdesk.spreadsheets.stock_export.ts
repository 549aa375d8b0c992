<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Spreadsheet</name>
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
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>现存量</translation>
    </message>
    <message>
      <source>Reserved</source>
      <translation>已预留</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>可用量</translation>
    </message>
    <message>
      <source>Defective</source>
      <translation>旧件</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Min stock</source>
      <translation>最低库存</translation>
    </message>
    <message>
      <source>Stock by part</source>
      <translation>按配件库存</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>库位</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Stock by location</source>
      <translation>按库位库存</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>移动</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>单据</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>变动</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>结存</translation>
    </message>
    <message>
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Stock ledger</source>
      <translation>库存台账</translation>
    </message>
    <message>
      <source>Shortfall</source>
      <translation>缺口</translation>
    </message>
    <message>
      <source>Low stock</source>
      <translation>低库存</translation>
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
      <source>Discrepancies</source>
      <translation>差异</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>实盘数</translation>
    </message>
    <message>
      <source>Stock count</source>
      <translation>盘点</translation>
    </message>
  </context>
</TS>
