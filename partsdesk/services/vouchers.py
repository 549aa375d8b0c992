"""Settlement vouchers: the organisation and dealer every document prints, each print of a
claim's voucher, and the customer's signed copy.

A print is recorded after the document archived it in the document store (``record_print``),
so what the customer signed can be shown again byte for byte (``archived_voucher``); a scanned
signed copy is kept there too. The first print of a finished repair marks the claim repaired;
the signed copy coming back is a fact of the loop, and both move the claim along as far as the
gate allows (``gate.advance``).
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

from peewee import JOIN, fn

from partsdesk.db.connection import transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import User
from partsdesk.db.models.claims import Claim
from partsdesk.db.models.settlement import SignedCopy, VoucherPrint
from partsdesk.i18n import Translator
from partsdesk.services import audit, document_store, setting_values
from partsdesk.services.claim_states import (APPROVED, CANCELLED, DRAFT, PARTS_ISSUED, REJECTED,
                                             REPAIRED, SUBMITTED, get_claim, state_name)
from partsdesk.services.errors import Conflict, NotFound, ValidationError
from partsdesk.services.gate import advance, move_to
from partsdesk.services.permissions import require

tr = Translator("Settlement")

SCAN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")

# What the documents print at the top: shared by every PC (JSON in the Setting table).
DOCUMENT_SETTINGS = {
    "documents.organisation": "",
    "documents.dealer_name": "",
    "documents.dealer_code": "",
    "documents.dealer_address": "",
    "documents.dealer_phone": "",
}


def _user(actor):
    return actor if isinstance(actor, User) else None


def _claim(claim) -> Claim:
    return claim if isinstance(claim, Claim) else get_claim(claim)


# --- the organisation and dealer on every document ----------------------------------------------

def document_settings() -> dict[str, str]:
    return {key: str(setting_values.read(key, default))
            for key, default in DOCUMENT_SETTINGS.items()}


def configure_documents(actor, **values: str) -> None:
    """Set organisation, dealer name, code, address and phone (keys without "documents.")."""
    require(actor, "settings.edit")
    changes = {}
    for name, value in values.items():
        key = f"documents.{name}"
        if key not in DOCUMENT_SETTINGS:
            raise ValidationError(tr("Unknown document setting \"{name}\".", name=name))
        changes[key] = str(value or "").strip()[:300]
    with transaction():
        before = document_settings()
        for key, value in changes.items():
            setting_values.write(key, value)
        audit.record(actor, "settings.documents", "setting", "documents",
                     tr.message("Organisation and dealer on the documents changed"),
                     before={k: before[k] for k in changes}, after=changes)


# --- voucher prints ----------------------------------------------------------------------------

def check_printable(actor, claim) -> Claim:
    """The claim whose voucher ``actor`` may print now (before anything is rendered)."""
    require(actor, "vouchers.print")
    claim = _claim(claim)
    if claim.state in (DRAFT, SUBMITTED, REJECTED, CANCELLED):
        raise Conflict(tr("Claim {number} is {state}; a settlement voucher is printed only for "
                          "an approved claim.", number=claim.number,
                          state=state_name(claim.state)))
    if claim.state == APPROVED and claim.part_lines.exists():
        raise Conflict(tr("Claim {number} still waits for its parts to be issued; print the "
                          "voucher when the repair is done.", number=claim.number))
    return claim


def next_copy(claim) -> int:
    """0 for the original, then 1, 2 … for each copy."""
    last = (VoucherPrint.select(fn.MAX(VoucherPrint.copy_number))
            .where(VoucherPrint.claim == _claim(claim).id).scalar())
    return 0 if last is None else last + 1


def print_day(made: VoucherPrint) -> date:
    """The local date of a print: the earliest day the customer can have signed it."""
    return made.printed_at.astimezone().date()


def print_words(made: VoucherPrint) -> str:
    """"the original printed on 2026-11-30" / "copy 2 printed on …", for messages."""
    if made.copy_number == 0:
        return tr("the original printed on {date}", date=print_day(made))
    return tr("copy {n} printed on {date}", n=made.copy_number, date=print_day(made))


def record_print(actor, claim, copy_number: int, language: str, path, sha256: str,
                 printed_at=None, after_signing: bool | None = None) -> VoucherPrint:
    """Keep the history of a printed voucher (archived by the document). The first print of a
    finished repair marks the claim repaired: the voucher goes to the customer to sign. A print
    made once the signed copy is recorded is a copy of a signed voucher (``after_signing``);
    the caller says whether the page it rendered was marked so, and is refused when the
    signature was recorded (on another PC) while it printed."""
    with transaction():
        claim = check_printable(actor, claim)
        if copy_number != next_copy(claim):
            raise Conflict(tr("The voucher of claim {number} was printed meanwhile on another "
                              "PC; print it again.", number=claim.number))
        signed = SignedCopy.select().where(SignedCopy.claim == claim.id).exists()
        if after_signing is not None and bool(after_signing) != signed:
            raise Conflict(tr("The signed voucher of claim {number} was recorded while this "
                              "copy was printed, so the copy does not say it is a copy of a "
                              "signed voucher; print it again.", number=claim.number)
                           if signed else
                           tr("Claim {number} has no signed voucher recorded, but this copy "
                              "says it is a copy of a signed voucher; print it again.",
                              number=claim.number))
        made = VoucherPrint.create(claim=claim, copy_number=copy_number, language=language,
                                   printed_by=_user(actor), path=str(path), sha256=sha256,
                                   printed_at=printed_at or utcnow(), after_signing=signed)
        summary = (tr.message("Settlement voucher of claim {number} printed (original)",
                              number=claim.number) if copy_number == 0 else
                   tr.message("Settlement voucher of claim {number} printed (copy {copy})",
                              number=claim.number, copy=copy_number))
        audit.record(actor, "voucher.print", "claim", claim.number, summary,
                     after={"copy": copy_number, "sha256": sha256, "language": language,
                            "after_signing": signed})
        if claim.state in (APPROVED, PARTS_ISSUED):
            move_to(actor, claim, REPAIRED, "claim.repaired",
                    tr.message("Claim {number} repaired; voucher printed for signature",
                               number=claim.number))
        advance(actor, claim)
    return made


def prints(claim) -> list[VoucherPrint]:
    return list(VoucherPrint.select(VoucherPrint, User).join(User, JOIN.LEFT_OUTER)
                .where(VoucherPrint.claim == _claim(claim).id)
                .order_by(VoucherPrint.copy_number))


def archived_voucher(print_id: int) -> bytes:
    """Exactly the bytes that were printed; refuses a document that changed since."""
    made = VoucherPrint.get_or_none(VoucherPrint.id == print_id)
    if made is None:
        raise NotFound(tr("There is no voucher print #{id}.", id=print_id))
    data = document_store.read(made.path)
    if data is None:
        raise NotFound(tr("The archived voucher {path} is not on this PC. Open it on the PC "
                          "that printed it, or restore the documents folder.", path=made.path))
    if hashlib.sha256(data).hexdigest() != made.sha256:
        raise Conflict(tr("The archived voucher {path} was changed after printing (its SHA-256 "
                          "differs); it is not what was printed.", path=made.path))
    return data


# --- the signed copy -------------------------------------------------------------------------

def record_signed(actor, claim, signed_on: date, received_by: str = "", scan_file=None,
                  copy_number: int | None = None) -> SignedCopy:
    """The customer's signed voucher came back: which print they signed (``copy_number``; None
    is the latest print made before now, usually the original), the date they signed it (from
    that print's day until today), who received it, optional scanned file (PDF/JPG/PNG, kept in
    the document store)."""
    require(actor, "vouchers.record_signed")
    if isinstance(signed_on, datetime):
        signed_on = signed_on.date()
    if not isinstance(signed_on, date):
        raise ValidationError(tr("Enter the date the customer signed."), field="signed_on")
    if copy_number is not None and (isinstance(copy_number, bool)
                                    or not isinstance(copy_number, int)):
        raise ValidationError(tr("Choose the print of the voucher the customer signed."),
                              field="copy_number")
    received_by = " ".join(str(received_by or "").split())[:100] or (
        getattr(actor, "full_name", "") or getattr(actor, "username", ""))
    source = Path(scan_file) if scan_file else None
    if source is not None:
        if source.suffix.lower() not in SCAN_SUFFIXES or not source.is_file():
            raise ValidationError(tr("The scanned copy must be an existing PDF, JPG or PNG "
                                     "file, not {file}.", file=source.name), field="scan_file")
    with transaction():
        claim = _claim(claim)
        made = prints(claim)
        if not made:
            raise Conflict(tr("The voucher of claim {number} has not been printed yet; print "
                              "it for the customer to sign first.", number=claim.number))
        if SignedCopy.select().where(SignedCopy.claim == claim.id).exists():
            raise Conflict(tr("The signed voucher of claim {number} is already recorded.",
                              number=claim.number))
        if claim.state in (CANCELLED, REJECTED):
            raise Conflict(tr("Claim {number} is {state}; no signed voucher is recorded for "
                              "it.", number=claim.number,
                              state=state_name(claim.state)))
        chosen = _signed_print(claim, made, copy_number)
        first, today = print_day(chosen), date.today()
        if signed_on < first:
            raise ValidationError(tr("Claim {number}: the signing date {date} is before {print}; "
                                     "the customer signed it from that day on. Enter a date "
                                     "from {first} to {today}.", number=claim.number,
                                     date=signed_on, print=print_words(chosen), first=first,
                                     today=today), field="signed_on")
        if signed_on > today:
            raise ValidationError(tr("Claim {number}: the signing date {date} is in the future; "
                                     "{print} was signed on a day from {first} to {today}.",
                                     number=claim.number, date=signed_on,
                                     print=print_words(chosen), first=first, today=today),
                                  field="signed_on")
        path, digest = _keep_scan(claim, source) if source else ("", "")
        signed = SignedCopy.create(claim=claim, voucher_print=chosen, signed_on=signed_on,
                                   received_by=received_by, file_path=path, file_sha256=digest,
                                   recorded_by=_user(actor))
        audit.record(actor, "voucher.signed", "claim", claim.number,
                     tr.message("Signed voucher of claim {number} received by {name} "
                                "(signed {date})", number=claim.number, name=received_by,
                                date=signed_on),
                     after={"signed_on": str(signed_on), "received_by": received_by,
                            "copy": chosen.copy_number, "file": path, "sha256": digest})
        advance(actor, claim)
    return signed


def _signed_print(claim: Claim, made: list[VoucherPrint], copy_number: int | None
                  ) -> VoucherPrint:
    """The print the customer signed: ``copy_number``, or the latest print made before now."""
    if copy_number is None:
        now = utcnow()
        before = [p for p in made if p.printed_at <= now]
        return (before or made)[-1]
    for candidate in made:
        if candidate.copy_number == copy_number:
            return candidate
    wanted = (tr("the original") if copy_number == 0 else tr("copy {n}", n=copy_number))
    raise ValidationError(tr("Claim {number} has no voucher print \"{print}\"; its prints are "
                             "{prints}. Choose the one the customer signed.",
                             number=claim.number, print=wanted,
                             prints="; ".join(print_words(p) for p in made)),
                          field="copy_number")


def _keep_scan(claim: Claim, source: Path) -> tuple[str, str]:
    """Keep the scanned file the user chose in the document store: where it is, its SHA-256."""
    data = source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    name = f"{claim.number}-{digest[:12]}{source.suffix.lower()}"
    return document_store.store("signed", name, data), digest


def signed_copy(claim) -> SignedCopy | None:
    return SignedCopy.get_or_none(SignedCopy.claim == _claim(claim).id)
