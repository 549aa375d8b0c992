<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>LabelDialog</name>
    <message>
      <source>Click the first free label on the sheet</source>
      <translation>点击标签纸上第一个未用的标签</translation>
    </message>
    <message>
      <source>One label per piece</source>
      <translation>每件一张标签</translation>
    </message>
    <message>
      <source>One label per line</source>
      <translation>每行一张标签</translation>
    </message>
    <message>
      <source>Draw label outlines</source>
      <translation>画出标签边框</translation>
    </message>
    <message>
      <source>For a test print on plain paper, to check the positions</source>
      <translation>用普通纸试打印，检查位置</translation>
    </message>
    <message>
      <source>Label stock</source>
      <translation>标签纸</translation>
    </message>
    <message>
      <source>Start at label</source>
      <translation>从第几张开始</translation>
    </message>
    <message>
      <source>Copies of each</source>
      <translation>每张份数</translation>
    </message>
    <message>
      <source>{n} item</source>
      <translation>{n} 项</translation>
    </message>
    <message>
      <source>{n} items</source>
      <translation>{n} 项</translation>
    </message>
    <message>
      <source>First free label on the sheet:</source>
      <translation>标签纸上第一个未用的标签：</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>part-labels</source>
      <translation>配件标签</translation>
    </message>
    <message>
      <source>bin-labels</source>
      <translation>库位标签</translation>
    </message>
    <message>
      <source>Print labels</source>
      <translation>打印标签</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>{labels} on the roll.</source>
      <translation>卷纸上共 {labels}。</translation>
    </message>
    <message>
      <source>{labels} on {sheets}, starting at label {start}.</source>
      <translation>共 {labels}，{sheets}，从第 {start} 张开始。</translation>
    </message>
    <message>
      <source>{n} label</source>
      <translation>{n} 张标签</translation>
    </message>
    <message>
      <source>{n} labels</source>
      <translation>{n} 张标签</translation>
    </message>
    <message>
      <source>{n} sheet</source>
      <translation>{n} 张纸</translation>
    </message>
    <message>
      <source>{n} sheets</source>
      <translation>{n} 张纸</translation>
    </message>
  </context>
</TS>
