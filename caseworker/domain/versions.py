"""The app's version number, compared with the one a database was last written by.

A version is ``MAJOR.MINOR.PATCH`` (digits only), so that an older app can always tell that a
database comes from a newer one and refuse it instead of misreading it.
"""

from __future__ import annotations

import re

from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_

_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def parse_version(text: str) -> tuple[int, int, int]:
    """``"1.12.3"`` -> ``(1, 12, 3)``; anything else is a ValueError."""
    match = _VERSION.match(text.strip())
    if match is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {text!r}")
    return int(match[1]), int(match[2]), int(match[3])


def is_newer(found: str, running: str) -> bool:
    """Whether a database stamped *found* comes from an app newer than *running*.

    A stamp that cannot be read counts as newer: a later release may number itself differently,
    and refusing is the safe answer.
    """
    try:
        return parse_version(found) > parse_version(running)
    except ValueError:
        return True


class NewerDatabase(StorageError):
    """The database was written by a newer Caseworker than this one."""

    code = "newer_database"
    default_message = N_("This database was last used by Caseworker {found}, which is newer than this "
                         "Caseworker {running}. Install Caseworker {found} or later to open it; nothing "
                         "was changed.")
