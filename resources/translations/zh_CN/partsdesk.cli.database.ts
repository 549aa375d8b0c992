<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>Schema is at version {version}.</source>
      <translation>数据库结构版本为 {version}。</translation>
    </message>
    <message>
      <source>set up, upgrade, check, back up, restore</source>
      <translation>设置、升级、检查、备份、恢复</translation>
    </message>
    <message>
      <source>backup file (backup, restore)</source>
      <translation>备份文件（backup、restore）</translation>
    </message>
    <message>
      <source>Database ready at {path}; administrator account: admin</source>
      <translation>数据库已就绪：{path}；管理员账户：admin</translation>
    </message>
    <message>
      <source>Database at {path} is already set up.</source>
      <translation>位于 {path} 的数据库已设置完毕。</translation>
    </message>
    <message>
      <source>{n} problem(s) found.</source>
      <translation>发现 {n} 个问题。</translation>
    </message>
    <message>
      <source>For PostgreSQL use pg_dump and pg_restore on the server.</source>
      <translation>PostgreSQL 数据库请在服务器上使用 pg_dump 和 pg_restore。</translation>
    </message>
    <message>
      <source>Name the backup file: partsdesk db {action} FILE</source>
      <translation>请指定备份文件：partsdesk db {action} 文件</translation>
    </message>
    <message>
      <source>Backed up to {path}</source>
      <translation>已备份到 {path}</translation>
    </message>
    <message>
      <source>Restored {path} from {file}.</source>
      <translation>已从 {file} 恢复 {path}。</translation>
    </message>
    <message>
      <source>New password for admin: </source>
      <translation>admin 的新密码：</translation>
    </message>
    <message>
      <source>The replaced database was kept as {kept}.</source>
      <translation>被替换的数据库已保留为 {kept}。</translation>
    </message>
  </context>
</TS>
