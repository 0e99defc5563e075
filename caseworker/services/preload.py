"""Loading every service, and the storage under it, ahead of first use.

Importing the services, their records and the ORM models and configuring the mappers takes about
a second on an office laptop. The window does it in the background while the sign-in dialog waits
for a password (see ``caseworker.ui.warm_up``), so the main window opens as soon as the password
has been checked.
"""

from __future__ import annotations

import importlib
import pkgutil

from sqlalchemy.orm import configure_mappers

import caseworker.services as package

# The demo generator serves ``caseworker demo`` alone; nothing at sign-in needs it.
SKIPPED = frozenset({"demo", "preload"})


def preload() -> list[str]:
    """Import every service module and configure the ORM; returns the modules' names."""
    names = [f"{package.__name__}.{info.name}" for info in pkgutil.iter_modules(package.__path__)
             if info.name not in SKIPPED]
    for name in names:
        importlib.import_module(name)
    configure_mappers()
    return names
