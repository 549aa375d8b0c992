"""Stock counts from the command line, as the stock count page keeps them: locations chosen and
their stock frozen, what was counted entered part by part, the variances posted (those worth
more than the threshold only by a supervisor); every refusal one line with exit code 1."""

import json
import re

import pytest

from partsdesk.cli import main
from partsdesk.db.connection import close_database
from partsdesk.services import counting, stock
from tests.factories import PASSWORD, make_location, make_part, make_stock, make_user

BACKENDS = ("sqlite", "postgres")
FILTER, PADS = "04152-YZZA1", "04465-02220"


@pytest.fixture
def world(admin):
    """Five filters in A-01-01, two filters and a pad set in A-01-02."""
    clerk = make_user(admin, "clerk", "parts_clerk")
    make_user(admin, "sup", "supervisor")
    make_user(admin, "wa", "warranty_admin")
    make_part(clerk, FILTER, name="Oil filter", unit_price="35.00", aliases=["6901234567892"])
    make_part(clerk, PADS, name="Brake pad set", unit_price="420.00")
    make_location(clerk, "A-01-01")
    make_location(clerk, "A-01-02")
    make_location(clerk, "A-01-03")
    make_stock(clerk, FILTER, "A-01-01", 5)
    make_stock(clerk, FILTER, "A-01-02", 2)
    make_stock(clerk, PADS, "A-01-02", 1)
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


def test_a_count_of_one_bin_is_entered_and_posted_and_the_ledger_follows(cli):
    number = ok(cli("clerk", "count", "create", "A-01-01")).strip()
    assert counting.count_locations(number) == ["A-01-01"]
    out = ok(cli("clerk", "count", "enter", number, "6901234567892", "4"))
    assert out == f"A-01-01: {FILTER} counted 4.\n"
    out = ok(cli("clerk", "count", "post", number))
    assert out.splitlines() == [f"Stock count {number} posted: 1 variance booked.",
                                f"  A-01-01: {FILTER} -1 (expected 5, counted 4; -35.00)"]
    assert stock.on_hand(FILTER, "A-01-01") == 4
    err = refused(cli("clerk", "count", "enter", number, FILTER, "5"))
    assert err == f"error: Stock count {number} cannot be changed: its status is Posted.\n"


def test_with_several_locations_the_part_says_where_it_was_counted_or_location_does(cli):
    made = said(cli("clerk", "count", "create", "A-01-01", "L:A-01-02", "A-01-03", "--json"))
    number = made["count"]
    assert made["locations"] == ["A-01-01", "A-01-02", "A-01-03"] and made["lines"] == 3
    entered = said(cli("clerk", "count", "enter", number, PADS, "1", "--json"))
    assert (entered["location"], entered["counted"]) == ("A-01-02", "1")   # only expected there
    err = refused(cli("clerk", "count", "enter", number, FILTER, "5"))
    assert err == (f"error: Stock count {number} has 3 locations (A-01-01, A-01-02, A-01-03); "
                   f"say with --location where {FILTER} was counted.\n")
    ok(cli("clerk", "count", "enter", number, FILTER, "5", "--location", "A-01-01"))
    out = ok(cli("clerk", "count", "enter", number, FILTER, "1", "--location", "A-01-03"))
    assert out == f"{FILTER} was not expected in A-01-03; counted 1.\n"
    shown = said(cli("clerk", "count", "show", number, "--json"))
    assert shown["uncounted"] == 1 and shown["status"] == "open"
    assert [(line["location"], line["part_no"], line["counted"]) for line in shown["lines"]] == [
        ("A-01-01", FILTER, "5"), ("A-01-02", FILTER, None), ("A-01-02", PADS, "1"),
        ("A-01-03", FILTER, "1")]
    assert "1 line not counted yet." in ok(cli("clerk", "count", "show", number))


def test_posting_refuses_uncounted_lines_unless_they_count_as_zero(cli):
    number = said(cli("clerk", "count", "create", "A-01-02", "--json"))["count"]
    ok(cli("clerk", "count", "enter", number, PADS, "1"))
    err = refused(cli("clerk", "count", "post", number))
    assert err == (f"error: 1 lines of stock count {number} are not counted yet (first: "
                   f"{FILTER} in A-01-02). Count them, or post them as zero.\n")
    posted = said(cli("clerk", "count", "post", number, "--uncounted-as-zero", "--json"))
    assert posted["variances"] == [{"location": "A-01-02", "part_no": FILTER,
                                    "name": "Oil filter", "expected": "2", "counted": "0",
                                    "variance": "-2", "value": "-70.00"}]
    assert stock.on_hand(FILTER, "A-01-02") == 0 and stock.on_hand(PADS, "A-01-02") == 1


def test_a_variance_over_the_threshold_is_posted_only_by_a_supervisor(cli):
    number = said(cli("clerk", "count", "create", "A-01-02", "--json"))["count"]
    ok(cli("clerk", "count", "enter", number, FILTER, "2"))
    ok(cli("clerk", "count", "enter", number, PADS, "3"))           # 2 x 420.00 found
    err = refused(cli("clerk", "count", "post", number))
    assert "A supervisor must post this count." in err
    assert stock.on_hand(PADS, "A-01-02") == 1
    out = ok(cli("sup", "count", "post", number))
    assert out.splitlines()[1] == f"  A-01-02: {PADS} +2 (expected 1, counted 3; 840.00)"
    assert stock.on_hand(PADS, "A-01-02") == 3


def test_counts_refuse_in_one_line(cli):
    number = said(cli("clerk", "count", "create", "A-01-01", "--json"))["count"]
    assert f"Location A-01-01 is already being counted in {number}" in refused(
        cli("clerk", "count", "create", "A-01-01"))
    assert "may not count stock" in refused(cli("wa", "count", "create", "A-01-02"))
    assert "may not count stock" in refused(cli("wa", "count", "enter", number, FILTER, "1"))
    assert "counted quantity must be zero or more" in refused(
        cli("clerk", "count", "enter", number, FILTER, "-1"))
    assert "Stock count SC-NONE does not exist" in refused(cli("clerk", "count", "post",
                                                               "sc-none"))
    assert "Location NOWHERE does not exist" in refused(cli("clerk", "count", "create",
                                                            "NOWHERE"))


@pytest.mark.parametrize(
    "command", [["count", action] for action in ("create", "enter", "post", "show")])
def test_each_count_command_explains_itself_in_english_and_chinese(
        command, monkeypatch, capsys):
    for lang, chinese in (("en_US.UTF-8", False), ("zh_CN.UTF-8", True)):
        monkeypatch.setenv("LANG", lang)
        with pytest.raises(SystemExit) as done:
            main([*command, "--help"])
        assert done.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith(f"usage: partsdesk {' '.join(command)}")
        assert bool(re.search("[\u4e00-\u9fff]", out)) is chinese, out
