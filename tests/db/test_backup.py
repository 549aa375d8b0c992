"""Backups of the SQLite file, and a damaged or locked file at start-up: a clear message that
names the file and the way out, never a raw sqlite3 error."""

import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from partsdesk import cli
from partsdesk.db import backup, connection
from partsdesk.db.backup import BackupError
from partsdesk.db.connection import DatabaseUnavailable, close_database, open_database
from partsdesk.db.models import Part
from partsdesk.services import catalog
from tests.factories import make_part


def test_the_daily_backup_is_taken_once_a_day_and_the_newest_copies_are_kept(admin, db_path,
                                                                             tmp_path):
    make_part(admin, "P1")
    folder = tmp_path / "copies"
    start = date(2026, 3, 1)
    for day in range(20):
        assert backup.daily_backup(db_path, folder, start + timedelta(days=day), keep=14)
    assert backup.daily_backup(db_path, folder, start + timedelta(days=19), keep=14) is None
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == [f"partsdesk-{start + timedelta(days=d):%Y-%m-%d}.sqlite3"
                    for d in range(6, 20)]
    assert backup.latest_backup(db_path, folder).name == "partsdesk-2026-03-20.sqlite3"
    backup.verify_backup(folder / kept[0])


def test_opening_the_database_takes_the_days_backup_before_anything_changes(admin, db_path):
    make_part(admin, "P1")
    close_database()
    open_database(db_path)
    copy = backup.latest_backup(db_path, backup.backup_folder(db_path))
    assert copy is not None and copy.name == f"partsdesk-{date.today():%Y-%m-%d}.sqlite3"
    backup.verify_backup(copy)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT part_no FROM part").fetchall() == [("P1",)]


def test_backup_and_restore_round_trip_and_the_replaced_file_is_kept(admin, db_path, tmp_path):
    make_part(admin, "P1")
    saved = backup.backup_sqlite(db_path, tmp_path / "saved.sqlite3")   # while open: online copy
    make_part(admin, "P2")
    close_database()
    kept = backup.restore_sqlite(saved, db_path)
    open_database(db_path)
    assert [p.part_no for p in Part.select()] == ["P1"]
    close_database()
    with sqlite3.connect(kept) as conn:
        assert sorted(conn.execute("SELECT part_no FROM part").fetchall()) == [("P1",), ("P2",)]


def test_restore_refuses_a_file_that_is_not_a_partsdesk_database(admin, db_path, tmp_path):
    make_part(admin, "P1")
    close_database()
    text = tmp_path / "notes.sqlite3"
    text.write_text("shopping list")
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    for wrong in (text, other, tmp_path / "missing.sqlite3"):
        with pytest.raises(BackupError, match="PartsDesk backup|does not exist"):
            backup.restore_sqlite(wrong, db_path)
    open_database(db_path)
    assert catalog.get_part("P1")          # untouched


def test_each_restore_keeps_its_own_copy_of_the_replaced_file(admin, db_path, tmp_path,
                                                              monkeypatch):
    saved = backup.backup_sqlite(db_path, tmp_path / "saved.sqlite3")
    close_database()
    stamps = iter(["20260301-100000", "20260301-100001"])

    class Clock:
        @staticmethod
        def now():
            class Stamp:
                def strftime(self, _):
                    return next(stamps)
            return Stamp()
    monkeypatch.setattr(backup, "datetime", Clock)
    first = backup.restore_sqlite(saved, db_path)
    second = backup.restore_sqlite(saved, db_path)
    assert first != second and first.exists() and second.exists()


def _damage(path, how):
    data = bytearray(Path(path).read_bytes())
    if how == "garbage":
        data[:4096] = bytes(range(256)) * 16
    else:
        data = data[:len(data) // 3]
    Path(path).write_bytes(bytes(data))


@pytest.mark.parametrize("large", [False, True], ids=["small file", "large file"])
@pytest.mark.parametrize("how", ["garbage", "truncated"])
def test_a_damaged_database_names_the_file_and_the_automatic_backup(admin, db_path, how, large,
                                                                    monkeypatch):
    if large:       # a file too large to read whole at start-up gets the header checks only
        monkeypatch.setattr(connection, "QUICK_CHECK_LIMIT", 0)
    for i in range(300):        # enough pages that a cut file misses some
        catalog.create_part(admin, catalog.PartData(f"P{i:04d}", "Part " + "x" * 150))
    close_database()
    open_database(db_path)      # today's automatic backup
    close_database()
    for suffix in ("-wal", "-shm"):
        Path(db_path + suffix).unlink(missing_ok=True)
    _damage(db_path, how)
    with pytest.raises(DatabaseUnavailable) as err:
        open_database(db_path)
    message = str(err.value)
    latest = backup.latest_backup(db_path, backup.backup_folder(db_path))
    assert db_path in message and str(latest) in message
    assert "partsdesk db restore" in message and "sqlite3." not in message


def test_the_way_out_works_restore_the_named_backup_over_a_damaged_file(admin, db_path,
                                                                         monkeypatch, capsys):
    make_part(admin, "P1")
    close_database()
    open_database(db_path)
    close_database()
    latest = backup.latest_backup(db_path, backup.backup_folder(db_path))
    _damage(db_path, "garbage")
    assert cli.main(["db", "restore", str(latest), "--db", db_path]) == 0
    assert "kept as" in capsys.readouterr().out
    open_database(db_path)
    assert catalog.get_part("P1")


def test_a_database_locked_by_another_program_says_so_and_names_the_file(db, db_path,
                                                                         monkeypatch):
    close_database()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({db_path!r}, isolation_level=None)\n"
         "c.execute('PRAGMA locking_mode=EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE')\n"
         "c.execute('SELECT count(*) FROM part').fetchall()\n"
         "print('locked', flush=True); time.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr(connection, "BUSY_TIMEOUT", 0.3)    # do not wait the full 10 s
        with pytest.raises(DatabaseUnavailable) as err:
            open_database(db_path)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert str(err.value) == (f"The database {db_path} is locked by another program. Close the "
                              "other program (or wait for it to finish) and try again.")
    open_database(db_path)      # free again once the other program is gone
