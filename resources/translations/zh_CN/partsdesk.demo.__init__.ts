<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Demo</name>
    <message>
      <source>{parts} parts, {locations} locations, {moves} stock moves, {claims} claims, {users} users (password {password})</source>
      <translation>{parts} 个配件，{locations} 个库位，{moves} 条库存移动，{claims} 张索赔单，{users} 个用户（密码 {password}）</translation>
    </message>
    <message>
      <source>{n} demo parts superseded</source>
      <translation>{n} 个演示配件已被替代</translation>
    </message>
    <message>
      <source>Unknown demo size "{size}": use small or large.</source>
      <translation>未知的演示规模“{size}”：请使用 small 或 large。</translation>
    </message>
    <message>
      <source>{path} is a folder; give a file name for the demo database.</source>
      <translation>{path} 是一个文件夹；请为演示数据库指定文件名。</translation>
    </message>
    <message>
      <source>{path} is not a PartsDesk demo database, and the demo never overwrites other data. Choose another file with --db.</source>
      <translation>{path} 不是 PartsDesk 演示数据库，演示绝不会覆盖其他数据。请用 --db 选择另一个文件。</translation>
    </message>
    <message>
      <source>The database {database} already holds data, and the demo is built only on an empty database. Create an empty database for it and give that one with --db.</source>
      <translation>数据库 {database} 中已有数据，演示数据只在空数据库上创建。请为演示新建一个空数据库，并用 --db 指定它。</translation>
    </message>
  </context>
</TS>
