"""Backups of the SQLite database: online copies, daily rotation, restore with a safety copy."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from partsdesk.i18n import Translator

tr = Translator("Database")

KEEP_DAILY = 14


class BackupError(Exception):
    pass


def backup_sqlite(source: str | Path, target: str | Path) -> Path:
    """Copy a live database consistently (SQLite's online backup, safe while others write)."""
    source, target = Path(source), Path(target)
    if not source.exists():
        raise BackupError(tr("There is no database at {path} to back up.", path=source))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    src = sqlite3.connect(str(source), timeout=30)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")   # one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)
    return target


def verify_backup(path: str | Path) -> None:
    """Refuse a file that is not an intact PartsDesk database."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(tr("Backup file {path} does not exist.", path=path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            has_schema = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                                      "'schema_version'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(tr("{path} is not a PartsDesk backup ({detail}).", path=path,
                             detail=exc)) from exc
    if ok != "ok" or not has_schema:
        raise BackupError(tr("{path} is not an intact PartsDesk backup.", path=path))


def restore_sqlite(backup: str | Path, target: str | Path) -> Path | None:
    """Put a backup in place of the database; the replaced file is kept beside it."""
    verify_backup(backup)
    target = Path(target)
    kept = None
    if target.exists():
        kept = target.with_name(target.stem + ".before-restore" + target.suffix)
        backup_sqlite(target, kept) if _readable(target) else shutil.copy2(target, kept)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    tmp = target.with_name(target.name + ".restoring")
    shutil.copy2(backup, tmp)
    tmp.replace(target)
    return kept


def _readable(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
        return True
    except sqlite3.DatabaseError:
        return False


def daily_backup(database_file: str | Path, folder: str | Path, today: date | None = None,
                 keep: int = KEEP_DAILY) -> Path | None:
    """Once a day: copy the database into ``folder`` and keep the newest ``keep`` copies."""
    folder = Path(folder)
    today = today or date.today()
    target = folder / f"{Path(database_file).stem}-{today:%Y-%m-%d}.sqlite3"
    if target.exists() or not Path(database_file).exists():
        return None
    backup_sqlite(database_file, target)
    copies = sorted(folder.glob(f"{Path(database_file).stem}-????-??-??.sqlite3"))
    for old in copies[:-keep]:
        old.unlink(missing_ok=True)
    return target


def latest_backup(database_file: str | Path, folder: str | Path) -> Path | None:
    copies = sorted(Path(folder).glob(f"{Path(database_file).stem}-????-??-??.sqlite3"))
    return copies[-1] if copies else None
