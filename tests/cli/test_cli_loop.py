"""The whole claim loop, receipt to paid batch, through the command line alone, on SQLite and
PostgreSQL: users, code tables, catalogue and locations set up by commands, the parts received
and put away, the claim entered, approved and its part issued, the failed part's tag stored,
shipped, received and inspected, the voucher printed and signed, the batch created, submitted,
paid and closed, and the one search saying where the parts are and that the claim is paid."""

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from partsdesk.cli import main
from partsdesk.db.connection import close_database
from tests.factories import make_workbook

BACKENDS = ("sqlite", "postgres")
ROOT = Path(__file__).resolve().parents[2]

VIN = "1M8GDM9AXKP042788"
FILTER, PADS = "15208-65F0E", "41060-4BA0A"
USERS = {  # name: role
    "pc": "parts_clerk", "wa": "warranty_admin", "sup": "supervisor",
    "sc": "settlement_clerk", "ri": "return_inspector",
}


@pytest.fixture
def cli(db_target, monkeypatch, capsys):
    """run(user, *args) -> (exit code, stdout, stderr): a command as ``user`` on this test's
    database (every user's password is "<name>-pass")."""
    monkeypatch.delenv("PARTSDESK_NEW_PASSWORD", raising=False)

    def run(user: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setenv("PARTSDESK_PASSWORD", f"{user}-pass")
        code = main(["--db", db_target, "--user", user, *args])
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    close_database()


def ok(outcome) -> str:
    code, out, err = outcome
    assert code == 0, err
    assert err == ""
    return out


def said(outcome) -> dict:
    """The --json result of a command that worked."""
    out = ok(outcome)
    assert len(out.splitlines()) == 1
    return json.loads(out)


def set_up_the_desk(cli, monkeypatch, tmp_path) -> None:
    """The database, its users, code tables, catalogue and locations, by commands."""
    ok(cli("admin", "db", "init"))
    for name, role in USERS.items():
        monkeypatch.setenv("PARTSDESK_NEW_PASSWORD", f"{name}-pass")
        ok(cli("admin", "user", "add", name, "--role", role, "--full-name", name.upper()))
    codes = make_workbook(tmp_path / "codes.xlsx", {
        "models": [["Model code", "English name", "Warranty months", "Warranty km"],
                   ["SED20", "Sedan 2.0", 36, 100000]],
        "labour": [["Operation code", "English description", "Standard hours"],
                   ["01-010", "Replace oil filter", "0.5"]],
        "faults": [["Fault code", "English description"], ["F101", "Oil leak"]],
        "causes": [["Cause code", "English description"], ["C01", "Seal defect"]],
    })
    ok(cli("admin", "import", "codes", str(codes)))
    parts = make_workbook(tmp_path / "parts.xlsx", [
        ["Part No.", "Name", "Chinese name", "Unit price", "Must return"],
        [FILTER, "Oil filter", "机油滤清器", "38.50", "Y"],
        [PADS, "Brake pads", "刹车片", "420.00", "N"]])
    ok(cli("pc", "import", "parts", str(parts)))
    places = make_workbook(tmp_path / "locations.xlsx", [
        ["Location", "Kind"], ["RECV", "Receiving"], ["A-01-01", "Bin"],
        ["DEF-01", "Defective store"]])
    ok(cli("pc", "import", "locations", str(places)))


def receive_and_put_away(cli) -> None:
    """Two filters arrive on a receipt and go into bin A-01-01."""
    receipt = said(cli("pc", "receipt", "create", "--source", "Supplier", "--json"))
    number = receipt["receipt"]
    ok(cli("pc", "receipt", "scan", number, FILTER, FILTER))
    ok(cli("pc", "receipt", "close", number))
    ok(cli("pc", "putaway", "A-01-01", FILTER, FILTER))
    shown = said(cli("pc", "stock", "show", FILTER, "--json"))
    assert shown["on_hand"] == "2", shown


def test_the_whole_claim_loop_runs_from_the_command_line(cli, monkeypatch, tmp_path,
                                                        db_backend):
    set_up_the_desk(cli, monkeypatch, tmp_path)
    receive_and_put_away(cli)

    # the claim: entered, submitted, approved; its part reserved, then issued
    made = said(cli("wa", "claim", "create", "--vin", VIN, "--mileage", "12000",
                    "--customer", "Zhang Wei", "--phone", "13800138000", "--fault", "F101",
                    "--cause", "C01", "--model", "SED20", "--description", "Oil leak at filter",
                    "--production-date", "2025-01-10", "--warranty-start", "2025-02-01",
                    "--labour", "01-010", "--part", f"{FILTER}:1",
                    "--replacement-reason", "Seal leaking", "--failed-batch", "B2401",
                    "--json"))
    claim = made["claim"]
    assert made == {"claim": claim, "state": "draft", "total": "98.50", "problems": []}
    assert f"Claim {claim} submitted for approval" in ok(cli("wa", "claim", "submit", claim))
    assert said(cli("sup", "claim", "approve", claim, "--json"))["state"] == "approved"
    issued = said(cli("pc", "claim", "issue", claim, FILTER, "--from", "A-01-01", "--json"))
    assert issued["state"] == "parts_issued" and len(issued["tags"]) == 1
    tag = issued["tags"][0]

    # the failed part goes back
    ok(cli("pc", "tag", "store", tag))
    shipment = said(cli("pc", "shipment", "create", "--json"))["shipment"]
    ok(cli("pc", "shipment", "pack", shipment, tag))
    shipped = said(cli("pc", "shipment", "ship", shipment, "--carrier", "SF Express",
                       "--tracking", "SF123456", "--json"))
    assert shipped["state"] == "shipped" and shipped["tags"] == [tag]
    ok(cli("ri", "tag", "receive", tag))
    inspected = said(cli("ri", "tag", "inspect", tag, "confirmed", "--json"))
    assert inspected["charge_back"] == "0.00"

    # the voucher: printed, the stored print read back, signed
    original = tmp_path / "voucher.pdf"
    ok(cli("wa", "print", "voucher", claim, "-o", str(original)))
    again = tmp_path / "voucher-again.pdf"
    ok(cli("wa", "print", "voucher", claim, "--archived", "0", "-o", str(again)))
    assert again.read_bytes() == original.read_bytes()
    signed = said(cli("wa", "voucher", "sign", claim, "--date", date.today().isoformat(),
                      "--json"))
    assert signed["state"] == "settleable"

    # settlement: a batch of the claim, submitted, paid, closed
    batch = said(cli("sc", "batch", "create", "--claims", claim, "--json"))
    assert batch["claims"] == [claim] and batch["expected"] == "98.50"
    number = batch["batch"]
    ok(cli("sc", "batch", "submit", number))
    statement = tmp_path / "statement.xlsx"
    ok(cli("sc", "print", "statement", number, "-o", str(statement)))
    assert statement.stat().st_size > 0
    paid = said(cli("sc", "batch", "pay", number, "--amount", "98.50", "--reference", "TT-1",
                    "--json"))
    assert paid["state"] == "paid" and paid["paid"] == "98.50"
    ok(cli("sc", "batch", "close", number))

    # one search finds the claim by its VIN's tail: its part issued, its tag inspected, paid
    found = said(cli("sc", "search", VIN[-6:], "--json"))["claims"]
    assert [c["claim"] for c in found] == [claim]
    assert found[0]["state"] == "closed"
    assert found[0]["parts"] == [{"part_no": FILTER, "name": "Oil filter", "quantity": "1",
                                  "reserved": "0", "issued": "1", "requested": "0",
                                  "requests": "", "must_return": True}]
    assert [(t["tag"], t["state"], t["outcome"]) for t in found[0]["tags"]] == [
        (tag, "inspected", "confirmed")]
    assert found[0]["settlement"]["paid"] == "98.50"
    assert found[0]["settlement"]["batch"] == number
    lines = ok(cli("sc", "search", tag)).splitlines()
    assert lines[0].startswith(f"{claim}  Closed")
    assert any(f"tag {tag}: Inspected: Confirmed" in line for line in lines)
    assert lines[-1].strip().startswith(f"paid 98.50 in {number} on {date.today()} (TT-1)")


def test_the_installed_command_runs_the_claim_commands_as_a_module(tmp_path):
    """One smoke test in a real process: a refusal is one line and exit 1, never a traceback."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARTSDESK_")}
    env.update(PARTSDESK_HOME=str(tmp_path / "home"), PARTSDESK_PASSWORD="admin-pass",
               PYTHONPATH=str(ROOT), LANG="en_US.UTF-8")
    database = str(tmp_path / "cli.sqlite3")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "partsdesk", "--db", database, *args],
                              capture_output=True, text=True, env=env, cwd=tmp_path,
                              stdin=subprocess.DEVNULL, timeout=120)

    assert run("db", "init").returncode == 0
    refused = run("claim", "approve", "WC-000404")
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.splitlines() == [
        "error: There is no claim WC-000404. Check the number or search by VIN."]
    helped = run("search", "--help")
    assert helped.returncode == 0 and "where their parts are" in helped.stdout
