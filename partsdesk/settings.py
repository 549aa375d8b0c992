"""Settings of this PC: where the data lives, which database, which language.

Settings shared by all PCs (approval limits, retention days …) live in the database instead,
see ``services.shared_settings``. The PostgreSQL password is not kept here but in the
credential store (``credentials``); a URL with a password found in settings.json is moved
there the first time the database is looked up.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from partsdesk import credentials

ENV_HOME = "PARTSDESK_HOME"
ENV_DB = "PARTSDESK_DB"


def data_dir() -> Path:
    """The per-user data folder: database, backups, archived documents, settings."""
    if os.environ.get(ENV_HOME):
        base = Path(os.environ[ENV_HOME])
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "PartsDesk"
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
        base = Path(xdg) / "partsdesk"
    base.mkdir(parents=True, exist_ok=True)
    return base


def default_database() -> str:
    return str(data_dir() / "partsdesk.sqlite3")


def demo_database() -> str:
    return str(data_dir() / "demo.sqlite3")


@dataclass
class LocalSettings:
    database: str = ""          # SQLite path or postgresql:// URL; empty = default file
    language: str = ""          # "en", "zh_CN"; empty = the system's language
    label_layout: str = ""
    extra: dict = field(default_factory=dict)

    @classmethod
    def file(cls) -> Path:
        return data_dir() / "settings.json"

    @classmethod
    def load(cls) -> "LocalSettings":
        try:
            raw = json.loads(cls.file().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self) -> None:
        target = self.file()
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)


def resolve_database(cli_value: str | None = None) -> str:
    """--db, then PARTSDESK_DB, then this PC's setting, then the default SQLite file. A
    password in this PC's setting moves to the credential store whichever is used."""
    stored = _stored_database()
    return cli_value or os.environ.get(ENV_DB) or stored or default_database()


def _stored_database() -> str:
    """This PC's database setting; a password in it moves to the credential store first."""
    settings = LocalSettings.load()
    url, password = credentials.split(settings.database)
    if password is not None:
        credentials.save(url, password, data_dir())
        settings.database = url
        settings.save()
    return settings.database


def database_password(url: str) -> str | None:
    """The password kept for this PC's login to ``url``; None when none is kept."""
    return credentials.lookup(url, data_dir())


def keep_database_password(url: str, password: str) -> str:
    """Keep the password of ``url``'s login (credentials.STORE or FILE, where it went)."""
    return credentials.save(url, password, data_dir())


def password_warnings(url: str) -> list[str]:
    return credentials.warnings(url, data_dir())
