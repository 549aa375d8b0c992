<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Users</name>
    <message>
      <source>This account is locked until {time} after too many wrong passwords; ask an administrator to unlock it.</source>
      <translation>密码错误次数过多，此账户已锁定至 {time}；请联系管理员解锁。</translation>
    </message>
    <message>
      <source>Wrong user name or password. Check Caps Lock and try again.</source>
      <translation>用户名或密码错误。请检查大写锁定键后重试。</translation>
    </message>
    <message>
      <source>The password must have at least {n} characters.</source>
      <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
      <source>User name "{name}" is not valid: use 2 to 40 letters, digits, dots, dashes or underscores.</source>
      <translation>用户名“{name}”无效：请使用 2 到 40 个字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
      <source>Unknown role "{role}". Roles: {roles}.</source>
      <translation>未知角色“{role}”。可用角色：{roles}。</translation>
    </message>
    <message>
      <source>First administrator {name} created</source>
      <translation>已创建首个管理员 {name}</translation>
    </message>
    <message>
      <source>Wrong password for {name} ({count} in a row)</source>
      <translation>{name} 密码错误（连续第 {count} 次）</translation>
    </message>
    <message>
      <source>User {name} is deactivated. Ask an administrator.</source>
      <translation>用户 {name} 已停用。请联系系统管理员。</translation>
    </message>
    <message>
      <source>Logged in</source>
      <translation>已登录</translation>
    </message>
    <message>
      <source>User {name} unlocked</source>
      <translation>已解锁用户 {name}</translation>
    </message>
    <message>
      <source>There is no user "{name}". Check the name or create the user.</source>
      <translation>没有用户“{name}”。请检查名称或新建该用户。</translation>
    </message>
    <message>
      <source>User {name} created</source>
      <translation>用户 {name} 已创建</translation>
    </message>
    <message>
      <source>User {name} changed</source>
      <translation>用户 {name} 已修改</translation>
    </message>
    <message>
      <source>Password of {name} changed</source>
      <translation>{name} 的密码已更改</translation>
    </message>
    <message>
      <source>This database already has users; log in as an administrator.</source>
      <translation>此数据库已有用户，请以管理员身份登录。</translation>
    </message>
    <message>
      <source>Failed log-in as unknown user {name}</source>
      <translation>以未知用户 {name} 登录失败</translation>
    </message>
    <message>
      <source>{name} locked for {minutes} minutes after {count} wrong passwords</source>
      <translation>{name} 连续 {count} 次密码错误，已锁定 {minutes} 分钟</translation>
    </message>
    <message>
      <source>Log-in refused: {name} is locked</source>
      <translation>拒绝登录：{name} 已被锁定</translation>
    </message>
    <message>
      <source>Log-in refused: {name} is deactivated</source>
      <translation>拒绝登录：{name} 已停用</translation>
    </message>
    <message>
      <source>User {name} is not locked; there is nothing to unlock.</source>
      <translation>用户 {name} 未被锁定，无需解锁。</translation>
    </message>
    <message>
      <source>User {name} already exists. Choose another name.</source>
      <translation>用户 {name} 已存在。请换一个名称。</translation>
    </message>
    <message>
      <source>You cannot remove your own administrator rights; ask another administrator.</source>
      <translation>不能取消自己的管理员权限；请联系另一位管理员。</translation>
    </message>
    <message>
      <source>The current password is wrong.</source>
      <translation>当前密码不正确。</translation>
    </message>
    <message>
      <source>{name} is the last active administrator; make another user administrator first.</source>
      <translation>{name} 是最后一位在用的管理员；请先将另一位用户设为管理员。</translation>
    </message>
  </context>
</TS>
