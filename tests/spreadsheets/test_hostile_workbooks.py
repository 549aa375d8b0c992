"""Hostile workbooks: XML inside an .xlsx that declares entities — an entity-expansion bomb
("billion laughs": 3 GB from a file of a few kilobytes), a quadratic blow-up, or an external
entity that would read another file of the PC into a cell. openpyxl parses with defusedxml,
which refuses the first entity declaration it meets, so nothing is ever expanded or read: each
import refuses the file in one clear line (naming it and saying it holds unsafe XML), in the
user's language, from the import services and from the command line, and imports nothing.

The files are made here: a real workbook of good rows, with one of its XML parts rewritten.
"""

import tracemalloc
import zipfile
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest

from partsdesk import cli, i18n
from partsdesk.db.connection import open_database
from partsdesk.db.models import AuditEvent, all_models
from partsdesk.services.errors import ImportRejected
from partsdesk.spreadsheets import catalog as sheets
from partsdesk.spreadsheets import codes as code_sheets
from partsdesk.spreadsheets import packing_list
from tests.data.bad import make_bad_files as bad
from tests.factories import make_location, make_part, make_user

BACKENDS = ("sqlite", "postgres")
IMPORTS = tuple(bad.HEADERS)            # parts, locations, codes, packing_list
SECRET = "PARTSDESK-SECRET-4711"        # in a file an external entity points at
# Python memory an import of a few-kilobyte file may take at most; any expansion of the bombs
# below would need gigabytes.
MEMORY_BOUND = 32 * 1024 * 1024


def billion_laughs(folder: Path) -> tuple[str, str]:
    """Ten levels of ten references: &lol9; expands to 10**9 "lol"s (3 GB)."""
    names = ["lol"] + [f"lol{n}" for n in range(1, 10)]
    lines = ['<!ENTITY lol "lol">']
    lines += [f'<!ENTITY {name} "{f"&{inner};" * 10}">' for inner, name in zip(names, names[1:])]
    return "\n".join(lines), "&lol9;"


def quadratic_blowup(folder: Path) -> tuple[str, str]:
    """One 100,000-character entity referenced 100,000 times: 10 GB, no nesting."""
    return f'<!ENTITY a "{"x" * 100_000}">', "&a;" * 100_000


def external_entity(folder: Path) -> tuple[str, str]:
    secret = folder / "secret.txt"
    secret.write_text(SECRET)
    return f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">', "&xxe;"


HOSTILE = {"billion_laughs": billion_laughs, "quadratic_blowup": quadratic_blowup,
           "external_entity": external_entity}
# where the entities go: the shared strings are read when the workbook opens, the sheet when
# its rows are read
PARTS = ("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def hostile_workbook(kind: str, what: str, part: str, folder: Path) -> Path:
    """A workbook of good rows for ``what`` whose XML ``part`` declares the entities of ``kind``
    and uses them for the text of a cell in row 9."""
    path = bad.save(what, [bad.HEADERS[what]] + bad.good_rows(what), folder / "good.xlsx")
    with zipfile.ZipFile(path) as book:
        files = {name: book.read(name).decode() for name in book.namelist()}
    path.unlink()
    declarations, use = HOSTILE[kind](folder)
    sheet = "xl/worksheets/sheet1.xml"
    if part == "xl/sharedStrings.xml":      # openpyxl writes none: the cell's text goes there
        files[part] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst '
                       f'xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>{use}</t></si></sst>')
        files["[Content_Types].xml"] = files["[Content_Types].xml"].replace(
            "</Types>", f'<Override PartName="/{part}" ContentType="{STRINGS_TYPE}"/></Types>')
        cell = '<c r="A9" t="s"><v>0</v></c>'
    else:
        cell = f'<c r="A9" t="inlineStr"><is><t>{use}</t></is></c>'
    files[sheet] = files[sheet].replace("</sheetData>", f'<row r="9">{cell}</row></sheetData>')
    xml = files[part]
    start = xml.index("?>") + 2 if xml.startswith("<?xml") else 0     # after the declaration
    root = xml[xml.index("<", start) + 1:].split(None, 1)[0]          # sst or worksheet
    files[part] = f"{xml[:start]}<!DOCTYPE {root} [\n{declarations}\n]>{xml[start:]}"
    target = folder / f"{kind}-{Path(part).stem}-{what}.xlsx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in files.items():
            out.writestr(name, data.encode())
    return target


