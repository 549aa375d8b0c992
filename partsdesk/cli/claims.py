"""``partsdesk claim create|submit|approve|reject|return|cancel|issue|show``: warranty claims as
the claim form, the claim view and the approvals page keep them, through the same services."""

from __future__ import annotations

import argparse
from datetime import date

from partsdesk.cli.arguments import Commands, day
from partsdesk.cli.common import CommandFailed, actor, open_db, result
from partsdesk.i18n import Translator

tr = Translator("CLI")

DECISIONS = ("submit", "approve", "reject", "return", "cancel")


class _Line(argparse.Action):
    """``--part PART:QTY`` and ``--labour OP[:HOURS]`` each start a line; the options after one
    (``--replacement-reason`` …) belong to it."""

    def __call__(self, parser, namespace, values, option_string=None):
        lines = getattr(namespace, self.dest, None) or []
        code, _, amount = str(values).partition(":")
        if not code.strip():
            parser.error(tr("{option} needs a code: {option} {metavar}", option=option_string,
                            metavar=self.metavar))
        lines.append({"code": code.strip(), "amount": amount.strip() or None})
        setattr(namespace, self.dest, lines)


class _LineDetail(argparse.Action):
    """An option that says more about the line the last ``--part`` or ``--labour`` started."""

    def __init__(self, *args, line: str, **kwargs):
        self.line = line
        super().__init__(*args, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        lines = getattr(namespace, self.line, None) or []
        if not lines:
            parser.error(tr("{option} belongs to a line: give it after the {line} it is about.",
                            option=option_string,
                            line="--part" if self.line == "parts" else "--labour"))
        lines[-1][self.dest] = values


def register(sub, parents) -> None:
    p = Commands(sub).add_parser("claim", parents=parents,
                       help=tr("enter warranty claims, submit, approve, reject, return or "
                               "cancel them, issue their parts, show one"))
    actions = Commands(p.add_subparsers(dest="action", metavar="ACTION", required=True))

    create = actions.add_parser(
        "create", parents=parents, help=tr("enter a new draft claim, as the claim form does"),
        description=tr("Enter a new draft claim. --part and --labour may be given several "
                       "times; the options after a --part (reason, batch, price, return) "
                       "belong to that part line, --hours-reason to the --labour before it."))
    create.add_argument("--vin", required=True, help=tr("the vehicle's VIN (17 characters)"))
    create.add_argument("--repair-date", type=day, default=None, metavar="DATE",
                        help=tr("the day of the repair, YYYY-MM-DD (default: today)"))
    create.add_argument("--mileage", default="0", metavar="KM", help=tr("kilometres on the odometer"))
    create.add_argument("--customer", default="", metavar="NAME", help=tr("the customer's name"))
    create.add_argument("--phone", default="", metavar="PHONE", help=tr("the customer's phone"))
    create.add_argument("--fault", default="", metavar="CODE", help=tr("fault code"))
    create.add_argument("--cause", default="", metavar="CODE", help=tr("cause code"))
    create.add_argument("--description", default="", metavar="TEXT", help=tr("what failed and what was done"))
    create.add_argument("--model", default="", metavar="CODE",
                        help=tr("vehicle model code (for a vehicle not known yet)"))
    create.add_argument("--production-date", type=day, metavar="DATE", help=tr("the vehicle's production date"))
    create.add_argument("--warranty-start", type=day, metavar="DATE", help=tr("the vehicle's warranty start"))
    create.add_argument("--vin-override", default="", metavar="REASON",
                        help=tr("accept a VIN whose check digit does not compute, for this "
                                "reason"))
    create.add_argument("--other-amount", default="0", metavar="AMOUNT", help=tr("other costs (money)"))
    create.add_argument("--other-description", default="", metavar="TEXT", help=tr("what the other costs are"))
    create.add_argument("--labour", action=_Line, dest="labour", metavar="OP[:HOURS]",
                        help=tr("a labour line: operation code, hours (default: the standard "
                                "hours)"))
    create.add_argument("--hours-reason", action=_LineDetail, line="labour", metavar="TEXT",
                        help=tr("why the labour line before takes more than the standard hours"))
    create.add_argument("--part", action=_Line, dest="parts", metavar="PART:QTY",
                        help=tr("a part line: part number, quantity (default 1)"))
    for option, key, metavar, text in (
            ("--replacement-reason", "replacement_reason", "TEXT",
             tr.mark("what failed and why the part was replaced")),
            ("--failed-batch", "failed_batch", "BATCH",
             tr.mark("production batch of the failed part")),
            ("--unit-price", "unit_price", "PRICE", tr.mark("a price other than the catalogue's")),
            ("--price-reason", "price_reason", "TEXT",
             tr.mark("why the price differs from the catalogue's")),
            ("--must-return-reason", "must_return_reason", "TEXT",
             tr.mark("why the failed part is (or is not) returned, unlike the catalogue says"))):
        create.add_argument(option, action=_LineDetail, line="parts", dest=key, metavar=metavar,
                            help=tr(text))
    create.add_argument("--must-return", action=_LineDetail, line="parts", dest="must_return",
                        choices=["yes", "no"],
                        help=tr("whether the failed part goes back (default: as the catalogue "
                                "says)"))
    create.set_defaults(func=cmd_create, labour=[], parts=[])

    for name, text in (("submit", tr.mark("submit a draft claim for approval")),
                       ("approve", tr.mark("approve a submitted claim; its parts are reserved")),
                       ("reject", tr.mark("reject a submitted claim (--comment: the reason)")),
                       ("return", tr.mark("return a submitted claim for information "
                                          "(--comment: what it needs)")),
                       ("cancel", tr.mark("cancel an open claim (--comment: the reason)"))):
        decide = actions.add_parser(name, parents=parents, help=tr(text))
        decide.add_argument("claim", metavar="CLAIM", help=tr("claim number (WC-…)"))
        decide.add_argument("--comment", default="", metavar="TEXT",
                            help=tr("a comment, or the reason"))
        decide.set_defaults(func=cmd_decide)

    issue = actions.add_parser("issue", parents=parents,
                               help=tr("issue a part reserved for an approved claim from a bin"))
    issue.add_argument("claim", metavar="CLAIM", help=tr("claim number (WC-…)"))
    issue.add_argument("code", metavar="CODE", help=tr("the part's number or barcode"))
    issue.add_argument("--from", dest="bin", required=True, metavar="BIN",
                       help=tr("the bin it is taken from"))
    issue.add_argument("--qty", default="1", help=tr("how many (default 1)"))
    issue.set_defaults(func=cmd_issue)

    show = actions.add_parser("show", parents=parents,
                              help=tr("show a claim: its lines, where its parts are, its "
                                      "voucher and its settlement"))
    show.add_argument("claim", metavar="CLAIM", help=tr("claim number (WC-…)"))
    show.set_defaults(func=cmd_show)


# --- create --------------------------------------------------------------------------------

def claim_data(args):
    """The claim form's fields as the command line gave them."""
    from partsdesk.services.claims import ClaimData, LabourLineData, PartLineData
    labour = [LabourLineData(line["code"], line["amount"], line.get("hours_reason", ""))
              for line in args.labour]
    parts = [PartLineData(line["code"], line["amount"] or "1", line.get("unit_price"),
                          line.get("replacement_reason", ""), line.get("failed_batch", ""),
                          None if "must_return" not in line else line["must_return"] == "yes",
                          line.get("must_return_reason", ""), line.get("price_reason", ""))
             for line in args.parts]
    return ClaimData(vin=args.vin, repair_date=args.repair_date or date.today(),
                     mileage=args.mileage, customer_name=args.customer,
                     customer_phone=args.phone, fault_code=args.fault, cause_code=args.cause,
                     description=args.description, model_code=args.model,
                     production_date=args.production_date, warranty_start=args.warranty_start,
                     vin_override_reason=args.vin_override, other_amount=args.other_amount,
                     other_description=args.other_description, labour=labour, parts=parts)


def cmd_create(args) -> int:
    from partsdesk.services import claims
    open_db(args)
    acting = actor(args)
    data = claim_data(args)
    found = claims.entry_problems(data)          # every problem at once, as the form shows them
    if found:
        raise CommandFailed(tr("The claim was not saved: {problems}",
                               problems=" ".join(problem.text for problem in found)))
    claim = claims.create_claim(acting, data)
    waiting = claims.problems(claim)
    result(args, {"claim": claim.number, "state": claim.state,
                  "total": claims.money_text(claim.total_amount), "problems": waiting},
           tr("Claim {number} saved as draft: {total}.", number=claim.number,
              total=claims.money_text(claim.total_amount)),
           *(tr("Before it can be submitted: {problem}", problem=text) for text in waiting))
    return 0


# --- decisions -----------------------------------------------------------------------------

def cmd_decide(args) -> int:
    """submit, approve, reject, return (for information) or cancel one claim."""
    from partsdesk.services import approvals, claim_states, claim_warnings, claims
    open_db(args)
    acting = actor(args)
    number, comment = args.claim.strip().upper(), args.comment
    warned: list[str] = []
    if args.action == "submit":
        warned = claim_warnings.warnings(claim_states.get_claim(number))
        claim = approvals.submit(acting, number)
        said = tr("Claim {number} submitted for approval by a {tier}.", number=claim.number,
                  tier=approvals.tier_name(claim.tier))
    elif args.action == "approve":
        claim = approvals.approve(acting, number)
        said = tr("Claim {number} approved; its parts are reserved.", number=claim.number)
    elif args.action == "reject":
        claim = approvals.reject(acting, number, comment)
        said = tr("Claim {number} rejected.", number=claim.number)
    elif args.action == "return":
        claim = approvals.return_for_information(acting, number, comment)
        said = tr("Claim {number} returned for information.", number=claim.number)
    else:
        claim = claims.cancel(acting, number, comment)
        said = tr("Claim {number} cancelled.", number=claim.number)
    if comment.strip() and args.action in ("submit", "approve"):
        claims.add_comment(acting, claim.number, comment)
    result(args, {"claim": claim.number, "state": claim.state, "warnings": warned},
           *(tr("warning: {text}", text=text) for text in warned), said)
    return 0


# --- issuing -------------------------------------------------------------------------------

def cmd_issue(args) -> int:
    from partsdesk.services import claim_parts, claim_states, returns
    open_db(args)
    acting = actor(args)
    number = args.claim.strip().upper()
    before = {tag.number for tag in returns.tags_of(number)}
    move = claim_parts.issue_part(acting, number, args.code, args.bin, args.qty)
    claim = claim_states.get_claim(number)
    tags = [tag.number for tag in returns.tags_of(claim) if tag.number not in before]
    qty = f"{move.quantity.normalize():f}"
    result(args, {"claim": claim.number, "part_no": move.part.part_no, "quantity": qty,
                  "from": args.bin.strip().upper(), "tags": tags, "state": claim.state},
           tr("{qty} x {part_no} issued to claim {number} from {location}; the claim is "
              "{state}.", qty=qty, part_no=move.part.part_no, number=claim.number,
              location=args.bin.strip().upper(), state=claim_states.state_name(claim.state)),
           *(tr("Tag {tag}: the failed part goes back.", tag=tag) for tag in tags))
    return 0


# --- show ----------------------------------------------------------------------------------

def cmd_show(args) -> int:
    from partsdesk.cli.search import claim_facts, claim_lines, may_read_claims
    from partsdesk.services import claim_states
    open_db(args)
    may_read_claims(actor(args))
    claim = claim_states.get_claim(args.claim)
    facts = claim_facts(claim, details=True)
    result(args, facts, *claim_lines(facts, details=True))
    return 0
