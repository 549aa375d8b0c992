"""``partsdesk --self-test``: one line and an exit code, whatever happens."""

import os
import subprocess
import sys
from pathlib import Path

from partsdesk import __version__
from partsdesk.cli import main
from partsdesk.selftest import self_test

ROOT = Path(__file__).resolve().parent.parent


def run_self_test(**env):
    return subprocess.run([sys.executable, "-m", "partsdesk", "--self-test"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env})


def test_a_working_installation_passes_in_one_line(home, capsys, qapp):
    assert self_test() == 0
    line = capsys.readouterr().out
    assert line.startswith(f"PartsDesk {__version__} self-test passed (database ")
    assert line.count("\n") == 1 and "main window" in line and "label PDF" in line


def test_the_self_test_leaves_the_users_data_folder_alone(home, capsys, qapp):
    assert main(["--self-test"]) == 0
    assert os.environ["PARTSDESK_HOME"] == str(home)
    assert list(home.iterdir()) == []


def test_the_installed_command_passes_as_its_own_process(home):
    result = run_self_test()
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"PartsDesk {__version__} self-test passed")
    assert result.stdout.count("\n") == 1


def test_missing_resources_fail_with_the_step_and_a_reason_not_a_traceback(home, tmp_path):
    result = run_self_test(PARTSDESK_RESOURCES=str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert result.stdout.startswith("PartsDesk self-test FAILED: label PDF: ")
    assert "wqy-microhei.ttc" in result.stdout and result.stdout.count("\n") == 1
    assert "Traceback" not in result.stdout + result.stderr


def test_a_missing_main_window_module_is_named(home, capsys, qapp, monkeypatch):
    monkeypatch.setitem(sys.modules, "partsdesk.ui.main_window", None)
    assert self_test() == 1
    assert capsys.readouterr().out == ("PartsDesk self-test FAILED: main window: module "
                                       "partsdesk.ui.main_window is missing from this "
                                       "installation\n")
