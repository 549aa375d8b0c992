<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Login</name>
    <message>
      <source>Database: {name}</source>
      <translation>数据库：{name}</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>The two passwords differ. Type the same password twice.</source>
      <translation>两次输入的密码不一致。请输入相同的密码两次。</translation>
    </message>
    <message>
      <source>Choose a new password for your account {name}.</source>
      <translation>请为您的账户 {name} 设置新密码。</translation>
    </message>
    <message>
      <source>Set a new password for {name}. Tell it to them in person; they can change it after logging in.</source>
      <translation>为 {name} 设置新密码。请当面告知本人；对方登录后可以自行更改。</translation>
    </message>
    <message>
      <source>Reset password</source>
      <translation>重置密码</translation>
    </message>
    <message>
      <source>The current password is wrong.</source>
      <translation>当前密码不正确。</translation>
    </message>
  </context>
</TS>
