<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>UserEditDialog</name>
    <message>
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>&amp;User name</source>
      <translation>用户名(&amp;U)</translation>
    </message>
    <message>
      <source>e.g. li.wei</source>
      <translation>例如 li.wei</translation>
    </message>
    <message>
      <source>&amp;Full name</source>
      <translation>姓名(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>角色(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>密码(&amp;P)</translation>
    </message>
    <message>
      <source>At least 6 characters</source>
      <translation>至少 6 个字符</translation>
    </message>
    <message>
      <source>R&amp;epeat password</source>
      <translation>再次输入密码(&amp;E)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
</TS>
