<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Database</name>
    <message>
      <source>Restore the automatic backup of {date}: partsdesk db restore "{backup}"</source>
      <translation>请恢复 {date} 的自动备份：partsdesk db restore "{backup}"</translation>
    </message>
    <message>
      <source>Cannot open the database {path}: {detail}</source>
      <translation>无法打开数据库 {path}：{detail}</translation>
    </message>
    <message>
      <source>The connection to the database server {server} was lost; your last action was not saved and nothing was half-written. Your input is kept; PartsDesk reconnects when you try again.</source>
      <translation>与数据库服务器 {server} 的连接已断开；上一步操作未保存，也没有写入任何不完整的数据。您输入的内容仍保留；重试时 PartsDesk 会自动重新连接。</translation>
    </message>
    <message>
      <source>Restore it from a backup: partsdesk db restore FILE</source>
      <translation>请从备份恢复：partsdesk db restore 文件</translation>
    </message>
    <message>
      <source>The database {path} is locked by another program. Close the other program (or wait for it to finish) and try again.</source>
      <translation>数据库 {path} 被另一个程序锁定。请关闭该程序（或等待其完成）后重试。</translation>
    </message>
    <message>
      <source>The file {path} is not a readable PartsDesk database ({detail}). {way_out}</source>
      <translation>文件 {path} 不是可读取的 PartsDesk 数据库（{detail}）。{way_out}</translation>
    </message>
    <message>
      <source>The connection to the database server {server} was lost while saving. Your input is kept; look whether your last change arrived before you repeat it. PartsDesk reconnects on your next action.</source>
      <translation>保存时与数据库服务器 {server} 的连接已断开。您输入的内容仍保留；重复操作前请先查看上一次修改是否已保存。下一步操作时 PartsDesk 会自动重新连接。</translation>
    </message>
    <message>
      <source>The database file {path} is damaged ({detail}). {way_out}</source>
      <translation>数据库文件 {path} 已损坏（{detail}）。{way_out}</translation>
    </message>
    <message>
      <source>Cannot reach the database server {server} ({detail}). Your input is kept; try again in a moment, or ask the administrator whether the server is running.</source>
      <translation>无法连接数据库服务器 {server}（{detail}）。您输入的内容仍保留；请稍后重试，或请管理员确认服务器是否在运行。</translation>
    </message>
  </context>
</TS>
