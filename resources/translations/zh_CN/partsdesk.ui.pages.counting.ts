<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CountingPage</name>
    <message>
      <source>Location</source>
      <translation>库位</translation>
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
      <source>Counted</source>
      <translation>实盘数</translation>
    </message>
    <message>
      <source>Variance</source>
      <translation>差异</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>审批</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>盘点单</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <source>New stock count</source>
      <translation>新建盘点</translation>
    </message>
    <message>
      <source>Filter by code, e.g. A-01</source>
      <translation>按代码筛选，例如 A-01</translation>
    </message>
    <message>
      <source>Tick all shown</source>
      <translation>勾选全部显示的库位</translation>
    </message>
    <message>
      <source>Note, e.g. monthly count of aisle A</source>
      <translation>备注，例如 A 通道月度盘点</translation>
    </message>
    <message>
      <source>Start count</source>
      <translation>开始盘点</translation>
    </message>
    <message>
      <source>{n} location chosen: {codes}</source>
      <translation>已选 {n} 个库位：{codes}</translation>
    </message>
    <message>
      <source>{n} locations chosen: {codes}</source>
      <translation>已选 {n} 个库位：{codes}</translation>
    </message>
    <message>
      <source>Count sheet PDF…</source>
      <translation>盘点表 PDF…</translation>
    </message>
    <message>
      <source>Count sheet Excel…</source>
      <translation>盘点表 Excel…</translation>
    </message>
    <message>
      <source>Cancel count…</source>
      <translation>取消盘点…</translation>
    </message>
    <message>
      <source>Post variances…</source>
      <translation>过账差异…</translation>
    </message>
    <message>
      <source>Scan a bin label to count it, then each part (one scan = one piece)</source>
      <translation>扫描库位标签开始盘点该库位，再逐件扫描配件（扫一次 = 一件）</translation>
    </message>
    <message>
      <source>Only variances</source>
      <translation>只看差异</translation>
    </message>
    <message>
      <source>Stock count {number}</source>
      <translation>盘点单 {number}</translation>
    </message>
    <message>
      <source>Counting {code}</source>
      <translation>正在盘点 {code}</translation>
    </message>
    <message>
      <source>Scan each piece found in this location.</source>
      <translation>逐件扫描该库位中的配件。</translation>
    </message>
    <message>
      <source>{lines} · {missing} not counted yet · {variances} worth {value} in all</source>
      <translation>{lines} · {missing} 行未盘 · {variances}，合计金额 {value}</translation>
    </message>
    <message>
      <source>1 variance is worth more than {limit}. Posting approves it as supervisor.</source>
      <translation>1 项差异金额超过 {limit}。过账即以主管身份批准该差异。</translation>
    </message>
    <message>
      <source>{n} variances are worth more than {limit}. Posting approves them as supervisor.</source>
      <translation>{n} 项差异金额超过 {limit}。过账即以主管身份批准。</translation>
    </message>
    <message>
      <source>1 variance is worth more than {limit} ({part_no} in {location}, {value}). A supervisor must post this count.</source>
      <translation>1 项差异金额超过 {limit}（{location} 的 {part_no}，{value}）。此盘点须由主管过账。</translation>
    </message>
    <message>
      <source>{n} variances are worth more than {limit} (first: {part_no} in {location}, {value}). A supervisor must post this count.</source>
      <translation>{n} 项差异金额超过 {limit}（第一项：{location} 中的 {part_no}，{value}）。本盘点必须由主管过账。</translation>
    </message>
    <message>
      <source>{part_no}: {qty} counted</source>
      <translation>{part_no}：实盘 {qty}</translation>
    </message>
    <message>
      <source>Stock count {number} posted: {n} variance booked.</source>
      <translation>盘点单 {number} 已过账：记入 {n} 项差异。</translation>
    </message>
    <message>
      <source>Stock count {number} posted: {n} variances booked.</source>
      <translation>盘点单 {number} 已过账：登记 {n} 项差异。</translation>
    </message>
    <message>
      <source>Cancel stock count</source>
      <translation>取消盘点</translation>
    </message>
    <message>
      <source>Why is stock count {number} cancelled?</source>
      <translation>为什么取消盘点单 {number}？</translation>
    </message>
    <message>
      <source>Save the count sheet</source>
      <translation>保存盘点表</translation>
    </message>
    <message>
      <source>New count…</source>
      <translation>新建盘点…</translation>
    </message>
    <message>
      <source>Choose a count on the left, or start a new one.</source>
      <translation>在左侧选择盘点单，或新建盘点。</translation>
    </message>
    <message>
      <source>Tick the locations to count. Their stock is frozen as expected when the count starts.</source>
      <translation>勾选要盘点的库位。开始盘点时其库存冻结为账面数。</translation>
    </message>
    <message>
      <source>Scan each piece, or type the counted quantity into the Counted column.</source>
      <translation>逐件扫描，或在“实盘数”列中输入数量。</translation>
    </message>
    <message>
      <source>Count sheet {number}</source>
      <translation>盘点表 {number}</translation>
    </message>
    <message>
      <source>Preparing the count sheet…</source>
      <translation>正在生成盘点表…</translation>
    </message>
    <message>
      <source>Writing {file}…</source>
      <translation>正在写入 {file}…</translation>
    </message>
    <message>
      <source>Find a count — or scan its sheet</source>
      <translation>查找盘点单，或扫描盘点表</translation>
    </message>
    <message>
      <source>Being counted</source>
      <translation>盘点中</translation>
    </message>
    <message>
      <source>All counts</source>
      <translation>全部盘点单</translation>
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
      <source>{n} variance</source>
      <translation>{n} 项差异</translation>
    </message>
    <message>
      <source>{n} variances</source>
      <translation>{n} 项差异</translation>
    </message>
    <message>
      <source>Not in this count</source>
      <translation>不在本次盘点中</translation>
    </message>
    <message>
      <source>Location {code} is not part of stock count {number}.</source>
      <translation>库位 {code} 不在盘点单 {number} 中。</translation>
    </message>
    <message>
      <source>Not counted</source>
      <translation>未计数</translation>
    </message>
    <message>
      <source>1 line is not counted yet. Post it as counted zero (the stock of that part is written off)?</source>
      <translation>还有 1 行未盘点。是否按盘点数为零过账（该配件的库存将被核销）？</translation>
    </message>
    <message>
      <source>{n} lines are not counted yet. Post them as counted zero (the stock of those parts is written off)?</source>
      <translation>还有 {n} 行未盘。按实盘为零过账（这些配件的库存将被核销）？</translation>
    </message>
    <message>
      <source>Post the variances of stock count {number}? The stock is corrected at once.</source>
      <translation>过账盘点单 {number} 的差异？库存将立即更正。</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>需主管</translation>
    </message>
    <message>
      <source>Count sheet saved to {path} ({lines}).</source>
      <translation>盘点表已保存到 {path}（{lines}）。</translation>
    </message>
    <message>
      <source>started {time} by {user}</source>
      <translation>{user} 于 {time} 开始</translation>
    </message>
  </context>
</TS>
