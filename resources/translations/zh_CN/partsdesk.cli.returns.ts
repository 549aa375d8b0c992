<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>Tag {tag} ({part_no}, claim {claim}) is in the defective store {location}.</source>
      <translation>旧件标签 {tag}（{part_no}，索赔单 {claim}）已入旧件库 {location}。</translation>
    </message>
    <message>
      <source>Tag {tag} ({part_no}, claim {claim}) received; it waits for its inspection.</source>
      <translation>旧件标签 {tag}（{part_no}，索赔单 {claim}）已接收，等待旧件鉴定。</translation>
    </message>
    <message>
      <source>Tag {tag} inspected: {outcome}, charge-back {amount}; claim {claim} is {state}.</source>
      <translation>旧件标签 {tag} 已鉴定：{outcome}，扣款 {amount}；索赔单 {claim} 现为“{state}”。</translation>
    </message>
    <message>
      <source>Return shipment {number} opened.</source>
      <translation>旧件返回单 {number} 已创建。</translation>
    </message>
    <message>
      <source>{count} tag(s) packed into return shipment {number}: {tags}.</source>
      <translation>{count} 个旧件标签已装入旧件返回单 {number}：{tags}。</translation>
    </message>
    <message>
      <source>Return shipment {number} shipped with {carrier}, tracking {tracking}: {count} tag(s).</source>
      <translation>旧件返回单 {number} 已由 {carrier} 发运，运单号 {tracking}：{count} 个旧件标签。</translation>
    </message>
    <message>
      <source>book a failed part's tag into the defective store, receive it back, record its inspection</source>
      <translation>将旧件标签的故障件入旧件库、接收返回件、记录旧件鉴定</translation>
    </message>
    <message>
      <source>book the tag's failed part into the defective store</source>
      <translation>将该旧件标签的故障件入旧件库</translation>
    </message>
    <message>
      <source>the tag's number or barcode (DT-…)</source>
      <translation>旧件标签号或条码（DT-…）</translation>
    </message>
    <message>
      <source>the defective store (default: the first one)</source>
      <translation>旧件库（默认：第一个）</translation>
    </message>
    <message>
      <source>a shipped tag has arrived at the claim centre</source>
      <translation>已发运的旧件已到达索赔中心</translation>
    </message>
    <message>
      <source>record what the inspection of a returned part found</source>
      <translation>记录返回旧件的鉴定结果</translation>
    </message>
    <message>
      <source>Record the inspection: confirmed, no_fault_found, wrong_part or missing. Anything but confirmed charges the claim back, by default the part line's full value, and needs --comment.</source>
      <translation>记录旧件鉴定：confirmed（确认）、no_fault_found（未发现故障）、wrong_part（错件）或 missing（缺失）。除确认外均对索赔单扣款，默认为该配件行的全部金额，并需要 --comment。</translation>
    </message>
    <message>
      <source>confirmed, no_fault_found, wrong_part or missing</source>
      <translation>confirmed、no_fault_found、wrong_part 或 missing</translation>
    </message>
    <message>
      <source>less than the default charge-back (needs --reason)</source>
      <translation>低于默认扣款的金额（需要 --reason）</translation>
    </message>
    <message>
      <source>why the charge-back is less than the default</source>
      <translation>扣款低于默认金额的原因</translation>
    </message>
    <message>
      <source>what the inspection found</source>
      <translation>鉴定发现的情况</translation>
    </message>
    <message>
      <source>open a return shipment, pack tags into it, ship it</source>
      <translation>创建旧件返回单、装入旧件标签、发运</translation>
    </message>
    <message>
      <source>open a return shipment</source>
      <translation>创建旧件返回单</translation>
    </message>
    <message>
      <source>a note on the shipment</source>
      <translation>返回单备注</translation>
    </message>
    <message>
      <source>pack tags into an open return shipment</source>
      <translation>将旧件标签装入未发运的旧件返回单</translation>
    </message>
    <message>
      <source>return shipment number (RS-…)</source>
      <translation>旧件返回单号（RS-…）</translation>
    </message>
    <message>
      <source>the tags' numbers or barcodes</source>
      <translation>旧件标签号或条码</translation>
    </message>
    <message>
      <source>hand a return shipment to the carrier</source>
      <translation>将旧件返回单交给承运商</translation>
    </message>
    <message>
      <source>the carrier's name</source>
      <translation>承运商名称</translation>
    </message>
    <message>
      <source>the carrier's tracking number</source>
      <translation>承运商运单号</translation>
    </message>
  </context>
</TS>
