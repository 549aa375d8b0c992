"""Stored documents: every printed voucher as it was printed, every signed copy as it was scanned.

Kept as bytes under a name, so either can be shown again byte for byte: ``store`` keeps them and
says where they are (what the print history and the signed copy record), ``read`` gives them
back. The services and the documents keep and read stored documents only through here. Today
they are files under the data folder's ``documents/<kind>/`` (where a person finds them too);
the records hold that path.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from partsdesk.settings import data_dir


def root() -> Path:
    return data_dir() / "documents"


def store(kind: str, name: str, data: bytes) -> str:
    """Keep ``data`` as document ``name`` of ``kind`` (a name may hold a folder: "2026/…");
    returns where it is kept."""
    return str(write_whole(root() / kind / name, data))


def read(where: str) -> bytes | None:
    """The bytes kept at ``where`` (as ``store`` said), or None when they are not here: kept on
    another PC, or the documents folder was lost."""
    path = Path(where)
    return path.read_bytes() if path.exists() else None


def write_whole(path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so a crash leaves the old file or the new one, never half: how
    a document is kept here, and how the documents write a file the user chose."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
