<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>SettingValues</name>
    <message>
      <source>labour rate</source>
      <translation>工时单价</translation>
    </message>
    <message>
      <source>warranty administrator's approval limit</source>
      <translation>索赔管理员的审核限额</translation>
    </message>
    <message>
      <source>supervisor's approval limit</source>
      <translation>主管的审核限额</translation>
    </message>
    <message>
      <source>repeat-claim window</source>
      <translation>重复索赔提醒天数</translation>
    </message>
    <message>
      <source>retention time of defective parts</source>
      <translation>旧件保留期限</translation>
    </message>
    <message>
      <source>count variance threshold</source>
      <translation>盘点差异金额阈值</translation>
    </message>
    <message>
      <source>Enter the {name}.</source>
      <translation>请填写{name}。</translation>
    </message>
    <message>
      <source>The {name} must be a whole number of days from 1 to {most} (not "{value}").</source>
      <translation>{name}必须是 1 到 {most} 之间的整数天数（“{value}”不符合）。</translation>
    </message>
    <message>
      <source>The {name} must be an amount of 0 or more with at most two decimals, for example 120.00 (not "{value}").</source>
      <translation>{name}必须是不小于 0、最多两位小数的金额，例如 120.00（“{value}”不符合）。</translation>
    </message>
  </context>
</TS>
