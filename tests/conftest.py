"""Shared fixtures: databases on both engines, cheap password hashing, signed-in services.

Storage and service tests take the ``db`` fixture, which runs each test on SQLite and, where
``CASEWORKER_TEST_PG_URL`` names a PostgreSQL server, on PostgreSQL too (the PostgreSQL half is
skipped with its reason otherwise). GUI tests run offscreen.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text

from caseworker.db.base import Base
from caseworker.db.database import Database
from caseworker.db.engine import DatabaseLocation
import caseworker.db.models  # noqa: F401 - every table on the metadata
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services import passwords
from caseworker.services.accounts import AuthService, UserDraft
from caseworker.services.container import Services

PG_URL = os.environ.get("CASEWORKER_TEST_PG_URL", "")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True, scope="session")
def _cheap_hashing() -> None:
    # The production parameters cost ~100 ms per hash; tests make hundreds of users.
    passwords.set_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test's settings, logs and data out of the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CASEWORKER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("CASEWORKER_CONFIG_DIR", str(home / "config"))


def _pg_database(url: str) -> Iterator[Database]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    name = f"cwtest_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    location = DatabaseLocation.parse(url.rsplit("/", 1)[0] + f"/{name}")
    db = Database(location)
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Window tests marked ``sqlite_only`` do not get a PostgreSQL twin at all."""
    keep, drop = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_pg = callspec is not None and callspec.params.get("empty_db") == "postgresql"
        (drop if on_pg and item.get_closest_marker("sqlite_only") else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(params=ENGINES)
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty database (no schema) on each engine."""
    if request.param == "sqlite":
        db = Database(DatabaseLocation.parse(str(tmp_path / "test.db")))
        yield db
        db.dispose()
    else:
        if not PG_URL:
            pytest.skip("PostgreSQL half skipped: set CASEWORKER_TEST_PG_URL to a server to run it")
        yield from _pg_database(PG_URL)


@pytest.fixture
def db(empty_db: Database) -> Database:
    """A database with the whole current schema, on each engine."""
    Base.metadata.create_all(empty_db.engine)
    return empty_db


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    db = Database(DatabaseLocation.parse(str(tmp_path / "test.db")))
    Base.metadata.create_all(db.engine)
    yield db
    db.dispose()


def make_user(db: Database, username: str, *roles: Role, password: str = "correct horse") -> Actor:
    """Create a user (the first becomes the administrator) and return them signed in."""
    auth = AuthService(db)
    draft = UserDraft(username, username.title(), frozenset(roles))
    if not auth.has_users():
        auth.create_first_admin(draft, password)
    else:
        admin = _any_admin(db)
        Services(db, admin).accounts.add_user(draft, password)
    return auth.sign_in(username, password)


def _any_admin(db: Database) -> Actor:
    from sqlalchemy import select

    from caseworker.db.models import User, UserRole
    from caseworker.services.accounts import actor_for

    with db.read() as s:
        user = s.scalars(select(User).join(UserRole, UserRole.user_id == User.id)
                         .where(UserRole.role == "admin").order_by(User.id)).first()
        return actor_for(user)


@pytest.fixture
def admin(db: Database) -> Actor:
    return make_user(db, "admin", Role.ADMIN, Role.MANAGER)


@pytest.fixture
def services_for(db: Database, admin: Actor):
    """``services_for(Role.CASEWORKER)`` -> Services for a new user holding that role."""
    counter = iter(range(1, 10_000))

    def make(*roles: Role) -> Services:
        name = f"{'-'.join(r.value for r in roles)}{next(counter)}"
        return Services(db, make_user(db, name, *roles))

    return make


@pytest.fixture
def open_window(qtbot):
    """``open_window(services)`` -> a shown MainWindow whose runner works synchronously."""
    from caseworker.settings import Settings
    from caseworker.ui.application import build_main_window
    from caseworker.ui.runner import Runner

    def make(services: Services):
        window = build_main_window(services, Settings(), Runner(synchronous=True))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
