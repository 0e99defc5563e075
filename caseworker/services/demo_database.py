"""A demo database in a file of its own, for the command line and for a new office looking around.

Encrypted like any other file unless asked otherwise; every demo account unlocks it with the
published demo password. A run that fails or is cancelled leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from caseworker.db.database import Database
from caseworker.db.location import DatabaseLocation
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.i18n import N_
from caseworker.services.demo import DEMO_PASSWORD, Scale, generate

#: The demo opened from the first start: the same UK charity as `caseworker demo`.
DEMO_COUNTRY = "GB"
#: Beside the database, every file that belongs to it.
COMPANION_SUFFIXES = ("", "-wal", "-shm", ".keys", ".keys.lock", ".open")


class DemoCancelled(CaseworkerError):
    code = "cancelled"
    default_message = N_("The demo was not made: it was cancelled.")


def remove_database_files(path: Path) -> None:
    from caseworker.db.layout import part_paths

    for suffix in COMPANION_SUFFIXES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    for part in part_paths(path).values():
        for suffix in ("", "-wal", "-shm", "-journal"):
            part.with_name(part.name + suffix).unlink(missing_ok=True)


class NotEmpty(CaseworkerError):
    code = "not_empty"
    default_message = N_("The database is not empty; demo data goes into a new database.")


def create_demo_database(target: Path | DatabaseLocation, *, scale: Scale = Scale.SMALL, seed: int = 1,
                         encrypt: bool = True, country: str = DEMO_COUNTRY,
                         progress: Callable[[str], bool | None] = lambda _step: None) -> Database:
    """Make a demo database at *target* (a file that must not exist, or an empty server database)
    and return it, closed, as made.

    *progress* hears the name of each step; returning False cancels (:class:`DemoCancelled`).
    """
    from caseworker.db.migrate import ensure_schema, schema_state
    from caseworker.db.open import open_database, split_new

    def step(name: str) -> None:
        if progress(name) is False:
            raise DemoCancelled()

    location = target if isinstance(target, DatabaseLocation) else DatabaseLocation(file=target)
    db = open_database(location, migrate=False, encrypt_new=encrypt)
    try:
        if not schema_state(db).is_empty:
            raise NotEmpty()
        step("schema")
        ensure_schema(db)
        generate(db, scale=scale, seed=seed, progress=step, country=country)
        if db.keys is not None and db.keys.domains:
            # Made in one file (its bulk inserts fill the mixed tables directly), then split.
            db = split_new(db)
        if db.keyring is not None:
            wrap_demo_staff(db, DEMO_PASSWORD)
    except NotEmpty:
        db.dispose()
        raise
    except BaseException:
        db.dispose()
        if location.path is not None:
            remove_database_files(location.path)
        raise
    db.dispose()
    return db


def wrap_demo_staff(db: Database, password: str) -> None:
    """Let every demo account unlock the file with the shared demo password.

    The staff share one published password, so one wrap (one argon2id derivation) serves them all.
    """
    from sqlalchemy import select

    from caseworker.db.keystore import editing, make_wrap
    from caseworker.db.models import User
    from caseworker.db.trust_domains import readable_domains

    with db.read() as s:
        staff = {user.username: readable_domains(user.role_names) for user in s.scalars(select(User))}
    assert db.keyring is not None and db.keys is not None
    # Staff with the same roles share a wrap; each wrap seals only the files their roles read.
    wraps = {domains: make_wrap(password, db.keys, domains=domains) for domains in set(staff.values())}
    with editing(db.keyring.path) as store:
        for username, domains in staff.items():
            store.users[username] = [wraps[domains]]
        store.unclaimed = None
        store.unclaimed_domains = {}
