"""Claims to Excel: one row per claim with its codes and amounts, streamed for 200,000 claims."""

from __future__ import annotations

from pathlib import Path

from peewee import JOIN

from partsdesk.db.models import User
from partsdesk.db.models.claims import CauseCode, Claim, FaultCode, Vehicle, VehicleModel
from partsdesk.i18n import Translator, language, translate
from partsdesk.services import claim_states
from partsdesk.services.claim_search import Filters, _filtered, claim_model_join
from partsdesk.spreadsheets.cells import FORMULA_STARTS
from partsdesk.spreadsheets.reader import CONTEXT, Column

tr = Translator("Spreadsheet")      # the reader's context: one Chinese word per header

BATCH = 5000
SHEET = tr.mark("Warranty claims")
COLUMNS = (
    Column("number", tr.mark("Claim No."), width=16),
    Column("state", tr.mark("State"), width=14),
    Column("repair_date", tr.mark("Repair date"), width=12),
    Column("vin", tr.mark("VIN"), width=20),
    Column("model", tr.mark("Vehicle model"), width=10),
    Column("mileage", tr.mark("Mileage (km)"), width=10),
    Column("customer_name", tr.mark("Customer"), width=16),
    Column("customer_phone", tr.mark("Phone"), width=14),
    Column("fault_code", tr.mark("Fault code"), width=10),
    Column("cause_code", tr.mark("Cause code"), width=10),
    Column("parts_amount", tr.mark("Parts amount"), width=12),
    Column("labour_amount", tr.mark("Labour amount"), width=12),
    Column("other_amount", tr.mark("Other amount"), width=12),
    Column("total_amount", tr.mark("Total"), width=12),
    Column("approved_by", tr.mark("Approved by"), width=12),
    Column("description", tr.mark("Description"), width=40),
)


def _safe(value):
    """Text that a spreadsheet would run as a formula is written as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _batches(filters: Filters):
    Approver = User.alias()
    after = None
    while True:
        query = (Claim.select(Claim.id, Claim.number, Claim.state, Claim.repair_date, Vehicle.vin,
                              VehicleModel.code, Claim.mileage, Claim.customer_name,
                              Claim.customer_phone, FaultCode.code, CauseCode.code,
                              Claim.parts_amount, Claim.labour_amount, Claim.other_amount,
                              Claim.total_amount, Approver.username, Claim.description)
                 .join(Vehicle).join(VehicleModel, JOIN.LEFT_OUTER, on=claim_model_join())
                 .switch(Claim).join(FaultCode, JOIN.LEFT_OUTER)
                 .switch(Claim).join(CauseCode, JOIN.LEFT_OUTER)
                 .switch(Claim).join(Approver, JOIN.LEFT_OUTER,
                                     on=(Claim.approved_by == Approver.id)))
        query = _filtered(query, filters, None)
        if after is not None:
            query = query.where(Claim.id > after)
        rows = list(query.order_by(Claim.id).limit(BATCH).tuples())
        if not rows:
            return
        yield rows
        after = rows[-1][0]


def export_file(actor, path, filters: Filters = Filters(), lang: str | None = None,
                progress=None) -> int:
    """Write the claims matching ``filters`` (oldest first); returns the number written.

    Claims name customers, their phones and VINs: ``actor`` needs the right to read claims,
    whether the export comes from the window or the command line."""
    from partsdesk.services.permissions import require
    require(actor, "claims.read")
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    lang = lang or language()
    total = claims_count = 0
    if progress:
        from partsdesk.services.claim_search import count_claims
        total = count_claims(filters)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(translate(CONTEXT, SHEET, lang)[:31])
    for index, column in enumerate(COLUMNS):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(index + 1)].width = column.width
    bold = Font(bold=True)
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, value=column.label(lang))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for rows in _batches(filters):
        for row in rows:
            values = list(row[1:])
            values[1] = translate("Claims", claim_states.STATES.get(values[1], values[1]), lang)
            values = [_safe(v) for v in values]      # Decimal stays exact: openpyxl writes it
            sheet.append(values)
        claims_count += len(rows)
        if progress:
            progress(claims_count, total)
    book.save(Path(path))
    return claims_count
