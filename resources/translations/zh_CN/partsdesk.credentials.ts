<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Credentials</name>
    <message>
      <source>This PC has no credential store, so the database password of {account} is kept in {path}, readable only by you. Keep that folder private, or install a credential store (on Linux: a Secret Service such as GNOME Keyring) and save the password again on the settings page.</source>
      <translation>本机没有凭据存储，因此 {account} 的数据库密码保存在 {path} 中，仅您本人可读。请确保该文件夹不被他人访问，或安装凭据存储（Linux 上如 GNOME Keyring 等 Secret Service），然后在设置页面重新保存密码。</translation>
    </message>
  </context>
</TS>
