"""The claim loop's commands one by one, as a dealer's script or a scanner station uses them: every
field of the claim form, the approver's decisions, permissions and refusals in one line with exit
code 1, --json, the stored voucher bytes, statements, the one search, and help in Chinese."""

import json
from datetime import date

import openpyxl
import pytest

from partsdesk.cli import main
from partsdesk.db.connection import close_database
from partsdesk.db.models.claims import Claim
from partsdesk.services import claim_states, return_shipments, returns
from partsdesk.services.claims import PartLineData
from tests.factories import (FILTER, PADS, PASSWORD, PUMP, VIN, make_issued_claim,
                             ship_and_receive, sign)

BACKENDS = ("sqlite", "postgres")


@pytest.fixture
def cli(desk, db_target, monkeypatch, capsys):
    """run(user, *args) -> (exit code, stdout, stderr) on this test's database."""
    monkeypatch.setenv("PARTSDESK_PASSWORD", PASSWORD)

    def run(user: str, *args: str) -> tuple[int, str, str]:
        code = main(["--db", db_target, "--user", user, *args])
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    close_database()


def said(outcome) -> dict:
    code, out, err = outcome
    assert code == 0, err
    return json.loads(out)


def refused(outcome) -> str:
    """The one line of a refusal (exit code 1, nothing on stdout)."""
    code, out, err = outcome
    assert code == 1 and out == "", (code, out, err)
    assert len(err.splitlines()) == 1 and err.startswith("error: ")
    return err.strip()[len("error: "):]


def issued_and_signed(desk, *parts):
    """A claim with its parts issued, its voucher printed and signed today."""
    claim = make_issued_claim(desk, *parts)
    sign(desk, claim)
    return claim


# --- entering claims ---------------------------------------------------------------------------

def test_claim_create_takes_every_field_of_the_claim_form(cli, db_backend):
    made = said(cli(
        "wa", "claim", "create", "--vin", VIN, "--repair-date", date.today().isoformat(),
        "--mileage", "12,000", "--customer", "Zhang Wei", "--phone", "13800138000",
        "--fault", "f101", "--cause", "C01", "--description", "Oil leak at the filter",
        "--model", "SED20", "--production-date", "2025-01-10", "--warranty-start", "2025-02-01",
        "--other-amount", "15", "--other-description", "Disposal",
        "--labour", "01-010:0.8", "--hours-reason", "Seized filter housing",
        "--part", f"{FILTER}:1", "--replacement-reason", "Seal leaking",
        "--failed-batch", "B2401",
        "--part", f"{PADS}:2", "--unit-price", "400", "--price-reason", "Dealer price",
        "--replacement-reason", "Worn", "--must-return", "yes",
        "--must-return-reason", "Manufacturer asked", "--failed-batch", "B77", "--json"))
    assert made["state"] == "draft" and made["problems"] == []
    # labour 0.8 h x 120 = 96, parts 38.50 + 2 x 400, other 15
    assert made["total"] == "949.50"
    shown = said(cli("wa", "claim", "show", made["claim"], "--json"))
    assert (shown["vin"], shown["mileage"], shown["customer"], shown["phone"], shown["fault"],
            shown["cause"], shown["model"], shown["other_amount"]) == (
        VIN, 12000, "Zhang Wei", "13800138000", "F101", "C01", "SED20", "15.00")
    assert shown["labour"] == [{"operation": "01-010", "hours": "0.8", "amount": "96.00"}]
    assert shown["part_lines"] == [
        {"part_no": FILTER, "quantity": "1", "unit_price": "38.50", "amount": "38.50"},
        {"part_no": PADS, "quantity": "2", "unit_price": "400.00", "amount": "800.00"}]
    claim = Claim.get(Claim.number == made["claim"])
    pads = [line for line in claim.part_lines if line.part.part_no == PADS][0]
    assert (pads.must_return, pads.must_return_reason, pads.price_reason) == (
        True, "Manufacturer asked", "Dealer price")
    assert [line.hours_reason for line in claim.labour_lines] == ["Seized filter housing"]


def test_a_claim_that_cannot_be_saved_is_one_line_and_saves_nothing(cli, db_backend):
    problem = refused(cli("wa", "claim", "create", "--vin", VIN[:10], "--fault", "F999",
                          "--labour", "01-010"))
    assert problem.startswith("The claim was not saved: The VIN 1M8GDM9AXK has 10 characters")
    assert "Code F999 is not in the code table" in problem
    assert Claim.select().count() == 0


