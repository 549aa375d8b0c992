<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Quality</name>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>{low}–{high} km</source>
      <translation>{low}–{high} 公里</translation>
    </message>
    <message>
      <source>over {low} km</source>
      <translation>超过 {low} 公里</translation>
    </message>
    <message>
      <source>{n} month</source>
      <translation>{n} 个月</translation>
    </message>
    <message>
      <source>{n} months</source>
      <translation>{n} 个月</translation>
    </message>
  </context>
</TS>
