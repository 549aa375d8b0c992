<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Checks</name>
    <message>
      <source>Broken reference in table {table}, row {row}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database file integrity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Schema version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Schema version is {version}, expected {latest}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
