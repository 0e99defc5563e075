"""This laptop's own settings, kept as TOML in the user's configuration folder.

They say where the database is and how the window behaves; the organisation's settings (name,
letterhead, currency) live in the database so every laptop shares them. Nothing here ever holds a
client's or donor's details: filters and searches are not remembered in this file.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import tomli_w
from platformdirs import user_config_path, user_data_path

APP_NAME = "Caseworker"
APP_AUTHOR = "Caseworker"


def data_dir() -> Path:
    override = os.environ.get("CASEWORKER_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME, APP_AUTHOR)


def config_dir() -> Path:
    override = os.environ.get("CASEWORKER_CONFIG_DIR")
    return Path(override) if override else user_config_path(APP_NAME, APP_AUTHOR)


def default_database_path() -> Path:
    return data_dir() / "caseworker.db"


@dataclass(frozen=True)
class Settings:
    database: str = ""
    idle_lock_minutes: int = 15
    language: str = ""
    last_username: str = ""
    #: The time zone this computer's user reads and types times in; empty: the organisation's.
    time_zone: str = ""

    @property
    def database_location(self) -> str:
        return self.database or str(default_database_path())

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)


def settings_path() -> Path:
    return config_dir() / "settings.toml"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
        # A damaged settings file must not keep the app from starting; defaults are safe.
        return Settings()
    known = {f.name: f.type for f in fields(Settings)}
    clean = {k: v for k, v in raw.items() if k in known and isinstance(v, type(getattr(Settings(), k)))}
    return Settings(**clean)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(tomli_w.dumps(asdict(settings)), encoding="utf-8")
    os.replace(tmp, path)
