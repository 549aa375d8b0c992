<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>MainWindow</name>
    <message>
      <source>PartsDesk</source>
      <translation>PartsDesk</translation>
    </message>
    <message>
      <source>Parts and warranty</source>
      <translation>配件与保修</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>版本 {version}</translation>
    </message>
    <message>
      <source>{name} · {role} · {database}</source>
      <translation>{name} · {role} · {database}</translation>
    </message>
    <message>
      <source>Database: {name}</source>
      <translation>数据库：{name}</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Change my password…</source>
      <translation>更改我的密码(&amp;C)…</translation>
    </message>
    <message>
      <source>&amp;Log out</source>
      <translation>注销(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About PartsDesk</source>
      <translation>关于 PartsDesk(&amp;A)</translation>
    </message>
    <message>
      <source>{name} · {role}</source>
      <translation>{name} · {role}</translation>
    </message>
    <message>
      <source>{page} — {name} — {database} — PartsDesk</source>
      <translation>{page} — {name} — {database} — PartsDesk</translation>
    </message>
    <message>
      <source>PartsDesk {version}
Parts warehouse and warranty claims for car dealerships.</source>
      <translation>PartsDesk {version}
汽车经销商的配件仓库与保修索赔管理。</translation>
    </message>
    <message>
      <source>{page} (Ctrl+{n})</source>
      <translation>{page}（Ctrl+{n}）</translation>
    </message>
    <message>
      <source>This page could not be opened.</source>
      <translation>无法打开此页面。</translation>
    </message>
  </context>
</TS>
