<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Users</name>
    <message>
      <source>The password must have at least {n} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name "{name}" is not valid: use 2 to 40 letters, digits, dots, dashes or underscores.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown role "{role}". Roles: {roles}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First administrator {name} created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrong user name or password. Check Caps Lock and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User {name} is deactivated. Ask an administrator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Logged in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no user "{name}". Check the name or create the user.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User {name} created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User {name} changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password of {name} changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database already has users; log in as an administrator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User {name} already exists. Choose another name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You cannot remove your own administrator rights; ask another administrator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The current password is wrong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is the last active administrator; make another user administrator first.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
