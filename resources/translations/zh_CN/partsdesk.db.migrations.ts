<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Database</name>
    <message>
      <source>This database was written by a newer PartsDesk (schema {version}; this program knows {latest}). Install the newer PartsDesk on this PC.</source>
      <translation>此数据库由更新版本的 PartsDesk 写入（结构版本 {version}；本程序只支持到 {latest}）。请在本机安装新版 PartsDesk。</translation>
    </message>
  </context>
</TS>
