"""The password this PC logs in to PostgreSQL with, kept out of settings.json.

The password is kept in the operating system's credential store (Windows Credential Manager,
the macOS Keychain, the Secret Service of a Linux desktop) through the ``keyring`` library,
under the service ``PartsDesk`` and the account ``user@host:port/database``; settings.json keeps
the URL without it, and the driver is handed it at connect time (``db.connection``).

Where no credential store exists (a headless Linux machine, where keyring falls back to its
``fail`` backend), the password is kept in ``database-passwords.json`` in this PC's data folder,
readable and writable only by the user (mode 600); the settings page and ``partsdesk db check``
say so. Nothing here prints or logs a password.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from urllib.parse import unquote, urlparse

from partsdesk.i18n import Translator

tr = Translator("Credentials")
log = logging.getLogger(__name__)

SERVICE = "PartsDesk"
FALLBACK_FILE = "database-passwords.json"
STORE, FILE = "store", "file"     # where a password is kept


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def account(url: str) -> str:
    """The name a password is kept under: user@host:port/database (never the password)."""
    parsed = urlparse(url)
    database = parsed.path.strip("/") or "partsdesk"
    return (f"{unquote(parsed.username or '')}@{parsed.hostname or 'localhost'}:"
            f"{parsed.port or 5432}/{database}")


def split(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None when it has none)."""
    if not is_postgres_url(url):
        return url, None
    parsed = urlparse(url)
    if parsed.password is None:
        return url, None
    netloc = parsed.netloc.rpartition("@")
    user = netloc[0].partition(":")[0]
    return parsed._replace(netloc=f"{user}@{netloc[2]}").geturl(), unquote(parsed.password)


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` in it: for the driver only, never shown nor saved."""
    from urllib.parse import quote
    bare, _ = split(url)
    parsed = urlparse(bare)
    user, _, host = parsed.netloc.rpartition("@")
    return parsed._replace(netloc=f"{user}:{quote(password, safe='')}@{host}").geturl()


def _keyring():
    """The keyring module when the system has a credential store, else None."""
    try:
        import keyring
        from keyring.backends import fail, null
        backend = keyring.get_keyring()
    except Exception as exc:          # a broken keyring configuration: use the file
        log.warning("no credential store: %s", type(exc).__name__)
        return None
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    return keyring


def has_store() -> bool:
    return _keyring() is not None


def store_name() -> str:
    """The credential store as the settings page names it."""
    found = _keyring()
    if found is None:
        return ""
    backend = found.get_keyring()
    return str(getattr(backend, "name", type(backend).__name__))


def _read_file(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((folder / FALLBACK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_file(folder: Path, data: dict[str, str]) -> None:
    path = folder / FALLBACK_FILE
    if not data:
        path.unlink(missing_ok=True)
        return
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)   # never readable by others
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        json.dump(data, file, indent=2)
    os.replace(tmp, path)
    os.chmod(path, 0o600)


def save(url: str, password: str, folder: Path) -> str:
    """Keep ``password`` for ``url``'s login; STORE or FILE, where it went."""
    found = _keyring()
    name = account(url)
    if found is not None:
        try:
            found.set_password(SERVICE, name, password)
        except Exception as exc:      # a locked or refusing store: the file, and say so
            log.warning("the credential store refused the password of %s: %s", name,
                        type(exc).__name__)
        else:
            data = _read_file(folder)
            if data.pop(name, None) is not None:
                _write_file(folder, data)
            return STORE
    data = _read_file(folder)
    data[name] = password
    _write_file(folder, data)
    return FILE


def lookup(url: str, folder: Path) -> str | None:
    """The password kept for ``url``'s login, from the store, else the file; None if none."""
    name = account(url)
    found = _keyring()
    if found is not None:
        try:
            password = found.get_password(SERVICE, name)
        except Exception as exc:
            log.warning("the credential store did not answer for %s: %s", name,
                        type(exc).__name__)
        else:
            if password is not None:
                return password
    return _read_file(folder).get(name)


def kept_in(url: str, folder: Path) -> str | None:
    """STORE, FILE or None: where the password of ``url``'s login is kept (as lookup finds it)."""
    found = _keyring()
    if found is not None:
        try:
            if found.get_password(SERVICE, account(url)) is not None:
                return STORE
        except Exception:           # said by lookup's warning when it matters
            pass
    return FILE if account(url) in _read_file(folder) else None


def forget(url: str, folder: Path) -> None:
    name = account(url)
    found = _keyring()
    if found is not None:
        try:
            found.delete_password(SERVICE, name)
        except Exception:           # nothing kept there
            pass
    data = _read_file(folder)
    if data.pop(name, None) is not None:
        _write_file(folder, data)


def warnings(url: str, folder: Path) -> list[str]:
    """What the settings page and ``db check`` say of where this PC keeps its password."""
    if not is_postgres_url(url) or kept_in(url, folder) != FILE:
        return []
    return [tr("This PC has no credential store, so the database password of {account} is kept "
               "in {path}, readable only by you. Keep that folder private, or install a "
               "credential store (on Linux: a Secret Service such as GNOME Keyring) and save "
               "the password again on the settings page.", account=account(url),
               path=folder / FALLBACK_FILE)]
