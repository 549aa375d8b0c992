<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Home</name>
    <message>
      <source>Receipts open</source>
      <translation>未关闭的入库单</translation>
    </message>
    <message>
      <source>Waiting for put-away</source>
      <translation>待上架</translation>
    </message>
    <message>
      <source>Low stock</source>
      <translation>低库存</translation>
    </message>
    <message>
      <source>Tags overdue for return</source>
      <translation>逾期未返回的旧件标签</translation>
    </message>
    <message>
      <source>Counts in progress</source>
      <translation>进行中的盘点</translation>
    </message>
    <message>
      <source>Claims on their way</source>
      <translation>流程中的索赔单</translation>
    </message>
    <message>
      <source>Waiting for the customer's signature</source>
      <translation>待客户签字</translation>
    </message>
    <message>
      <source>Repaired claims whose voucher signed by the customer has not been recorded.</source>
      <translation>已修复、尚未登记客户签字凭证的索赔单。</translation>
    </message>
    <message>
      <source>Waiting for returned parts</source>
      <translation>待旧件返回</translation>
    </message>
    <message>
      <source>Claims with a defective part that has not come back and been inspected yet.</source>
      <translation>有旧件尚未返回并鉴定的索赔单。</translation>
    </message>
    <message>
      <source>Returned for information</source>
      <translation>退回补充信息</translation>
    </message>
    <message>
      <source>Claims an approver sent back with a question: answer it and submit them again.</source>
      <translation>审核人提出问题退回的索赔单：补充信息后重新提交。</translation>
    </message>
    <message>
      <source>Waiting for your approval</source>
      <translation>待您审核</translation>
    </message>
    <message>
      <source>Top fault codes, last {days} days</source>
      <translation>最近 {days} 天最常见的故障代码</translation>
    </message>
    <message>
      <source>Top models, last {days} days</source>
      <translation>最近 {days} 天索赔最多的车型</translation>
    </message>
    <message>
      <source>Warranty cost per month</source>
      <translation>每月索赔费用</translation>
    </message>
    <message>
      <source>Settleable</source>
      <translation>可结算</translation>
    </message>
    <message>
      <source>Batches unpaid</source>
      <translation>未付款批次</translation>
    </message>
    <message>
      <source>Open differences</source>
      <translation>未结差额</translation>
    </message>
    <message>
      <source>Shipped, waiting for receipt</source>
      <translation>已发运，待收货</translation>
    </message>
    <message>
      <source>Inspections overdue</source>
      <translation>逾期未鉴定</translation>
    </message>
    <message>
      <source>Shipments still being received: scan what arrived, then close the receipt.</source>
      <translation>仍在收货的到货：扫描到货的配件，然后关闭入库单。</translation>
    </message>
    <message>
      <source>Parts received into a receiving area (one per part and area) that still have to go into their bins.</source>
      <translation>已收入收货区、尚未上架到库位的配件（按配件和收货区计）。</translation>
    </message>
    <message>
      <source>Active parts whose usable stock is below their minimum stock.</source>
      <translation>可用库存低于最低库存的在用配件。</translation>
    </message>
    <message>
      <source>Failed parts kept here longer than the {days}-day retention time: pack and ship them.</source>
      <translation>在本地存放超过 {days} 天保留期限的旧件：请装箱发运。</translation>
    </message>
    <message>
      <source>Stock counts started and not posted or cancelled yet.</source>
      <translation>已开始但尚未过账或取消的盘点。</translation>
    </message>
    <message>
      <source>Claims from draft until they are in a settlement batch, by state.</source>
      <translation>从草稿到进入结算批次的索赔单，按状态统计。</translation>
    </message>
    <message>
      <source>Submitted claims within your approval level, oldest first.</source>
      <translation>在您审核级别内的已提交索赔单，最早的在前。</translation>
    </message>
    <message>
      <source>Approved claims repaired in the last {days} days (not rejected or cancelled), by the most claims.</source>
      <translation>最近 {days} 天内维修的已审核索赔单（不含已拒绝和已取消），按索赔单数从多到少。</translation>
    </message>
    <message>
      <source>claims repaired since {date}</source>
      <translation>{date} 以来维修的索赔单</translation>
    </message>
    <message>
      <source>Total claimed of approved claims by repair month (not rejected or cancelled): {this} against {last}.</source>
      <translation>已审核索赔单按维修月份的索赔总额（不含已拒绝和已取消）：{this} 年对比 {last} 年。</translation>
    </message>
    <message>
      <source>{year} to the same month: {amount}</source>
      <translation>{year} 年同期：{amount}</translation>
    </message>
    <message>
      <source>What a batch of every settleable claim would ask for: claimed less the charge-backs.</source>
      <translation>所有可结算索赔单组成一个批次时应付的金额：索赔额减去扣款。</translation>
    </message>
    <message>
      <source>{n} claim</source>
      <translation>{n} 张索赔单</translation>
    </message>
    <message>
      <source>{n} claims</source>
      <translation>{n} 张索赔单</translation>
    </message>
    <message>
      <source>Settlement batches open or submitted, with no payment recorded yet.</source>
      <translation>打开或已提交、尚未登记付款的结算批次。</translation>
    </message>
    <message>
      <source>{amount} to be paid</source>
      <translation>应付 {amount}</translation>
    </message>
    <message>
      <source>Charge-backs and payment differences of claims not closed yet.</source>
      <translation>尚未关闭的索赔单的扣款和付款差额。</translation>
    </message>
    <message>
      <source>{amount} in all</source>
      <translation>合计 {amount}</translation>
    </message>
    <message>
      <source>Defective-part tags shipped to the claim centre that have not arrived yet; below, the shipments on their way longest.</source>
      <translation>已发往索赔中心但尚未到达的旧件标签；下面列出在途最久的旧件返回单。</translation>
    </message>
    <message>
      <source>Returned parts received on an earlier day and not inspected yet.</source>
      <translation>之前几天已收到、尚未鉴定的返回旧件。</translation>
    </message>
    <message>
      <source>{on_hand} of {minimum}</source>
      <translation>{on_hand} / {minimum}</translation>
    </message>
    <message>
      <source>{n} tag</source>
      <translation>{n} 个标签</translation>
    </message>
    <message>
      <source>{n} tags</source>
      <translation>{n} 个标签</translation>
    </message>
  </context>
</TS>
