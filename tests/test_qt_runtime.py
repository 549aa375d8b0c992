"""The Qt binding survives a long working day: a clerk's scanning session makes tens of thousands
of Qt calls. (PySide6 6.12.0 on Python 3.11 aborted after some thousand; pyproject excludes it.)"""

import subprocess
import sys

LONG_SESSION = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(50_000):
    label.setText("scan")
print("survived")
"""


def test_a_long_session_of_qt_calls_does_not_abort_the_program():
    result = subprocess.run([sys.executable, "-c", LONG_SESSION], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"
