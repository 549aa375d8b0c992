<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Locations</name>
    <message>
      <source>Bin</source>
      <translation>货位</translation>
    </message>
    <message>
      <source>Receiving</source>
      <translation>收货区</translation>
    </message>
    <message>
      <source>Defective store</source>
      <translation>旧件库</translation>
    </message>
    <message>
      <source>Scrap</source>
      <translation>报废区</translation>
    </message>
    <message>
      <source>Unknown location kind "{kind}". Use one of: {kinds}.</source>
      <translation>未知的库位类型“{kind}”。请使用以下之一：{kinds}。</translation>
    </message>
    <message>
      <source>Location {code} does not exist. Check the code or create it.</source>
      <translation>库位 {code} 不存在。请检查代码或新建该库位。</translation>
    </message>
    <message>
      <source>Location {code} created</source>
      <translation>库位 {code} 已创建</translation>
    </message>
    <message>
      <source>Location {code} changed</source>
      <translation>库位 {code} 已修改</translation>
    </message>
    <message>
      <source>Location import {source}: {created} new, {updated} updated</source>
      <translation>库位导入 {source}：新增 {created} 条，更新 {updated} 条</translation>
    </message>
    <message>
      <source>The location code is empty.</source>
      <translation>库位代码为空。</translation>
    </message>
    <message>
      <source>Location code "{code}" is not valid: up to 30 letters, digits and . _ / - characters, without spaces.</source>
      <translation>库位代码“{code}”无效：最多 30 个字母、数字及 . _ / - 字符，不能有空格。</translation>
    </message>
    <message>
      <source>Location {code} already exists.</source>
      <translation>库位 {code} 已存在。</translation>
    </message>
    <message>
      <source>Location {code} reactivated</source>
      <translation>库位 {code} 已重新启用</translation>
    </message>
    <message>
      <source>Location {code} deactivated</source>
      <translation>库位 {code} 已停用</translation>
    </message>
  </context>
</TS>
