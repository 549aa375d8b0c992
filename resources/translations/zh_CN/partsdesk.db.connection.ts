<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Database</name>
    <message>
      <source>Cannot open the database {path}: {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database {path} is locked by another program. Close the other program and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file {path} is not a readable PartsDesk database ({detail}). Restore it from a backup (partsdesk db restore FILE).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database file {path} is damaged ({detail}). Restore it from a backup (partsdesk db restore FILE).</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
