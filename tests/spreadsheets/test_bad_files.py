"""Bad files at every import: files that are no workbook, broken workbooks, empty sheets, huge
sheets, formulas, merged cells, wrong types, duplicate keys, 10,000-character cells and control
characters. Each is refused clearly — a one-line reason for the whole file, or every bad row with
its number — never with a traceback, and nothing is imported: no row in any table, no history.

The files are made at test time by ``tests/data/bad/make_bad_files.py``.
"""

import re
from types import SimpleNamespace

import pytest

from partsdesk import cli
from partsdesk.db.connection import close_database, open_database
from partsdesk.db.models import AuditEvent, Location, Part, all_models
from partsdesk.db.models.claims import LaborOperation
from partsdesk.services import users
from partsdesk.services.errors import ImportRejected, PartsDeskError
from partsdesk.spreadsheets import catalog as sheets
from partsdesk.spreadsheets import codes as code_sheets
from partsdesk.spreadsheets import packing_list
from partsdesk.spreadsheets.reader import Problem
from tests.data.bad import make_bad_files as bad
from tests.factories import make_location, make_part, make_user

BACKENDS = ("sqlite", "postgres")

IMPORTS = tuple(bad.HEADERS)        # parts, locations, codes, packing_list
MAX_REASON = 300                    # a problem longer than this buries its advice
HUGE_ROWS = {"parts": 100_000, "locations": 50_000, "codes": 20_000, "packing_list": 10_000}


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


@pytest.fixture
def sqlite_desk(db_path):
    """The same on SQLite only: for files refused before any table is looked at."""
    open_database(db_path)
    yield _set_up(users.create_first_admin("admin-pass", full_name="Ada Admin"))
    close_database()


def _import(desk, what, path):
    if what in ("parts", "locations"):
        return sheets.import_file(desk.clerk, what, path)
    if what == "codes":
        return code_sheets.import_file(desk.admin, path)
    return packing_list.import_packing_list(desk.clerk, path, location="RECV")


def _everything() -> dict:
    """Rows in every table, and history events other than log-ins (the command line logs in)."""
    counts = {model._meta.table_name: model.select().count() for model in all_models()}
    counts["audit_event"] = AuditEvent.select().where(AuditEvent.action != "user.login").count()
    return counts


def _refused(desk, what, path) -> PartsDeskError:
    """Import ``path``: it must be refused with a clear message and change nothing."""
    before = _everything()
    try:
        result = _import(desk, what, path)
    except PartsDeskError as exc:
        error = exc
    else:
        pytest.fail(f"{what} import of {path.name} was accepted: {result}")
    assert _everything() == before, f"{what}: {path.name} was refused but changed data"
    message = str(error)
    assert path.name in message and "\n" not in message and "Traceback" not in message, message
    for problem in getattr(error, "problems", []):
        text = str(problem)
        assert "\n" not in text and len(text) <= MAX_REASON, (path.name, text)
    return error


def _rows_named(error: ImportRejected) -> set[int]:
    """Row numbers of the problems (the code tables prefix each with their sheet's name)."""
    rows = set()
    for problem in error.problems:
        if isinstance(problem, Problem):
            rows.add(problem.row)
        else:
            rows.add(int(re.search(r"Row (\d+)", str(problem)).group(1)))
    return rows


# --- whole files ---------------------------------------------------------------------------

@pytest.mark.parametrize("what", IMPORTS)
def test_a_file_that_is_no_workbook_or_a_broken_one_is_refused_in_one_line(sqlite_desk, what,
                                                                            tmp_path):
    for kind, reason in bad.WHOLE_FILE_REASONS.items():
        path = bad.whole_file(kind, tmp_path)
        error = _refused(sqlite_desk, what, path)
        assert error.problems == [] if isinstance(error, ImportRejected) else True
        if what == "codes" and kind == "control_bytes_in_xml":
            reason = "none of its sheets is a code table"  # its one sheet is not a code table
        assert reason in str(error), (kind, str(error))


@pytest.mark.parametrize("what", IMPORTS)
def test_a_workbook_with_an_empty_sheet_is_refused_as_empty(sqlite_desk, what, tmp_path):
    error = _refused(sqlite_desk, what, bad.content("empty_sheet", what, tmp_path))
    assert "the workbook is empty" in str(error) and error.problems == []


# --- bad rows ------------------------------------------------------------------------------

@pytest.mark.parametrize("what", IMPORTS)
def test_every_bad_row_is_named_and_nothing_is_imported(desk, what, tmp_path):
    for kind in bad.CONTENT_KINDS:
        error = _refused(desk, what, bad.content(kind, what, tmp_path))
        assert isinstance(error, ImportRejected) and error.problems, (kind, str(error))
        assert _rows_named(error) == bad.bad_rows(what, kind), (kind, error.problems)


