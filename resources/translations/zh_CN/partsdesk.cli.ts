<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <source>{file}: {rows} rows imported ({created} new, {updated} updated).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Demo database ready at {path}: {summary}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>error: unexpected {kind}: {detail}. Please report this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No password: set {env} or run this command in a terminal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passwords differ; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password for {user}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password for the new user {name}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User {name} added as {role}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Template written to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{rows} rows exported to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SQLite file path or postgresql://user@host/db URL (default: PARTSDESK_DB, then this PC's setting)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>act as this user (password from PARTSDESK_PASSWORD or a prompt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PartsDesk: parts warehouse and warranty claims. Without a command, starts the application window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>start the window on the demo database (built if missing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>check this installation headless; exit 0 when it works</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>language of the window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>set up, upgrade, check, back up, restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>backup file (backup, restore)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>add users, change passwords, list users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>parts_clerk, warranty_admin, supervisor, manager, settlement_clerk or admin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>import an Excel file (all or nothing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>export to an Excel file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>write an empty import template instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>build the demo database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>small: a few thousand parts; large: 200,000 parts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repeat the password: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database ready at {path}; administrator account: admin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database at {path} is already set up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Schema is at version {version}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (deactivated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Usage: partsdesk user add NAME --role ROLE [--full-name TEXT]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password of {name} changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interrupted; nothing more was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New password for admin: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} problem(s) found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For PostgreSQL use pg_dump and pg_restore on the server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name the backup file: partsdesk db {action} FILE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backed up to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored {path} from {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The replaced database was kept as {kept}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
