"""A catalogue file updates only what it has: the columns it lacks leave every part as it is."""

from decimal import Decimal

import pytest
from openpyxl import Workbook

from partsdesk.db.connection import database
from partsdesk.db.models import AuditEvent
from partsdesk.services import catalog, catalog_import
from partsdesk.services.catalog import PartData
from partsdesk.spreadsheets import catalog as sheets
from tests.factories import make_part

BACKENDS = ("sqlite", "postgres")   # every test here runs on both databases


def workbook(path, header, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def raw_catalogue() -> dict:
    """Every stored value of every part, its barcodes and its models, as the database holds
    them (read with plain SQL, not through the models)."""
    cursor = database.cursor()
    cursor.execute("SELECT * FROM part ORDER BY part_no")
    names = [column[0] for column in cursor.description]
    parts = {row[names.index("part_no")]: dict(zip(names, row)) for row in cursor.fetchall()}
    cursor.execute("SELECT p.part_no, a.code FROM part_alias a JOIN part p ON p.id = a.part_id "
                   "ORDER BY a.code")
    for part_no, code in cursor.fetchall():
        parts[part_no].setdefault("barcodes", []).append(code)
    cursor.execute("SELECT p.part_no, m.code FROM part_vehicle_model l JOIN part p ON "
                   "p.id = l.part_id JOIN vehicle_model m ON m.id = l.model_id ORDER BY m.code")
    for part_no, code in cursor.fetchall():
        parts[part_no].setdefault("models", []).append(code)
    return parts


@pytest.fixture
def catalogue(admin, clerk):
    make_part(clerk, "04152-YZZA1", name="Oil filter element", name_zh="机油滤芯",
              category="ENGINE", unit="PCS", unit_price="13.20", min_stock="10",
              aliases=["6901234567892"])
    make_part(clerk, "04465-02220", name="Brake pad set", name_zh="前刹车片",
              category="BRAKES", unit="SET", unit_price="386.00", must_return=True)
    make_part(clerk, "87139-0E040", name="Cabin air filter", category="HVAC",
              unit_price="75.00")
    make_part(clerk, "90915-YZZD2", name="Oil filter", category="ENGINE", unit_price="48.00")
    catalog.set_active(clerk, "90915-YZZD2", False)
    return clerk


def test_a_correction_sheet_changes_only_the_columns_it_has(catalogue, tmp_path):
    before = raw_catalogue()
    path = workbook(tmp_path / "correction.xlsx", ["配件编号", "配件名称", "需返回旧件"], [
        ["04152-YZZA1", "Oil filter element", "是"],          # must return: no → yes
        ["04465-02220", "Brake pad set, front", "是"],        # name changes
        ["90915-YZZD2", "Oil filter", "否"]])                 # as it is (and stays inactive)
    checked = sheets.check_file(catalogue, "parts", path)
    assert checked.plan.counts() == {"rows": 3, "created": 0, "updated": 2, "unchanged": 1}
    assert {part: [(c.field, c.before, c.after) for c in changes]
            for part, changes in checked.plan.changes.items()} == {
        "04152-YZZA1": [("must_return", False, True)],
        "04465-02220": [("name", "Brake pad set", "Brake pad set, front")]}
    assert raw_catalogue() == before                          # checking writes nothing
    assert sheets.write_checked(catalogue, checked) == {
        "rows": 3, "created": 0, "updated": 2, "unchanged": 1}
    after = raw_catalogue()
    # the parts the file does not name, and the part it leaves as it is: every byte the same
    for part_no in ("87139-0E040", "90915-YZZD2"):
        assert after[part_no] == before[part_no]
    # the changed parts: only the stated fields (and the time of the change) moved
    for part_no, moved in (("04152-YZZA1", {"must_return"}), ("04465-02220", {"name"})):
        differs = {key for key in before[part_no] if before[part_no][key] != after[part_no][key]}
        assert differs == moved | {"updated_at"}
    assert after["04152-YZZA1"]["unit_price"] == before["04152-YZZA1"]["unit_price"]
    assert after["04152-YZZA1"]["barcodes"] == ["6901234567892"]
    assert not catalog.get_part("90915-YZZD2").active        # no "active" column: not re-activated


def test_the_import_is_one_audit_event_naming_what_changed(catalogue, tmp_path):
    path = workbook(tmp_path / "prices.xlsx", ["Part No.", "Name", "Unit price"], [
        ["04152-YZZA1", "Oil filter element", "14.00"], ["NEW-1", "Wiper blade", "68"]])
    sheets.import_file(catalogue, "parts", path)
    event = AuditEvent.select().where(AuditEvent.action == "part.import").get()
    assert event.summary == "Catalogue import prices.xlsx: 1 new, 1 changed, 0 unchanged"
    assert catalog.get_part("NEW-1").unit_price == Decimal("68.00")
    assert catalog.get_part("NEW-1").active


def test_only_an_active_column_activates_or_deactivates(catalogue, tmp_path):
    path = workbook(tmp_path / "status.xlsx", ["Part No.", "Name", "有效"], [
        ["90915-YZZD2", "Oil filter", "是"], ["87139-0E040", "Cabin air filter", "否"],
        ["04152-YZZA1", "Oil filter element", ""]])
    plan = sheets.check_file(catalogue, "parts", path).plan
    assert {part: [c.field for c in changes] for part, changes in plan.changes.items()} == {
        "90915-YZZD2": ["active"], "87139-0E040": ["active"]}
    sheets.import_file(catalogue, "parts", path)
    assert catalog.get_part("90915-YZZD2").active
    assert not catalog.get_part("87139-0E040").active
    assert catalog.get_part("04152-YZZA1").active             # an empty cell: as it is


def test_an_empty_cell_in_a_column_the_file_has_clears_it_and_the_plan_says_so(catalogue,
                                                                               tmp_path):
    path = workbook(tmp_path / "categories.xlsx", ["Part No.", "Name", "Category", "Barcodes"], [
        ["04152-YZZA1", "Oil filter element", "", ""],
        ["04465-02220", "Brake pad set", "BRAKES", ""]])
    plan = sheets.check_file(catalogue, "parts", path).plan
    assert plan.cleared() == {"category": 1, "aliases": 1}
    assert "1 changed (Category 1, Barcode aliases 1)" in plan.summary()
    sheets.import_file(catalogue, "parts", path)
    part = catalog.get_part("04152-YZZA1")
    assert part.category == "" and catalog.aliases_of(part) == []


def test_a_required_column_left_empty_is_a_row_error(catalogue, tmp_path):
    from partsdesk.services.errors import ImportRejected
    path = workbook(tmp_path / "names.xlsx", ["Part No.", "Name"], [["04152-YZZA1", ""]])
    with pytest.raises(ImportRejected) as rejected:
        sheets.check_file(catalogue, "parts", path)
    assert [(p.row, p.column) for p in rejected.value.problems] == [(2, "Name")]


def test_rows_from_a_form_state_every_field(catalogue):
    rows = [PartData("04152-YZZA1", "Oil filter element").cleaned()]
    plan = catalog_import.plan(rows)
    assert [c.field for c in plan.changes["04152-YZZA1"]] == [
        "name_zh", "category", "unit_price", "min_stock", "aliases"]
