"""The Windows installer's recipe (packaging/): what goes into the bundle, and — once
``packaging/build`` has assembled ``packaging/work/bundle`` — that the bundle really holds and runs
what the app loads. The install itself is tested under wine by ``packaging/test-wine``."""

import base64
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
BUNDLE = PACKAGING / "work" / "bundle"


def bundle_state() -> str:
    """"" when packaging/work/bundle is assembled from the current sources, else why not."""
    stamp = BUNDLE / "runtime" / "python313._pth"          # written last thing by bundle.py
    if not stamp.is_file() or not (BUNDLE / "lib" / "partsdesk").is_dir():
        return "no assembled bundle: run packaging/build first"
    newer = [p for folder in ("partsdesk", "resources", "forms") for p in (ROOT / folder).rglob("*")
             if p.is_file() and "__pycache__" not in p.parts
             and p.stat().st_mtime > stamp.stat().st_mtime]
    return f"bundle older than {newer[0].relative_to(ROOT)}: run packaging/build" if newer else ""


built = pytest.mark.skipif(bool(bundle_state()), reason=bundle_state() or "built")


def load(name):
    # By path: "packaging" is also the name of a PyPI library that pip and setuptools import.
    spec = importlib.util.spec_from_file_location(f"partsdesk_packaging_{name}",
                                                  PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = load("bundle")
runtime = load("runtime")
icon = load("icon")


def source_resources():
    return {p.relative_to(ROOT / "resources").as_posix()
            for p in (ROOT / "resources").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


# --- the recipe (fast, no download) -----------------------------------------------------------

def test_every_folder_of_the_app_is_a_package_so_its_wheel_takes_it():
    missing = [str(d.relative_to(ROOT)) for d in (ROOT / "partsdesk").rglob("*")
               if d.is_dir() and d.name != "__pycache__" and any(d.glob("*.py"))
               and not (d / "__init__.py").exists()]
    assert missing == [], f"no __init__.py, so the wheel (and the installer) would drop: {missing}"


def test_the_app_package_holds_no_data_files_its_wheel_would_drop():
    data = [str(p.relative_to(ROOT)) for p in (ROOT / "partsdesk").rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert data == [], f"put run-time files in resources/, not in the package: {data}"


def test_the_bundle_copies_every_resource_the_app_loads(tmp_path):
    ico = tmp_path / "partsdesk.ico"
    ico.write_bytes(b"icon")
    bundle.copy_resources(tmp_path, ico)
    copied = {p.relative_to(tmp_path / "resources").as_posix()
              for p in (tmp_path / "resources").rglob("*") if p.is_file()}
    assert source_resources() | {"icons/partsdesk.ico"} <= copied
    assert {"fonts/wqy-microhei.ttc", "fonts/wqy-microhei.LICENSE.txt"} <= copied
    assert any(name.startswith("translations/zh_CN/") and name.endswith(".ts") for name in copied)


def test_windows_wheels_are_pinned_for_every_dependency_in_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["postgresql"]
    lines = [line for line in (PACKAGING / "requirements-windows.txt").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    pinned = {re.split(r"==", line)[0].lower(): line for line in lines}
    for requirement in wanted:
        name = re.split(r"[<>=!~;\[ ]", requirement)[0].lower()
        assert name in pinned, f"{name} has no pinned Windows wheel in requirements-windows.txt"
    assert all(re.search(r"==\S+ --hash=sha256:[0-9a-f]{64}$", line) for line in lines)


def test_windows_pins_meet_pyproject_on_the_bundled_python():
    """The bundle runs CPython 3.13 on 64-bit Windows: each pin must meet every pyproject
    requirement that applies there (the bar on PySide6 6.12 is for Python 3.11 only)."""
    from packaging.requirements import Requirement      # the PyPI library; pytest needs it
    from packaging.utils import canonicalize_name
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["postgresql"]
    lines = [line for line in (PACKAGING / "requirements-windows.txt").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    pins = {canonicalize_name(name): version for name, version in
            (re.match(r"([\w.-]+)==(\S+)", line).groups() for line in lines)}
    digits = runtime.TAG.removeprefix("cp")
    python = f"{digits[0]}.{digits[1:]}"
    windows = {"python_version": python, "python_full_version": f"{python}.0",
               "sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
               "platform_machine": "AMD64", "implementation_name": "cpython",
               "platform_python_implementation": "CPython"}
    applied = set()
    for text in wanted:
        requirement = Requirement(text)
        if requirement.marker is not None and not requirement.marker.evaluate(windows):
            continue
        name = canonicalize_name(requirement.name)
        applied.add(name)
        assert requirement.specifier.contains(pins[name], prereleases=True), \
            f"{name}=={pins[name]} does not meet {text!r} on Python {python} (Windows)"
    assert {"pyside6-essentials", "pypdfium2"} <= applied


def test_the_trim_keeps_pdfium_and_its_licences_for_the_preview(tmp_path):
    kept = ("pypdfium2_raw/pdfium.dll", "pypdfium2_raw/bindings.py", "pypdfium2/__init__.py",
            "pypdfium2-5.15.2.dist-info/licenses/BUILD_LICENSES/pdfium.txt",
            "pypdfium2-5.15.2.dist-info/licenses/LICENSES/BSD-3-Clause.txt")
    for name in kept:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    bundle.trim(tmp_path)
    assert all((tmp_path / name).is_file() for name in kept)


def test_the_runtime_keeps_python_and_its_library_but_not_tkinter_tests_or_pip():
    assert runtime.wanted("cp313/python.exe") == "python.exe"
    assert runtime.wanted("cp313/pythonw.exe") == "pythonw.exe"
    assert runtime.wanted("cp313/python313.dll") == "python313.dll"
    assert runtime.wanted("cp313/DLLs/_sqlite3.pyd") == "DLLs/_sqlite3.pyd"
    assert runtime.wanted("cp313/Lib/json/decoder.py") == "Lib/json/decoder.py"
    for dropped in ("cp313/DLLs/tk86t.dll", "cp313/Lib/tkinter/ttk.py", "cp313/Lib/test/x.py",
                    "cp313/Lib/site-packages/pip/__init__.py", "cp313/Scripts/pip.exe",
                    "cp313/include/Python.h", "cp313/Lib/json/__pycache__/x.pyc"):
        assert runtime.wanted(dropped) is None, dropped


def test_the_pinned_code_signing_root_is_the_one_microsoft_publishes():
    pem = runtime.MS_ROOT.read_text()
    body = "".join(pem.split("-----")[2].split())
    assert hashlib.sha256(base64.b64decode(body)).hexdigest() == runtime.MS_ROOT_SHA256
    assert hashlib.sha1(base64.b64decode(body)).hexdigest() == \
        "f40042e2e5f7e8ef8189fed15519aece42c3bfa2"


def test_the_trimmed_qt_keeps_every_qt_module_the_app_imports():
    used = set()
    for source in (ROOT / "partsdesk").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.Qt(\w+)", source.read_text(encoding="utf-8")))
    assert used <= set(bundle.QT_MODULES), f"add to QT_MODULES in bundle.py: {used}"


def test_installed_python_looks_only_in_its_own_folders(tmp_path):
    bundle.write_pth(tmp_path)
    assert (tmp_path / bundle.PTH).read_bytes() == b"Lib\r\nDLLs\r\n..\\lib\r\n"


def test_the_icon_holds_every_size_windows_asks_for(qapp):
    made = icon.build_ico(ROOT / "resources" / "icons" / "partsdesk.svg")
    assert icon.icon_sizes(made) == [16, 20, 24, 32, 40, 48, 64, 256]
    committed = ROOT / "resources" / "icons" / "partsdesk.ico"
    assert icon.icon_sizes(committed.read_bytes()) == [16, 20, 24, 32, 40, 48, 64, 256]


@pytest.mark.skipif(not shutil.which("makensis"), reason="makensis not installed (apt nsis)")
def test_the_installer_script_builds_a_64_bit_installer(tmp_path):
    fake = tmp_path / "bundle"
    for name in ("runtime/python313.dll", "lib/partsdesk/__init__.py", "partsdesk-cli.cmd"):
        (fake / name).parent.mkdir(parents=True, exist_ok=True)
        (fake / name).write_text("x")
    (fake / "lib/resources/icons").mkdir(parents=True)
    shutil.copy(ROOT / "resources/icons/partsdesk.ico", fake / "lib/resources/icons")
    setup = tmp_path / "setup.exe"
    result = subprocess.run(["makensis", "-V2", "-DFAST", "-DVERSION=1.2.3",
                             "-DVERSION_NUMERIC=1.2.3.0", f"-DBUNDLE={fake}",
                             f"-DOUTFILE={setup}", str(PACKAGING / "installer.nsi")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    head = setup.read_bytes()[:4096]
    pe = int.from_bytes(head[0x3C:0x40], "little")
    assert head[pe:pe + 4] == b"PE\0\0"
    assert head[pe + 4:pe + 6] == b"\x64\x86", "the installer must be an x64 program"


# --- the assembled bundle (after packaging/build) ---------------------------------------------

@built
def test_built_bundle_holds_everything_the_app_loads_at_run_time():
    lib = BUNDLE / "lib"
    for needed in ("runtime/python.exe", "runtime/pythonw.exe", "runtime/python313.dll",
                   "runtime/python313._pth", "partsdesk-cli.cmd", "lib/partsdesk/__main__.py",
                   "lib/PySide6/Qt6Widgets.dll", "lib/PySide6/plugins/platforms/qwindows.dll",
                   "lib/PySide6/translations/qtbase_zh_CN.qm", "lib/pypdfium2_raw/pdfium.dll"):
        assert (BUNDLE / needed).is_file(), needed
    assert list(lib.glob("pypdfium2-*.dist-info/licenses/BUILD_LICENSES/pdfium.txt")), \
        "PDFium's licence must travel with pdfium.dll"
    bundled = {p.relative_to(lib / "resources").as_posix()
               for p in (lib / "resources").rglob("*") if p.is_file()}
    assert source_resources() <= bundled
    assert "icons/partsdesk.ico" in bundled
    forms = sorted(p.stem for p in (ROOT / "forms").glob("*.ui"))
    for form in forms:
        assert (lib / "partsdesk" / "ui" / "forms" / f"ui_{form}.py").is_file(), form
    app_modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "partsdesk").rglob("*.py")}
    shipped = {p.relative_to(lib).as_posix() for p in (lib / "partsdesk").rglob("*.py")}
    assert app_modules <= shipped, "the bundle is older than the code: run packaging/build"
    assert bundle.missing_dlls(BUNDLE) == {}


@built
@pytest.mark.skipif(not shutil.which("osslsigncode"), reason="osslsigncode not installed")
def test_built_runtime_is_signed_by_the_psf_and_a_changed_byte_is_caught(tmp_path):
    with_store = runtime.trust_store(tmp_path)
    ok, subject = runtime.signer(BUNDLE / "runtime" / "python313.dll", with_store)
    assert ok and runtime.PSF in subject
    tampered = tmp_path / "python313.dll"
    data = bytearray((BUNDLE / "runtime" / "python313.dll").read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    assert runtime.signer(tampered, with_store)[0] is False


@built
def test_bundled_app_passes_its_self_test_with_the_linux_interpreter(tmp_path):
    """Proves the app code, its resources and the pure-Python Windows wheels (peewee, reportlab,
    openpyxl, python-barcode) as bundled work together and are found by resources.root().
    Qt, Pillow, psycopg2, PDFium are the Linux venv's: their Windows binaries only run on
    Windows/wine."""
    lib = BUNDLE / "lib"
    if not (lib / "partsdesk" / "selftest.py").exists():
        pytest.skip("this bundle has no partsdesk/selftest.py")
    overlay = tmp_path / "lib"
    overlay.mkdir()
    binary = {"PySide6", "shiboken6", "PIL", "charset_normalizer", "psycopg2",
              "psycopg2_binary.libs", "pypdfium2", "pypdfium2_raw", "pypdfium2_cfg",
              "pypdfium2_cli"}
    for entry in lib.iterdir():
        if entry.name.split("-")[0] not in binary and not entry.name.endswith(".dist-info"):
            (overlay / entry.name).symlink_to(entry)
    env = {**os.environ, "PYTHONPATH": str(overlay), "QT_QPA_PLATFORM": "offscreen",
           "PARTSDESK_HOME": str(tmp_path / "home")}
    env.pop("PARTSDESK_RESOURCES", None)
    probe = subprocess.run(
        [sys.executable, "-c", "import partsdesk, peewee, reportlab; from partsdesk import "
         "resources; print(partsdesk.__file__, peewee.__file__, reportlab.__file__, "
         "resources.root(), sep='\\n')"],
        capture_output=True, text=True, env=env, cwd=tmp_path)
    assert probe.returncode == 0, probe.stderr
    # Symlinks resolve into the bundle: every module and the resources come from one or the other.
    assert all(line.startswith((str(overlay), str(lib))) for line in probe.stdout.split()), \
        probe.stdout
    result = subprocess.run([sys.executable, "-m", "partsdesk", "--self-test"],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
