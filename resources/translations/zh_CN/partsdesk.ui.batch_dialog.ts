<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>BatchDialog</name>
    <message>
      <source>New settlement batch</source>
      <translation>新建结算批次</translation>
    </message>
    <message>
      <source>note (optional)</source>
      <translation>备注（可选）</translation>
    </message>
    <message>
      <source>Create batch</source>
      <translation>创建批次</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Only settleable claims are taken: approved, signed by the customer, and every defective part back and inspected. The settlement page shows what each other claim still misses.</source>
      <translation>只收入可结算的索赔单：已审核、客户已签字、所有旧件均已返回并鉴定。其他索赔单还缺什么，请看结算页面。</translation>
    </message>
    <message>
      <source>{n}{more} settleable claim, {total} claimed</source>
      <translation>{n}{more} 张可结算索赔单，索赔金额 {total}</translation>
    </message>
    <message>
      <source>{n}{more} settleable claims, {total} claimed</source>
      <translation>{n}{more} 张可结算索赔单，索赔金额 {total}</translation>
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
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Repaired from</source>
      <translation>维修日期从</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
  </context>
</TS>
