<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ClaimParts</name>
    <message>
      <source>open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>received</source>
      <translation>已到货</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>Claim {number} has {ready} x {part_no} reserved and not yet issued; you asked for {qty}. Issue at most {ready}; the rest comes with its parts request.</source>
      <translation>索赔单 {number} 有 {ready} 个 {part_no} 已预留尚未发料；您要发 {qty} 个。最多发 {ready} 个，其余的随配件申请到货。</translation>
    </message>
    <message>
      <source>Every {part_no} on claim {number} is already issued.</source>
      <translation>索赔单 {number} 上的 {part_no} 已全部发料。</translation>
    </message>
    <message>
      <source>No {part_no} is reserved for claim {number} yet; it waits for its parts request. Issue it when the parts have arrived.</source>
      <translation>索赔单 {number} 还没有预留 {part_no}；正在等待配件申请到货。配件到货后再发料。</translation>
    </message>
    <message>
      <source>Parts request {request} for claim {number}: {parts}</source>
      <translation>索赔单 {number} 的配件申请 {request}：{parts}</translation>
    </message>
    <message>
      <source>Stock is short: parts request {request} raised</source>
      <translation>库存不足：已生成配件申请 {request}</translation>
    </message>
    <message>
      <source>{qty} x {part_no} no longer reserved: receipt {receipt} brought fewer; parts request {request} waits for it</source>
      <translation>{qty} x {part_no} 不再预留：入库单 {receipt} 实收较少；配件申请 {request} 等待到货</translation>
    </message>
    <message>
      <source>{qty} x {part_no} no longer reserved for claim {number}: receipt {receipt} was corrected; parts request {request} waits for it again</source>
      <translation>{qty} x {part_no} 不再为索赔单 {number} 预留：入库单 {receipt} 已更正；配件申请 {request} 重新等待到货</translation>
    </message>
    <message>
      <source>{qty} x {part_no} waited for again: receipt {receipt} was corrected</source>
      <translation>{qty} x {part_no} 重新等待到货：入库单 {receipt} 已更正</translation>
    </message>
    <message>
      <source>{qty} x {part_no} no longer reserved: receipt {receipt} brought fewer; parts request {request} waits for it again</source>
      <translation>{qty} x {part_no} 不再预留：入库单 {receipt} 实收较少；配件申请 {request} 重新等待到货</translation>
    </message>
    <message>
      <source>{qty} x {part_no} received for parts request {request}, reserved for claim {number}</source>
      <translation>配件申请 {request} 的 {qty} 个 {part_no} 已到货，已为索赔单 {number} 预留</translation>
    </message>
    <message>
      <source>"{code}" is not a part number or a barcode of a known part. Scan the part's label or type its number.</source>
      <translation>“{code}”不是配件编号，也不是已知配件的条码。请扫描配件标签或输入配件编号。</translation>
    </message>
    <message>
      <source>The quantity to issue must be above zero.</source>
      <translation>发料数量必须大于零。</translation>
    </message>
    <message>
      <source>{qty} x {part_no} issued to claim {number} from {location}</source>
      <translation>{qty} 个 {part_no} 已从 {location} 发料给索赔单 {number}</translation>
    </message>
    <message>
      <source>There is no parts request {number}.</source>
      <translation>没有配件申请 {number}。</translation>
    </message>
    <message>
      <source>Parts request {request} waits for {open} x {part_no}; {qty} cannot be received against it.</source>
      <translation>配件申请 {request} 还差 {open} 个 {part_no}；不能按此申请接收 {qty} 个。</translation>
    </message>
    <message>
      <source>Claim {number} is {state}; parts are issued only to approved claims.</source>
      <translation>索赔单 {number} 的状态为“{state}”；只能给已审核的索赔单发料。</translation>
    </message>
    <message>
      <source>Part {part_no} is not on claim {number}. Check the part you scanned.</source>
      <translation>配件 {part_no} 不在索赔单 {number} 上。请检查扫描的配件。</translation>
    </message>
    <message>
      <source>All parts of claim {number} issued</source>
      <translation>索赔单 {number} 的配件已全部发料</translation>
    </message>
    <message>
      <source>Parts request {request} is {state}; nothing more is received against it.</source>
      <translation>配件申请 {request} 的状态为“{state}”；不能再按此申请收货。</translation>
    </message>
    <message>
      <source>Part {part_no} is not on parts request {request}.</source>
      <translation>配件 {part_no} 不在配件申请 {request} 上。</translation>
    </message>
    <message>
      <source>{qty} x {part_no} reserved for claim {number} (parts request {request})</source>
      <translation>已为索赔单 {number} 预留 {qty} x {part_no}（配件申请 {request}）</translation>
    </message>
  </context>
  <context>
    <name>Claims</name>
    <message>
      <source>Part {part_no} is counted in whole pieces ({unit}); {qty} is not a whole number. Enter a whole quantity.</source>
      <translation>配件 {part_no} 按整件计数（{unit}）；{qty} 不是整数。请输入整数数量。</translation>
    </message>
  </context>
</TS>
