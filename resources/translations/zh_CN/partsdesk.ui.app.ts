<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>App</name>
    <message>
      <source>Open another database file…</source>
      <translation>打开其他数据库文件…</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>重试</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>The backup of {date} has been restored. Work done after it must be entered again.</source>
      <translation>已恢复 {date} 的备份。此后所做的工作需要重新录入。</translation>
    </message>
    <message>
      <source>Restore the backup of {date}</source>
      <translation>恢复 {date} 的备份</translation>
    </message>
    <message>
      <source>Open a PartsDesk database</source>
      <translation>打开 PartsDesk 数据库</translation>
    </message>
    <message>
      <source>PartsDesk database (*.sqlite3);;All files (*)</source>
      <translation>PartsDesk 数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Building the demo database…</source>
      <translation>正在创建演示数据库…</translation>
    </message>
    <message>
      <source>PartsDesk cannot open the database</source>
      <translation>PartsDesk 无法打开数据库</translation>
    </message>
    <message>
      <source>The damaged file was kept as {path}.</source>
      <translation>损坏的文件已保留为 {path}。</translation>
    </message>
    <message>
      <source>Making today's backup of the database…</source>
      <translation>正在备份今天的数据库…</translation>
    </message>
    <message>
      <source>What would you like to do?</source>
      <translation>您想怎么做？</translation>
    </message>
    <message>
      <source>Your password has been changed.</source>
      <translation>您的密码已更改。</translation>
    </message>
    <message>
      <source>Today's automatic backup could not be made ({reason}). Your work is not affected; tell your administrator.</source>
      <translation>今天的自动备份未能完成（{reason}）。您的工作不受影响；请告知管理员。</translation>
    </message>
  </context>
</TS>
