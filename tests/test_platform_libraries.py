"""A Linux PC without the X libraries Qt's window needs is told which packages to install."""

import ctypes
import os
import subprocess
import sys

from partsdesk import platform_libraries


def loader_without(*absent: str):
    def load(name: str):
        if name in absent:
            raise OSError(f"{name}: cannot open shared object file")
        return None
    return load


def test_the_message_names_the_debian_packages_of_the_missing_libraries():
    text = platform_libraries.problem(loader_without("libxcb-icccm.so.4", "libxcb-cursor.so.0"),
                                      "linux", {})
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in text


def test_nothing_is_said_when_every_library_is_there_or_qt_draws_elsewhere():
    everything = loader_without()
    nothing = loader_without(*platform_libraries.XCB_LIBRARIES)
    assert platform_libraries.problem(everything, "linux", {}) is None
    assert platform_libraries.problem(nothing, "linux", {"QT_QPA_PLATFORM": "offscreen"}) is None
    assert platform_libraries.problem(nothing, "win32", {}) is None


def test_starting_the_window_without_them_prints_the_packages_not_qts_message(tmp_path):
    missing = platform_libraries.missing_packages(ctypes.CDLL)
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PARTSDESK_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "partsdesk", "--db", str(tmp_path / "x.db")],
                          env=env, capture_output=True, text=True, timeout=60)
    if missing:
        assert done.returncode == 1
        assert "sudo apt-get install " + " ".join(missing) in done.stderr
        assert "platform plugin" not in done.stderr
    else:                   # every library is here: Qt itself goes on (and finds no display)
        assert "apt-get install" not in done.stderr
