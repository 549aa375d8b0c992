<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Log in to PartsDesk</source>
      <translation>登录 PartsDesk</translation>
    </message>
    <message>
      <source>Parts warehouse and warranty claims</source>
      <translation>配件仓库与保修索赔</translation>
    </message>
    <message>
      <source>&amp;User name</source>
      <translation>用户名(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>密码(&amp;P)</translation>
    </message>
    <message>
      <source>Demo accounts (double-click one to log in)</source>
      <translation>演示账户（双击一行即可登录）</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>登录</translation>
    </message>
  </context>
</TS>
