"""``partsdesk --self-test``: does this installation work? Checked headless, in a temporary folder.

Used after installing (the Windows installer's test runs it under wine) and by support on a PC
that misbehaves. Each step exercises one layer as a real start would: the database, the services,
a PDF with Chinese text in the bundled font, that PDF drawn by PDFium as the preview and printing
draw it, the translations, the main window (offscreen).

The result is one line on stdout and the exit code. The line is deliberately not translated:
scripts look for "self-test passed".
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from partsdesk import __version__

PASSWORD = "self-test-password"
PREVIEW_DPI = 100
INKED = (0.001, 0.5)        # one label on an A4 sheet: some ink, far from all of it


class StepFailed(Exception):
    """A step's own one-line reason."""


def _database(state: dict, folder: Path) -> None:
    from partsdesk.db.connection import open_database
    from partsdesk.db.migrations import LATEST, current_version
    state["target"] = str(folder / "self-test.sqlite3")
    open_database(state["target"], backup=False)
    if current_version() != LATEST:
        raise StepFailed(f"schema is at version {current_version()}, expected {LATEST}")


def _admin_and_part(state: dict) -> None:
    from partsdesk.services import catalog, users
    admin = users.create_first_admin(PASSWORD)
    state["user"] = users.authenticate("admin", PASSWORD)
    state["part"] = catalog.create_part(admin, catalog.PartData(
        "04152-YZZA1", "Oil filter", name_zh="机油滤清器", category="发动机"))


def _label(state: dict, folder: Path) -> None:
    from partsdesk.documents import labels
    from partsdesk.documents.fonts import CJK
    data = labels.render_part_labels([labels.part_label(state["part"], bin="A-01-01")],
                                     "a4-3x8", output=folder / "label.pdf")
    if not data.startswith(b"%PDF"):
        raise StepFailed("the label file is not a PDF")
    if b"/FontFile2" not in data or CJK.encode() not in data:
        raise StepFailed("the Chinese font is not embedded in the label PDF")
    state["label"] = data


def _preview(state: dict) -> None:
    """Page 1 of the label, drawn by the code that draws the preview and every printed page."""
    try:
        import pypdfium2  # noqa: F401 -- the preview's own import, here for the reason it fails
    except (ImportError, OSError) as exc:
        raise StepFailed(f"PDFium does not load, so documents can be neither previewed nor "
                         f"printed: {_reason(exc)}") from None
    from partsdesk.ui.pdf_preview import PdfPages, ink_share
    pages = PdfPages(state["label"])
    try:
        image = pages.image(0, PREVIEW_DPI)
    finally:
        pages.close()
    share = ink_share(image)
    if not INKED[0] <= share <= INKED[1]:
        raise StepFailed(f"page 1 of the label PDF drew {'blank' if share < INKED[0] else 'black'}"
                         f" ({share:.2%} of {image.width()} x {image.height()} pixels inked)")


def _translations() -> None:
    from partsdesk import i18n
    if not i18n.load_catalog():
        raise StepFailed("no Chinese translations found in the resources folder")


def _main_window(state: dict) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from partsdesk.ui.app import prepare
        from partsdesk.ui.main_window import MainWindow
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("partsdesk"):
            raise StepFailed(f"module {exc.name} is missing from this installation") from None
        raise
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    previous = qInstallMessageHandler(lambda *args: None)      # keep the output to one line
    try:
        if app is None:         # otherwise its owner (the running app, a test) prepared it
            app = QApplication([sys.argv[0] if sys.argv else "partsdesk"])
            prepare(app)
        window = MainWindow(state["user"], state["target"])
        window.show()
        app.processEvents()
        if not window.isVisible():
            raise StepFailed("the main window did not open")
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        qInstallMessageHandler(previous)


@contextmanager
def _private_home(folder: Path):
    """Settings, backups and archived documents of the test go to the temporary folder."""
    from partsdesk.settings import ENV_HOME
    saved = os.environ.get(ENV_HOME)
    os.environ[ENV_HOME] = str(folder / "home")
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(ENV_HOME, None)
        else:
            os.environ[ENV_HOME] = saved


def _reason(exc: BaseException) -> str:
    from partsdesk.services.errors import PartsDeskError
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if isinstance(exc, (StepFailed, PartsDeskError)):
        return text or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def run_steps(folder: Path) -> list[tuple[str, float]]:
    """Run every step; return (step, milliseconds). Raises (step, exception) on the first failure."""
    state: dict = {}
    steps = [
        ("database", lambda: _database(state, folder)),
        ("admin and part", lambda: _admin_and_part(state)),
        ("label PDF", lambda: _label(state, folder)),
        ("preview", lambda: _preview(state)),
        ("translations", _translations),
        ("main window", lambda: _main_window(state)),
    ]
    timings = []
    for name, step in steps:
        started = time.perf_counter()
        try:
            step()
        except KeyboardInterrupt:
            raise
        except BaseException as exc:        # any failure becomes the one-line reason
            raise _Failure(name, exc) from exc
        timings.append((name, (time.perf_counter() - started) * 1000))
    return timings


class _Failure(Exception):
    def __init__(self, step: str, exc: BaseException):
        super().__init__(step)
        self.step, self.exc = step, exc


def self_test() -> int:
    """Print one line, return 0 when the installation works and 1 when it does not."""
    from partsdesk.db.connection import close_database
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="partsdesk-self-test-") as name:
            folder = Path(name)
            with _private_home(folder):
                try:
                    timings = run_steps(folder)
                finally:
                    close_database()
    except _Failure as failure:
        return _say(f"PartsDesk self-test FAILED: {failure.step}: {_reason(failure.exc)}", 1)
    except Exception as exc:                # the temporary folder itself, for example
        return _say(f"PartsDesk self-test FAILED: setup: {_reason(exc)}", 1)
    total = (time.perf_counter() - started) * 1000
    detail = ", ".join(f"{step} {ms:.0f} ms" for step, ms in timings)
    return _say(f"PartsDesk {__version__} self-test passed ({detail}; total {total:.0f} ms)", 0)


def _say(line: str, code: int) -> int:
    stream = sys.stdout or sys.stderr      # a windowed Windows build may have neither
    if stream is not None:
        print(line, file=stream, flush=True)
    return code
