<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Claims</name>
    <message>
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>已提交</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>已审核</translation>
    </message>
    <message>
      <source>Parts issued</source>
      <translation>已发料</translation>
    </message>
    <message>
      <source>Repaired</source>
      <translation>已维修</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>已签字</translation>
    </message>
    <message>
      <source>Defective parts returned</source>
      <translation>旧件已返回</translation>
    </message>
    <message>
      <source>Settleable</source>
      <translation>可结算</translation>
    </message>
    <message>
      <source>In settlement batch</source>
      <translation>结算中</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>已付款</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>There is no claim {number}. Check the number or search by VIN.</source>
      <translation>没有索赔单 {number}。请检查单号或按 VIN 查找。</translation>
    </message>
    <message>
      <source>Claim {number} is {state}; it cannot become {target}.</source>
      <translation>索赔单 {number} 的状态为“{state}”，不能变为“{target}”。</translation>
    </message>
  </context>
  <context>
    <name>Returns</name>
    <message>
      <source>Tagged</source>
      <translation>已挂签</translation>
    </message>
    <message>
      <source>In the defective store</source>
      <translation>在旧件库</translation>
    </message>
    <message>
      <source>Packed</source>
      <translation>已装箱</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>已发运</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>已接收</translation>
    </message>
    <message>
      <source>Inspected</source>
      <translation>已鉴定</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>确认故障</translation>
    </message>
    <message>
      <source>No fault found</source>
      <translation>未发现故障</translation>
    </message>
    <message>
      <source>Wrong part</source>
      <translation>错件</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>缺失</translation>
    </message>
  </context>
</TS>
