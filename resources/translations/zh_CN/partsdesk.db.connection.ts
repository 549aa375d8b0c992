<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Database</name>
    <message>
      <source>Cannot open the database {path}: {detail}</source>
      <translation>无法打开数据库 {path}：{detail}</translation>
    </message>
    <message>
      <source>The database {path} is locked by another program. Close the other program and try again.</source>
      <translation>数据库 {path} 被其他程序锁定。请关闭该程序后重试。</translation>
    </message>
    <message>
      <source>The file {path} is not a readable PartsDesk database ({detail}). Restore it from a backup (partsdesk db restore FILE).</source>
      <translation>文件 {path} 不是可读取的 PartsDesk 数据库（{detail}）。请从备份恢复（partsdesk db restore 文件）。</translation>
    </message>
    <message>
      <source>The database file {path} is damaged ({detail}). Restore it from a backup (partsdesk db restore FILE).</source>
      <translation>数据库文件 {path} 已损坏（{detail}）。请从备份恢复（partsdesk db restore 文件）。</translation>
    </message>
  </context>
</TS>
