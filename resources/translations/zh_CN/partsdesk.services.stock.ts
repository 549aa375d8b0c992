<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Stock</name>
    <message>
      <source>Put it away into a bin first, then issue it from the bin.</source>
      <translation>请先上架到货位，再从货位发料。</translation>
    </message>
    <message>
      <source>The defective store holds failed parts under their tags; issue from a bin.</source>
      <translation>旧件库存放的是带旧件标签的故障件；请从货位发料。</translation>
    </message>
    <message>
      <source>Scrapped stock is never issued; issue from a bin.</source>
      <translation>报废库存不能发料；请从货位发料。</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>收货入库</translation>
    </message>
    <message>
      <source>Put-away</source>
      <translation>上架</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>移库</translation>
    </message>
    <message>
      <source>Issue</source>
      <translation>发料</translation>
    </message>
    <message>
      <source>Adjustment</source>
      <translation>库存调整</translation>
    </message>
    <message>
      <source>Stock count</source>
      <translation>盘点</translation>
    </message>
    <message>
      <source>Defective part in</source>
      <translation>旧件入库</translation>
    </message>
    <message>
      <source>Return to supplier</source>
      <translation>退回供应商</translation>
    </message>
    <message>
      <source>Scrap</source>
      <translation>报废</translation>
    </message>
    <message>
      <source>Found in the warehouse</source>
      <translation>仓库中找到</translation>
    </message>
    <message>
      <source>Lost or missing</source>
      <translation>丢失或缺少</translation>
    </message>
    <message>
      <source>Damaged in the warehouse</source>
      <translation>在仓库中损坏</translation>
    </message>
    <message>
      <source>Correction of a wrong booking</source>
      <translation>更正错误记账</translation>
    </message>
    <message>
      <source>Sample or internal use</source>
      <translation>样品或内部使用</translation>
    </message>
    <message>
      <source>Other (explain in the note)</source>
      <translation>其他（请在备注中说明）</translation>
    </message>
    <message>
      <source>{kind}: {qty} x {part_no} from {source} to {target}</source>
      <translation>{kind}：{qty} x {part_no}，从 {source} 到 {target}</translation>
    </message>
    <message>
      <source>{part_no} cannot be issued from {location}: it is a location of kind "{kind}", where stock is in quarantine. {advice}</source>
      <translation>{part_no} 不能从 {location} 发料：它是“{kind}”类库位，其中的库存处于隔离状态。{advice}</translation>
    </message>
    <message>
      <source>{qty} x {part_no} cannot leave {location}: {held} of it there are failed parts under their tags ({tags}), which leave the defective store only with their return shipment. At most {free} may be taken out.</source>
      <translation>{qty} x {part_no} 不能移出 {location}：其中 {held} 个是带旧件标签的故障件（{tags}），只能随旧件返回单离开旧件库。最多可移出 {free} 个。</translation>
    </message>
    <message>
      <source>{qty} x {part_no} of {document} released</source>
      <translation>已释放 {document} 的 {qty} x {part_no}</translation>
    </message>
    <message>
      <source>No single bin holds {requested} of {part_no}; issue it from several bins, or put away what waits in receiving first.</source>
      <translation>没有一个货位有 {requested} 个 {part_no}；请从多个货位发料，或先把收货区的配件上架。</translation>
    </message>
    <message>
      <source>{part_no} in {location}: level {level}, moves add up to {moves}</source>
      <translation>{location} 中的 {part_no}：现存量 {level}，库存移动合计 {moves}</translation>
    </message>
    <message>
      <source>Move #{id}: {qty} x {part_no} issued to {document} from {location} ({kind}), not from a bin</source>
      <translation>库存移动 #{id}：{qty} x {part_no} 从 {location}（{kind}）发给 {document}，不是从货位发出</translation>
    </message>
    <message>
      <source>Tag {tag} is in the defective store but names no location</source>
      <translation>旧件标签 {tag} 在旧件库中，但没有记录库位</translation>
    </message>
    <message>
      <source>The quantity must be more than zero (got {value}).</source>
      <translation>数量必须大于零（输入的是 {value}）。</translation>
    </message>
    <message>
      <source>{value} is not a valid quantity: at most three decimals.</source>
      <translation>{value} 不是有效数量：最多三位小数。</translation>
    </message>
    <message>
      <source>Unknown kind of stock move "{kind}".</source>
      <translation>未知的库存移动类型“{kind}”。</translation>
    </message>
    <message>
      <source>A stock move needs a location to take from or to put into.</source>
      <translation>库存移动需要一个出库或入库的库位。</translation>
    </message>
    <message>
      <source>Part {part_no} is already in {location}; choose another location.</source>
      <translation>配件 {part_no} 已在 {location}；请选择其他库位。</translation>
    </message>
    <message>
      <source>Not enough {part_no} in {location}: {on_hand} on hand, {requested} requested.</source>
      <translation>{location} 中的 {part_no} 不足：现存 {on_hand}，需要 {requested}。</translation>
    </message>
    <message>
      <source>Say why the move is reversed.</source>
      <translation>请说明冲销这笔移动的原因。</translation>
    </message>
    <message>
      <source>Move #{id} reversed: {reason}</source>
      <translation>移动 #{id} 已冲销：{reason}</translation>
    </message>
    <message>
      <source>Choose a reason for the adjustment: {reasons}.</source>
      <translation>请选择调整原因：{reasons}。</translation>
    </message>
    <message>
      <source>Explain an adjustment with the reason "other" in the note.</source>
      <translation>原因为“其他”的调整请在备注中说明。</translation>
    </message>
    <message>
      <source>The adjustment must add or remove some stock.</source>
      <translation>调整必须增加或减少库存。</translation>
    </message>
    <message>
      <source>{qty} x {part_no} reserved for {document}</source>
      <translation>已为 {document} 预留 {qty} x {part_no}</translation>
    </message>
    <message>
      <source>Reservations of {document} released</source>
      <translation>{document} 的预留已释放</translation>
    </message>
    <message>
      <source>Name the document the stock is for.</source>
      <translation>请填写库存所对应的单据。</translation>
    </message>
    <message>
      <source>{part_no} in {location}: {held} under tags ({tags}), but {on_hand} on hand</source>
      <translation>{location} 中的 {part_no}：旧件标签（{tags}）共 {held} 个，但现存量只有 {on_hand}</translation>
    </message>
    <message>
      <source>Part #{id} does not exist.</source>
      <translation>配件 #{id} 不存在。</translation>
    </message>
    <message>
      <source>Location #{id} does not exist.</source>
      <translation>库位 #{id} 不存在。</translation>
    </message>
    <message>
      <source>"{value}" is not a quantity.</source>
      <translation>“{value}”不是数量。</translation>
    </message>
    <message>
      <source>Stock move #{id} does not exist.</source>
      <translation>库存移动 #{id} 不存在。</translation>
    </message>
    <message>
      <source>Move #{id} is itself a reversal; make a new move instead.</source>
      <translation>移动 #{id} 本身就是冲销；请改为新建一笔移动。</translation>
    </message>
    <message>
      <source>Move #{id} was already reversed by move #{other}.</source>
      <translation>移动 #{id} 已被移动 #{other} 冲销。</translation>
    </message>
    <message>
      <source>Only {available} of {part_no} is available; {requested} cannot be reserved for {document}.</source>
      <translation>{part_no} 只有 {available} 可用；无法为 {document} 预留 {requested}。</translation>
    </message>
    <message>
      <source>{document} has {reserved} of {part_no} reserved; {requested} cannot be issued against it. Reserve the parts for {document} first.</source>
      <translation>{document} 预留了 {reserved} 个 {part_no}；不能按它发放 {requested}。请先为 {document} 预留配件。</translation>
    </message>
  </context>
</TS>
