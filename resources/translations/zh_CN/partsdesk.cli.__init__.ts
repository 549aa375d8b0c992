<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>PartsDesk: parts warehouse and warranty claims. Without a command, starts the application window.</source>
      <translation>PartsDesk：配件仓库与保修索赔。不带命令时启动应用程序窗口。</translation>
    </message>
    <message>
      <source>language of the window</source>
      <translation>窗口语言</translation>
    </message>
  </context>
</TS>
