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
