<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>Owner role {owner}{new}: owns the tables of schema {schema} and runs the migrations (partsdesk db upgrade --owner-role {owner}).</source>
      <translation>所有者角色 {owner}{new}：拥有结构 {schema} 中的数据表并执行升级（partsdesk db upgrade --owner-role {owner}）。</translation>
    </message>
    <message>
      <source>Schema is at version {version}.</source>
      <translation>数据库结构版本为 {version}。</translation>
    </message>
    <message>
      <source>The password of {account} is kept in the credential store of this PC.</source>
      <translation>{account} 的密码保存在本机的凭据存储中。</translation>
    </message>
    <message>
      <source>This PC has no credential store: the password of {account} is kept in a file readable only by you.</source>
      <translation>本机没有凭据存储：{account} 的密码保存在仅您本人可读的文件中。</translation>
    </message>
    <message>
      <source>This PC now uses {name}.</source>
      <translation>本机现在使用 {name}。</translation>
    </message>
    <message>
      <source>set up, upgrade, check, back up, restore, connect this PC</source>
      <translation>建立、升级、检查、备份、恢复数据库，连接本机</translation>
    </message>
    <message>
      <source>backup file (backup, restore); PostgreSQL URL (connect)</source>
      <translation>备份文件（backup、restore）；PostgreSQL 地址（connect）</translation>
    </message>
    <message>
      <source>PostgreSQL: the role that owns the tables and runs the migrations (init, upgrade); created when missing</source>
      <translation>PostgreSQL：拥有数据表并执行升级的角色（init、upgrade）；不存在时创建</translation>
    </message>
    <message>
      <source>PostgreSQL: the role the PCs log in with, with only the rights the work needs (init); created when missing, its password from PARTSDESK_APP_PASSWORD or a prompt</source>
      <translation>PostgreSQL：各电脑登录所用的角色，只有工作所需的权限（init）；不存在时创建，密码取自 PARTSDESK_APP_PASSWORD 或提示输入</translation>
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
      <source>--owner-role and --app-role are for PostgreSQL; a single PC's SQLite file has no roles.</source>
      <translation>--owner-role 和 --app-role 仅用于 PostgreSQL；单机的 SQLite 文件没有角色。</translation>
    </message>
    <message>
      <source>Application role {app}{new}: may read and write what the work needs, never change the history nor the schema.</source>
      <translation>应用角色 {app}{new}：可读写工作所需的数据，不能更改历史记录或数据库结构。</translation>
    </message>
    <message>
      <source>On each PC run: partsdesk db connect {url}</source>
      <translation>在每台电脑上运行：partsdesk db connect {url}</translation>
    </message>
    <message>
      <source>Database password of this PC</source>
      <translation>本机的数据库密码</translation>
    </message>
    <message>
      <source>{n} problem(s) found.</source>
      <translation>发现 {n} 个问题。</translation>
    </message>
    <message>
      <source>Name the PostgreSQL database and its user: partsdesk db connect postgresql://USER@SERVER/DATABASE</source>
      <translation>请指明 PostgreSQL 数据库及其用户：partsdesk db connect postgresql://USER@SERVER/DATABASE</translation>
    </message>
    <message>
      <source>Password of {user} on the database server: </source>
      <translation>{user} 在数据库服务器上的密码：</translation>
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
      <source>Password for the application role {role}: </source>
      <translation>应用角色 {role} 的密码：</translation>
    </message>
    <message>
      <source> (created)</source>
      <translation>（已创建）</translation>
    </message>
    <message>
      <source>The replaced database was kept as {kept}.</source>
      <translation>被替换的数据库已保留为 {kept}。</translation>
    </message>
  </context>
</TS>
