<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ClaimForm</name>
    <message>
      <source>17 characters</source>
      <translation>17 位字符</translation>
    </message>
    <message>
      <source>Why this VIN is right (markets without a check digit)</source>
      <translation>VIN 无误的理由（不使用校验位的市场）</translation>
    </message>
    <message>
      <source>Model of a new vehicle</source>
      <translation>新车辆的车型</translation>
    </message>
    <message>
      <source>VIN</source>
      <translation>VIN</translation>
    </message>
    <message>
      <source>Override</source>
      <translation>例外说明</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>车型</translation>
    </message>
    <message>
      <source>Produced</source>
      <translation>生产日期</translation>
    </message>
    <message>
      <source>Warranty from</source>
      <translation>保修起始</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>km</source>
      <translation>公里</translation>
    </message>
    <message>
      <source>Customer's name</source>
      <translation>客户姓名</translation>
    </message>
    <message>
      <source>Mobile or landline</source>
      <translation>手机或座机</translation>
    </message>
    <message>
      <source>Repair date</source>
      <translation>维修日期</translation>
    </message>
    <message>
      <source>Mileage (km)</source>
      <translation>里程（公里）</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Repair and customer</source>
      <translation>维修与客户</translation>
    </message>
    <message>
      <source>Type a code or words of the fault</source>
      <translation>输入故障代码</translation>
    </message>
    <message>
      <source>Type a code or words of the cause</source>
      <translation>输入故障原因代码</translation>
    </message>
    <message>
      <source>What the customer reported and what was found</source>
      <translation>客户反映的问题及检查结果</translation>
    </message>
    <message>
      <source>Fault code</source>
      <translation>故障代码</translation>
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
      <source>Fault</source>
      <translation>故障</translation>
    </message>
    <message>
      <source>What the other costs are</source>
      <translation>其他费用说明</translation>
    </message>
    <message>
      <source>Save draft</source>
      <translation>保存草稿</translation>
    </message>
    <message>
      <source>Save as a draft (Ctrl+S)</source>
      <translation>保存为草稿（Ctrl+S）</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>提交</translation>
    </message>
    <message>
      <source>Save and submit for approval (Ctrl+Enter)</source>
      <translation>保存并提交审核（Ctrl+Enter）</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Saved as draft {number}.</source>
      <translation>已保存为草稿 {number}。</translation>
    </message>
    <message>
      <source>Claim {number} submitted for approval by a {tier}.</source>
      <translation>索赔单 {number} 已提交，待{tier}审核。</translation>
    </message>
    <message>
      <source>New warranty claim</source>
      <translation>新建索赔单</translation>
    </message>
    <message>
      <source>Warranty claim {number} — {state}</source>
      <translation>索赔单 {number} — {state}</translation>
    </message>
    <message>
      <source>{n} of 17 characters</source>
      <translation>已输入 {n}/17 位</translation>
    </message>
    <message>
      <source>new vehicle: choose its model</source>
      <translation>新车辆：请选择车型</translation>
    </message>
    <message>
      <source>known vehicle, {n} earlier claim</source>
      <translation>已有车辆，之前 {n} 张索赔单</translation>
    </message>
    <message>
      <source>known vehicle, {n} earlier claims</source>
      <translation>已有车辆，之前 {n} 张索赔单</translation>
    </message>
    <message>
      <source>known vehicle</source>
      <translation>已有车辆</translation>
    </message>
    <message>
      <source>warranty until {date}</source>
      <translation>保修至 {date}</translation>
    </message>
    <message>
      <source>{price} (catalogue {catalogue})</source>
      <translation>{price}（目录价 {catalogue}）</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>配件</translation>
    </message>
    <message>
      <source>Labour</source>
      <translation>工时费</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Approval level</source>
      <translation>审核级别</translation>
    </message>
    <message>
      <source>{chars} cannot be in a VIN: it uses digits and letters except I, O and Q.</source>
      <translation>VIN 中不能有 {chars}：VIN 只用数字和除 I、O、Q 以外的字母。</translation>
    </message>
    <message>
      <source>Returned for information by {name}: {comment}</source>
      <translation>{name} 退回补充资料：{comment}</translation>
    </message>
    <message>
      <source>Claim {number} has warnings:

{warnings}

Submit it anyway?</source>
      <translation>索赔单 {number} 有以下警告：

{warnings}

仍要提交吗？</translation>
    </message>
    <message>
      <source>Close the claim form without saving your changes?</source>
      <translation>不保存修改，关闭索赔单？</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>✓ Check digit correct</source>
      <translation>✓ 校验位正确</translation>
    </message>
  </context>
</TS>
