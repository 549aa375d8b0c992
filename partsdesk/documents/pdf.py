"""What every PDF shares: escaping database text, paragraph styles, atomic writes, the archive.

Printed documents are archived with their SHA-256 in the document store
(``services.document_store``), so what a customer signed can be shown again byte for byte (the
settlement voucher records where it is kept and the hash this module returns).
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle

from partsdesk.documents.fonts import cjk_font
from partsdesk.services import document_store

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def escape(text) -> str:
    """Database text made safe for reportlab ``Paragraph`` markup: it prints exactly as typed.

    A part name like ``<b>Seal & "O" ring`` would otherwise be parsed as markup (or fail).
    """
    if text is None:
        return ""
    text = str(text)
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                         ("'", "&#39;")):
        text = text.replace(char, entity)
    return text.replace("\r\n", "\n").replace("\n", "<br/>")


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in the embedded Chinese font; CJK wrapping breaks between characters."""
    font = cjk_font()
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        "heading": ParagraphStyle("heading", parent=body, fontSize=11, leading=14,
                                  spaceBefore=6, spaceAfter=3),
        "title": ParagraphStyle("title", parent=body, fontSize=16, leading=20, spaceAfter=8),
        "right": ParagraphStyle("right", parent=body, alignment=2),
    }


def write_atomic(path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so a crash leaves the old file or the new one, never half."""
    return document_store.write_whole(path, data)


def archive(pdf_bytes: bytes, kind: str, reference: str) -> tuple[Path, str]:
    """Keep a printed document in the store: ``<kind>/<year>/<reference>-<time>-<hash>.pdf``.

    Returns the path and the SHA-256 (hex) of the bytes. An archived file is never overwritten:
    a reprint is a new file.
    """
    digest = hashlib.sha256(pdf_bytes).hexdigest()
    now = datetime.now(timezone.utc)
    kind = _SAFE_NAME.sub("_", kind).strip("._") or "document"
    name = _SAFE_NAME.sub("_", str(reference)).strip("._") or "document"
    where = document_store.store(kind, f"{now:%Y}/{name}-{now:%Y%m%dT%H%M%S%fZ}-{digest[:12]}.pdf",
                                 pdf_bytes)
    return Path(where), digest


def sha256_of(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
