<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>PasswordDialog</name>
    <message>
      <source>Change password</source>
      <translation>更改密码</translation>
    </message>
    <message>
      <source>&amp;Current password</source>
      <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;New password</source>
      <translation>新密码(&amp;N)</translation>
    </message>
    <message>
      <source>At least 6 characters</source>
      <translation>至少 6 个字符</translation>
    </message>
    <message>
      <source>&amp;Repeat new password</source>
      <translation>再次输入新密码(&amp;R)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
</TS>
