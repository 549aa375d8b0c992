"""``partsdesk --self-test``: one line and an exit code, whatever happens."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from partsdesk import __version__, selftest
from partsdesk.cli import main
from partsdesk.selftest import self_test
from partsdesk.ui import pdf_preview

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
    assert ", preview " in line


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


class _DllWillNotLoad:
    """Stands in for a PC where ctypes cannot load pdfium.dll: the import raises OSError."""

    def find_spec(self, name, path=None, target=None):
        if name == "pypdfium2":
            raise OSError("[WinError 193] %1 is not a valid Win32 application")
        return None


def test_an_installation_without_pdfium_fails_at_the_preview_and_says_why(home, capsys, qapp,
                                                                          monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    assert self_test() == 1
    line = capsys.readouterr().out
    assert line.startswith("PartsDesk self-test FAILED: preview: PDFium does not load, so "
                           "documents can be neither previewed nor printed: ModuleNotFoundError")


def test_a_pdfium_dll_that_will_not_load_is_named_and_the_preview_falls_back(home, capsys, qapp,
                                                                             monkeypatch):
    monkeypatch.delitem(sys.modules, "pypdfium2", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_DllWillNotLoad(), *sys.meta_path])
    assert not pdf_preview.can_render()     # the preview offers the PDF viewer instead
    assert self_test() == 1
    assert capsys.readouterr().out.rstrip().endswith(
        "printed: OSError: [WinError 193] %1 is not a valid Win32 application")


def test_a_label_page_that_draws_blank_fails_the_preview_step(tmp_path):
    blank = tmp_path / "blank.pdf"
    canvas = Canvas(str(blank))
    canvas.showPage()
    canvas.save()
    with pytest.raises(selftest.StepFailed, match="drew blank"):
        selftest._preview({"label": blank.read_bytes()})