def test_a_draft_says_what_stops_it_and_submitting_it_is_refused(cli, db_backend):
    code, out, _ = cli("wa", "claim", "create", "--vin", VIN, "--model", "SED20",
                       "--part", FILTER)
    number = out.split()[1]
    assert code == 0 and out.splitlines()[0] == f"Claim {number} saved as draft: 38.50."
    assert "Before it can be submitted: Enter the mileage." in out
    assert refused(cli("wa", "claim", "submit", number)).startswith(
        f"Claim {number} cannot be submitted yet: Enter the mileage. Choose a fault code.")
    assert claim_states.get_claim(number).state == "draft"


def test_a_line_detail_without_its_line_is_a_usage_error(cli, capsys):
    with pytest.raises(SystemExit) as stopped:
        cli("wa", "claim", "create", "--vin", VIN, "--failed-batch", "B1", "--part", FILTER)
    assert stopped.value.code == 2
    assert "--failed-batch belongs to a line: give it after the --part it is about." in \
        capsys.readouterr().err


# --- decisions ---------------------------------------------------------------------------------

def submitted(cli) -> str:
    number = said(cli("wa", "claim", "create", "--vin", VIN, "--mileage", "9000", "--fault",
                      "F101", "--model", "SED20", "--labour", "01-010", "--json"))["claim"]
    said(cli("wa", "claim", "submit", number, "--json"))
    return number


def test_the_approver_rejects_and_returns_with_a_reason_and_a_claim_is_cancelled(cli,
                                                                                db_backend):
    first, second = submitted(cli), submitted(cli)
    assert refused(cli("sup", "claim", "reject", first)) == \
        f"Give the reason for rejecting claim {first}."
    assert said(cli("sup", "claim", "reject", first, "--comment", "Not a warranty fault",
                    "--json"))["state"] == "rejected"
    code, out, _ = cli("sup", "claim", "return", second, "--comment", "Photo of the leak?")
    assert code == 0 and out == f"Claim {second} returned for information.\n"
    assert claim_states.get_claim(second).state == "draft"
    assert said(cli("wa", "claim", "cancel", second, "--comment", "Customer withdrew",
                    "--json"))["state"] == "cancelled"
    assert refused(cli("wa", "claim", "cancel", first, "--comment", "again")) == \
        f"Claim {first} is Rejected and can no longer be cancelled."


def test_submitting_prints_the_warnings_and_approving_keeps_the_comment(cli, db_backend):
    number = said(cli("wa", "claim", "create", "--vin", VIN, "--mileage", "150000", "--fault",
                      "F101", "--model", "SED20", "--labour", "01-010", "--json"))["claim"]
    out = cli("wa", "claim", "submit", number)[1].splitlines()
    assert out[0].startswith(f"warning: Vehicle {VIN} is out of warranty by mileage")
    assert out[-1] == f"Claim {number} submitted for approval by a Warranty administrator."
    said(cli("sup", "claim", "approve", number, "--comment", "Goodwill", "--json"))
    claim = claim_states.get_claim(number)
    assert claim.state == "approved" and [c.text for c in claim.comments] == ["Goodwill"]


def test_each_step_keeps_its_permissions(cli, desk, db_backend):
    number = submitted(cli)
    assert refused(cli("pc", "claim", "approve", number)).startswith(
        "pc (Parts clerk) may not approve warranty claims.")
    said(cli("sup", "claim", "approve", number, "--json"))
    assert refused(cli("wa", "claim", "issue", number, FILTER, "--from", "A-01-01")) \
        .startswith("wa (Warranty administrator) may not issue parts to warranty claims.")
    assert refused(cli("ri", "search", number)).startswith(
        "ri (Return inspector) may not read warranty claims")
    assert refused(cli("pc", "batch", "create", "--claims", number)).startswith(
        "pc (Parts clerk) may not build and submit settlement batches.")


def test_issuing_a_part_not_on_the_claim_is_refused(cli, desk, db_backend):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    assert refused(cli("pc", "claim", "issue", claim.number, FILTER, "--from", "A-01-01")) \
        == f"Claim {claim.number} is Parts issued; parts are issued only to approved claims."


# --- returns and settlement ----------------------------------------------------------------------

