"""Screenshots of the running application for the README, taken offscreen.

    python docs/screenshots.py

Builds the demo database in a temporary data folder, starts the real application shell, logs
in through the log-in dialog as the demo administrator and saves, in English and Chinese:
``docs/login-<lang>.png`` and ``docs/page-<page>-<lang>.png`` for every page; the English
catalogue page is also ``docs/main-window.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PARTSDESK_HOME"] = tempfile.mkdtemp(prefix="partsdesk-screens-")
os.environ.pop("PARTSDESK_DB", None)

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from partsdesk.settings import demo_database  # noqa: E402
from partsdesk.ui import app as shell_app  # noqa: E402
from partsdesk.ui import messages, operations  # noqa: E402

SIZE = (1280, 800)


def settle(ms: int = 300) -> None:
    """Let lazy tables fetch and layouts finish before a picture is taken."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline or operations.running():
        QApplication.processEvents()
        time.sleep(0.01)


def build_demo() -> str:
    from partsdesk.db.connection import close_database
    from partsdesk.services import demo
    path = demo_database()
    print(demo.build(path, size="small"))
    add_loop_if_missing()
    close_database()
    return path


def shoot(language: str, database: str) -> list[Path]:
    shell = shell_app.Shell(database=database, language=language)
    shell.start()
    dialog = shell.dialog
    dialog.ui.username.setText("admin")
    settle()
    saved = [save(dialog, f"login-{language}.png")]
    password = next((p for name, _role, p in getattr(dialog, "accounts", []) if name == "admin"),
                    "demo123")
    dialog.ui.password.setText(password)
    QTest.keyClick(dialog.ui.password, Qt.Key_Return)
    window = shell.window
    window.resize(*SIZE)
    for row, spec in enumerate(window.specs):
        window.navigation.setCurrentRow(row)
        settle()
        saved.append(save(window, f"page-{spec.key}-{language}.png"))
        if spec.key == "catalog" and language == "en":
            saved.append(save(window, "main-window.png"))
    window, shots = shoot_claim_desk(shell, window, language)
    saved += shots
    window, shots = shoot_claim_loop(shell, window, language)
    saved += shots
    window.replace()
    settle(100)
    return saved


def log_in_again(shell, window, username: str):
    """Log out and back in as another demo user; returns the new main window."""
    window.log_out_requested.emit()
    settle()
    dialog = shell.dialog
    dialog.ui.username.setText(username)
    dialog.ui.password.setText(next((p for name, _role, p in getattr(dialog, "accounts", [])
                                     if name == username), "demo123"))
    QTest.keyClick(dialog.ui.password, Qt.Key_Return)
    shell.window.resize(*SIZE)
    return shell.window


def shoot_claim_desk(shell, window, language: str):
    """The claim desk is not the administrator's: a draft with its form as the warranty
    administrator; the approval queue and a repaired claim's history as the supervisor."""
    from partsdesk.ui.claims.view import ClaimView
    window = log_in_again(shell, window, "warranty")
    window.select("claims")
    page = window.pages["claims"]
    page.state_filter.setCurrentIndex(page.state_filter.findData("draft"))
    page.table.selectRow(0)
    settle()
    saved = [save(window, f"page-claims-{language}.png")]
    form = page.view.edit()
    form.resize(1180, 800)
    settle()
    saved.append(save(form, f"claim-form-{language}.png"))
    form.done(0)
    window = log_in_again(shell, window, "supervisor")
    window.select("approvals")
    settle()
    saved.append(save(window, f"page-approvals-{language}.png"))
    window.select("claims")
    page = window.pages["claims"]
    page.state_filter.setCurrentIndex(page.state_filter.findData("repaired"))
    page.table.selectRow(0)
    view = page.findChild(ClaimView)
    view.tabs.setCurrentWidget(view.history)
    settle()
    saved.append(save(window, f"claim-history-{language}.png"))
    return window, saved


def add_loop_if_missing() -> None:
    """Tags, shipments, vouchers, batches and payments, when the demo has not made them."""
    from partsdesk.db.models.settlement import SettlementBatch
    from partsdesk.services import demo_loop
    if not SettlementBatch.select().exists():
        demo_loop.add_loop()


def shoot_claim_loop(shell, window, language: str):
    """The second half of the loop: a return shipment being packed as the parts clerk and a
    returned tag being inspected as the return inspector; the settlement view with a claim's
    voucher as the warranty administrator, and a submitted batch with its payment dialog as the
    settlement clerk."""
    from partsdesk.db.models.claims import Claim
    from partsdesk.db.models.returns import DefectTag
    from partsdesk.documents import voucher
    from partsdesk.ui.pdf_preview import PdfPreviewDialog
    window = log_in_again(shell, window, "clerk")
    window.select("returns")
    page = window.pages["returns"]
    page.tabs.setCurrentWidget(page.shipments)
    open_rows = [row for row in page.shipments.model.rows if row[2] == "open"]
    if open_rows:
        page.shipments.open(open_rows[0][1])
    settle()
    saved = [save(window, f"returns-shipment-{language}.png")]
    window = log_in_again(shell, window, "inspector")     # receiving returned parts is theirs
    window.select("returns")
    page = window.pages["returns"]
    page.tabs.setCurrentWidget(page.receipt)
    shipped = DefectTag.select().where(DefectTag.state == "shipped").first()
    if shipped is not None:
        page.receipt.on_scanned(shipped.number)
        page.receipt.inspection.choose("no_fault_found")
    settle()
    saved.append(save(window, f"returns-inspection-{language}.png"))
    window = log_in_again(shell, window, "warranty")
    window.select("settlement")
    overview = window.pages["settlement"].overview
    claim = Claim.select().where(Claim.state == "signed").order_by(Claim.id).first()
    if claim is not None:
        overview.select(claim.number)
    settle()
    saved.append(save(window, f"page-settlement-{language}.png"))
    if claim is not None:
        data = voucher.render(claim, language, copy_number=0)
        dialog = PdfPreviewDialog(data, claim.number, claim.number, window)
        dialog.resize(900, 1100)
        dialog.show()
        settle()
        saved.append(save(dialog, f"voucher-{language}.png"))
        dialog.done(0)
    window = log_in_again(shell, window, "settlement")
    window.select("settlement")
    page = window.pages["settlement"]
    page.batches.model.set_query("")
    submitted = [row for row in page.batches.model.rows if row[2] == "submitted"]
    page.show_batch(submitted[0][1] if submitted else "")
    settle()
    saved.append(save(window, f"settlement-batch-{language}.png"))
    return window, saved


def save(widget, name: str) -> Path:
    path = DOCS / name
    widget.grab().save(str(path))
    return path


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    shell_app.prepare(app)
    messages.headless = True        # nothing may block an unattended run
    database = build_demo()
    for language in ("en", "zh_CN"):
        for path in shoot(language, database):
            print(f"saved {path.relative_to(DOCS.parent)}")
    problems = [m for m in messages.shown if m.level in ("error", "warning")]
    for problem in problems:
        print(f"{problem.level}: {problem.text}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
