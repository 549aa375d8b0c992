"""The one way to run work off the GUI thread: progress, cancel, and errors shown in one place.

    run(parent, work, label=tr("Importing…"), on_done=show_result)

``work(progress)`` runs in a worker thread; it calls ``progress(done, total)``, which raises
``Cancelled`` once the user pressed Cancel (the work's transaction then rolls back). ``on_done``
gets the result on the GUI thread; any exception becomes a message through ``messages.report``.

    background(page, work, on_done=show_figures)

does the same for reading the user need not wait for: no dialog, the window stays usable.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from partsdesk.i18n import Translator
from partsdesk.services.errors import Cancelled
from partsdesk.ui import messages

tr = Translator("Operations")

_running: set["Operation"] = set()      # keep Python objects alive until they finish


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Operation(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()
        self.cancel_requested = threading.Event()

    def progress(self, done: int, total: int) -> None:
        if self.cancel_requested.is_set():
            raise Cancelled(tr("Cancelled; nothing was changed."))
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        from partsdesk.db.connection import database
        try:
            result = self.work(self.progress)
        except BaseException as exc:       # reported on the GUI thread, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            if database.obj is not None and not database.is_closed():
                database.close()            # this worker thread's own connection


def run(parent: QWidget | None, work: Callable, *, label: str,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        cancellable: bool = True) -> Operation:
    op = Operation(work)
    dialog = QProgressDialog(label, tr("Cancel") if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle("PartsDesk")
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)      # short work shows no dialog at all
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(op.cancel_requested.set)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finish() -> None:
        dialog.reset()
        dialog.close()
        dialog.deleteLater()
        _running.discard(op)

    def finished(result) -> None:
        finish()
        if on_done:
            on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, Cancelled):
            messages.info(parent, str(exc))
        elif on_error:
            on_error(exc)
        else:
            messages.report(parent, exc)

    op.signals.progressed.connect(progressed)
    op.signals.finished.connect(finished)
    op.signals.failed.connect(failed)
    _running.add(op)
    QThreadPool.globalInstance().start(op)
    return op


_reading: QThreadPool | None = None


def _reading_pool() -> QThreadPool:
    """The threads of ``background`` work, apart from the global pool's, so a slow figure
    never keeps an export or an import the user started waiting."""
    global _reading
    if _reading is None:
        _reading = QThreadPool()
        _reading.setMaxThreadCount(2)
    return _reading


def background(parent: QWidget | None, work: Callable[[], Any],
               on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None] | None = None) -> Operation:
    """Work the user need not wait for (a page's figures): no progress dialog, nothing to
    cancel, the window stays usable. ``on_done`` gets the result on the GUI thread, unless
    ``parent`` is gone by then; an exception goes to ``on_error``, else becomes a message."""
    op = Operation(lambda progress: work())

    def alive() -> bool:
        return parent is None or shiboken6.isValid(parent)

    def finished(result) -> None:
        _running.discard(op)
        if alive():
            on_done(result)

    def failed(exc: BaseException) -> None:
        _running.discard(op)
        if alive():
            (on_error or (lambda error: messages.report(parent, error)))(exc)

    op.signals.finished.connect(finished)
    op.signals.failed.connect(failed)
    _running.add(op)
    _reading_pool().start(op)
    return op


def running() -> bool:
    return bool(_running)
