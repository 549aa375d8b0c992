<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>failed part {part_no} x {quantity}, tag {tag}: {state}</source>
      <translation>故障件 {part_no} x {quantity}，旧件标签 {tag}：{state}</translation>
    </message>
    <message>
      <source>not paid yet: {expected} expected in {batch}</source>
      <translation>尚未付款：结算批次 {batch} 中应付 {expected}</translation>
    </message>
    <message>
      <source>{claim}  {state}  repaired {date}  {vin}  {customer}  total {total}</source>
      <translation>{claim}  {state}  维修日期 {date}  {vin}  {customer}  合计 {total}</translation>
    </message>
    <message>
      <source>{state}: {outcome}, charge-back {amount}</source>
      <translation>{state}：{outcome}，扣款 {amount}</translation>
    </message>
    <message>
      <source>not paid: in no settlement batch</source>
      <translation>未付款：不在任何结算批次中</translation>
    </message>
    <message>
      <source>paid {amount} in {batch} on {date} ({reference})</source>
      <translation>已付款 {amount}，结算批次 {batch}，{date}（{reference}）</translation>
    </message>
    <message>
      <source>find claims by claim, tag, VIN or its tail, customer, phone, part, shipment or batch: where their parts are, whether paid</source>
      <translation>按索赔单、旧件标签、VIN 或其末几位、客户、电话、配件、旧件返回单或结算批次查找索赔单：配件去向及是否已付款</translation>
    </message>
    <message>
      <source>what to look for</source>
      <translation>要查找的内容</translation>
    </message>
    <message>
      <source>at most this many claims (default 50)</source>
      <translation>最多显示这么多张索赔单（默认 50）</translation>
    </message>
    <message>
      <source>  model {model}, {km} km, fault {fault}, cause {cause}: {text}</source>
      <translation>  车型 {model}，{km} 公里，故障 {fault}，原因 {cause}：{text}</translation>
    </message>
    <message>
      <source>  parts {parts} + labour {labour} + other {other}</source>
      <translation>  配件 {parts} + 工时 {labour} + 其他 {other}</translation>
    </message>
    <message>
      <source>  labour {operation}: {hours} h, {amount}</source>
      <translation>  工时 {operation}：{hours} 小时，{amount}</translation>
    </message>
    <message>
      <source>  part {part_no} x {quantity}: {reserved} reserved, {issued} issued, {requested} on request</source>
      <translation>  配件 {part_no} x {quantity}：已预留 {reserved}，已发放 {issued}，配件申请中 {requested}</translation>
    </message>
    <message>
      <source>  still missing: {text}</source>
      <translation>  尚缺：{text}</translation>
    </message>
    <message>
      <source>{state} ({where})</source>
      <translation>{state}（{where}）</translation>
    </message>
    <message>
      <source>  voucher: {n} print(s), signed on {signed}</source>
      <translation>  结算凭证：已打印 {n} 次，签字日期 {signed}</translation>
    </message>
    <message>
      <source>  voucher: not printed yet</source>
      <translation>  结算凭证：尚未打印</translation>
    </message>
    <message>
      <source>No claim matches "{text}".</source>
      <translation>没有与“{text}”匹配的索赔单。</translation>
    </message>
  </context>
</TS>
