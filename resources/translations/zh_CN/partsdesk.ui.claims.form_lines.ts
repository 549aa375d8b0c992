<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ClaimForm</name>
    <message>
      <source>{code}: standard {hours} h</source>
      <translation>{code}：标准 {hours} 小时</translation>
    </message>
    <message>
      <source>Labour operation code</source>
      <translation>工时代码</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>工时</translation>
    </message>
    <message>
      <source>Reason, if above the standard hours</source>
      <translation>超出标准工时时填写原因</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>添加一行</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Labour (rate {rate} per hour)</source>
      <translation>工时（每小时 {rate}）</translation>
    </message>
    <message>
      <source>Scan or type a part number</source>
      <translation>扫描或输入配件编号</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>The catalogue price; a different price needs a reason</source>
      <translation>目录价；改价须填写原因</translation>
    </message>
    <message>
      <source>Why this part is charged at another price (required)</source>
      <translation>为何此配件不按目录价收费（必填）</translation>
    </message>
    <message>
      <source>Reason for the price</source>
      <translation>改价原因</translation>
    </message>
    <message>
      <source>Replacement reason</source>
      <translation>更换原因</translation>
    </message>
    <message>
      <source>Batch of the failed part</source>
      <translation>故障件生产批次</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>返回旧件</translation>
    </message>
    <message>
      <source>The failed part must be returned</source>
      <translation>故障件须返回</translation>
    </message>
    <message>
      <source>Why not as the catalogue says</source>
      <translation>与配件目录不同时填写原因</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>配件</translation>
    </message>
    <message>
      <source>{part_no} · {name} · {price} · on hand {on_hand} · available {available}{ret}</source>
      <translation>{part_no} · {name} · {price} · 现存量 {on_hand} · 可用 {available}{ret}</translation>
    </message>
    <message>
      <source>Operation</source>
      <translation>工时代码</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>标准工时</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Reason for extra hours</source>
      <translation>超工时原因</translation>
    </message>
    <message>
      <source>⚠ not listed for model {model}</source>
      <translation>⚠ 不适用于车型 {model}</translation>
    </message>
    <message>
      <source>{hours} h is above the standard {standard} h of {code}: give a reason for the extra hours.</source>
      <translation>{hours} 小时超出 {code} 的标准工时 {standard} 小时：请填写超工时原因。</translation>
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
      <source>On hand</source>
      <translation>现存量</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>可用</translation>
    </message>
    <message>
      <source>Batch</source>
      <translation>批次</translation>
    </message>
    <message>
      <source>Price reason</source>
      <translation>改价原因</translation>
    </message>
    <message>
      <source>Whole {unit}</source>
      <translation>整数（{unit}）</translation>
    </message>
    <message>
      <source>Quantity in {unit}</source>
      <translation>数量（{unit}）</translation>
    </message>
    <message>
      <source>Reason for the change (required)</source>
      <translation>更改原因（必填）</translation>
    </message>
    <message>
      <source>No part with this number or barcode.</source>
      <translation>没有此编号或条码的配件。</translation>
    </message>
    <message>
      <source>{price} is not the catalogue price {catalogue} of {part_no}: give a reason for the price.</source>
      <translation>{price} 不是 {part_no} 的目录价 {catalogue}：请填写改价原因。</translation>
    </message>
    <message>
      <source>failed part must be returned</source>
      <translation>故障件须返回</translation>
    </message>
  </context>
</TS>
