"""The layers below the UI never import Qt, so the CLI and scripts run without a display."""

import subprocess
import sys
from pathlib import Path

import partsdesk

PACKAGE = Path(partsdesk.__file__).parent
QT_FREE = ["db", "services", "documents", "spreadsheets"]


def test_logic_layers_import_no_qt():
    modules = sorted(
        "partsdesk." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for layer in QT_FREE for p in (PACKAGE / layer).rglob("*.py"))
    modules = [m.removesuffix(".__init__") for m in modules]
    code = ("import sys\n"
            f"for m in {modules!r}: __import__(m)\n"
            "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            "print(','.join(qt))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "", f"Qt imported by the logic layers: {result.stdout}"


def test_logic_layers_do_not_mention_qt_in_source():
    offenders = [str(p.relative_to(PACKAGE)) for layer in QT_FREE
                 for p in (PACKAGE / layer).rglob("*.py")
                 if "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []
