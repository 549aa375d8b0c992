"""``partsdesk voucher sign`` and ``partsdesk batch create|submit|pay|close``: the signed voucher
coming back and settlement batches, as the settlement page keeps them, through the same
services. (``print voucher`` and ``print statement`` are in ``printing``.)"""

from __future__ import annotations

from datetime import date

from partsdesk.cli.arguments import Commands, day
from partsdesk.cli.common import CommandFailed, actor, open_db, result
from partsdesk.i18n import Translator

tr = Translator("CLI")

# who has the settlement page: vouchers, statements and payments
SETTLEMENT_USERS = ("vouchers.print", "vouchers.record_signed", "settlement.batch",
                    "settlement.payment")


def register(sub, parents) -> None:
    p = Commands(sub).add_parser("voucher", parents=parents,
                       help=tr("record the customer's signed settlement voucher"))
    actions = Commands(p.add_subparsers(dest="action", metavar="ACTION", required=True))
    sign = actions.add_parser("sign", parents=parents,
                              help=tr("the customer's signed voucher came back"))
    sign.add_argument("claim", metavar="CLAIM", help=tr("claim number (WC-…)"))
    sign.add_argument("--date", dest="signed_on", type=day, required=True,
                      help=tr("the day the customer signed, YYYY-MM-DD"))
    sign.add_argument("--print", dest="copy", type=int, metavar="N",
                      help=tr("the print they signed: 0 the original, 1, 2 … a copy (default: "
                              "the latest)"))
    sign.add_argument("--scan", metavar="FILE", help=tr("the scanned signed voucher (PDF, JPG "
                                                        "or PNG), kept with the claim"))
    sign.add_argument("--received-by", default="",
                      help=tr("who received it (default: the user)"))
    sign.set_defaults(func=cmd_sign)

    p = Commands(sub).add_parser("batch", parents=parents,
                       help=tr("settlement batches: create, submit, record the payment, close"))
    actions = Commands(p.add_subparsers(dest="action", metavar="ACTION", required=True))
    create = actions.add_parser(
        "create", parents=parents, help=tr("a new settlement batch"),
        description=tr("A batch of the settleable claims repaired in a period, or of the "
                       "claims named (all or nothing: one that is not settleable refuses the "
                       "batch)."))
    chosen = create.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--period", nargs=2, type=day, metavar=("FROM", "TO"),
                        help=tr("repair dates from and to, YYYY-MM-DD"))
    chosen.add_argument("--claims", nargs="+", metavar="CLAIM", help=tr("claim numbers"))
    create.add_argument("--note", default="", help=tr("a note on the batch"))
    create.set_defaults(func=cmd_create)
    for name, text in (("submit", tr.mark("submit the batch: its statement goes out")),
                       ("close", tr.mark("close a paid batch and its claims"))):
        action = actions.add_parser(name, parents=parents, help=tr(text))
        action.add_argument("batch", metavar="SB", help=tr("settlement batch number (SB-…)"))
        action.set_defaults(func=cmd_submit_or_close)
    pay = actions.add_parser("pay", parents=parents,
                             help=tr("record the payment of a submitted batch"))
    pay.add_argument("batch", metavar="SB", help=tr("settlement batch number (SB-…)"))
    pay.add_argument("--amount", required=True, help=tr("the amount received"))
    pay.add_argument("--reference", required=True, help=tr("the payment's reference"))
    pay.add_argument("--date", dest="paid_on", type=day,
                     help=tr("the day it was paid, YYYY-MM-DD (default: today)"))
    pay.add_argument("--difference", action="append", default=[],
                     metavar="CLAIM:AMOUNT:REASON",
                     help=tr("a claim paid less (a positive amount) or more (negative), and "
                             "why; once per claim"))
    pay.set_defaults(func=cmd_pay)


