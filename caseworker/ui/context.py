"""What every section needs, passed in rather than reached through a global."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from caseworker.domain.org import OrgSettings
from caseworker.domain.records import Actor
from caseworker.services.container import Services
from caseworker.settings import Settings
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
    def database_text(self) -> str:
        """Where the data lives, as the status bar and Settings name it."""
        return self.services.db.location.display()

    @property
    def database_encrypted(self) -> bool:
        return self.services.db.encrypted

    def worker_services(self) -> Services:
        """The services, for an operation to hand to its call on the worker."""
        return self.services

    def read(self, query: Callable[[Services], T], done: Callable[[T], None] | None = None,
             failed: Failed | None = None) -> None:
        Read(query, done, failed).run(self)

    def write(self, action: Callable[[Services], T], done: Callable[[T], None] | None = None,
              failed: Failed | None = None) -> None:
        Write(action, done, failed).run(self)
