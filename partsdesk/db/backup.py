"""Backups of the SQLite database: online copies, daily rotation, restore with a safety copy."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date, datetime
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
    tmp = target.with_name(f"{target.name}.{os.getpid()}.part")  # two PCs may copy at once
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
    kept = _keep(target) if target.exists() else None
    tmp = target.with_name(target.name + ".restoring")
    shutil.copy2(backup, tmp)
    with open(tmp, "rb+") as f:     # on disk before it replaces anything
        os.fsync(f.fileno())
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    tmp.replace(target)
    return kept


def _keep(target: Path) -> Path:
    """Keep the file about to be replaced, even a damaged one, under a name never reused."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = target.with_name(f"{target.stem}.before-restore-{stamp}{target.suffix}")
    try:
        backup_sqlite(target, kept)     # includes what is still in the -wal file
    except sqlite3.DatabaseError:       # too damaged to read: keep the raw files as they are
        kept.with_name(kept.name + f".{os.getpid()}.part").unlink(missing_ok=True)
        shutil.copy2(target, kept)
        wal = Path(str(target) + "-wal")
        if wal.exists():
            shutil.copy2(wal, str(kept) + "-wal")
    return kept


def backup_folder(database_file: str | Path) -> Path:
    """Where the automatic copies of a database file go: ``backups`` beside it."""
    return Path(database_file).parent / "backups"


def backup_date(path: str | Path) -> str:
    """The day an automatic copy was taken, from its name (``shop-2026-05-01.sqlite3``)."""
    return Path(path).stem[-10:]


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
