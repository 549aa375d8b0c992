<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Codes</name>
    <message>
      <source>Vehicle models</source>
      <translation>车型</translation>
    </message>
    <message>
      <source>Labour operations</source>
      <translation>工时代码</translation>
    </message>
    <message>
      <source>Fault codes</source>
      <translation>故障代码</translation>
    </message>
    <message>
      <source>Causes</source>
      <translation>故障原因</translation>
    </message>
    <message>
      <source>Part categories</source>
      <translation>部件大类</translation>
    </message>
    <message>
      <source>Warranty months</source>
      <translation>保修月数</translation>
    </message>
    <message>
      <source>Warranty km</source>
      <translation>保修里程</translation>
    </message>
    <message>
      <source>{what} of {code} must be a whole number, not "{value}".</source>
      <translation>{code} 的{what}必须是整数，而不是“{value}”。</translation>
    </message>
    <message>
      <source>Standard hours of {code} must be a number of hours between 0 and 999 (up to 3 decimals), not "{value}".</source>
      <translation>{code} 的标准工时必须是 0 到 999 之间的小时数（最多 3 位小数），而不是“{value}”。</translation>
    </message>
    <message>
      <source>The code is empty.</source>
      <translation>代码为空。</translation>
    </message>
    <message>
      <source>Code "{code}" is not valid: use up to {n} letters, digits and . _ / - characters.</source>
      <translation>代码“{code}”无效：最多使用 {n} 个字母、数字和 . _ / - 字符。</translation>
    </message>
    <message>
      <source>Code {code} has no description: give it in English, in Chinese or both.</source>
      <translation>代码 {code} 没有描述：请填写英文描述、中文描述或两者。</translation>
    </message>
    <message>
      <source>{table}: code {code} does not exist. Check the code or import the code tables.</source>
      <translation>{table}：代码 {code} 不存在。请检查代码或导入代码表。</translation>
    </message>
    <message>
      <source>Labour operation {code} names vehicle models that are not in the code table: {models}. Add the models first.</source>
      <translation>工时代码 {code} 引用了代码表中没有的车型：{models}。请先添加这些车型。</translation>
    </message>
    <message>
      <source>{table}: {code} saved</source>
      <translation>{table}：{code} 已保存</translation>
    </message>
    <message>
      <source>Code tables imported from {source}: {rows} rows</source>
      <translation>已从 {source} 导入代码表：{rows} 行</translation>
    </message>
    <message>
      <source>{table}: {code} reactivated</source>
      <translation>{table}：{code} 已重新启用</translation>
    </message>
    <message>
      <source>{table}: {code} deactivated</source>
      <translation>{table}：{code} 已停用</translation>
    </message>
    <message>
      <source>{source}: nothing was imported.</source>
      <translation>{source}：未导入任何内容。</translation>
    </message>
  </context>
</TS>
