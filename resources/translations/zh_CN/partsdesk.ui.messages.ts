<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Messages</name>
    <message>
      <source>PartsDesk could not finish this action ({kind}). Nothing was changed. If it happens again, send the details to your administrator.</source>
      <translation>PartsDesk 无法完成此操作（{kind}），未做任何更改。如果再次发生，请将详细信息发送给系统管理员。</translation>
    </message>
    <message>
      <source>Please confirm</source>
      <translation>请确认</translation>
    </message>
    <message>
      <source>PartsDesk</source>
      <translation>PartsDesk</translation>
    </message>
    <message>
      <source>Please check</source>
      <translation>请检查</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>出现问题</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Cannot use the file: {detail}</source>
      <translation>无法使用该文件：{detail}</translation>
    </message>
  </context>
</TS>
