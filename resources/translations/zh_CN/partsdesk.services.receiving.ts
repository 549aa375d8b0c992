<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Receiving</name>
    <message>
      <source>Open</source>
      <translation>未关闭</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>正常</translation>
    </message>
    <message>
      <source>Over-receipt</source>
      <translation>超收</translation>
    </message>
    <message>
      <source>Unknown code</source>
      <translation>未知条码</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>损坏</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已撤销</translation>
    </message>
    <message>
      <source>Not a part</source>
      <translation>不是配件</translation>
    </message>
    <message>
      <source>Short</source>
      <translation>短缺</translation>
    </message>
    <message>
      <source>Over</source>
      <translation>多收</translation>
    </message>
    <message>
      <source>Unknown item</source>
      <translation>未知物品</translation>
    </message>
    <message>
      <source>Receipt {number} corrected after reopening</source>
      <translation>入库单 {number} 重新打开后更正</translation>
    </message>
    <message>
      <source>Receipt {number} cannot be corrected by {qty} x {part_no}: {why}. Or scan the receipt back to the {posted} it posted and close it as it was.</source>
      <translation>入库单 {number} 无法更正 {qty} x {part_no}：{why}。或者把入库单扫描回原先入账的 {posted}，按原样关闭。</translation>
    </message>
    <message>
      <source>Line {line}: {part_no} — {received} of {expected} received.</source>
      <translation>第 {line} 行：{part_no} — 已收 {received} / 应收 {expected}。</translation>
    </message>
    <message>
      <source>Over-receipt! Line {line}: {part_no} — {received} received, only {expected} expected.</source>
      <translation>超收！第 {line} 行：{part_no} — 已收 {received}，应收仅 {expected}。</translation>
    </message>
    <message>
      <source>Damaged: {qty} x {part_no} recorded on line {line} ({damaged} damaged in all).</source>
      <translation>损坏：第 {line} 行记录 {qty} x {part_no}（共损坏 {damaged}）。</translation>
    </message>
    <message>
      <source>{outcome}: {qty} x {code}</source>
      <translation>{outcome}：{qty} x {code}</translation>
    </message>
    <message>
      <source>{qty} x {part_no} taken back out of stock: {places}</source>
      <translation>{qty} x {part_no} 已从库存中扣回：{places}</translation>
    </message>
    <message>
      <source>Receipt {number} does not exist.</source>
      <translation>入库单 {number} 不存在。</translation>
    </message>
    <message>
      <source>There is no receiving location. Create a location of kind "Receiving" first.</source>
      <translation>没有收货库位。请先创建类型为“收货区”的库位。</translation>
    </message>
    <message>
      <source>Receipt {number} created with {lines} lines</source>
      <translation>已创建入库单 {number}，共 {lines} 行</translation>
    </message>
    <message>
      <source>Receipt {number} is closed. A supervisor can reopen it.</source>
      <translation>入库单 {number} 已关闭。主管可以重新打开它。</translation>
    </message>
    <message>
      <source>Scan #{id} taken back ({qty} x {code})</source>
      <translation>扫描 #{id} 已撤销（{qty} x {code}）</translation>
    </message>
    <message>
      <source>Receipt {number} closed with {count} discrepancies</source>
      <translation>入库单 {number} 已关闭，差异 {count} 项</translation>
    </message>
    <message>
      <source>the stock left would be {short} short of what is reserved ({documents}), and those reservations are not for approved claims. Release them first</source>
      <translation>剩余库存将比已预留数量（{documents}）少 {short}，而这些预留不属于已审核的索赔单。请先释放这些预留</translation>
    </message>
    <message>
      <source>Receipt {number} has damaged pieces but there is no defective store. Create a location of kind "Defective store" first.</source>
      <translation>入库单 {number} 有损坏件，但没有旧件库。请先创建类型为“旧件库”的库位。</translation>
    </message>
    <message>
      <source>Say why the receipt is reopened.</source>
      <translation>请说明重新打开入库单的原因。</translation>
    </message>
    <message>
      <source>Receipt {number} reopened: {reason}</source>
      <translation>入库单 {number} 已重新打开：{reason}</translation>
    </message>
    <message>
      <source>Location {code} is not a receiving location; goods are received into the receiving area.</source>
      <translation>库位 {code} 不是收货库位；货物应收入收货区。</translation>
    </message>
    <message>
      <source>Receipt {number} has no scan #{id} to take back.</source>
      <translation>入库单 {number} 没有可撤销的扫描 #{id}。</translation>
    </message>
    <message>
      <source>Scan #{id} was already taken back.</source>
      <translation>扫描 #{id} 已被撤销。</translation>
    </message>
    <message>
      <source>only {found} of it is still in {location} or the bins it was put away into; the rest was issued or moved on (bins holding it now: {bins}). Count the part, or move the pieces back into {location} first</source>
      <translation>只有 {found} 个还在 {location} 或其上架的货位中；其余已发料或移走（现存放的货位：{bins}）。请盘点该配件，或先把配件移回 {location}</translation>
    </message>
    <message>
      <source>Receipt {number} is already open.</source>
      <translation>入库单 {number} 已是打开状态。</translation>
    </message>
    <message>
      <source>{what} is not a part; scan the part's label or the box barcode.</source>
      <translation>{what} 不是配件；请扫描配件标签或包装箱条码。</translation>
    </message>
    <message>
      <source>Unknown code {code}: recorded on receipt {number} as an unknown item.</source>
      <translation>未知条码 {code}：已作为未知物品记录在入库单 {number} 上。</translation>
    </message>
  </context>
</TS>
