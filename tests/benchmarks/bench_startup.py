"""How long PartsDesk takes from a double-click to a window the user can type into.

    python tests/benchmarks/bench_startup.py [--db FILE] [--runs 5]

Starts a fresh interpreter each run (as the Start-menu shortcut does) on the given database (by
default a new small demo), and reports the wall time until the log-in dialog is on screen and
accepting keys, then the time from logging in until the main window shows its first page.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DRIVER = r"""
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])

def login_shown():
    print("login", flush=True)
    dialog = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if w.isVisible())
    started = time.perf_counter()
    from partsdesk.services import users
    from partsdesk.ui.main_window import MainWindow
    window = MainWindow(users.authenticate("admin", "demo123"), sys.argv[1])
    window.show()
    app.processEvents()
    print(f"main {time.perf_counter() - started:.3f}", flush=True)
    os._exit(0)

QTimer.singleShot(0, login_shown)
from partsdesk.ui import app as shell
shell.run(database=sys.argv[1])
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PARTSDESK_HOME=tempfile.mkdtemp(prefix="partsdesk-startup-"))
    db = args.db
    if not db:
        db = str(Path(env["PARTSDESK_HOME"]) / "demo.sqlite3")
        subprocess.run([sys.executable, "-m", "partsdesk", "demo", "--db", db], env=env,
                       check=True, capture_output=True, cwd=ROOT)
    to_login, to_main = [], []
    for _ in range(args.runs):
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", DRIVER, db], env=env, cwd=ROOT,
                                   stdout=subprocess.PIPE, text=True)
        for line in process.stdout:
            if line.startswith("login"):
                to_login.append(time.perf_counter() - started)
            elif line.startswith("main"):
                to_main.append(float(line.split()[1]))
        process.wait()
    print(f"process start to log-in dialog: median {statistics.median(to_login) * 1000:.0f} ms "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in to_login)})")
    print(f"log-in to main window shown:    median {statistics.median(to_main) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
