"""`partsdesk import parts FILE [--dry-run]`: the same summary the import dialog shows, and a dry run
that writes nothing."""

import json

import openpyxl
import pytest

from partsdesk.cli import main
from partsdesk.db.connection import close_database
from partsdesk.services import catalog


@pytest.fixture
def cli(db_path, monkeypatch, capsys):
    monkeypatch.setenv("PARTSDESK_PASSWORD", "admin-pass")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_path, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("db", "init")[0] == 0
    yield run
    close_database()


def workbook(path, rows) -> str:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return str(path)


@pytest.fixture
def catalogue(cli, tmp_path):
    first = workbook(tmp_path / "catalogue.xlsx", [
        ["Part No.", "Name", "Category", "Unit price"],
        ["04152-YZZA1", "Oil filter element", "Filters", "12.50"],
        ["04465-02220", "Brake pad set", "Brakes", "380.00"]])
    assert cli("import", "parts", first)[0] == 0
    return workbook(tmp_path / "prices.xlsx", [
        ["配件编号", "配件名称", "单价"],
        ["04152-YZZA1", "Oil filter element", "13.20"],
        ["04465-02220", "Brake pad set", "380.00"],
        ["17801-0Y040", "Air filter element", "92"]])


def test_a_dry_run_lists_every_change_and_writes_nothing(cli, catalogue):
    code, out, err = cli("import", "parts", catalogue, "--dry-run")
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "prices.xlsx: 1 new part, 1 changed (Unit price 1), 1 unchanged.",
        "  04152-YZZA1          Unit price: 12.50 → 13.20",
        "Nothing was written (--dry-run)."]
    assert catalog.get_part("04152-YZZA1").unit_price == catalog.parse_money("12.50")
    assert catalog.search_parts("17801") == []


def test_a_dry_run_answers_in_json(cli, catalogue):
    code, out, _ = cli("import", "parts", catalogue, "--dry-run", "--json")
    assert code == 0 and json.loads(out) == {
        "what": "parts", "file": catalogue, "dry_run": True, "rows": 3, "created": 1,
        "updated": 1, "unchanged": 1, "changes": [
            {"part_no": "04152-YZZA1", "field": "unit_price", "before": "12.50",
             "after": "13.20"}]}


def test_an_import_says_what_it_changes_then_writes_it(cli, catalogue):
    code, out, _ = cli("import", "parts", catalogue)
    assert code == 0 and out.splitlines() == [
        "prices.xlsx: 1 new part, 1 changed (Unit price 1), 1 unchanged.",
        "prices.xlsx: 3 rows imported (1 new, 1 updated)."]
    part = catalog.get_part("04152-YZZA1")
    assert (part.unit_price, part.category) == (catalog.parse_money("13.20"), "Filters")
