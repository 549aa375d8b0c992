<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Checks</name>
    <message>
      <source>Broken reference in table {table}, row {row}</source>
      <translation>表 {table} 第 {row} 行的引用已损坏</translation>
    </message>
    <message>
      <source>Trigger {trigger} is missing: table {table} no longer refuses what it must ({rule}). Someone removed it with a database tool; compare the table with a backup, then run partsdesk db upgrade to put the rules back.</source>
      <translation>触发器 {trigger} 缺失：表 {table} 不再拒绝它应拒绝的修改（{rule}）。有人用数据库工具删除了它；请将该表与备份比对，然后运行 partsdesk db upgrade 恢复这些规则。</translation>
    </message>
    <message>
      <source>Database file integrity</source>
      <translation>数据库文件完整性</translation>
    </message>
    <message>
      <source>Schema version</source>
      <translation>数据库结构版本</translation>
    </message>
    <message>
      <source>Stock levels equal the sum of their moves</source>
      <translation>现存量等于其库存移动之和</translation>
    </message>
    <message>
      <source>Parts were issued to repairs only from bins</source>
      <translation>配件只从货位发往维修</translation>
    </message>
    <message>
      <source>Every tag in the defective store has its part there</source>
      <translation>旧件库中每个旧件标签的配件都在库</translation>
    </message>
    <message>
      <source>The database refuses changes to records that are never changed</source>
      <translation>数据库拒绝修改永不更改的记录</translation>
    </message>
    <message>
      <source>PCs log in with only the rights the work needs</source>
      <translation>各电脑仅以工作所需的权限登录</translation>
    </message>
    <message>
      <source>Schema version is {version}, expected {latest}.</source>
      <translation>数据库结构版本为 {version}，应为 {latest}。</translation>
    </message>
  </context>
</TS>
