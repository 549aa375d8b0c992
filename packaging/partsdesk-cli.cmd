@echo off
rem PartsDesk's command line for scripts and administrators, e.g.
rem   "C:\Program Files\PartsDesk\partsdesk-cli" db backup D:\backup\parts.sqlite3
rem The exit code is PartsDesk's: 0 when the command worked.
"%~dp0runtime\python.exe" -m partsdesk %*
