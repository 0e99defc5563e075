"""How code that opens a database without a key gets one for an encrypted file.

The command line registers an unlocker that asks for ``--user`` and the password, so every command
can open an encrypted file the way it opens a plain one. Without an unlocker such a file is refused
with :class:`LockedDatabase`. Kept apart from ``database`` so registering costs no imports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_

# Called with the DatabaseLocation; returns the raw database key.
Unlocker = Callable[[Any], bytes]
_unlocker: Unlocker | None = None


class LockedDatabase(StorageError):
    default_message = N_("The database {location} is encrypted: sign in to open it.")


def set_unlocker(unlocker: Unlocker | None) -> Unlocker | None:
    """Install *unlocker* (or none); returns the previous one."""
    global _unlocker
    previous, _unlocker = _unlocker, unlocker
    return previous


def unlock(location: Any) -> bytes:
    if _unlocker is None:
        raise LockedDatabase(None, location=location.display())
    return _unlocker(location)
