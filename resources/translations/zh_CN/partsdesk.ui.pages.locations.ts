<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>LocationsPage</name>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Allow negative</source>
      <translation>允许负库存</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Search by code or description — or scan a bin label</source>
      <translation>按代码或说明搜索，或扫描库位标签</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <source>Show deactivated locations</source>
      <translation>显示已停用的库位</translation>
    </message>
    <message>
      <source>New location</source>
      <translation>新建库位</translation>
    </message>
    <message>
      <source>Bin labels…</source>
      <translation>库位标签…</translation>
    </message>
    <message>
      <source>Labels for every location the list shows (at most {n})</source>
      <translation>为列表中显示的每个库位打印标签（最多 {n} 个）</translation>
    </message>
    <message>
      <source>Bin labels</source>
      <translation>库位标签</translation>
    </message>
    <message>
      <source>The list shows no location to print a label for.</source>
      <translation>列表中没有可打印标签的库位。</translation>
    </message>
    <message>
      <source>{code}: {kind}</source>
      <translation>{code}：{kind}</translation>
    </message>
    <message>
      <source>Location {code} is deactivated.</source>
      <translation>库位 {code} 已停用。</translation>
    </message>
    <message>
      <source>{count}+ locations; scroll for more</source>
      <translation>{count}+ 个库位；向下滚动查看更多</translation>
    </message>
    <message>
      <source>Location {code} reactivated.</source>
      <translation>库位 {code} 已重新启用。</translation>
    </message>
    <message>
      <source>Location {code} deactivated.</source>
      <translation>库位 {code} 已停用。</translation>
    </message>
    <message>
      <source>1 location</source>
      <translation>共 1 个库位</translation>
    </message>
    <message>
      <source>{count} locations</source>
      <translation>共 {count} 个库位</translation>
    </message>
    <message>
      <source>Deactivate location {code}? Nothing can be put into it until it is reactivated.</source>
      <translation>停用库位 {code}？在重新启用之前不能再向其中放入配件。</translation>
    </message>
  </context>
</TS>
