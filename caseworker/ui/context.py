"""What every section needs, passed in rather than reached through a global."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from caseworker.domain.org import OrgSettings
from caseworker.domain.records import Actor
from caseworker.services.container import Services
from caseworker.settings import Settings
from caseworker.ui.i18n import tr
from caseworker.ui.operations import Failed, Read, Write
from caseworker.ui.runner import Runner

T = TypeVar("T")


@dataclass
class UiContext:
    services: Services
    runner: Runner
    settings: Settings
    org: OrgSettings

    @property
    def actor(self) -> Actor:
        """Who is signed in: what the window may show is decided from this, never by asking."""
        return self.services.actor

    @property
    def zone(self) -> ZoneInfo:
        """The zone every time is shown and typed in: this computer's user's, else the organisation's.

        Times are stored in UTC; this is the only place the window decides which wall clock they
        are read on."""
        return reading_zone(self.settings.time_zone, self.org)

    @property
    def database_text(self) -> str:
        """Where the data lives, as the status bar and Settings name it."""
        return self.services.db.location.display()

    @property
    def database_encrypted(self) -> bool:
        return self.services.db.encrypted

    @property
    def database_split(self) -> bool:
        """Clients and donors each in an encrypted file and a key of their own."""
        keys = self.services.db.keys
        return keys is not None and keys.split

    @property
    def database_protection_text(self) -> str:
        """How the file is protected at rest, and which of its parts this person's password opens."""
        db = self.services.db
        if not db.location.is_sqlite:
            return tr("Protected by the database server.")
        keys = db.keys
        if keys is None:
            return tr("Not encrypted: an administrator can encrypt it with 'caseworker encrypt'.")
        if not keys.split:
            return tr("Encrypted with one key that every staff password opens: an administrator can give "
                      "clients and donors a file and a key of their own with 'caseworker encrypt'.")
        names = [tr("shared records")] + [tr("clients and their cases") if d.value == "casework"
                                          else tr("donors and their gifts") for d in sorted(keys.domains)]
        return tr("Encrypted, with clients and donors each in a file and a key of their own. "
                  "Your password opens: {parts}.").format(parts=", ".join(names))

    @property
    def database_on_server(self) -> bool:
        """A database server (which can give each person a role of their own), not an SQLite file."""
        return not self.services.db.location.is_sqlite

    def worker_services(self) -> Services:
        """The services, for an operation to hand to its call on the worker."""
        return self.services

    def read(self, query: Callable[[Services], T], done: Callable[[T], None] | None = None,
             failed: Failed | None = None) -> None:
        Read(query, done, failed).run(self)

    def write(self, action: Callable[[Services], T], done: Callable[[T], None] | None = None,
              failed: Failed | None = None) -> None:
        Write(action, done, failed).run(self)


def reading_zone(own: str, org: OrgSettings) -> ZoneInfo:
    """*own* (a user's choice on this computer) when it names a known zone, else the organisation's."""
    if own:
        try:
            return ZoneInfo(own)
        except (ZoneInfoNotFoundError, ValueError):
            pass  # a zone removed from the system's database: fall back rather than fail to open
    return org.zone
