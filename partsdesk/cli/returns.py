"""``partsdesk tag store|receive|inspect`` and ``partsdesk shipment create|pack|ship``: a failed
part's way back, as the defective-part returns page scans it, through the same services."""

from __future__ import annotations

from partsdesk.cli.arguments import Commands
from partsdesk.cli.common import actor, open_db, result
from partsdesk.i18n import Translator

tr = Translator("CLI")

OUTCOMES = ("confirmed", "no_fault_found", "wrong_part", "missing")


def register(sub, parents) -> None:
    p = Commands(sub).add_parser("tag", parents=parents,
                       help=tr("book a failed part's tag into the defective store, receive it "
                               "back, record its inspection"))
    actions = Commands(p.add_subparsers(dest="action", metavar="ACTION", required=True))
    store = actions.add_parser("store", parents=parents,
                               help=tr("book the tag's failed part into the defective store"))
    store.add_argument("tag", metavar="TAG", help=tr("the tag's number or barcode (DT-…)"))
    store.add_argument("--location", help=tr("the defective store (default: the first one)"))
    store.set_defaults(func=cmd_store)
    receive = actions.add_parser("receive", parents=parents,
                                 help=tr("a shipped tag has arrived at the claim centre"))
    receive.add_argument("tag", metavar="TAG", help=tr("the tag's number or barcode (DT-…)"))
    receive.set_defaults(func=cmd_receive)
    inspect = actions.add_parser(
        "inspect", parents=parents,
        help=tr("record what the inspection of a returned part found"),
        description=tr("Record the inspection: confirmed, no_fault_found, wrong_part or "
                       "missing. Anything but confirmed charges the claim back, by default the "
                       "part line's full value, and needs --comment."))
    inspect.add_argument("tag", metavar="TAG", help=tr("the tag's number or barcode (DT-…)"))
    inspect.add_argument("outcome", metavar="OUTCOME", choices=OUTCOMES,
                         help=tr("confirmed, no_fault_found, wrong_part or missing"))
    inspect.add_argument("--charge-back", metavar="AMOUNT",
                         help=tr("less than the default charge-back (needs --reason)"))
    inspect.add_argument("--reason", default="",
                         help=tr("why the charge-back is less than the default"))
    inspect.add_argument("--comment", default="", help=tr("what the inspection found"))
    inspect.set_defaults(func=cmd_inspect)

    p = Commands(sub).add_parser("shipment", parents=parents,
                       help=tr("open a return shipment, pack tags into it, ship it"))
    actions = Commands(p.add_subparsers(dest="action", metavar="ACTION", required=True))
    create = actions.add_parser("create", parents=parents, help=tr("open a return shipment"))
    create.add_argument("--note", default="", help=tr("a note on the shipment"))
    create.set_defaults(func=cmd_shipment_create)
    pack = actions.add_parser("pack", parents=parents,
                              help=tr("pack tags into an open return shipment"))
    pack.add_argument("shipment", metavar="RS", help=tr("return shipment number (RS-…)"))
    pack.add_argument("tags", metavar="TAG", nargs="+", help=tr("the tags' numbers or barcodes"))
    pack.set_defaults(func=cmd_pack)
    ship = actions.add_parser("ship", parents=parents,
                              help=tr("hand a return shipment to the carrier"))
    ship.add_argument("shipment", metavar="RS", help=tr("return shipment number (RS-…)"))
    ship.add_argument("--carrier", required=True, help=tr("the carrier's name"))
    ship.add_argument("--tracking", required=True, help=tr("the carrier's tracking number"))
    ship.set_defaults(func=cmd_ship)


def _said_tag(args, tag, text: str) -> None:
    from partsdesk.services.claim_states import tag_state_name
    result(args, {"tag": tag.number, "claim": tag.claim.number, "part_no": tag.part.part_no,
                  "state": tag.state, "state_name": tag_state_name(tag.state)}, text)


def cmd_store(args) -> int:
    from partsdesk.services import returns
    open_db(args)
    tag = returns.store(actor(args), args.tag, args.location or None)
    _said_tag(args, tag, tr("Tag {tag} ({part_no}, claim {claim}) is in the defective store "
                            "{location}.", tag=tag.number, part_no=tag.part.part_no,
                            claim=tag.claim.number, location=tag.location.code))
    return 0


def cmd_receive(args) -> int:
    from partsdesk.services import return_inspection
    open_db(args)
    tag = return_inspection.receive(actor(args), args.tag)
    _said_tag(args, tag, tr("Tag {tag} ({part_no}, claim {claim}) received; it waits for its "
                            "inspection.", tag=tag.number, part_no=tag.part.part_no,
                            claim=tag.claim.number))
    return 0


def cmd_inspect(args) -> int:
    from partsdesk.services import claim_states, return_inspection
    from partsdesk.services.claims import money_text
    open_db(args)
    made = return_inspection.inspect(actor(args), args.tag, args.outcome, args.comment,
                                     args.charge_back, args.reason)
    tag, claim = made.tag, claim_states.get_claim(made.tag.claim.number)
    result(args, {"tag": tag.number, "claim": claim.number, "outcome": made.outcome,
                  "charge_back": money_text(made.charge_back), "claim_state": claim.state},
           tr("Tag {tag} inspected: {outcome}, charge-back {amount}; claim {claim} is "
              "{state}.", tag=tag.number, outcome=claim_states.outcome_name(made.outcome),
              amount=money_text(made.charge_back), claim=claim.number,
              state=claim_states.state_name(claim.state)))
    return 0


def cmd_shipment_create(args) -> int:
    from partsdesk.services import return_shipments
    open_db(args)
    shipment = return_shipments.create_shipment(actor(args), args.note)
    result(args, {"shipment": shipment.number, "state": shipment.state},
           tr("Return shipment {number} opened.", number=shipment.number))
    return 0


def cmd_pack(args) -> int:
    """Each tag in turn, as the page scans them, all or none: a refused tag packs none."""
    from partsdesk.db.connection import transaction
    from partsdesk.services import return_shipments
    open_db(args)
    acting = actor(args)
    with transaction():
        packed = [return_shipments.pack(acting, args.shipment, code).number
                  for code in args.tags]
    number = return_shipments.get_shipment(args.shipment).number
    result(args, {"shipment": number, "packed": packed},
           tr("{count} tag(s) packed into return shipment {number}: {tags}.",
              count=len(packed), number=number, tags=", ".join(packed)))
    return 0


def cmd_ship(args) -> int:
    from partsdesk.services import return_shipments
    open_db(args)
    shipment = return_shipments.ship(actor(args), args.shipment, args.carrier, args.tracking)
    tags = [line.tag for line in return_shipments.shipment_lines(shipment.number)]
    result(args, {"shipment": shipment.number, "state": shipment.state,
                  "carrier": shipment.carrier, "tracking": shipment.tracking_number,
                  "tags": tags},
           tr("Return shipment {number} shipped with {carrier}, tracking {tracking}: {count} "
              "tag(s).", number=shipment.number, carrier=shipment.carrier,
              tracking=shipment.tracking_number, count=len(tags)))
    return 0
