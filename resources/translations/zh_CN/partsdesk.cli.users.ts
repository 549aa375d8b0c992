<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>Password for the new user {name}: </source>
      <translation>新用户 {name} 的密码：</translation>
    </message>
    <message>
      <source>User {name} added as {role}.</source>
      <translation>已添加用户 {name}，角色为{role}。</translation>
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation>{name} 的新密码：</translation>
    </message>
    <message>
      <source>Password of {name} changed.</source>
      <translation>{name} 的密码已更改。</translation>
    </message>
    <message>
      <source>User {name} unlocked; they can log in again.</source>
      <translation>已解锁用户 {name}，其可以重新登录。</translation>
    </message>
    <message>
      <source>add users, change passwords, unlock users, list users</source>
      <translation>添加用户、修改密码、解锁用户、列出用户</translation>
    </message>
    <message>
      <source>parts_clerk, warranty_admin, supervisor, manager, settlement_clerk, return_inspector or admin</source>
      <translation>parts_clerk、warranty_admin、supervisor、manager、settlement_clerk、return_inspector 或 admin</translation>
    </message>
    <message>
      <source>Usage: partsdesk user add NAME --role ROLE [--full-name TEXT]</source>
      <translation>用法：partsdesk user add 用户名 --role 角色 [--full-name 姓名]</translation>
    </message>
    <message>
      <source>Usage: partsdesk user unlock NAME</source>
      <translation>用法：partsdesk user unlock 用户名</translation>
    </message>
    <message>
      <source> (deactivated)</source>
      <translation>（已停用）</translation>
    </message>
  </context>
</TS>
