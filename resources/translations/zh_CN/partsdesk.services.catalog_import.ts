<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Catalog</name>
    <message>
      <source>Active</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>Fits models</source>
      <translation>适用车型</translation>
    </message>
    <message>
      <source>{n} changed</source>
      <translation>更改 {n} 个</translation>
    </message>
    <message>
      <source>{new}, {changed}, {unchanged} unchanged</source>
      <translation>{new}，{changed}，未变 {unchanged} 个</translation>
    </message>
    <message>
      <source>Catalogue import {source}: {created} new, {updated} changed, {unchanged} unchanged</source>
      <translation>配件目录导入 {source}：新增 {created}，更改 {updated}，未变 {unchanged}</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>{changed} ({fields})</source>
      <translation>{changed}（{fields}）</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>{n} new part</source>
      <translation>新增配件 {n} 个</translation>
    </message>
    <message>
      <source>{n} new parts</source>
      <translation>新增配件 {n} 个</translation>
    </message>
  </context>
</TS>
