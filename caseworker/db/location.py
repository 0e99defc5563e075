"""Where the data lives: an SQLite file or a database server's URL, and how the file is protected.

Free of SQLAlchemy until a server URL is parsed or an engine asks for the URL: the window looks at
the file and asks for a password while the storage code is still loading.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class DatabaseLocation:
    """A file path (SQLite, the embedded default) or any SQLAlchemy URL (a shared server).

    Exactly one of *file* (a plain path as given, resolved) and *parsed* (a URL) is set.
    """

    file: Path | None = None
    parsed: URL | None = None

    @classmethod
    def parse(cls, text: str | os.PathLike[str]) -> DatabaseLocation:
        raw = os.fspath(text).strip()
        if not raw:
            raise StorageError(N_("No database location was given."))
        if "://" not in raw:
            if "\x00" in raw:
                raise StorageError(N_("The database location contains a NUL character."))
            path = Path(raw).expanduser().resolve()
            if path.is_dir():
                raise StorageError(N_("{path} is a folder; name the database file inside it."), path=str(path))
            if path.exists() and not path.is_file():
                raise StorageError(N_("{path} is a device or special file, not a database file."), path=str(path))
            return cls(file=path)
        from sqlalchemy.engine import make_url

        try:
            url = make_url(raw)
        except Exception as exc:  # SQLAlchemy raises ArgumentError with a terse text
            raise StorageError(N_("'{location}' is not a database URL: {detail}"),
                               location=raw, detail=str(exc)) from exc
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return cls(parsed=url)

    @cached_property
    def url(self) -> URL:
        if self.parsed is not None:
            return self.parsed
        from sqlalchemy.engine import URL

        return URL.create("sqlite+pysqlite", database=str(self.file))

    @property
    def is_sqlite(self) -> bool:
        return self.file is not None or self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server."""
        if self.file is not None:
            return self.file
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def file_is_encrypted(self) -> bool:
        """Whether the SQLite file exists with content that is not plain SQLite (SQLCipher's is random)."""
        path = self.path
        if path is None or not path.exists() or path.stat().st_size == 0:
            return False
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER

    def file_exists(self) -> bool:
        path = self.path
        return path is not None and path.exists() and path.stat().st_size > 0

    def display(self) -> str:
        """A form safe to show and log: never a password."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)


class Protection(StrEnum):
    SERVER = "server"  # a database server: protected by its disk encryption and TLS
    NEW = "new"  # no file yet
    PLAIN = "plain"  # an SQLite file without encryption (made before encryption, or on request)
    ENCRYPTED = "encrypted"


def protection_of(location: DatabaseLocation) -> Protection:
    if location.path is None:
        return Protection.SERVER
    if not location.file_exists():
        return Protection.NEW
    return Protection.ENCRYPTED if location.file_is_encrypted() else Protection.PLAIN


def needs_credentials(location: DatabaseLocation) -> bool:
    """Whether a user name and password are needed before the database can be read at all."""
    if protection_of(location) is not Protection.ENCRYPTED:
        return False
    from caseworker.db.keystore import KeyStore

    assert location.path is not None
    return KeyStore.for_database(location.path).unclaimed is None
