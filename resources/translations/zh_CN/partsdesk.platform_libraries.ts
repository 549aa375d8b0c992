<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>PlatformLibraries</name>
    <message>
      <source>PartsDesk's window needs these Linux libraries, which this computer lacks: {packages}.
Install them (on Debian or Ubuntu) with:
    sudo apt-get install {packages}
then start PartsDesk again.</source>
      <translation>PartsDesk 的窗口需要以下 Linux 库，但本机缺少：{packages}。
请（在 Debian 或 Ubuntu 上）用以下命令安装：
    sudo apt-get install {packages}
然后重新启动 PartsDesk。</translation>
    </message>
  </context>
</TS>
