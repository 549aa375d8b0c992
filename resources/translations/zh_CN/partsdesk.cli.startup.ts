<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>start the window on the demo database (built if missing)</source>
      <translation>使用演示数据库启动窗口（不存在时自动创建）</translation>
    </message>
    <message>
      <source>check this installation headless; exit 0 when it works</source>
      <translation>无界面检查本安装；正常时退出码为 0</translation>
    </message>
  </context>
</TS>
