"""Logging in and out by hand: a real double-click on a demo account, and a log-out from the
menu, in a process of their own (a window freed under its own handler ends the process with a
segmentation fault, which must fail this test rather than the whole run)."""

import os
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from partsdesk.db.connection import close_database, open_database
    from partsdesk.db.models import Setting
    from partsdesk.services import users
    from partsdesk import demo
    from partsdesk.ui import app

    path = sys.argv[1]
    open_database(path)
    users.create_first_admin(demo.PASSWORD)
    Setting.create(key=demo.DEMO_KEY, value="true")      # the log-in lists the demo accounts
    close_database()
    qt = QApplication.instance() or QApplication([])
    app.prepare(qt)
    shell = app.Shell(database=path, language="en")
    shell.start()

    def wait(condition):
        for _ in range(2000):
            if condition():
                return
            QTest.qWait(10)
        raise SystemExit("timed out")

    def double_click_the_first_demo_account():
        # No reference to the dialog is kept here: only the shell holds it, as in the app.
        wait(lambda: shell.dialog is not None and shell.dialog.isVisible())
        table = shell.dialog.ui.demoAccounts
        centre = table.visualItemRect(table.item(0, 0)).center()
        viewport = table.viewport()
        del table
        QTest.mouseClick(viewport, Qt.LeftButton, Qt.NoModifier, centre)
        QTest.mouseDClick(viewport, Qt.LeftButton, Qt.NoModifier, centre)
        del viewport
        wait(lambda: shell.window is not None and shell.window.isVisible())
        QTest.qWait(50)

    double_click_the_first_demo_account()
    print("logged in as", shell.user.username, flush=True)
    QTest.keyClick(shell.window, Qt.Key_L, Qt.ControlModifier)      # File > Log out
    QTest.qWait(50)
    double_click_the_first_demo_account()
    print("logged in again", flush=True)
""")


def test_a_double_click_on_a_demo_account_logs_in_and_log_out_brings_the_log_in_back(tmp_path,
                                                                                    home):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARTSDESK_HOME=str(home))
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "demo.sqlite3")],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, (done.returncode, done.stdout, done.stderr[-2000:])
    assert done.stdout.splitlines() == ["logged in as admin", "logged in again"]