def test_batching_a_claim_whose_part_is_not_back_is_refused_in_one_line(cli, desk, db_backend):
    claim = issued_and_signed(desk, PartLineData(FILTER))
    (tag,) = returns.tags_of(claim)
    problem = refused(cli("sc", "batch", "create", "--claims", claim.number))
    assert problem.startswith(f"These claims cannot be settled yet: {claim.number}: ")
    assert tag.number in problem
    assert refused(cli("sc", "batch", "create", "--period", "2020-01-01",
                       date.today().isoformat())).startswith(
        "No claim repaired between 2020-01-01 and")

    said(cli("pc", "tag", "store", tag.number, "--json"))
    assert refused(cli("pc", "tag", "store", tag.number)) == \
        f"Tag {tag.number} is already in the defective store DEF-01."
    assert refused(cli("ri", "tag", "inspect", tag.number, "no_fault_found")).startswith(
        "Say why the inspection found \"No fault found\"")


def test_a_refused_tag_packs_none_of_the_tags(cli, desk, db_backend):
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP))
    first, second = (tag.number for tag in returns.tags_of(claim))
    shipment = said(cli("pc", "shipment", "create", "--json"))["shipment"]
    assert refused(cli("pc", "shipment", "pack", shipment, first, first)) == \
        f"Tag {first} is already in this shipment."
    assert [t.state for t in returns.tags_of(claim)] == ["tagged", "tagged"]
    assert said(cli("pc", "shipment", "pack", shipment, first, second, "--json"))["packed"] \
        == [first, second]
    assert refused(cli("pc", "shipment", "ship", shipment, "--carrier", "SF", "--tracking",
                       " ")) == "Enter the carrier's tracking number."


def test_a_short_payment_is_explained_by_its_differences(cli, desk, db_backend):
    claim = issued_and_signed(desk, PartLineData(PADS))
    batch = said(cli("sc", "batch", "create", "--claims", claim.number, "--json"))
    number, expected = batch["batch"], batch["expected"]
    assert expected == "480.00"            # pads 420 + labour 60
    said(cli("sc", "batch", "submit", number, "--json"))
    assert refused(cli("sc", "batch", "pay", number, "--amount", "460", "--reference", "R1")) \
        .startswith("The payment 460.00 differs from the statement 480.00 by 20.00")
    assert refused(cli("sc", "batch", "pay", number, "--amount", "460", "--reference", "R1",
                       "--difference", f"{claim.number}:20")) == \
        f"Give the reason for the difference on claim {claim.number}."
    assert refused(cli("sc", "batch", "pay", number, "--amount", "460", "--reference", "R1",
                       "--difference", "twenty")) == \
        "--difference \"twenty\" is not CLAIM:AMOUNT:REASON."
    paid = said(cli("sc", "batch", "pay", number, "--amount", "460", "--reference", "R1",
                    "--date", date.today().isoformat(), "--difference",
                    f"{claim.number}:20:Labour rate: dealer's contract", "--json"))
    assert (paid["state"], paid["paid"], paid["expected"]) == ("paid", "460.00", "480.00")
    found = said(cli("sc", "search", claim.number, "--json"))["claims"][0]
    assert found["settlement"]["paid"] == "460.00" and found["state"] == "paid"
    assert said(cli("sc", "batch", "close", number, "--json"))["state"] == "closed"


# --- documents -----------------------------------------------------------------------------------

def test_print_voucher_archived_gives_back_the_bytes_of_each_print(cli, desk, tmp_path,
                                                                    db_backend):
    claim = make_issued_claim(desk, PartLineData(PADS))
    first, second = tmp_path / "original.pdf", tmp_path / "copy.pdf"
    assert said(cli("wa", "print", "voucher", claim.number, "-o", str(first), "--json"))[
        "copy"] == 0
    said(cli("wa", "print", "voucher", claim.number, "-o", str(second), "--json"))
    again = tmp_path / "again.pdf"
    shown = said(cli("wa", "print", "voucher", claim.number, "--archived", "1", "-o",
                     str(again), "--json"))
    assert again.read_bytes() == second.read_bytes() != first.read_bytes()
    assert shown["copy"] == 1 and shown["bytes"] == len(second.read_bytes())
    assert refused(cli("wa", "print", "voucher", claim.number, "--archived", "5", "-o",
                       str(again))) == \
        f"Claim {claim.number} has no voucher print 5; its prints are 0, 1."
    assert refused(cli("pc", "print", "voucher", claim.number, "--archived", "0", "-o",
                       str(again))).startswith("pc (Parts clerk) may not print settlement")
    signed = said(cli("wa", "voucher", "sign", claim.number, "--date",
                      date.today().isoformat(), "--print", "0", "--json"))
    assert (signed["print"], signed["state"]) == (0, "settleable")


