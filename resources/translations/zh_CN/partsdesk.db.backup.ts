<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Database</name>
    <message>
      <source>There is no database at {path} to back up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup file {path} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is not an intact PartsDesk backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is not a PartsDesk backup ({detail}).</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
