"""Assemble the folder the installer copies to Program Files:

    PartsDesk/
      partsdesk-cli.cmd        the command line for scripts (runtime\\python.exe -m partsdesk)
      runtime/                 Windows CPython 3.13 (runtime.py), python313._pth points at ..\\lib
      lib/                     PartsDesk (from its wheel), its Windows wheels, and
      lib/resources/           fonts, translations, icons, style — where resources.root() looks

    python packaging/bundle.py BUNDLE APP_WHEEL WHEEL_DIR ICO

Nothing of the build machine's paths ends up inside: every path the bundle uses is relative.
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging"
PTH = "python313._pth"

# Qt modules PartsDesk imports (and what they need); the wheel's other 80 MB — Qt Quick, QML,
# Designer, the tools — never load in a widgets app.
QT_MODULES = ("Core", "Gui", "Widgets", "Svg", "SvgWidgets", "PrintSupport")
PYSIDE_KEEP = (
    "__init__.py", "_config.py", "_git_pyside_version.py", "support/*", "pyside6.abi3.dll",
    *(f"Qt{m}.pyd" for m in QT_MODULES), *(f"Qt6{m}.dll" for m in QT_MODULES),
    "msvcp140*.dll", "vcruntime140*.dll",
    "plugins/platforms/qwindows.dll", "plugins/platforms/qoffscreen.dll",
    "plugins/platforms/qminimal.dll", "plugins/styles/*", "plugins/iconengines/*",
    "plugins/imageformats/q[!p]*.dll",           # all but qpdf (needs Qt Pdf)
    "translations/qtbase_zh_CN.qm", "translations/qt_zh_CN.qm",
)
# Everywhere: type stubs, import libraries, caches, wheels' stray docs and tests.
DROP_ANYWHERE = ("*.pyi", "*.lib", "*/__pycache__/*", "__pycache__/*")
DROP_TOP = ("docs", "tests", "peewee-stubs", "pwiz.py", "bin")

# Windows' own DLLs (System32) a bundle may import. icuuc.dll is Windows 10 1903+'s ICU, which
# Qt 6 links; anything else missing from this list and from the bundle fails the build.
SYSTEM_DLLS = {
    "kernel32", "user32", "gdi32", "advapi32", "shell32", "ole32", "oleaut32", "ws2_32",
    "comdlg32", "winmm", "version", "imm32", "dwmapi", "uxtheme", "shlwapi", "setupapi",
    "netapi32", "userenv", "crypt32", "secur32", "bcrypt", "ncrypt", "rpcrt4", "comctl32",
    "winspool.drv", "mpr", "dwrite", "d3d11", "d3d12", "dxgi", "d3d9", "opengl32", "authz",
    "wtsapi32", "iphlpapi", "dnsapi", "icuuc", "icuin", "shcore", "propsys", "d2d1", "dcomp",
    "cfgmgr32", "ntdll", "msvcrt", "wldap32", "normaliz", "gdiplus", "msimg32", "usp10",
    "dbghelp", "psapi", "powrprof", "hid", "winhttp", "wininet", "urlmon", "mswsock",
    "d3dcompiler_47", "dxcore", "msvcp_win", "ucrtbase", "cabinet", "wintrust", "glu32",
    "mfplat", "mf", "mfreadwrite", "oleacc", "dsound", "fwpuclnt", "avrt", "ntdsapi",
    "sspicli", "credui", "winusb", "dwmcore", "uiautomationcore", "mscms", "api-ms-win-*",
    "ext-ms-*",
}


def unpack(wheel: Path, lib: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(lib)


def matches(relative: str, patterns) -> bool:
    return any(fnmatch.fnmatchcase(relative, p) for p in patterns)


def unused(relative: str) -> bool:
    if matches(relative, DROP_ANYWHERE):
        return True
    if relative.startswith("PySide6/"):
        return not matches(relative.removeprefix("PySide6/"), PYSIDE_KEEP)
    return False


def trim(lib: Path) -> int:
    for name in DROP_TOP:
        target = lib / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    files = [p for p in lib.rglob("*") if p.is_file() and unused(p.relative_to(lib).as_posix())]
    for path in files:
        path.unlink()
    for path in sorted(lib.rglob("*"), reverse=True):    # folders the trim emptied
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return len(files)


def copy_resources(lib: Path, ico: Path) -> None:
    target = lib / "resources"
    shutil.copytree(ROOT / "resources", target,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "partsdesk.ico"))
    shutil.copy2(ico, target / "icons" / "partsdesk.ico")


def imports(binary: Path) -> list[str]:
    dump = subprocess.run(["objdump", "-p", str(binary)], capture_output=True, text=True).stdout
    return re.findall(r"DLL Name: (\S+)", dump)


def missing_dlls(bundle: Path) -> dict[str, list[str]]:
    """Every DLL a bundled binary imports must be in the bundle or be one of Windows' own."""
    binaries = [p for p in bundle.rglob("*") if p.suffix.lower() in (".dll", ".pyd", ".exe")]
    present = {p.name.lower() for p in binaries}
    missing: dict[str, list[str]] = {}
    for binary in binaries:
        for name in imports(binary):
            low = name.lower()
            stem = low.removesuffix(".dll")
            if low in present or matches(low, SYSTEM_DLLS) or stem in SYSTEM_DLLS:
                continue
            missing.setdefault(name, []).append(binary.relative_to(bundle).as_posix())
    return missing


def write_pth(runtime: Path) -> None:
    # A ._pth beside the DLL makes Python ignore PYTHONPATH, the registry and site-packages: the
    # installed PartsDesk sees only its own files, whatever else the PC has.
    (runtime / PTH).write_text("Lib\nDLLs\n..\\lib\n", encoding="ascii", newline="\r\n")


def assemble(bundle: Path, app_wheel: Path, wheel_dir: Path, ico: Path) -> None:
    runtime, lib = bundle / "runtime", bundle / "lib"
    if not (runtime / "python313.dll").is_file():
        raise SystemExit(f"bundle: {runtime} has no verified runtime; run packaging/build")
    shutil.rmtree(lib, ignore_errors=True)
    lib.mkdir()
    for wheel in sorted(wheel_dir.glob("*.whl")):
        unpack(wheel, lib)
    unpack(app_wheel, lib)
    removed = trim(lib)
    copy_resources(lib, ico)
    write_pth(runtime)
    cli = (HERE / "partsdesk-cli.cmd").read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    (bundle / "partsdesk-cli.cmd").write_bytes(cli)
    missing = missing_dlls(bundle)
    if missing:
        for name, users in sorted(missing.items()):
            print(f"bundle: {name} is needed by {', '.join(users[:3])} but is not bundled",
                  file=sys.stderr)
        raise SystemExit(1)
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    print(f"bundle: {files} files, {size / 2**20:.0f} MB ({removed} unused files left out)")


if __name__ == "__main__":
    bundle_dir, wheel, wheels, icon = map(Path, sys.argv[1:5])
    assemble(bundle_dir, wheel, wheels, icon)