def test_the_statement_is_written_as_pdf_or_excel(cli, desk, tmp_path, db_backend):
    claim = issued_and_signed(desk, PartLineData(PADS))
    number = said(cli("sc", "batch", "create", "--claims", claim.number, "--json"))["batch"]
    pdf, sheet = tmp_path / "statement.pdf", tmp_path / "statement.xlsx"
    said(cli("sc", "print", "statement", number, "-o", str(pdf), "--json"))
    assert pdf.read_bytes().startswith(b"%PDF")
    said(cli("sc", "print", "statement", number, "-o", str(sheet), "--json"))
    cells = [c for row in openpyxl.load_workbook(sheet).active.iter_rows(values_only=True)
             for c in row]
    assert claim.number in cells
    assert refused(cli("sc", "print", "statement", number, "-o", str(tmp_path / "s.doc"))) == \
        "Name the file to write: -o FILE.pdf or -o FILE.xlsx"


# --- the one search ------------------------------------------------------------------------------

def test_search_finds_a_claim_by_each_of_its_keys(cli, desk, db_backend):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    (tag,) = returns.tags_of(claim)
    shipment = return_shipments.create_shipment(desk["clerk"])
    return_shipments.pack(desk["clerk"], shipment.number, tag.number)
    for text in (claim.number, VIN, VIN[-6:], "Zhang", "13800", FILTER, tag.number,
                 shipment.number):
        found = said(cli("pc", "search", text, "--json"))["claims"]
        assert [c["claim"] for c in found] == [claim.number], text
    lines = cli("pc", "search", shipment.number)[1].splitlines()
    assert lines[1:] == [
        f"  part {FILTER} x 1: 0 reserved, 1 issued, 0 on request",
        f"  failed part {FILTER} x 1, tag {tag.number}: Packed ({shipment.number})",
        "  not paid: in no settlement batch"]
    assert cli("pc", "search", "nobody") == (0, "No claim matches \"nobody\".\n", "")


def test_claim_show_says_what_still_keeps_the_claim_from_settlement(cli, desk, db_backend):
    claim = issued_and_signed(desk, PartLineData(FILTER))
    ship_and_receive(desk, claim)
    lines = cli("wa", "claim", "show", claim.number)[1].splitlines()
    assert lines[0].startswith(f"{claim.number}  Settleable  repaired {date.today()}")
    assert "  voucher: 1 print(s), signed on " + date.today().isoformat() in lines
    assert not any(line.startswith("  still missing") for line in lines)
    draft = said(cli("wa", "claim", "create", "--vin", VIN, "--json"))["claim"]
    shown = said(cli("wa", "claim", "show", draft, "--json"))
    assert "Enter the mileage." in shown["blockers"]


# --- help ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    ["claim", "create"], ["claim", "issue"], ["tag", "inspect"], ["shipment", "pack"],
    ["voucher", "sign"], ["batch", "pay"], ["search"], ["print"]])
def test_each_command_explains_itself_in_chinese(command, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    with pytest.raises(SystemExit) as stopped:
        main([*command, "--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: partsdesk {' '.join(command)}")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in out.split("\n\n", 1)[1]), out


def test_a_vin_whose_check_digit_does_not_compute_needs_its_override_reason(cli, db_backend):
    odd = VIN[:-1] + "9"                          # the check digit no longer computes
    first = said(cli("wa", "claim", "create", "--vin", odd, "--mileage", "9000", "--fault",
                     "F101", "--model", "SED20", "--labour", "01-010", "--json"))
    assert len(first["problems"]) == 1 and odd in first["problems"][0]
    second = said(cli("wa", "claim", "create", "--vin", odd, "--mileage", "9000", "--fault",
                      "F101", "--model", "SED20", "--labour", "01-010",
                      "--vin-override", "VIN plate damaged, checked on the frame", "--json"))
    assert second["problems"] == []
    assert said(cli("wa", "claim", "submit", second["claim"], "--json"))["state"] == "submitted"
