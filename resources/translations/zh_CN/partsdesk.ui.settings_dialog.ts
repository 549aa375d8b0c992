<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Settings</name>
    <message>
      <source>Now in use: {name}. A change of database applies the next time PartsDesk starts.</source>
      <translation>当前使用：{name}。更换数据库将在下次启动 PartsDesk 时生效。</translation>
    </message>
    <message>
      <source>System language ({name})</source>
      <translation>系统语言（{name}）</translation>
    </message>
    <message>
      <source>Saved; type a new one to replace it</source>
      <translation>已保存；输入新密码即可替换</translation>
    </message>
    <message>
      <source>Database file</source>
      <translation>数据库文件</translation>
    </message>
    <message>
      <source>PartsDesk database (*.sqlite3);;All files (*)</source>
      <translation>PartsDesk 数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Only an administrator can change the database.</source>
      <translation>只有管理员可以更换数据库。</translation>
    </message>
    <message>
      <source>Kept in the credential store of this PC</source>
      <translation>保存在本机的凭据存储中</translation>
    </message>
    <message>
      <source>Kept in a file readable only by you</source>
      <translation>保存在仅您本人可读的文件中</translation>
    </message>
    <message>
      <source>This PC has no credential store: a password saved here is kept in {path}, readable only by you.</source>
      <translation>本机没有凭据存储：在此保存的密码将保存在 {path} 中，仅您本人可读。</translation>
    </message>
    <message>
      <source>Enter a PostgreSQL address that begins with postgresql://, for example postgresql://partsdesk@server/partsdesk.</source>
      <translation>请输入以 postgresql:// 开头的 PostgreSQL 地址，例如 postgresql://partsdesk@server/partsdesk。</translation>
    </message>
    <message>
      <source>Connecting to {name}…</source>
      <translation>正在连接 {name}…</translation>
    </message>
    <message>
      <source>PartsDesk will use {name} the next time it starts.</source>
      <translation>PartsDesk 下次启动时将使用 {name}。</translation>
    </message>
    <message>
      <source>The connection works ({version}).</source>
      <translation>连接成功（{version}）。</translation>
    </message>
  </context>
</TS>
