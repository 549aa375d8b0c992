<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CatalogPage</name>
    <message>
      <source>Part No.</source>
      <translation>配件编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Chinese name</source>
      <translation>中文名称</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>Must return</source>
      <translation>旧件返回</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Select a part to see its details.</source>
      <translation>选择一个配件以查看详细信息。</translation>
    </message>
    <message>
      <source>Search by part no., name, Chinese name or barcode — or scan</source>
      <translation>按配件编号、名称、中文名称或条码搜索，或直接扫码</translation>
    </message>
    <message>
      <source>Show deactivated parts</source>
      <translation>显示已停用的配件</translation>
    </message>
    <message>
      <source>New part</source>
      <translation>新建配件</translation>
    </message>
    <message>
      <source>{part_no}: {name}</source>
      <translation>{part_no}：{name}</translation>
    </message>
    <message>
      <source>Minimum stock</source>
      <translation>最低库存</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Barcode aliases</source>
      <translation>条码别名</translation>
    </message>
    <message>
      <source>Superseded by</source>
      <translation>被替代为</translation>
    </message>
    <message>
      <source>Supersedes</source>
      <translation>替代了</translation>
    </message>
    <message>
      <source>Recent history</source>
      <translation>最近操作记录</translation>
    </message>
    <message>
      <source>Yes, the failed part goes back</source>
      <translation>是，旧件须返回</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>&lt;b&gt;Deactivated&lt;/b&gt;</source>
      <translation>&lt;b&gt;已停用&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Part {part_no} is deactivated.</source>
      <translation>配件 {part_no} 已停用。</translation>
    </message>
    <message>
      <source>Part {part_no} is superseded by {new}.</source>
      <translation>配件 {part_no} 已被 {new} 替代。</translation>
    </message>
    <message>
      <source>Barcode {code} is part {part_no}: {name}</source>
      <translation>条码 {code} 对应配件 {part_no}：{name}</translation>
    </message>
    <message>
      <source>Part {part_no} reactivated.</source>
      <translation>配件 {part_no} 已重新启用。</translation>
    </message>
    <message>
      <source>Part {part_no} deactivated.</source>
      <translation>配件 {part_no} 已停用。</translation>
    </message>
    <message>
      <source>No part has the number or barcode {code}; showing parts that contain it.</source>
      <translation>没有编号或条码为 {code} 的配件；显示包含该内容的配件。</translation>
    </message>
    <message>
      <source>Unknown code {code}: no part has this number or barcode.</source>
      <translation>未知代码 {code}：没有配件使用此编号或条码。</translation>
    </message>
    <message>
      <source>1 part</source>
      <translation>共 1 个配件</translation>
    </message>
    <message>
      <source>{count} parts</source>
      <translation>共 {count} 个配件</translation>
    </message>
    <message>
      <source>{count}+ parts found; scroll for more or type more to narrow</source>
      <translation>找到 {count}+ 个配件；向下滚动查看更多，或输入更多内容缩小范围</translation>
    </message>
    <message>
      <source>Deactivate part {part_no}? It leaves the search lists and cannot be received or issued until it is reactivated.</source>
      <translation>停用配件 {part_no}？停用后它不再出现在搜索列表中，在重新启用之前不能入库或发料。</translation>
    </message>
    <message>
      <source>Supersede…</source>
      <translation>替代…</translation>
    </message>
    <message>
      <source>1 part found</source>
      <translation>找到 1 个配件</translation>
    </message>
    <message>
      <source>{count} parts found</source>
      <translation>找到 {count} 个配件</translation>
    </message>
  </context>
</TS>
