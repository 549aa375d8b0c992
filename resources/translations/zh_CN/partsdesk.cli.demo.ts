<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>Demo database ready at {path}: {summary}</source>
      <translation>演示数据库已就绪：{path}：{summary}</translation>
    </message>
    <message>
      <source>build the demo database</source>
      <translation>创建演示数据库</translation>
    </message>
    <message>
      <source>small: a few thousand parts; large: 200,000 parts</source>
      <translation>small：数千个配件；large：20 万个配件</translation>
    </message>
  </context>
</TS>
