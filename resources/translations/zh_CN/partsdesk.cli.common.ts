<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>error: unexpected {kind}: {detail}. Please report this.</source>
      <translation>错误：意外的 {kind}：{detail}。请报告此问题。</translation>
    </message>
    <message>
      <source>SQLite file path or postgresql://user@host/db URL (default: PARTSDESK_DB, then this PC's setting)</source>
      <translation>SQLite 文件路径或 postgresql://用户@主机/数据库 地址（默认：PARTSDESK_DB，其次本机设置）</translation>
    </message>
    <message>
      <source>act as this user (password from PARTSDESK_PASSWORD or a prompt)</source>
      <translation>以此用户身份操作（密码取自 PARTSDESK_PASSWORD 或提示输入）</translation>
    </message>
    <message>
      <source>print the result as one JSON object, for scripts</source>
      <translation>以一个 JSON 对象输出结果，供脚本使用</translation>
    </message>
    <message>
      <source>No password: set {env} or run this command in a terminal.</source>
      <translation>没有密码：请设置 {env}，或在终端中运行此命令。</translation>
    </message>
    <message>
      <source>The two passwords differ; nothing was changed.</source>
      <translation>两次输入的密码不一致，未做任何更改。</translation>
    </message>
    <message>
      <source>Password for {user}: </source>
      <translation>{user} 的密码：</translation>
    </message>
    <message>
      <source>Repeat the password: </source>
      <translation>再次输入密码：</translation>
    </message>
    <message>
      <source>Interrupted; nothing more was changed.</source>
      <translation>已中断，未再做其他更改。</translation>
    </message>
    <message>
      <source>error</source>
      <translation>错误</translation>
    </message>
  </context>
</TS>
