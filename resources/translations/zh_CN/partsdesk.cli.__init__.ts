<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>{file}: {rows} rows imported ({created} new, {updated} updated).</source>
      <translation>{file}：已导入 {rows} 行（新增 {created}，更新 {updated}）。</translation>
    </message>
    <message>
      <source>{rows} rows exported to {path}.</source>
      <translation>已导出 {rows} 行到 {path}。</translation>
    </message>
    <message>
      <source>Demo database ready at {path}: {summary}</source>
      <translation>演示数据库已就绪：{path}：{summary}</translation>
    </message>
    <message>
      <source>{count} labels on {pages} page(s) written to {path}.</source>
      <translation>已将 {count} 张标签（{pages} 页）写入 {path}。</translation>
    </message>
    <message>
      <source>error: unexpected {kind}: {detail}. Please report this.</source>
      <translation>错误：意外的 {kind}：{detail}。请报告此问题。</translation>
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
      <source>Password for the new user {name}: </source>
      <translation>新用户 {name} 的密码：</translation>
    </message>
    <message>
      <source>User {name} added as {role}.</source>
      <translation>已添加用户 {name}，角色为{role}。</translation>
    </message>
    <message>
      <source>Template written to {path}.</source>
      <translation>模板已写入 {path}。</translation>
    </message>
    <message>
      <source>Say how to group the claims with --by (fault, part, model…).</source>
      <translation>请用 --by 指定索赔的分组方式（fault、part、model…）。</translation>
    </message>
    <message>
      <source>Name one of --parts, --locations (separated by commas) or --receipt.</source>
      <translation>请指定 --parts、--locations（用逗号分隔）或 --receipt 之一。</translation>
    </message>
    <message>
      <source>Name the PDF file to write: -o FILE.pdf</source>
      <translation>请指定要写入的 PDF 文件：-o 文件.pdf</translation>
    </message>
    <message>
      <source>Voucher of {claim} ({kind}) written to {path}; archived as {archive}.</source>
      <translation>{claim} 的凭证（{kind}）已写入 {path}；存档为 {archive}。</translation>
    </message>
    <message>
      <source>Claim package of {count} claim(s) written to {path}.</source>
      <translation>{count} 张索赔单的索赔资料包已写入 {path}。</translation>
    </message>
    <message>
      <source>PartsDesk: parts warehouse and warranty claims. Without a command, starts the application window.</source>
      <translation>PartsDesk：配件仓库与保修索赔。不带命令时启动应用程序窗口。</translation>
    </message>
    <message>
      <source>start the window on the demo database (built if missing)</source>
      <translation>使用演示数据库启动窗口（不存在时自动创建）</translation>
    </message>
    <message>
      <source>check this installation headless; exit 0 when it works</source>
      <translation>无界面检查本安装；正常时退出码为 0</translation>
    </message>
    <message>
      <source>language of the window</source>
      <translation>窗口语言</translation>
    </message>
    <message>
      <source>set up, upgrade, check, back up, restore</source>
      <translation>设置、升级、检查、备份、恢复</translation>
    </message>
    <message>
      <source>backup file (backup, restore)</source>
      <translation>备份文件（backup、restore）</translation>
    </message>
    <message>
      <source>add users, change passwords, unlock users, list users</source>
      <translation>添加用户、修改密码、解锁用户、列出用户</translation>
    </message>
    <message>
      <source>parts_clerk, warranty_admin, supervisor, manager, settlement_clerk, return_inspector or admin</source>
      <translation>parts_clerk、warranty_admin、supervisor、manager、settlement_clerk、return_inspector 或 admin</translation>
    </message>
    <message>
      <source>import an Excel file (all or nothing)</source>
      <translation>导入 Excel 文件（全部成功或全部不导入）</translation>
    </message>
    <message>
      <source>export to an Excel file</source>
      <translation>导出为 Excel 文件</translation>
    </message>
    <message>
      <source>write an empty import template instead</source>
      <translation>改为写出空白导入模板</translation>
    </message>
    <message>
      <source>quality: group the claims by this</source>
      <translation>quality：按此分组索赔</translation>
    </message>
    <message>
      <source>quality: and by this (a cross table)</source>
      <translation>quality：再按此分组（交叉表）</translation>
    </message>
    <message>
      <source>quality: repair date from (YYYY-MM-DD)</source>
      <translation>quality：维修日期起（YYYY-MM-DD）</translation>
    </message>
    <message>
      <source>quality: repair date to (YYYY-MM-DD)</source>
      <translation>quality：维修日期止（YYYY-MM-DD）</translation>
    </message>
    <message>
      <source>quality: only this vehicle model</source>
      <translation>quality：仅此车型</translation>
    </message>
    <message>
      <source>quality: the N largest groups, the rest summed into one</source>
      <translation>quality：最大的 N 组，其余合计为一组</translation>
    </message>
    <message>
      <source>build the demo database</source>
      <translation>创建演示数据库</translation>
    </message>
    <message>
      <source>small: a few thousand parts; large: 200,000 parts</source>
      <translation>small：数千个配件；large：20 万个配件</translation>
    </message>
    <message>
      <source>print labels, settlement vouchers or claim packages to a PDF file; list label layouts</source>
      <translation>将标签、结算凭证或索赔资料包打印为 PDF 文件；列出标签版式</translation>
    </message>
    <message>
      <source>claim numbers (voucher, package)</source>
      <translation>索赔单号（凭证、资料包）</translation>
    </message>
    <message>
      <source>language of the voucher or package (default: the program's)</source>
      <translation>凭证或资料包的语言（默认：程序语言）</translation>
    </message>
    <message>
      <source>part numbers, separated by commas</source>
      <translation>配件编号，用逗号分隔</translation>
    </message>
    <message>
      <source>location codes, separated by commas</source>
      <translation>库位代码，用逗号分隔</translation>
    </message>
    <message>
      <source>labels for what a receipt received (RC-…)</source>
      <translation>为入库单已收到的配件打印标签（RC-…）</translation>
    </message>
    <message>
      <source>with --receipt: one label per line instead of one per piece</source>
      <translation>与 --receipt 一起使用：每行一张标签，而不是每件一张</translation>
    </message>
    <message>
      <source>label layout (list them: partsdesk print layouts)</source>
      <translation>标签版式（查看全部：partsdesk print layouts）</translation>
    </message>
    <message>
      <source>first free position on a partly used sheet (default 1)</source>
      <translation>部分已用标签纸上的第一个空位（默认 1）</translation>
    </message>
    <message>
      <source>labels for each part or location</source>
      <translation>每个配件或库位的标签张数</translation>
    </message>
    <message>
      <source>the PDF file to write</source>
      <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
      <source>Repeat the password: </source>
      <translation>再次输入密码：</translation>
    </message>
    <message>
      <source>Database ready at {path}; administrator account: admin</source>
      <translation>数据库已就绪：{path}；管理员账户：admin</translation>
    </message>
    <message>
      <source>Database at {path} is already set up.</source>
      <translation>位于 {path} 的数据库已设置完毕。</translation>
    </message>
    <message>
      <source>Schema is at version {version}.</source>
      <translation>数据库结构版本为 {version}。</translation>
    </message>
    <message>
      <source> (deactivated)</source>
      <translation>（已停用）</translation>
    </message>
    <message>
      <source>Usage: partsdesk user add NAME --role ROLE [--full-name TEXT]</source>
      <translation>用法：partsdesk user add 用户名 --role 角色 [--full-name 姓名]</translation>
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation>{name} 的新密码：</translation>
    </message>
    <message>
      <source>Password of {name} changed.</source>
      <translation>{name} 的密码已更改。</translation>
    </message>
    <message>
      <source>Receipt {number} has received nothing yet; no labels.</source>
      <translation>入库单 {number} 尚未收到任何配件，无需打印标签。</translation>
    </message>
    <message>
      <source>Name the claim: partsdesk print voucher CLAIM -o FILE.pdf</source>
      <translation>请指定索赔单：partsdesk print voucher 索赔单号 -o 文件.pdf</translation>
    </message>
    <message>
      <source>Name the claims: partsdesk print package CLAIM… -o FILE.pdf</source>
      <translation>请指定索赔单：partsdesk print package 索赔单号… -o 文件.pdf</translation>
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
      <source>Interrupted; nothing more was changed.</source>
      <translation>已中断，未再做其他更改。</translation>
    </message>
    <message>
      <source>New password for admin: </source>
      <translation>admin 的新密码：</translation>
    </message>
    <message>
      <source>User {name} unlocked; they can log in again.</source>
      <translation>已解锁用户 {name}，其可以重新登录。</translation>
    </message>
    <message>
      <source>error</source>
      <translation>错误</translation>
    </message>
    <message>
      <source>{n} problem(s) found.</source>
      <translation>发现 {n} 个问题。</translation>
    </message>
    <message>
      <source>Usage: partsdesk user unlock NAME</source>
      <translation>用法：partsdesk user unlock 用户名</translation>
    </message>
    <message>
      <source>original</source>
      <translation>正本</translation>
    </message>
    <message>
      <source>copy {n}</source>
      <translation>副本 {n}</translation>
    </message>
    <message>
      <source>For PostgreSQL use pg_dump and pg_restore on the server.</source>
      <translation>PostgreSQL 数据库请在服务器上使用 pg_dump 和 pg_restore。</translation>
    </message>
    <message>
      <source>Name the backup file: partsdesk db {action} FILE</source>
      <translation>请指定备份文件：partsdesk db {action} 文件</translation>
    </message>
    <message>
      <source>Backed up to {path}</source>
      <translation>已备份到 {path}</translation>
    </message>
    <message>
      <source>Restored {path} from {file}.</source>
      <translation>已从 {file} 恢复 {path}。</translation>
    </message>
    <message>
      <source>The replaced database was kept as {kept}.</source>
      <translation>被替换的数据库已保留为 {kept}。</translation>
    </message>
  </context>
</TS>
