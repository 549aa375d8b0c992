<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>&amp;Language of the window</source>
      <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
      <source>A new language applies at once.</source>
      <translation>新语言立即生效。</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <source>A database &amp;file on this PC (SQLite)</source>
      <translation>本机上的数据库文件（SQLite）(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
      <source>A shared &amp;PostgreSQL server (several PCs)</source>
      <translation>共享的 PostgreSQL 服务器（多台电脑）(&amp;P)</translation>
    </message>
    <message>
      <source>postgresql://user@server/partsdesk</source>
      <translation>postgresql://user@server/partsdesk</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation>密码(&amp;W)：</translation>
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
