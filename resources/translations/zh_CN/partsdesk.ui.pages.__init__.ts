<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Pages</name>
    <message>
      <source>Home</source>
      <translation>首页</translation>
    </message>
    <message>
      <source>Parts catalogue</source>
      <translation>配件目录</translation>
    </message>
    <message>
      <source>Locations</source>
      <translation>库位</translation>
    </message>
    <message>
      <source>Receiving</source>
      <translation>入库</translation>
    </message>
    <message>
      <source>Put-away and moves</source>
      <translation>上架与移库</translation>
    </message>
    <message>
      <source>Stock count</source>
      <translation>盘点</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <source>Warranty claims</source>
      <translation>索赔单</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>索赔审核</translation>
    </message>
    <message>
      <source>Defective-part returns</source>
      <translation>旧件返回</translation>
    </message>
    <message>
      <source>Settlement</source>
      <translation>结算</translation>
    </message>
    <message>
      <source>Quality analysis</source>
      <translation>质量分析</translation>
    </message>
    <message>
      <source>Code tables</source>
      <translation>代码表</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Shared settings</source>
      <translation>共用设置</translation>
    </message>
  </context>
</TS>
