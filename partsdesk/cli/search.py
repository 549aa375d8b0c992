"""``partsdesk search TEXT``: the one search of the claims page (claim, tag, VIN or its tail,
customer, phone, part, shipment, batch), saying for each claim found where its parts are and
whether it has been paid, with the amount. ``claim show`` prints one claim the same way."""

from __future__ import annotations

from decimal import Decimal

from partsdesk.cli.arguments import Commands
from partsdesk.cli.common import actor, open_db, result
from partsdesk.i18n import Translator

tr = Translator("CLI")

# who sees claims: the claims page (entering them, issuing their parts) and who reads them
READERS = ("claims.read", "claims.edit", "claims.issue_parts")


def register(sub, parents) -> None:
    p = Commands(sub).add_parser("search", parents=parents,
                       help=tr("find claims by claim, tag, VIN or its tail, customer, phone, "
                               "part, shipment or batch: where their parts are, whether paid"))
    p.add_argument("text", metavar="TEXT", help=tr("what to look for"))
    p.add_argument("--limit", type=int, default=50, help=tr("at most this many claims "
                                                            "(default 50)"))
    p.set_defaults(func=cmd_search)


def may_read_claims(user) -> None:
    """Refuse a user who has no claims page (customers' names, phones and VINs)."""
    from partsdesk.services.permissions import can, require
    if not any(can(user, action) for action in READERS):
        require(user, READERS[0])


def cmd_search(args) -> int:
    from partsdesk.services import claim_search, claim_states
    open_db(args)
    may_read_claims(actor(args))
    rows = claim_search.search_claims(args.text, limit=max(1, args.limit))
    found = [claim_facts(claim_states.get_claim(row.number)) for row in rows]
    lines = [line for facts in found for line in claim_lines(facts)]
    result(args, {"text": args.text, "claims": found},
           *(lines or [tr("No claim matches \"{text}\".", text=args.text)]))
    return 0


# --- one claim, as search and claim show say it -----------------------------------------------

def _qty(value) -> str:
    return f"{Decimal(value).normalize():f}"


def _money(value) -> str | None:
    from partsdesk.services.claims import money_text
    return None if value is None else money_text(value)


def claim_facts(claim, details: bool = False) -> dict:
    """What a script reads about a claim: state, vehicle, customer, total, where each part is
    (reserved, issued, on request; each failed part's tag), and its settlement. With
    ``details`` also its codes, lines, voucher prints, signed copy and what still blocks it."""
    from partsdesk.services import claim_search, claim_states, claims, gate, returns
    vehicle = claim.vehicle
    facts = {
        "claim": claim.number, "state": claim.state,
        "state_name": claim_states.state_name(claim.state), "repair_date": claim.repair_date,
        "vin": vehicle.vin, "customer": claim.customer_name, "phone": claim.customer_phone,
        "total": _money(claim.total_amount),
        "parts": [{"part_no": p.part_no, "name": p.name, "quantity": _qty(p.quantity),
                   "reserved": _qty(p.reserved), "issued": _qty(p.issued),
                   "requested": _qty(p.requested), "requests": p.requests,
                   "must_return": p.must_return}
                  for p in claim_search.where_are_the_parts(claim.number)],
        "tags": [_tag(tag) for tag in returns.tags_of(claim)],
        "settlement": _settlement(claim),
    }
    if details:
        model = claims.vehicle_facts(claim).model
        facts |= {
            "model": model.code if model else "", "mileage": claim.mileage,
            "fault": claim.fault_code.code if claim.fault_code_id else "",
            "cause": claim.cause_code.code if claim.cause_code_id else "",
            "description": claim.description, "parts_amount": _money(claim.parts_amount),
            "labour_amount": _money(claim.labour_amount),
            "other_amount": _money(claim.other_amount),
            "labour": [{"operation": line.operation.code, "hours": _qty(line.hours),
                        "amount": _money(line.amount)} for line in claim.labour_lines],
            "part_lines": [{"part_no": line.part.part_no, "quantity": _qty(line.quantity),
                            "unit_price": _money(line.unit_price),
                            "amount": _money(line.amount)} for line in claim.part_lines],
            "vouchers": _vouchers(claim),
            "blockers": (claims.problems(claim) if claim.state == claim_states.DRAFT
                         else gate.blockers(claim)),
        }
    return facts


