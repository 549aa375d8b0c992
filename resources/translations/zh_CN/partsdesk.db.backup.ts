<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Database</name>
    <message>
      <source>There is no database at {path} to back up.</source>
      <translation>{path} 处没有可备份的数据库。</translation>
    </message>
    <message>
      <source>Backup file {path} does not exist.</source>
      <translation>备份文件 {path} 不存在。</translation>
    </message>
    <message>
      <source>{path} is not an intact PartsDesk backup.</source>
      <translation>{path} 不是完整的 PartsDesk 备份。</translation>
    </message>
    <message>
      <source>{path} is not a PartsDesk backup ({detail}).</source>
      <translation>{path} 不是 PartsDesk 备份（{detail}）。</translation>
    </message>
  </context>
</TS>
