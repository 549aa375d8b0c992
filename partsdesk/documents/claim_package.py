"""The claim package: per claim the settlement voucher for signature, its defective-part tags on
an A4 label sheet, and the parts issue slip — one PDF for one claim or for a batch of claims.

Printing a package prints each claim's voucher, so each one is an original or the next copy,
rendered, archived and recorded as a voucher printed alone is (``voucher.render_next``,
``voucher.record``; a copy made after the customer signed says so and names the print signed).
Nothing is recorded until the whole PDF is built: a failure or a cancel (``progress`` raises
``Cancelled``) leaves no print history behind. Built off the GUI thread with
``progress(done, total)``.
"""

from __future__ import annotations

import io
from typing import Callable, Iterable

from partsdesk import i18n
from partsdesk.documents import issue_slip, tags, voucher
from partsdesk.documents.flowables import FullPage, document
from partsdesk.documents.labels import get_layout
from partsdesk.documents.pdf import write_atomic
from partsdesk.i18n import Translator
from partsdesk.services import returns, vouchers
from partsdesk.services.errors import ValidationError

tr = Translator("ClaimPackage")


def _claims(actor, numbers: Iterable[str]) -> list:
    unique = list(dict.fromkeys(str(n).strip().upper() for n in numbers if str(n).strip()))
    if not unique:
        raise ValidationError(tr("Name at least one claim for the package."), field="claims")
    return [vouchers.check_printable(actor, number) for number in unique]


def _tag_pages(claim, lang: str, layout) -> list:
    items = [tags.tag_label(tag, lang) for tag in returns.tags_of(claim)]
    pages = []
    for start in range(0, len(items), layout.per_page):
        chunk = items[start:start + layout.per_page]
        pages.append(FullPage(lambda canvas, chunk=chunk: tags.draw_sheet(canvas, chunk, layout,
                                                                          lang)))
    return pages


def build(actor, claim_numbers: Iterable[str], lang: str | None = None,
          progress: Callable[[int, int], None] | None = None, output=None,
          tag_layout: str = tags.DEFAULT_A4) -> bytes:
    """The package PDF of the claims, in their order; returns the bytes (and writes ``output``).

    ``progress(done, total)`` counts claims rendered; the last step writes the file.
    """
    lang = lang or i18n.language()
    layout = get_layout(tag_layout)
    if layout.is_roll:
        raise ValidationError(tr("A claim package prints its tags on an A4 sheet layout, not "
                                 "on a roll."), field="tag_layout")
    chosen = _claims(actor, claim_numbers)
    report = progress or (lambda done, total: None)
    total = len(chosen) + 1
    report(0, total)
    story, printed = [], []
    organisation = vouchers.document_settings()
    for done, claim in enumerate(chosen, 1):
        # the voucher alone, as archived; the same page goes into the package
        made = voucher.render_next(actor, claim, lang, organisation)
        printed.append(made)
        story += voucher.story(made.facts, lang, made.copy_number, made.printed_at,
                               actor.username)
        story += _tag_pages(claim, lang, layout)
        story += issue_slip.story(claim, lang)
        report(done, total)
    out = io.BytesIO()
    title = (tr.lang(lang, "Claim package {number}", number=chosen[0].number)
             if len(chosen) == 1 else
             tr.lang(lang, "Claim packages of {count} claims", count=len(chosen)))
    doc = document(out, title)
    doc.build(story[:-1])           # the last page break would add a blank page
    data = out.getvalue()
    voucher.record(actor, printed, lang)          # every print or none
    if output is not None:
        write_atomic(output, data)
    report(total, total)
    return data