def test_barcodes_a_scan_would_not_find_are_refused_row_by_row(desk, tmp_path):
    rows = bad.good_rows("parts")
    for row, barcode in zip(rows, ("RC-2026-000001", "L:A-01-01", "9" * 61)):
        row[4] = barcode        # a receipt's number, a bin label, too long for the column
    path = bad.save("parts", [bad.HEADERS["parts"]] + rows, tmp_path / "barcodes.xlsx")
    error = _refused(desk, "parts", path)
    assert _rows_named(error) == {2, 3, 4}
    assert {p.column for p in error.problems} == {"Barcodes"}


def test_a_long_cell_is_quoted_short_and_its_advice_stays_readable(desk, tmp_path):
    error = _refused(desk, "parts", bad.content("long_cells", "parts", tmp_path))
    first = next(p for p in error.problems if p.row == 2)
    assert '"' + "A" * 59 + "…" in first.reason and "letters, digits" in first.reason
    second = next(p for p in error.problems if p.row == 3)
    assert "10000 characters; at most 200 fit" in second.reason


def test_control_characters_excel_stored_are_dropped_from_what_is_imported(desk, tmp_path):
    dirty = "Oil\x00\x1f\x7f fil\x0bter\x08"
    for what, make, stored in (
            ("parts", lambda rows: rows[0].__setitem__(1, dirty),
             lambda: Part.get(Part.part_no == "NEW-000001").name),
            ("locations", lambda rows: rows[0].__setitem__(2, dirty),
             lambda: Location.get(Location.code == "Z-000001").description),
            ("codes", lambda rows: rows[0].__setitem__(1, dirty),
             lambda: LaborOperation.get(LaborOperation.code == "99-000001").description)):
        rows = bad.good_rows(what)
        make(rows)
        path = bad.workbook_with_controls(what, rows, tmp_path / f"{what}-dirty.xlsx")
        _import(desk, what, path)
        assert stored() == "Oil filter", what


@pytest.mark.parametrize("what", IMPORTS)
def test_values_at_the_longest_that_fit_import_on_every_database(desk, what, tmp_path):
    """The limits the import checks are the columns' sizes: no row that passed is refused by
    the database (PostgreSQL enforces the sizes that SQLite does not)."""
    rows = bad.longest_rows(what)
    path = bad.save(what, rows, tmp_path / f"{what}-longest.xlsx")
    result = _import(desk, what, path)
    assert result is not None


# --- huge sheets ---------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("what", IMPORTS)
def test_one_bad_row_deep_in_a_huge_sheet_is_found_and_nothing_imported(sqlite_desk, what,
                                                                        tmp_path):
    deep = HUGE_ROWS[what] * 7 // 8         # an Excel row number far down the sheet
    path = bad.huge(what, tmp_path, rows=HUGE_ROWS[what], bad_row=deep)
    error = _refused(sqlite_desk, what, path)
    assert _rows_named(error) == {deep}


# --- the command line ----------------------------------------------------------------------

@pytest.mark.parametrize("what, make", [
    ("parts", lambda folder: bad.whole_file("pdf_renamed", folder)),
    ("parts", lambda folder: bad.whole_file("empty_file", folder)),
    ("locations", lambda folder: bad.whole_file("xls_renamed", folder)),
    ("codes", lambda folder: bad.whole_file("zip_not_a_workbook", folder)),
    ("locations", lambda folder: bad.content("empty_sheet", "locations", folder)),
], ids=["pdf", "empty-file", "xls", "zip", "empty-sheet"])
def test_the_command_line_refuses_a_bad_file_in_one_line(sqlite_desk, what, make, tmp_path,
                                                         db_path, monkeypatch, capsys):
    monkeypatch.setenv("PARTSDESK_PASSWORD", "admin-pass")
    path = make(tmp_path)
    before = _everything()
    code = cli.main(["--db", db_path, "import", what, str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith(f"error: {path.name} was not imported")
    assert "Traceback" not in err
    open_database(db_path)
    assert _everything() == before


@pytest.mark.parametrize("what", ["parts", "locations", "codes"])
def test_the_command_line_lists_the_bad_rows_under_its_one_line_reason(
        sqlite_desk, what, tmp_path, db_path, monkeypatch, capsys):
    monkeypatch.setenv("PARTSDESK_PASSWORD", "admin-pass")
    path = bad.content("wrong_types", what, tmp_path)
    before = _everything()
    code = cli.main(["--db", db_path, "import", what, str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and "Traceback" not in err
    first, *problems = err.splitlines()
    assert first.startswith(f"error: {path.name} was not imported")
    assert len(problems) == len(bad.bad_rows(what, "wrong_types"))
    assert all(re.match(r"  (labour: )?Row \d+", line) for line in problems), problems
    open_database(db_path)
    assert _everything() == before
