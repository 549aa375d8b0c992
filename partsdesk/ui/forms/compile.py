"""Compile every ``forms/*.ui`` into ``partsdesk/ui/forms/ui_<name>.py`` with pyside6-uic.

    python -m partsdesk.ui.forms.compile          # only forms whose .ui changed
    python -m partsdesk.ui.forms.compile --check  # exit 1 when a generated file is stale

Each generated file records the SHA-256 of its .ui, so "changed" does not depend on file times
(a fresh clone has them all equal) and the check works without pyside6-uic.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FORMS = ROOT / "forms"
OUTPUT = Path(__file__).resolve().parent

HEADER = ("# generated from forms/{ui} by python -m partsdesk.ui.forms.compile — do not edit\n"
          "# source-sha256: {digest}\n")


def digest(ui: Path) -> str:
    # Line endings normalised: a Windows checkout with autocrlf is not "changed".
    return hashlib.sha256(ui.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def target(ui: Path) -> Path:
    return OUTPUT / f"ui_{ui.stem}.py"


def recorded_digest(generated: Path) -> str | None:
    if not generated.exists():
        return None
    for line in generated.read_text(encoding="utf-8").splitlines()[:3]:
        if line.startswith("# source-sha256: "):
            return line.split(": ", 1)[1].strip()
    return None


def stale() -> list[Path]:
    """The .ui files whose generated code is missing or older than the form."""
    return [ui for ui in sorted(FORMS.glob("*.ui")) if recorded_digest(target(ui)) != digest(ui)]


def uic() -> list[str]:
    found = shutil.which("pyside6-uic") or shutil.which("pyside6-uic",
                                                        path=str(Path(sys.executable).parent))
    if found:
        return [found]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def compile_form(ui: Path) -> Path:
    code = subprocess.run([*uic(), "--generator", "python", str(ui)], capture_output=True,
                          text=True, encoding="utf-8", check=True).stdout
    out = target(ui)
    out.write_text(HEADER.format(ui=ui.name, digest=digest(ui)) + code, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    todo = stale()
    if "--check" in argv:
        for ui in todo:
            print(f"stale: {target(ui).name} (run python -m partsdesk.ui.forms.compile)")
        return 1 if todo else 0
    for ui in todo:
        print(f"compiled {ui.name} -> {compile_form(ui).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
