"""The document store keeps a printed voucher or a scanned signed copy as bytes under a name and
gives exactly those bytes back from where it said it keeps them."""

import os
from pathlib import Path

import pytest

from partsdesk.services import document_store


def test_a_stored_document_reads_back_byte_for_byte(home):
    where = document_store.store("signed", "WC-2026-000001-0123456789ab.png", b"\x89PNG scan")
    assert Path(where) == home / "documents" / "signed" / "WC-2026-000001-0123456789ab.png"
    assert document_store.read(where) == b"\x89PNG scan"


def test_a_document_kept_on_another_pc_reads_as_nothing(home):
    assert document_store.read(str(home / "documents" / "voucher" / "2026" / "gone.pdf")) is None


def test_a_write_that_fails_leaves_no_half_document(home, monkeypatch):
    def disk_full(_):
        raise OSError("No space left on device")
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        document_store.store("voucher", "2026/WC-2026-000001.pdf", b"%PDF-1.4 half")
    assert list((home / "documents" / "voucher" / "2026").iterdir()) == []
