<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ScanField</name>
    <message>
      <source>Scan or type a code, then Enter</source>
      <translation>扫描或输入代码，然后按回车</translation>
    </message>
  </context>
</TS>
