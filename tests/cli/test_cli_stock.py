"""The stock from the command line, as the put-away page and the stock page keep it: received
parts put away into a bin, moved, adjusted by a supervisor with a reason, shown per location and
exported to Excel; every refusal one line with exit code 1."""

import json
import re

import openpyxl
import pytest

from partsdesk.cli import main
from partsdesk.db.connection import close_database
from partsdesk.services import receiving, stock
from tests.factories import (PASSWORD, make_location, make_part, make_receipt, make_stock,
                             make_user)

BACKENDS = ("sqlite", "postgres")
FILTER, PADS = "04152-YZZA1", "04465-02220"


@pytest.fixture
def world(admin):
    """Three filters and a pad set closed into the receiving area RECV."""
    clerk = make_user(admin, "clerk", "parts_clerk")
    make_user(admin, "sup", "supervisor")
    make_user(admin, "sc", "settlement_clerk")
    make_part(clerk, FILTER, name="Oil filter", unit_price="35.00", aliases=["6901234567892"])
    make_part(clerk, PADS, name="Brake pad set", unit_price="420.00")
    make_location(clerk, "QUAR", "defective")
    make_location(clerk, "A-01-01")
    make_location(clerk, "A-01-02")
    receipt = make_receipt(clerk, {FILTER: 3, PADS: 1})
    receiving.scan(clerk, receipt.number, FILTER, 3)
    receiving.scan(clerk, receipt.number, PADS)
    receiving.close(clerk, receipt.number)
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


def test_received_parts_are_put_away_piece_by_piece_into_the_bin(cli):
    out = ok(cli("clerk", "putaway", "A-01-01", FILTER, "6901234567892"))
    assert out.splitlines() == [f"1 x {FILTER} put away into A-01-01 (1 there now).",
                                f"1 x {FILTER} put away into A-01-01 (2 there now)."]
    moved = said(cli("clerk", "putaway", "L:A-01-02", PADS, "--json"))
    assert moved["moves"][0] | {"move": None} == {
        "move": None, "kind": "put_away", "part_no": PADS, "quantity": "1", "from": "RECV",
        "to": "A-01-02", "on_hand": "1"}
    assert stock.on_hand(FILTER, "RECV") == 1 and stock.on_hand(FILTER, "A-01-01") == 2


def test_a_bins_label_among_the_codes_puts_the_codes_after_it_into_that_bin(cli):
    ok(cli("clerk", "putaway", "A-01-01", FILTER, "L:A-01-02", FILTER, FILTER))
    assert stock.on_hand(FILTER, "A-01-01") == 1 and stock.on_hand(FILTER, "A-01-02") == 2


def test_put_away_refuses_what_is_not_waiting_and_says_what_was_booked(cli):
    err = refused(cli("clerk", "putaway", "A-01-01", FILTER, FILTER, FILTER, FILTER))
    assert err == (f"error: No {FILTER} is waiting in the receiving area. The 3 put-aways "
                   "before it were booked.\n")
    assert stock.on_hand(FILTER, "A-01-01") == 3
    assert "is not a bin" in refused(cli("clerk", "putaway", "QUAR", PADS))
    assert "Location NOWHERE does not exist" in refused(cli("clerk", "putaway", "NOWHERE",
                                                            PADS))
    assert "may not put away" in refused(cli("sc", "putaway", "A-01-01", PADS))
    assert stock.on_hand(PADS, "RECV") == 1


def test_stock_moves_between_bins_and_too_much_is_refused(cli):
    ok(cli("clerk", "putaway", "A-01-01", FILTER, "--qty", "3"))
    out = ok(cli("clerk", "move", FILTER, "A-01-01", "L:A-01-02", "2", "--note", "tidy up"))
    assert out == f"2 x {FILTER} moved from A-01-01 to A-01-02.\n"
    assert stock.on_hand(FILTER, "A-01-02") == 2
    err = refused(cli("clerk", "move", "6901234567892", "A-01-01", "A-01-02", "5"))
    assert "1 on hand, 5 requested" in err
    assert "not a quantity" in refused(cli("clerk", "move", FILTER, "A-01-01", "A-01-02", "x"))


def test_a_supervisor_books_stock_found_and_lost_with_a_reason(cli):
    ok(cli("clerk", "putaway", "A-01-01", FILTER, "--qty", "3"))
    assert "may not adjust stock" in refused(cli("clerk", "adjust", FILTER, "A-01-01", "-1",
                                                 "--reason", "lost"))
    out = ok(cli("sup", "adjust", FILTER, "A-01-01", "-1", "--reason", "lost"))
    assert out == f"Adjustment booked: -1 x {FILTER} in A-01-01 (2 there now).\n"
    found = said(cli("sup", "adjust", PADS, "A-01-02", "+2", "--reason", "found", "--json"))
    assert (found["change"], found["on_hand"], found["reason"]) == ("+2", "2", "found")
    assert "Choose a reason for the adjustment" in refused(
        cli("sup", "adjust", FILTER, "A-01-01", "1", "--reason", "gift"))
    assert "reason \"other\" in the note" in refused(
        cli("sup", "adjust", FILTER, "A-01-01", "1", "--reason", "other"))
    assert stock.on_hand(FILTER, "A-01-01") == 2


def test_stock_show_says_where_a_part_is_and_what_is_free(cli, world):
    ok(cli("clerk", "putaway", "A-01-01", FILTER, "--qty", "2"))
    stock.reserve(world, FILTER, 1, "WC-2026-000001")
    make_stock(world, FILTER, "QUAR", 1)
    out = ok(cli("clerk", "stock", "show", "6901234567892"))
    assert out.splitlines()[0] == (f"{FILTER} Oil filter: on hand 3, reserved 1, available 2, "
                                   "defective 1")
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["A-01-01", "RECV", "QUAR"]
    shown = said(cli("clerk", "stock", "show", FILTER, "--json"))
    assert shown["locations"] == [
        {"location": "A-01-01", "kind": "bin", "on_hand": "2"},
        {"location": "RECV", "kind": "receiving", "on_hand": "1"},
        {"location": "QUAR", "kind": "defective", "on_hand": "1"}]
    assert "Part NO-SUCH is not in the catalogue" in refused(
        cli("clerk", "stock", "show", "NO-SUCH"))
    assert "may not" in refused(cli("sc", "stock", "show", FILTER))


def test_stock_export_writes_the_stock_pages_workbook(cli, tmp_path):
    ok(cli("clerk", "putaway", "A-01-01", FILTER, "--qty", "2"))
    target = tmp_path / "stock.xlsx"
    exported = said(cli("clerk", "stock", "export", str(target), "--json"))
    assert exported["rows"] == 2
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == [FILTER, PADS] and rows[1][4] == 3
    out = ok(cli("clerk", "stock", "export", str(target), "--by", "location"))
    assert out == f"3 rows exported to {target}.\n"
    assert "may not" in refused(cli("sc", "stock", "export", str(tmp_path / "no.xlsx")))
    assert not (tmp_path / "no.xlsx").exists()


@pytest.mark.parametrize(
    "command", [["putaway"], ["move"], ["adjust"], ["stock", "show"], ["stock", "export"]])
def test_each_stock_command_explains_itself_in_english_and_chinese(
        command, monkeypatch, capsys):
    for lang, chinese in (("en_US.UTF-8", False), ("zh_CN.UTF-8", True)):
        monkeypatch.setenv("LANG", lang)
        with pytest.raises(SystemExit) as done:
            main([*command, "--help"])
        assert done.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith(f"usage: partsdesk {' '.join(command)}")
        assert bool(re.search("[\u4e00-\u9fff]", out)) is chinese, out
