<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>Shipment</source>
      <translation>旧件返回单</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>发出时间</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>承运商</translation>
    </message>
    <message>
      <source>Not arrived</source>
      <translation>未到达</translation>
    </message>
    <message>
      <source>Received, not inspected</source>
      <translation>已接收、未鉴定</translation>
    </message>
    <message>
      <source>Shipment scanned or picked</source>
      <translation>扫描或选中的返回单</translation>
    </message>
    <message>
      <source>Outcome: {outcome}.</source>
      <translation>鉴定结果：{outcome}。</translation>
    </message>
    <message>
      <source>Scan a returned tag, or a packing list to see its shipment</source>
      <translation>扫描返回的旧件标签，或扫描装箱单查看返回单</translation>
    </message>
    <message>
      <source>Inspect selected</source>
      <translation>鉴定所选</translation>
    </message>
    <message>
      <source>Ready to scan</source>
      <translation>可以扫描</translation>
    </message>
    <message>
      <source>Scan each returned tag as the box is unpacked; then 1-3 for the inspection outcome and Enter. A tag that did not arrive: double-click it in its shipment, then 4.</source>
      <translation>开箱时逐个扫描返回的旧件标签，然后按 1-3 选择鉴定结果并按回车。未到达的标签：在其返回单中双击该标签，再按 4。</translation>
    </message>
    <message>
      <source>Shipped {time} with {carrier}, tracking {tracking}</source>
      <translation>{time} 由 {carrier} 发运，运单号 {tracking}</translation>
    </message>
    <message>
      <source>{tag} was already received</source>
      <translation>{tag} 之前已接收</translation>
    </message>
    <message>
      <source>{tag} received</source>
      <translation>{tag} 已接收</translation>
    </message>
    <message>
      <source>{part_no} {name} · claim {claim}. Now 1 confirmed, 2 no fault found, 3 wrong part — then Enter.</source>
      <translation>{part_no} {name} · 索赔单 {claim}。现在按 1 确认故障、2 未发现故障、3 错件，然后按 Enter。</translation>
    </message>
    <message>
      <source>{tag} inspected</source>
      <translation>{tag} 已鉴定</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <source>Shipments on their way</source>
      <translation>在途的旧件返回单</translation>
    </message>
    <message>
      <source>{late} of {tags}</source>
      <translation>{late} / {tags}</translation>
    </message>
    <message>
      <source>Return shipment {number}</source>
      <translation>旧件返回单 {number}</translation>
    </message>
    <message>
      <source>{tag} is {state}</source>
      <translation>{tag} 为{state}</translation>
    </message>
    <message>
      <source>Only a received tag is inspected, or a shipped one recorded as missing.</source>
      <translation>只有已接收的旧件标签可以鉴定；已发运未到达的可记为缺失。</translation>
    </message>
    <message>
      <source>Charge-back {amount} on claim {claim}.</source>
      <translation>索赔单 {claim} 扣款 {amount}。</translation>
    </message>
    <message>
      <source>Read only: receiving and inspecting returned parts is the return inspector's job at the claim centre.</source>
      <translation>只读：接收和鉴定返回的旧件由索赔中心的退件检验员负责。</translation>
    </message>
    <message>
      <source>Return shipment {number}: </source>
      <translation>旧件返回单 {number}：</translation>
    </message>
    <message>
      <source>{n} received tag waits for its inspection</source>
      <translation>{n} 个已接收的旧件标签等待鉴定</translation>
    </message>
    <message>
      <source>{n} received tags wait for their inspection</source>
      <translation>{n} 个已接收的旧件标签等待鉴定</translation>
    </message>
    <message>
      <source>Not received</source>
      <translation>未接收</translation>
    </message>
    <message>
      <source>Less than the line's value: {reason}</source>
      <translation>低于配件行金额的原因：{reason}</translation>
    </message>
  </context>
</TS>
