<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ReceivingPage</name>
    <message>
      <source>Line</source>
      <translation>行</translation>
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
      <source>Expected</source>
      <translation>应收</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>实收</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>损坏</translation>
    </message>
    <message>
      <source>Still to come</source>
      <translation>未到</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>条码</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>入库单</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Sender</source>
      <translation>发货方</translation>
    </message>
    <message>
      <source>Delivery note</source>
      <translation>送货单</translation>
    </message>
    <message>
      <source>Received into</source>
      <translation>收货库位</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>创建时间</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>关闭时间</translation>
    </message>
    <message>
      <source>Close receipt {number}? The received parts are booked into stock.</source>
      <translation>关闭入库单 {number}？实收配件将记入库存。</translation>
    </message>
    <message>
      <source>Saved as &lt;a href="{pdf}"&gt;{pdf_name}&lt;/a&gt; and &lt;a href="{xlsx}"&gt;{xlsx_name}&lt;/a&gt; in {folder}.</source>
      <translation>已保存为 &lt;a href="{pdf}"&gt;{pdf_name}&lt;/a&gt; 和 &lt;a href="{xlsx}"&gt;{xlsx_name}&lt;/a&gt;，位于 {folder}。</translation>
    </message>
    <message>
      <source>New from packing list…</source>
      <translation>按装箱单新建…</translation>
    </message>
    <message>
      <source>New receipt…</source>
      <translation>新建入库单…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>← Receipts</source>
      <translation>← 入库单</translation>
    </message>
    <message>
      <source>Print labels…</source>
      <translation>打印标签…</translation>
    </message>
    <message>
      <source>Discrepancy report</source>
      <translation>差异报告</translation>
    </message>
    <message>
      <source>Reopen…</source>
      <translation>重新打开…</translation>
    </message>
    <message>
      <source>Close receipt</source>
      <translation>关闭入库单</translation>
    </message>
    <message>
      <source>Scan the part or box barcode, or type it and press Enter</source>
      <translation>扫描配件或包装箱条码，或输入后按回车</translation>
    </message>
    <message>
      <source>Pieces in the next scan (a box of several); back to 1 after the scan</source>
      <translation>下一次扫描的件数（一箱多件）；扫描后恢复为 1</translation>
    </message>
    <message>
      <source>Damaged (F8)</source>
      <translation>损坏 (F8)</translation>
    </message>
    <message>
      <source>Take back last scan (F9)</source>
      <translation>撤回上次扫描 (F9)</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>明细</translation>
    </message>
    <message>
      <source>Scans</source>
      <translation>扫描记录</translation>
    </message>
    <message>
      <source>History</source>
      <translation>操作记录</translation>
    </message>
    <message>
      <source>Receipt {number}</source>
      <translation>入库单 {number}</translation>
    </message>
    <message>
      <source>into {location}</source>
      <translation>收入 {location}</translation>
    </message>
    <message>
      <source>{lines} · {received} of {expected} arrived</source>
      <translation>{lines} · 应收 {expected}，已到 {received} 件</translation>
    </message>
    <message>
      <source>{name} · line {line}: {received} of {expected} received</source>
      <translation>{name} · 第 {line} 行：应收 {expected}，已收 {received}</translation>
    </message>
    <message>
      <source>Recorded as an unknown item on this receipt. Put the box aside for checking; F9 takes the scan back if it was a misread.</source>
      <translation>已作为未知物品记入本入库单。请把箱子放在一边待查；如果是误扫，按 F9 撤回。</translation>
    </message>
    <message>
      <source>Scan taken back</source>
      <translation>扫描已撤回</translation>
    </message>
    <message>
      <source>{qty} x {code} no longer counts on this receipt.</source>
      <translation>{qty} x {code} 不再计入本入库单。</translation>
    </message>
    <message>
      <source>Reopen receipt</source>
      <translation>重新打开入库单</translation>
    </message>
    <message>
      <source>Why is receipt {number} reopened?</source>
      <translation>为什么重新打开入库单 {number}？</translation>
    </message>
    <message>
      <source>Labels for receipt {number}</source>
      <translation>入库单 {number} 的标签</translation>
    </message>
    <message>
      <source>Discrepancy report {number}</source>
      <translation>差异报告 {number}</translation>
    </message>
    <message>
      <source>Search by receipt number, sender or delivery note — or scan a receipt</source>
      <translation>按入库单号、发货方或送货单搜索，或扫描入库单</translation>
    </message>
    <message>
      <source>All receipts</source>
      <translation>全部入库单</translation>
    </message>
    <message>
      <source>Open receipts</source>
      <translation>未关闭的入库单</translation>
    </message>
    <message>
      <source>Closed receipts</source>
      <translation>已关闭的入库单</translation>
    </message>
    <message>
      <source>{count}+ receipts; scroll for more</source>
      <translation>{count}+ 张入库单；向下滚动查看更多</translation>
    </message>
    <message>
      <source>delivery note {ref}</source>
      <translation>送货单 {ref}</translation>
    </message>
    <message>
      <source>Ready to scan</source>
      <translation>可以扫描</translation>
    </message>
    <message>
      <source>Scan each box or part. F8: the next scan is damaged. F9: take back the last scan.</source>
      <translation>逐箱或逐件扫描。F8：下一次扫描为损坏件。F9：撤回上次扫描。</translation>
    </message>
    <message>
      <source>Next scan: damaged</source>
      <translation>下一次扫描：损坏件</translation>
    </message>
    <message>
      <source>The next piece scanned is recorded as damaged and goes to the defective store when the receipt is closed. F8 again to cancel.</source>
      <translation>下一件扫描的配件记为损坏，入库单关闭时进入旧件库。再按 F8 取消。</translation>
    </message>
    <message>
      <source>OK — {part_no}</source>
      <translation>正常 — {part_no}</translation>
    </message>
    <message>
      <source>Over-receipt — {part_no}</source>
      <translation>超收 — {part_no}</translation>
    </message>
    <message>
      <source>Damaged — {part_no}</source>
      <translation>损坏 — {part_no}</translation>
    </message>
    <message>
      <source>Unknown code {code}</source>
      <translation>未知条码 {code}</translation>
    </message>
    <message>
      <source>Not a part: {code}</source>
      <translation>不是配件：{code}</translation>
    </message>
    <message>
      <source> · {damaged} damaged</source>
      <translation> · 损坏 {damaged}</translation>
    </message>
    <message>
      <source>Nothing to take back</source>
      <translation>没有可撤回的扫描</translation>
    </message>
    <message>
      <source>Only your last scan on this screen can be taken back.</source>
      <translation>只能撤回您在本界面的上一次扫描。</translation>
    </message>
    <message>
      <source>It has 1 discrepancy; the report is saved and shown.</source>
      <translation>有 1 项差异；差异报告已保存并显示。</translation>
    </message>
    <message>
      <source>It has {n} discrepancies; the report is saved and shown.</source>
      <translation>有 {n} 项差异；差异报告将保存并显示。</translation>
    </message>
    <message>
      <source>Preparing the discrepancy report…</source>
      <translation>正在生成差异报告…</translation>
    </message>
    <message>
      <source>Nothing has been received on {number} yet, so there is nothing to label.</source>
      <translation>入库单 {number} 还没有实收配件，没有可打印的标签。</translation>
    </message>
    <message>
      <source>1 receipt</source>
      <translation>1 张入库单</translation>
    </message>
    <message>
      <source>{count} receipts</source>
      <translation>{count} 张入库单</translation>
    </message>
    <message>
      <source>{n} line</source>
      <translation>{n} 行</translation>
    </message>
    <message>
      <source>{n} lines</source>
      <translation>{n} 行</translation>
    </message>
    <message>
      <source>{n} piece</source>
      <translation>{n} 件</translation>
    </message>
    <message>
      <source>{n} pieces</source>
      <translation>{n} 件</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>未记录</translation>
    </message>
    <message>
      <source>Not taken back</source>
      <translation>未撤回</translation>
    </message>
  </context>
</TS>
