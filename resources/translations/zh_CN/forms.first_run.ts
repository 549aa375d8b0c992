<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>FirstRunDialog</name>
    <message>
      <source>Set up PartsDesk</source>
      <translation>设置 PartsDesk</translation>
    </message>
    <message>
      <source>Parts warehouse and warranty claims</source>
      <translation>配件仓库与保修索赔</translation>
    </message>
    <message>
      <source>This database is new. Choose the password of the administrator account &lt;b&gt;admin&lt;/b&gt;, who sets up users, locations and the catalogue.</source>
      <translation>这是一个新数据库。请为管理员账户 &lt;b&gt;admin&lt;/b&gt; 设置密码，管理员负责设置用户、库位和配件目录。</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
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
      <source>&amp;Repeat password</source>
      <translation>再次输入密码(&amp;R)</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>Create administrator</source>
      <translation>创建管理员</translation>
    </message>
  </context>
</TS>
