<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>{kind}: {qty} x {code} {name} (expected {expected}, arrived {arrived})</source>
      <translation>{kind}：{qty} x {code} {name}（应收 {expected}，实到 {arrived}）</translation>
    </message>
    <message>
      <source>create a receipt, from the sender's packing list or empty; prints its number</source>
      <translation>新建入库单，按发货方的装箱单或不带明细；输出其单号</translation>
    </message>
    <message>
      <source>scan parts onto an open receipt, one piece per code</source>
      <translation>向未关闭的入库单扫描配件，每个编码一件</translation>
    </message>
    <message>
      <source>take back your last scan on a receipt that still counts</source>
      <translation>撤回您在入库单上最后一次仍有效的扫描</translation>
    </message>
    <message>
      <source>close a receipt: what arrived is booked into stock, and its discrepancies are reported</source>
      <translation>关闭入库单：实到的配件记入库存，并报告差异</translation>
    </message>
    <message>
      <source>reopen a closed receipt to scan more or take scans back (supervisor)</source>
      <translation>重新打开已关闭的入库单，以补扫或撤回扫描（主管）</translation>
    </message>
    <message>
      <source>show a receipt: its lines, what arrived and its discrepancies</source>
      <translation>显示入库单：明细行、实到数量及差异</translation>
    </message>
    <message>
      <source>Scan #{id} taken back: {qty} x {code} no longer counts on receipt {number}.</source>
      <translation>已撤回扫描 #{id}：{qty} x {code} 不再计入入库单 {number}。</translation>
    </message>
    <message>
      <source>Receipt {number} reopened.</source>
      <translation>入库单 {number} 已重新打开。</translation>
    </message>
    <message>
      <source>Receipt {number}: {status}, into {location}; sender {source}, delivery note {reference}</source>
      <translation>入库单 {number}：{status}，收入 {location}；发货方 {source}，送货单号 {reference}</translation>
    </message>
    <message>
      <source>receive a shipment: create a receipt, scan what arrived, take a scan back, close it into stock, show it</source>
      <translation>收货：新建入库单、扫描实到配件、撤回扫描、关闭入库单记入库存、显示入库单</translation>
    </message>
    <message>
      <source>Receive a shipment as the receiving page does. Each scan is committed at once; closing the receipt books what arrived into its receiving location.</source>
      <translation>与收货页面一样收货。每次扫描立即保存；关闭入库单时，实到的配件记入其收货区。</translation>
    </message>
    <message>
      <source>the sender's packing list (Excel): its lines become what the receipt expects; a bad row rejects the whole file</source>
      <translation>发货方的装箱单（Excel）：其各行即入库单的应收明细；有一行错误则整个文件不予导入</translation>
    </message>
    <message>
      <source>read the packing list's column COLUMN (its header as written) as FIELD: part_no, quantity, description or carton</source>
      <translation>将装箱单的列 COLUMN（按文件中的表头）读作 FIELD：part_no、quantity、description 或 carton</translation>
    </message>
    <message>
      <source>who sent the shipment</source>
      <translation>发货方</translation>
    </message>
    <message>
      <source>the delivery note number (default: the packing list's file name)</source>
      <translation>送货单号（默认：装箱单的文件名）</translation>
    </message>
    <message>
      <source>the receiving location (default: the first one)</source>
      <translation>收货区库位（默认：第一个）</translation>
    </message>
    <message>
      <source>receipt number (RC-…)</source>
      <translation>入库单号（RC-…）</translation>
    </message>
    <message>
      <source>a part number or barcode, once per piece</source>
      <translation>配件编号或条码，每件一次</translation>
    </message>
    <message>
      <source>the pieces arrived damaged (they go to the defective store)</source>
      <translation>这些配件到货时已损坏（记入旧件库）</translation>
    </message>
    <message>
      <source>write the discrepancy report (PDF) to this file</source>
      <translation>将差异报告（PDF）写入此文件</translation>
    </message>
    <message>
      <source>why it is reopened</source>
      <translation>重新打开的原因</translation>
    </message>
    <message>
      <source>write its discrepancy report (PDF) to this file</source>
      <translation>将其差异报告（PDF）写入此文件</translation>
    </message>
    <message>
      <source>--map names the columns of a packing list; give the file with --packing-list.</source>
      <translation>--map 指定装箱单的列；请用 --packing-list 给出文件。</translation>
    </message>
    <message>
      <source>Receipt {number} is closed; no scan can be taken back. A supervisor can reopen it.</source>
      <translation>入库单 {number} 已关闭，不能撤回扫描。主管可以重新打开它。</translation>
    </message>
    <message>
      <source>{user} has no scan on receipt {number} left to take back.</source>
      <translation>{user} 在入库单 {number} 上已没有可撤回的扫描。</translation>
    </message>
    <message>
      <source>Receipt {number} closed into stock with 1 discrepancy.</source>
      <translation>入库单 {number} 已关闭并记入库存，有 1 项差异。</translation>
    </message>
    <message>
      <source>Receipt {number} closed into stock with {n} discrepancies.</source>
      <translation>入库单 {number} 已关闭并记入库存，有 {n} 项差异。</translation>
    </message>
    <message>
      <source>Receipt {number} closed into stock; everything arrived as expected.</source>
      <translation>入库单 {number} 已关闭并记入库存；全部按应收到货。</translation>
    </message>
    <message>
      <source>Discrepancy report written to {path}.</source>
      <translation>差异报告已写入 {path}。</translation>
    </message>
    <message>
      <source>{line}. {part_no} {name}: expected {expected}, received {received}, damaged {damaged}</source>
      <translation>{line}. {part_no} {name}：应收 {expected}，已收 {received}，损坏 {damaged}</translation>
    </message>
    <message>
      <source>1 discrepancy:</source>
      <translation>1 项差异：</translation>
    </message>
    <message>
      <source>{n} discrepancies:</source>
      <translation>{n} 项差异：</translation>
    </message>
    <message>
      <source>No discrepancies.</source>
      <translation>没有差异。</translation>
    </message>
    <message>
      <source>"{pair}" is not COLUMN=FIELD, e.g. --map "Teil-Nr.=part_no".</source>
      <translation>“{pair}”不是 COLUMN=FIELD 的形式，例如 --map "Teil-Nr.=part_no"。</translation>
    </message>
    <message>
      <source>{reason} The {n} scans before it were recorded.</source>
      <translation>{reason} 此前的 {n} 次扫描已记录。</translation>
    </message>
    <message>
      <source>Receipt {number} is closed, but its discrepancy report could not be written to {path}: {reason}. Write it with: partsdesk receipt show {number} -o FILE.pdf</source>
      <translation>入库单 {number} 已关闭，但其差异报告无法写入 {path}：{reason}。可用以下命令写出：partsdesk receipt show {number} -o FILE.pdf</translation>
    </message>
  </context>
</TS>
