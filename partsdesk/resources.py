"""Where the application's own files are: fonts, translations, icons, sample files.

In a source checkout they sit in ``resources/`` beside the package; in an installed bundle the
build copies the same folder next to the package, so one rule finds them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def root() -> Path:
    override = os.environ.get("PARTSDESK_RESOURCES")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources",
                      Path(sys.prefix) / "share" / "partsdesk" / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("PartsDesk resources folder not found; reinstall PartsDesk.")


def path(*parts: str) -> Path:
    return root().joinpath(*parts)


CJK_FONT = ("fonts", "wqy-microhei.ttc")
