"""Receiving from the command line, as a scanner station or a script does it: a receipt from
the sender's packing list, scans committed one by one, a wrong scan taken back, the receipt
closed into stock with its discrepancy report, and every refusal one line with exit code 1."""

import json
import re

import pytest

from partsdesk.cli import main
from partsdesk.db.connection import close_database
from partsdesk.services import receiving, stock
from tests.factories import PASSWORD, make_location, make_part, make_user, make_workbook

BACKENDS = ("sqlite", "postgres")
FILTER, PADS = "04152-YZZA1", "04465-02220"


@pytest.fixture
def world(admin):
    clerk = make_user(admin, "clerk", "parts_clerk")
    make_user(admin, "wa", "warranty_admin")
    make_user(admin, "sup", "supervisor")
    make_part(clerk, FILTER, name="Oil filter", unit_price="35.00", aliases=["6901234567892"])
    make_part(clerk, PADS, name="Brake pad set", unit_price="420.00")
    make_location(clerk, "RECV", "receiving")
    make_location(clerk, "QUAR", "defective")
    make_location(clerk, "A-01-01")
    return clerk


@pytest.fixture
def cli(world, db_target, monkeypatch, capsys):
    """run(user, *args) -> (exit code, stdout, stderr), a command as ``user``."""
    def run(user: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setenv("PARTSDESK_PASSWORD", PASSWORD)
        code = main(["--db", db_target, "--user", user, *args])
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    close_database()


def ok(outcome) -> str:
    code, out, err = outcome
    assert (code, err) == (0, "")
    return out


def said(outcome) -> dict:
    out = ok(outcome)
    assert len(out.splitlines()) == 1
    return json.loads(out)


def refused(outcome) -> str:
    code, out, err = outcome
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("error: ")
    return err


def test_a_receipt_is_created_scanned_closed_and_its_parts_are_in_receiving(cli):
    number = ok(cli("clerk", "receipt", "create", "--source", "Toyota Parts")).strip()
    assert receiving.get_receipt(number).source == "Toyota Parts"
    out = ok(cli("clerk", "receipt", "scan", number, FILTER, "6901234567892"))
    assert out.splitlines()[-1] == f"Over-receipt! Line 1: {FILTER} — 2 received, only 0 " \
                                   "expected."
    out = ok(cli("clerk", "receipt", "close", number))
    assert out.splitlines()[0] == f"Receipt {number} closed into stock with 1 discrepancy."
    assert stock.on_hand(FILTER, "RECV") == 2


def test_a_packing_list_with_its_own_headers_is_read_through_the_map(cli, tmp_path):
    sheet = make_workbook(tmp_path / "delivery-4711.xlsx", [
        ["Teil-Nr.", "Menge", "Bezeichnung"], [FILTER, 2, "Ölfilter"], [PADS, 1, "Beläge"],
        [FILTER, 1, "Ölfilter, 2. Karton"]])
    made = said(cli("clerk", "receipt", "create", "--packing-list", str(sheet), "--map",
                    "Teil-Nr.=part_no", "Menge=quantity", "--map", "Bezeichnung=description",
                    "--source", "Supplier", "--json"))
    assert made["lines"] == 2 and made["location"] == "RECV"
    shown = said(cli("clerk", "receipt", "show", made["receipt"], "--json"))
    assert shown["reference"] == "delivery-4711" and shown["status"] == "open"
    assert [(line["part_no"], line["expected"]) for line in shown["lines"]] == [
        (FILTER, "3"), (PADS, "1")]
    assert {(d["kind"], d["code"], d["quantity"]) for d in shown["discrepancies"]} == {
        ("short", FILTER, "3"), ("short", PADS, "1")}


def test_a_bad_packing_list_creates_no_receipt_and_lists_its_rows(cli, tmp_path):
    sheet = make_workbook(tmp_path / "bad.xlsx", [
        ["Part No.", "Quantity"], [FILTER, 2], ["NO-SUCH", 1], [PADS, "lots"]])
    code, out, err = cli("clerk", "receipt", "create", "--packing-list", str(sheet))
    lines = err.splitlines()
    assert code == 1 and out == ""
    assert lines[0] == "error: bad.xlsx was not imported: 2 row(s) have problems. Nothing was " \
                       "changed; correct them and import the file again."
    assert len(lines) == 3 and "NO-SUCH" in lines[1]
    assert receiving.search_receipts() == []


def test_a_map_naming_no_field_of_a_packing_list_is_refused(cli, tmp_path):
    sheet = make_workbook(tmp_path / "list.xlsx", [["Part No.", "Quantity"], [FILTER, 2]])
    err = refused(cli("clerk", "receipt", "create", "--packing-list", str(sheet), "--map",
                      "Code=partnumber"))
    assert "Unknown packing list column partnumber" in err
    err = refused(cli("clerk", "receipt", "create", "--packing-list", str(sheet), "--map",
                      "part_no"))
    assert "\"part_no\" is not COLUMN=FIELD" in err
    assert "--packing-list" in refused(cli("clerk", "receipt", "create", "--map", "A=part_no"))
    assert receiving.search_receipts() == []


def test_scans_report_each_outcome_and_json_says_them_for_a_script(cli):
    number = said(cli("clerk", "receipt", "create", "--json"))["receipt"]
    scans = said(cli("clerk", "receipt", "scan", number, FILTER, "UNKNOWN-1", "--json"))
    assert [(s["code"], s["outcome"]) for s in scans["scans"]] == [
        (FILTER, "over"), ("UNKNOWN-1", "unknown")]
    damaged = said(cli("clerk", "receipt", "scan", number, PADS, "--damaged", "--json"))
    assert damaged["scans"][0]["outcome"] == "damaged"
    assert damaged["scans"][0]["damaged"] == "1"
    out = ok(cli("clerk", "receipt", "show", number))
    assert out.splitlines()[0] == f"Receipt {number}: Open, into RECV; sender -, delivery note -"
    assert f"  2. {PADS} Brake pad set: expected 0, received 0, damaged 1" in out.splitlines()
    assert "  Unknown item: 1 x UNKNOWN-1  (expected 0, arrived 1)" in out.splitlines()


def test_a_code_that_is_not_a_part_stops_the_scans_and_says_what_was_recorded(cli):
    number = said(cli("clerk", "receipt", "create", "--json"))["receipt"]
    err = refused(cli("clerk", "receipt", "scan", number, FILTER, "L:A-01-01", PADS))
    assert err == ("error: Location A-01-01 is not a part; scan the part's label or the box "
                   "barcode. The 1 scans before it were recorded.\n")
    assert [line.received for line in receiving.lines(number)] == [1]


def test_undo_takes_back_the_users_own_last_scan_then_the_one_before(cli, world, admin):
    number = said(cli("clerk", "receipt", "create", "--json"))["receipt"]
    ok(cli("clerk", "receipt", "scan", number, FILTER, PADS))
    receiving.scan(admin, number, FILTER)           # someone else's scan, at another PC
    out = ok(cli("clerk", "receipt", "undo", number))
    assert out.endswith(f"1 x {PADS} no longer counts on receipt {number}.\n")
    assert said(cli("clerk", "receipt", "undo", number, "--json"))["code"] == FILTER
    assert "clerk has no scan on receipt" in refused(cli("clerk", "receipt", "undo", number))
    assert [(line.part_no, line.received) for line in receiving.lines(number)] == [
        (FILTER, 1), (PADS, 0)]


def test_close_writes_the_discrepancy_report_and_a_closed_receipt_refuses_scans(cli, tmp_path):
    number = said(cli("clerk", "receipt", "create", "--json"))["receipt"]
    ok(cli("clerk", "receipt", "scan", number, FILTER))
    report = tmp_path / "report.pdf"
    closed = said(cli("clerk", "receipt", "close", number, "-o", str(report), "--json"))
    assert closed["status"] == "closed" and closed["discrepancies"] == [
        {"kind": "over", "code": FILTER, "name": "Oil filter", "expected": "0", "arrived": "1",
         "quantity": "1"}]
    assert report.read_bytes().startswith(b"%PDF")
    err = refused(cli("clerk", "receipt", "scan", number, FILTER))
    assert err == f"error: Receipt {number} is closed. A supervisor can reopen it.\n"
    assert "is closed; no scan can be taken back" in refused(cli("clerk", "receipt", "undo",
                                                                 number))
    assert "may not" in refused(cli("clerk", "receipt", "reopen", number, "--reason", "more"))
    ok(cli("sup", "receipt", "reopen", number, "--reason", "Second carton arrived"))
    ok(cli("clerk", "receipt", "scan", number, FILTER))
    ok(cli("clerk", "receipt", "close", number))
    assert stock.on_hand(FILTER, "RECV") == 2


def test_a_report_that_cannot_be_written_leaves_the_receipt_closed_and_says_how_to_get_it(
        cli, tmp_path):
    number = said(cli("clerk", "receipt", "create", "--json"))["receipt"]
    ok(cli("clerk", "receipt", "scan", number, FILTER))
    (tmp_path / "a-file").write_text("not a folder")
    err = refused(cli("clerk", "receipt", "close", number, "-o",
                      str(tmp_path / "a-file" / "report.pdf")))
    assert err.startswith(f"error: Receipt {number} is closed, but its discrepancy report could "
                          "not be written to ")
    assert err.endswith(f"Write it with: partsdesk receipt show {number} -o FILE.pdf\n")
    assert receiving.get_receipt(number).status == "closed"
    report = tmp_path / "again.pdf"
    shown = said(cli("clerk", "receipt", "show", number, "-o", str(report), "--json"))
    assert shown["report"] == str(report) and report.read_bytes().startswith(b"%PDF")


def test_who_may_not_receive_is_refused_in_one_line(cli):
    err = refused(cli("wa", "receipt", "create"))
    assert "may not receive stock" in err
    number = said(cli("clerk", "receipt", "create", "--json"))["receipt"]
    assert "may not receive stock" in refused(cli("wa", "receipt", "scan", number, FILTER))
    assert "may not receive stock" in refused(cli("wa", "receipt", "show", number))
    assert "Receipt RC-NONE does not exist" in refused(cli("clerk", "receipt", "show",
                                                           "rc-none"))


@pytest.mark.parametrize(
    "command", [["receipt", action]
                for action in ("create", "scan", "undo", "close", "reopen", "show")])
def test_each_receipt_command_explains_itself_in_english_and_chinese(
        command, monkeypatch, capsys):
    for lang, chinese in (("en_US.UTF-8", False), ("zh_CN.UTF-8", True)):
        monkeypatch.setenv("LANG", lang)
        with pytest.raises(SystemExit) as done:
            main([*command, "--help"])
        assert done.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith(f"usage: partsdesk {' '.join(command)}")
        assert bool(re.search("[\u4e00-\u9fff]", out)) is chinese, out