def _set_up(admin):
    clerk = make_user(admin, "clerk", "parts_clerk")
    for part_no in bad.KNOWN_PARTS:
        make_part(clerk, part_no)
    make_location(clerk, "RECV", "receiving")
    return SimpleNamespace(admin=admin, clerk=clerk)


@pytest.fixture
def desk(admin):
    """A warehouse with a few parts and a receiving area, on each database."""
    return _set_up(admin)


def _import(desk, what, path):
    if what in ("parts", "locations"):
        return sheets.import_file(desk.clerk, what, path)
    if what == "codes":
        return code_sheets.import_file(desk.admin, path)
    return packing_list.import_packing_list(desk.clerk, path, location="RECV")


def _everything() -> dict:
    counts = {model._meta.table_name: model.select().count() for model in all_models()}
    counts["audit_event"] = AuditEvent.select().where(AuditEvent.action != "user.login").count()
    return counts


def _refused(desk, what, path) -> ImportRejected:
    """Import ``path`` watching Python's memory: refused, with nothing changed."""
    before = _everything()
    tracemalloc.start()
    try:
        with pytest.raises(ImportRejected) as refusal:
            _import(desk, what, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_BOUND, f"{path.name}: {peak:,} bytes"
    assert _everything() == before
    return refusal.value


def test_workbooks_are_parsed_with_defusedxml():
    assert openpyxl.DEFUSEDXML


@pytest.mark.parametrize("part", PARTS, ids=["shared-strings", "sheet"])
@pytest.mark.parametrize("kind", HOSTILE)
@pytest.mark.parametrize("what", IMPORTS)
def test_every_import_refuses_a_workbook_that_declares_entities_before_expanding_them(
        desk, what, kind, part, tmp_path):
    path = hostile_workbook(kind, what, part, tmp_path)
    error = _refused(desk, what, path)
    message = str(error)
    assert message.startswith(f"{path.name} was not imported: it holds unsafe XML"), message
    assert "\n" not in message and error.problems == []
    assert SECRET not in message


def test_a_clean_copy_of_the_same_rows_still_imports(desk, tmp_path):
    path = bad.save("parts", [bad.HEADERS["parts"]] + bad.good_rows("parts"), tmp_path / "p.xlsx")
    assert sheets.import_file(desk.clerk, "parts", path)["created"] == 3


def test_the_refusal_reads_in_chinese(desk, tmp_path):
    path = hostile_workbook("billion_laughs", "parts", PARTS[0], tmp_path)
    i18n.set_language("zh_CN")
    message = str(_refused(desk, "parts", path))
    assert message.startswith(f"{path.name} 未导入：") and "不安全的 XML" in message, message


@pytest.mark.parametrize("what", ["parts", "locations", "codes"])
@pytest.mark.parametrize("kind", HOSTILE)
def test_the_command_line_refuses_a_hostile_workbook_in_one_line(
        db_path, what, kind, tmp_path, monkeypatch, capsys):
    from partsdesk.db.connection import close_database
    from partsdesk.services import users
    open_database(db_path)
    _set_up(users.create_first_admin("admin-pass", full_name="Ada Admin"))
    before = _everything()
    close_database()
    path = hostile_workbook(kind, what, PARTS[1], tmp_path)
    monkeypatch.setenv("PARTSDESK_PASSWORD", "admin-pass")
    code = cli.main(["--db", db_path, "import", what, str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and "Traceback" not in err and SECRET not in err
    assert err.splitlines() == [err.rstrip("\n")]
    assert err.startswith(f"error: {path.name} was not imported: it holds unsafe XML"), err
    open_database(db_path)
    assert _everything() == before
    close_database()
