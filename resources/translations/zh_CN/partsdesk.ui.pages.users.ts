<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>UsersPage</name>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Last log-in</source>
      <translation>上次登录</translation>
    </message>
    <message>
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <source>Filter by name or role</source>
      <translation>按姓名或角色筛选</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>添加用户…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Reset password…</source>
      <translation>重置密码…</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <source>Let a user locked by too many wrong passwords log in again</source>
      <translation>让因密码错误次数过多而被锁定的用户重新登录</translation>
    </message>
    <message>
      <source>{shown} of {total}</source>
      <translation>显示 {shown} / 共 {total}</translation>
    </message>
    <message>
      <source>Locked until {time}</source>
      <translation>锁定至 {time}</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Deactivated</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>Reactivate</source>
      <translation>重新启用</translation>
    </message>
    <message>
      <source>{name} can log in again.</source>
      <translation>{name} 可以重新登录了。</translation>
    </message>
    <message>
      <source>Add user</source>
      <translation>添加用户</translation>
    </message>
    <message>
      <source>Edit user {name}</source>
      <translation>编辑用户 {name}</translation>
    </message>
    <message>
      <source>{n} user</source>
      <translation>{n} 个用户</translation>
    </message>
    <message>
      <source>{n} users</source>
      <translation>{n} 个用户</translation>
    </message>
    <message>
      <source>Deactivate {name}? They can no longer log in; their history is kept and you can reactivate them later.</source>
      <translation>停用 {name}？停用后该用户无法登录；其操作记录会保留，以后可以重新启用。</translation>
    </message>
    <message>
      <source>The password of {name} has been changed.</source>
      <translation>{name} 的密码已更改。</translation>
    </message>
    <message>
      <source>The two passwords differ. Type the same password twice.</source>
      <translation>两次输入的密码不一致。请输入相同的密码两次。</translation>
    </message>
  </context>
</TS>
