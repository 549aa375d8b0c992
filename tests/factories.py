"""Small worlds for tests, built through the services (never hand-written SQL)."""

from partsdesk.services import catalog, locations, users
from partsdesk.services.catalog import PartData
from partsdesk.services.locations import LocationData

PASSWORD = "test-pass"


def make_user(admin, username: str, role: str, full_name: str = ""):
    return users.create_user(admin, username, PASSWORD, role, full_name or username.title())


def make_part(actor, part_no: str = "P-1000", name: str = "Oil filter", **fields):
    return catalog.create_part(actor, PartData(part_no=part_no, name=name, **fields))


def make_location(actor, code: str = "A-01-01", kind: str = "bin", **fields):
    return locations.create_location(actor, LocationData(code=code, kind=kind, **fields))


# --- stock ---------------------------------------------------------------------------------

def make_stock(actor, part, location, quantity, document: str = "TEST"):
    """Put ``quantity`` of ``part`` into ``location`` as if received (a receipt move)."""
    from partsdesk.services import stock
    return stock.move(actor, part, quantity, None, location, "receipt", document=document)


def make_receipt(actor, lines: dict, location: str = "RECV", source: str = "Supplier"):
    """An open receipt expecting {part_no: quantity}; creates the receiving location if needed."""
    from partsdesk.db.models import Location
    from partsdesk.services import receiving
    if not Location.select().where(Location.code == location).exists():
        make_location(actor, location, "receiving")
    return receiving.create_receipt(actor, source=source, location=location,
                                    lines=list(lines.items()))
