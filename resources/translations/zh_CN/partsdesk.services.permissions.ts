<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Roles</name>
    <message>
      <source>Parts clerk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warranty administrator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supervisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settlement clerk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Administrator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>manage users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change shared settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>back up the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>restore the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change the parts catalogue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>import the parts catalogue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>import locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} ({role}) may not {action}. Ask a user with one of these roles: {allowed}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
