<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Locations</name>
    <message>
      <source>Bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receiving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Defective store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scrap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown location kind "{kind}". Use one of: {kinds}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location {code} does not exist. Check the code or create it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location {code} created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location {code} changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location import {source}: {created} new, {updated} updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The location code is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location code "{code}" is not valid: up to 30 letters, digits and . _ / - characters, without spaces.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location {code} already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location {code} reactivated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location {code} deactivated</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
