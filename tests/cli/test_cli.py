"""The command line as an administrator's script uses it: passwords from the environment, one
line and exit code 1 for every refusal, never a traceback."""

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from partsdesk.cli import main
from partsdesk.db.connection import close_database, open_database
from partsdesk.db.models import Part
from partsdesk.services import users

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(db_path, monkeypatch, capsys):
    """run(*args) -> (exit code, stdout, stderr), on this test's database."""
    monkeypatch.delenv("PARTSDESK_NEW_PASSWORD", raising=False)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_path, *args])
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    close_database()


@pytest.fixture
def ready(cli, monkeypatch):
    """A database set up by `db init`, the admin's password in the environment."""
    monkeypatch.setenv("PARTSDESK_PASSWORD", "admin-pass")
    assert cli("db", "init")[0] == 0
    return cli


def workbook(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return str(path)


def test_db_init_creates_the_administrator_from_the_environment(cli, monkeypatch):
    monkeypatch.setenv("PARTSDESK_PASSWORD", "admin-pass")
    code, out, _ = cli("db", "init")
    assert code == 0 and "administrator account: admin" in out
    code, out, _ = cli("db", "init")
    assert code == 0 and "already set up" in out
    assert users.authenticate("admin", "admin-pass").role == "admin"


def test_without_a_password_and_a_terminal_the_command_refuses_in_one_line(cli):
    code, out, err = cli("db", "init")
    assert code == 1 and out == ""
    assert err.strip() == "error: No password: set PARTSDESK_PASSWORD or run this command in a " \
                          "terminal."


def test_an_administrator_adds_lists_and_resets_users(ready, monkeypatch):
    monkeypatch.setenv("PARTSDESK_NEW_PASSWORD", "clerk-pass")
    code, out, _ = ready("user", "add", "li", "--role", "parts_clerk", "--full-name", "Li Ming")
    assert code == 0 and "User li added as Parts clerk." in out
    code, out, _ = ready("user", "list")
    assert code == 0 and any(line.split()[:3] == ["li", "Parts", "clerk"]
                             for line in out.splitlines())
    monkeypatch.setenv("PARTSDESK_NEW_PASSWORD", "fresh-pass")
    code, out, _ = ready("user", "passwd", "li")
    assert code == 0 and "Password of li changed." in out
    assert users.authenticate("li", "fresh-pass").username == "li"


def test_a_parts_clerk_may_not_add_users(ready, monkeypatch):
    monkeypatch.setenv("PARTSDESK_NEW_PASSWORD", "clerk-pass")
    ready("user", "add", "li", "--role", "parts_clerk")
    monkeypatch.setenv("PARTSDESK_PASSWORD", "clerk-pass")
    code, _, err = ready("--user", "li", "user", "add", "mei", "--role", "admin")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "error:" in err
    assert "manage users" in err
    assert [u.username for u in users.list_users()] == ["admin", "li"]


def test_an_administrator_unlocks_a_locked_user_from_the_command_line(ready, monkeypatch):
    monkeypatch.setattr(users.time, "sleep", lambda seconds: None)
    monkeypatch.setenv("PARTSDESK_NEW_PASSWORD", "clerk-pass")
    ready("user", "add", "li", "--role", "parts_clerk")
    for attempt in range(users.MAX_FAILED):
        with pytest.raises(users.AuthenticationFailed):
            users.authenticate("li", f"guess-{attempt}")
    code, out, _ = ready("user", "unlock", "li")
    assert code == 0 and "User li unlocked; they can log in again." in out
    assert users.authenticate("li", "clerk-pass").username == "li"

    code, _, err = ready("user", "unlock", "li")            # nothing left to unlock
    assert code == 1 and "li is not locked" in err
    monkeypatch.setenv("PARTSDESK_PASSWORD", "clerk-pass")
    code, _, err = ready("--user", "li", "user", "unlock", "admin")
    assert code == 1 and "may not manage users" in err


def test_exporting_claims_needs_a_user_who_may_read_claims(ready, monkeypatch, tmp_path):
    monkeypatch.setenv("PARTSDESK_NEW_PASSWORD", "clerk-pass")
    ready("user", "add", "li", "--role", "parts_clerk")
    ready("user", "add", "zhao", "--role", "settlement_clerk")
    target = tmp_path / "claims.xlsx"

    monkeypatch.setenv("PARTSDESK_PASSWORD", "clerk-pass")
    code, out, err = ready("--user", "li", "export", "claims", str(target))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "li (Parts clerk) may not read warranty claims" in err
    assert not target.exists()

    monkeypatch.setenv("PARTSDESK_PASSWORD", "wrong-pass")
    code, _, err = ready("--user", "zhao", "export", "claims", str(target))
    assert code == 1 and "Wrong user name or password" in err and not target.exists()

    monkeypatch.setenv("PARTSDESK_PASSWORD", "clerk-pass")
    code, out, _ = ready("--user", "zhao", "export", "claims", str(target))
    assert code == 0 and "0 rows exported" in out and target.exists()


def test_import_a_good_workbook_then_a_bad_one_that_changes_nothing(ready, tmp_path):
    good = workbook(tmp_path / "good.xlsx", [["配件编号", "配件名称", "单价"],
                                             ["P1", "机油滤芯", "12.50"], ["P2", "刹车片", "80"]])
    code, out, _ = ready("import", "parts", good)
    assert code == 0 and "good.xlsx: 2 rows imported (2 new, 0 updated)." in out

    bad = workbook(tmp_path / "bad.xlsx", [["Part No.", "Name", "Unit price"],
                                           ["P1", "Renamed", "1"], ["P3", "", "2"],
                                           ["P4", "Bolt", "abc"], ["P5", "Nut", "-1"]])
    code, out, err = ready("import", "parts", bad)
    lines = err.strip().splitlines()
    assert code == 1 and out == ""
    assert lines[0].startswith("error: bad.xlsx was not imported: 3 row(s) have problems.")
    assert [line.split(",")[0].strip() for line in lines[1:]] == ["Row 3", "Row 4", "Row 5"]
    assert lines[2] == '  Row 4, Unit price: "abc" is not an amount of money.'
    assert [p.name for p in Part.select().order_by(Part.part_no)] == ["机油滤芯", "刹车片"]


def test_a_file_that_is_no_workbook_is_one_line(ready, tmp_path):
    path = tmp_path / "parts.csv"
    path.write_text("part_no,name\nP1,x\n")
    code, _, err = ready("import", "parts", str(path))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "not an Excel workbook" in err


def test_export_parts_and_an_import_template(ready, tmp_path):
    ready("import", "parts", workbook(tmp_path / "in.xlsx", [["Part No.", "Name"], ["P1", "x"]]))
    code, out, _ = ready("export", "parts", str(tmp_path / "out.xlsx"))
    assert code == 0 and "1 rows exported" in out
    rows = list(openpyxl.load_workbook(tmp_path / "out.xlsx").active.values)
    assert rows[0][:2] == ("Part No.", "Name") and rows[1][:2] == ("P1", "x")
    code, out, _ = ready("export", "locations", str(tmp_path / "bins.xlsx"), "--template")
    assert code == 0 and "Template written" in out
    assert openpyxl.load_workbook(tmp_path / "bins.xlsx").active["A3"].value == "Location *"


def test_check_backup_and_restore_round_trip(ready, db_path, tmp_path):
    code, out, _ = ready("db", "check")
    assert code == 0 and "FAIL" not in out and out.count("OK") >= 2
    backup = str(tmp_path / "backups" / "before.sqlite3")
    code, out, _ = ready("db", "backup", backup)
    assert code == 0 and Path(backup).exists()
    ready("import", "parts", workbook(tmp_path / "in.xlsx", [["Part No.", "Name"], ["P1", "x"]]))
    code, out, _ = ready("db", "restore", backup)
    assert code == 0 and "kept as" in out
    open_database(db_path)
    assert Part.select().count() == 0


def test_options_may_come_before_the_command(ready, db_path, monkeypatch):
    monkeypatch.setenv("PARTSDESK_NEW_PASSWORD", "clerk-pass")
    code = main(["--db", db_path, "--user", "admin", "user", "add", "li", "--role", "manager"])
    assert code == 0 and users.get("li").role == "manager"


def test_with_json_a_command_prints_its_result_as_one_json_object(ready, tmp_path):
    _, said, _ = ready("db", "upgrade")
    code, out, _ = ready("db", "upgrade", "--json")
    assert code == 0 and said == f"Schema is at version {json.loads(out)['schema_version']}.\n"
    code, out, _ = ready("--json", "db", "check")
    checks = json.loads(out)["checks"]
    assert code == 0 and len(checks) >= 2 and all(c["ok"] and c["problems"] == [] for c in checks)
    assert len(out.splitlines()) == 1

    code, out, _ = ready("user", "list", "--json")
    assert code == 0 and json.loads(out) == {"users": [
        {"username": "admin", "role": "admin", "role_name": "Administrator",
         "full_name": "Administrator", "active": True}]}

    parts = workbook(tmp_path / "in.xlsx", [["Part No.", "Name"], ["P1", "机油滤芯"]])
    code, out, _ = ready("import", "parts", parts, "--json")
    assert code == 0 and json.loads(out) == {"what": "parts", "file": parts, "rows": 1,
                                             "created": 1, "updated": 0, "unchanged": 0}
    target = str(tmp_path / "out.xlsx")
    code, out, _ = ready("export", "parts", target, "--json")
    assert code == 0 and json.loads(out) == {"what": "parts", "file": target, "rows": 1}
    code, out, _ = ready("print", "labels", "--parts", "P1", "--copies", "3", "-o",
                         str(tmp_path / "p.pdf"), "--json")
    assert code == 0 and json.loads(out) == {"file": str(tmp_path / "p.pdf"), "labels": 3,
                                             "pages": 1}


def test_with_json_a_failure_is_still_one_line_on_stderr(ready, tmp_path):
    code, out, err = ready("--json", "import", "parts", str(tmp_path / "missing.xlsx"))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert err.startswith("error: missing.xlsx was not imported")


def test_the_installed_entry_point_runs_as_a_module(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARTSDESK_")}
    env.update(PARTSDESK_HOME=str(tmp_path / "home"), PARTSDESK_PASSWORD="admin-pass",
               PYTHONPATH=str(ROOT), LANG="en_US.UTF-8")
    database = str(tmp_path / "cli.sqlite3")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "partsdesk", "--db", database, *args],
                              capture_output=True, text=True, env=env, cwd=tmp_path,
                              stdin=subprocess.DEVNULL, timeout=120)

    result = run("db", "init")
    assert result.returncode == 0, result.stderr
    assert "administrator account: admin" in result.stdout
    result = run("import", "parts", str(tmp_path / "missing.xlsx"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "missing.xlsx was not imported: the file cannot be opened" in result.stderr
