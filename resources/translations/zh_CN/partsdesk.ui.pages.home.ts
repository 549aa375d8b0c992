<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>HomePage</name>
    <message>
      <source>today</source>
      <translation>今天</translation>
    </message>
    <message>
      <source>{n} day</source>
      <translation>{n} 天</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} 天</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>正在统计…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>Count again (F5)</source>
      <translation>重新统计 (F5)</translation>
    </message>
    <message>
      <source>Today, {day}</source>
      <translation>今天，{day}</translation>
    </message>
    <message>
      <source>Updating…</source>
      <translation>正在更新…</translation>
    </message>
    <message>
      <source>The figures could not be read.</source>
      <translation>无法读取统计数据。</translation>
    </message>
    <message>
      <source>Show the list ›</source>
      <translation>查看列表 ›</translation>
    </message>
    <message>
      <source>Nothing waiting</source>
      <translation>暂无待办</translation>
    </message>
    <message>
      <source>Updated {time}</source>
      <translation>{time} 已更新</translation>
    </message>
  </context>
</TS>
