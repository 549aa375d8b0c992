<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Database</name>
    <message>
      <source>Let the PCs log in with the application role made by partsdesk db init --app-role NAME.</source>
      <translation>请让各电脑使用 partsdesk db init --app-role NAME 创建的应用角色登录。</translation>
    </message>
    <message>
      <source>The database is at schema version {version} (this PartsDesk needs {latest}{tables}), and {user}, the role this PC logs in with, may not change the schema. Ask the administrator to run: partsdesk db upgrade --owner-role {owner}</source>
      <translation>数据库结构版本为 {version}（此 PartsDesk 需要 {latest}{tables}），而本机登录所用的角色 {user} 无权更改数据库结构。请系统管理员运行：partsdesk db upgrade --owner-role {owner}</translation>
    </message>
    <message>
      <source>The application role must not be the owner role {owner}; choose another name.</source>
      <translation>应用角色不能是所有者角色 {owner}；请另选一个名称。</translation>
    </message>
    <message>
      <source>This PC logs in to PostgreSQL as {user}, a superuser: anyone with its password can change or remove any record. {how}</source>
      <translation>本机以超级用户 {user} 登录 PostgreSQL：任何知道其密码的人都能更改或删除任何记录。{how}</translation>
    </message>
    <message>
      <source>This PC logs in to PostgreSQL as {user}, the owner of the tables: anyone with its password can alter or drop them. {how}</source>
      <translation>本机以数据表的所有者 {user} 登录 PostgreSQL：任何知道其密码的人都能修改或删除这些表。{how}</translation>
    </message>
    <message>
      <source>This PC logs in to PostgreSQL as {user}, who may create tables in the schema. {how}</source>
      <translation>本机以 {user} 登录 PostgreSQL，该角色可以在数据库结构中创建表。{how}</translation>
    </message>
    <message>
      <source>The role {role} is a superuser or a member of the owner {owner}: PCs logging in with it could change anything. Choose another application role.</source>
      <translation>角色 {role} 是超级用户或所有者 {owner} 的成员：以它登录的电脑可以更改任何内容。请另选一个应用角色。</translation>
    </message>
    <message>
      <source>; missing tables: {names}</source>
      <translation>；缺少的表：{names}</translation>
    </message>
  </context>
</TS>