def _tag(tag) -> dict:
    from partsdesk.services import claim_states, returns
    found = returns.inspection_of(tag) if tag.state == claim_states.INSPECTED else None
    return {"tag": tag.number, "part_no": tag.part.part_no, "quantity": _qty(tag.quantity),
            "state": tag.state, "state_name": claim_states.tag_state_name(tag.state),
            "location": tag.location.code if tag.location_id else "",
            "shipment": tag.shipment.number if tag.shipment_id else "",
            "outcome": found.outcome if found else "",
            "charge_back": _money(found.charge_back) if found else None}


def _settlement(claim) -> dict | None:
    from partsdesk.services import batches
    found = batches.claim_settlement(claim)
    if found is None:
        return None
    return {"batch": found.batch, "batch_state": found.batch_state,
            "expected": _money(found.line.expected), "paid": _money(found.line.paid),
            "payment_date": found.payment_date, "payment_reference": found.payment_reference}


def _vouchers(claim) -> dict:
    from partsdesk.services import vouchers
    signed = vouchers.signed_copy(claim)
    return {"prints": [{"copy": made.copy_number, "printed_at": made.printed_at,
                        "language": made.language} for made in vouchers.prints(claim)],
            "signed_on": signed.signed_on if signed else None,
            "signed_copy": signed.voucher_print.copy_number if signed else None,
            "scan": bool(signed and signed.file_sha256)}


def claim_lines(facts: dict, details: bool = False) -> list[str]:
    """``claim_facts`` for a person: a head line, then one indented line per part, tag and
    settlement."""
    lines = [tr("{claim}  {state}  repaired {date}  {vin}  {customer}  total {total}",
                claim=facts["claim"], state=facts["state_name"], date=facts["repair_date"],
                vin=facts["vin"], customer=facts["customer"] or "—", total=facts["total"])]
    if details:
        lines += [tr("  model {model}, {km} km, fault {fault}, cause {cause}: {text}",
                     model=facts["model"] or "—", km=facts["mileage"],
                     fault=facts["fault"] or "—", cause=facts["cause"] or "—",
                     text=facts["description"] or "—"),
                  tr("  parts {parts} + labour {labour} + other {other}",
                     parts=facts["parts_amount"], labour=facts["labour_amount"],
                     other=facts["other_amount"])]
        lines += [tr("  labour {operation}: {hours} h, {amount}", **line)
                  for line in facts["labour"]]
    for part in facts["parts"]:
        lines.append(tr("  part {part_no} x {quantity}: {reserved} reserved, {issued} issued, "
                        "{requested} on request", **part))
    for tag in facts["tags"]:
        lines.append("  " + _tag_words(tag))
    if details:
        prints = facts["vouchers"]["prints"]
        lines.append(tr("  voucher: {n} print(s), signed on {signed}", n=len(prints),
                        signed=facts["vouchers"]["signed_on"] or "—") if prints else
                     tr("  voucher: not printed yet"))
    lines.append("  " + _paid_words(facts["settlement"]))
    if details:
        lines += [tr("  still missing: {text}", text=text) for text in facts["blockers"]]
    return lines


def _tag_words(tag: dict) -> str:
    from partsdesk.services import claim_states
    where = {claim_states.STORED: tag["location"], claim_states.PACKED: tag["shipment"],
             claim_states.SHIPPED: tag["shipment"], claim_states.RECEIVED: tag["shipment"]}
    state = tag["state_name"]
    if tag["outcome"]:
        state = tr("{state}: {outcome}, charge-back {amount}", state=state,
                   outcome=claim_states.outcome_name(tag["outcome"]),
                   amount=tag["charge_back"])
    elif where.get(tag["state"]):
        state = tr("{state} ({where})", state=state, where=where[tag["state"]])
    return tr("failed part {part_no} x {quantity}, tag {tag}: {state}", part_no=tag["part_no"],
              quantity=tag["quantity"], tag=tag["tag"], state=state)


def _paid_words(settlement: dict | None) -> str:
    if settlement is None:
        return tr("not paid: in no settlement batch")
    if settlement["paid"] is not None:
        return tr("paid {amount} in {batch} on {date} ({reference})", amount=settlement["paid"],
                  batch=settlement["batch"], date=settlement["payment_date"],
                  reference=settlement["payment_reference"] or "—")
    return tr("not paid yet: {expected} expected in {batch}", expected=settlement["expected"],
              batch=settlement["batch"])
