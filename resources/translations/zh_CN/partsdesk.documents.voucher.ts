<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Voucher</name>
    <message>
      <source>COPY {n} — printed {time}</source>
      <translation>副本 {n} — 打印于 {time}</translation>
    </message>
    <message>
      <source>The signed original is copy {k} printed on {printed}, signed on {date}.</source>
      <translation>已签字的是 {printed} 打印的副本 {k}，签字日期 {date}。</translation>
    </message>
    <message>
      <source>Claim {number} — settlement voucher — {mark} — by {user}</source>
      <translation>索赔单 {number} — 结算凭证 — {mark} — 打印人 {user}</translation>
    </message>
    <message>
      <source>Original — printed {time}</source>
      <translation>正本 — 打印于 {time}</translation>
    </message>
    <message>
      <source>COPY {n} of a signed voucher — printed {time}</source>
      <translation>已签字凭证的副本 {n} — 打印于 {time}</translation>
    </message>
    <message>
      <source>The customer signed the voucher on {date}; this is not the signed voucher.</source>
      <translation>客户已于 {date} 签字；本页不是已签字的凭证。</translation>
    </message>
    <message>
      <source>The signed original is the original printed on {printed}, signed on {date}.</source>
      <translation>已签字的是 {printed} 打印的正本，签字日期 {date}。</translation>
    </message>
    <message>
      <source>Vehicle model</source>
      <translation>车型</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Approved by {name} ({role}) on {date}; this approval is the service instruction.</source>
      <translation>由 {name}（{role}）于 {date} 审核通过；本审核即为服务指令。</translation>
    </message>
    <message>
      <source>Customer acceptance: I confirm that the repair described above was carried out on my vehicle free of charge under warranty, that the vehicle was returned to me in working order, and that the replaced parts stay with the dealer to be returned to the manufacturer.</source>
      <translation>客户验收意见：本人确认上述维修已在保修范围内免费完成，车辆已完好交还本人，更换下的旧件留在经销商处并返回制造商。</translation>
    </message>
    <message>
      <source>Customer acceptance: I confirm that the repair described above was carried out on my vehicle free of charge under warranty and that the vehicle was returned to me in working order. This claim has no part to return to the manufacturer.</source>
      <translation>客户验收意见：本人确认上述维修已在保修范围内免费完成，车辆已完好交还本人。本索赔没有需要返回制造商的旧件。</translation>
    </message>
    <message>
      <source>Settlement voucher {number}</source>
      <translation>结算凭证 {number}</translation>
    </message>
    <message>
      <source>Warranty settlement voucher</source>
      <translation>索赔结算凭证</translation>
    </message>
    <message>
      <source>Claim No.</source>
      <translation>索赔单号</translation>
    </message>
    <message>
      <source>Repair date</source>
      <translation>维修日期</translation>
    </message>
    <message>
      <source>VIN</source>
      <translation>车架号</translation>
    </message>
    <message>
      <source>Mileage</source>
      <translation>行驶里程</translation>
    </message>
    <message>
      <source>Warranty start</source>
      <translation>保修起始日</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>故障</translation>
    </message>
    <message>
      <source>Cause</source>
      <translation>故障原因</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <source>Labour operation</source>
      <translation>工时代码</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>工时</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>工时单价</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
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
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>Defective-part tag</source>
      <translation>旧件标签</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>配件</translation>
    </message>
    <message>
      <source>Labour</source>
      <translation>工时</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Not approved.</source>
      <translation>未审核。</translation>
    </message>
    <message>
      <source>COPY {n}</source>
      <translation>副本 {n}</translation>
    </message>
    <message>
      <source>Dealer: {dealer}</source>
      <translation>经销商：{dealer}</translation>
    </message>
    <message>
      <source>to be returned</source>
      <translation>待返回</translation>
    </message>
    <message>
      <source>Customer signature: {line}    Date: {short}</source>
      <translation>客户签字：{line}    日期：{short}</translation>
    </message>
    <message>
      <source>No labour lines.</source>
      <translation>无工时项目。</translation>
    </message>
    <message>
      <source>No parts replaced.</source>
      <translation>未更换配件。</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Service adviser (name, signature)</source>
      <translation>服务顾问（姓名、签字）</translation>
    </message>
    <message>
      <source>Dealer stamp</source>
      <translation>经销商盖章</translation>
    </message>
  </context>
</TS>