def may_see_settlement(user) -> None:
    """Refuse a user who has no settlement page."""
    from partsdesk.services.permissions import can, require
    if not any(can(user, action) for action in SETTLEMENT_USERS):
        require(user, SETTLEMENT_USERS[0])


# --- the signed voucher ----------------------------------------------------------------------

def cmd_sign(args) -> int:
    from partsdesk.services import claim_states, vouchers
    open_db(args)
    signed = vouchers.record_signed(actor(args), args.claim, args.signed_on, args.received_by,
                                    args.scan or None, copy_number=args.copy)
    claim = claim_states.get_claim(args.claim)
    result(args, {"claim": claim.number, "signed_on": signed.signed_on,
                  "print": signed.voucher_print.copy_number, "scan": bool(signed.file_sha256),
                  "state": claim.state},
           tr("Signed voucher of claim {number} recorded (signed {date}); the claim is "
              "{state}.", number=claim.number, date=signed.signed_on,
              state=claim_states.state_name(claim.state)))
    return 0


# --- batches ---------------------------------------------------------------------------------

def _batch_result(args, batch, text: str) -> None:
    from partsdesk.services import batches
    from partsdesk.services.claims import money_text
    figures = batches.batch_figures(batch.number)
    result(args, {"batch": batch.number, "state": batch.state,
                  "claims": [line.number for line in figures.lines],
                  "claimed": money_text(figures.claimed),
                  "charge_backs": money_text(figures.charge_backs),
                  "expected": money_text(figures.expected),
                  "paid": None if figures.paid is None else money_text(figures.paid)}, text)


def cmd_create(args) -> int:
    from partsdesk.services import batches
    from partsdesk.services.claims import money_text
    open_db(args)
    period = args.period or (None, None)
    batch = batches.create_batch(actor(args), period[0], period[1], args.claims, args.note)
    count = batch.members.count()
    _batch_result(args, batch, tr.plural(
        count, "Settlement batch {batch} created with {n} claim: {total}.",
        "Settlement batch {batch} created with {n} claims: {total}.", batch=batch.number,
        total=money_text(batch.expected_total)))
    return 0


def cmd_submit_or_close(args) -> int:
    from partsdesk.services import batches
    from partsdesk.services.claims import money_text
    open_db(args)
    if args.action == "submit":
        batch = batches.submit_batch(actor(args), args.batch)
        text = tr("Settlement batch {batch} submitted: {total}.", batch=batch.number,
                  total=money_text(batch.expected_total))
    else:
        batch = batches.close_batch(actor(args), args.batch)
        text = tr("Settlement batch {batch} closed.", batch=batch.number)
    _batch_result(args, batch, text)
    return 0


def differences(texts: list[str]) -> dict[str, tuple[str, str]]:
    """``CLAIM:AMOUNT:REASON`` options as the service takes them: {claim: (amount, reason)}."""
    found: dict[str, tuple[str, str]] = {}
    for text in texts:
        claim, amount, reason = (part.strip() for part in (text.split(":", 2) + ["", ""])[:3])
        if not claim or not amount:
            raise CommandFailed(tr("--difference \"{text}\" is not CLAIM:AMOUNT:REASON.",
                                   text=text))
        if claim.upper() in found:
            raise CommandFailed(tr("Claim {number} has two --difference options; give one per "
                                   "claim.", number=claim.upper()))
        found[claim.upper()] = (amount, reason)
    return found


def cmd_pay(args) -> int:
    from partsdesk.services import batches
    from partsdesk.services.claims import money_text
    explained = differences(args.difference)
    open_db(args)
    batch = batches.record_payment(actor(args), args.batch, args.amount,
                                   args.paid_on or date.today(), args.reference, explained)
    _batch_result(args, batch, tr("Payment {amount} of settlement batch {batch} recorded "
                                  "({reference}); its claims are paid.",
                                  amount=money_text(batch.payment_amount), batch=batch.number,
                                  reference=batch.payment_reference))
    return 0
