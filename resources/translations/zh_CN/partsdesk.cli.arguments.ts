<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>"{text}" is not a date; write it as YYYY-MM-DD.</source>
      <translation>“{text}”不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
  </context>
</TS>
