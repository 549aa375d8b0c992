<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>PartDialog</name>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>A part number cannot be changed. Create a new part and supersede this one instead.</source>
      <translation>配件编号不能修改。请新建配件，并用它替代此配件。</translation>
    </message>
    <message>
      <source>Supersede part {part_no}</source>
      <translation>替代配件 {part_no}</translation>
    </message>
    <message>
      <source>Scan or type the new part number</source>
      <translation>扫描或输入新的配件编号</translation>
    </message>
    <message>
      <source>Part {part_no} ({name}) is replaced by:</source>
      <translation>配件 {part_no}（{name}）被替代为：</translation>
    </message>
    <message>
      <source>Leave the field empty to clear the supersession.</source>
      <translation>留空则取消替代关系。</translation>
    </message>
    <message>
      <source>New part</source>
      <translation>新建配件</translation>
    </message>
    <message>
      <source>Part {part_no}</source>
      <translation>配件 {part_no}</translation>
    </message>
    <message>
      <source>The minimum stock must be a number, 0 or more.</source>
      <translation>最低库存必须是大于或等于 0 的数字。</translation>
    </message>
  </context>
</TS>
