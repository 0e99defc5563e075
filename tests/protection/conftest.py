"""Fixtures for the protection tests: cheap key derivation and encrypted databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from caseworker.db.database import Database
from caseworker.db.keystore import KdfParams, set_default_params
from caseworker.db.open import open_database
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services.accounts import AuthService, UserDraft

ADMIN_PASSWORD = "admin password 1"


@pytest.fixture(autouse=True)
def _cheap_key_derivation() -> Iterator[None]:
    # Production derivation costs ~0.1-0.2 s; the tests derive hundreds of times.
    previous = set_default_params(KdfParams(time_cost=1, memory_cost=8, parallelism=1))
    yield
    set_default_params(previous)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office" / "caseworker.db"


@pytest.fixture
def encrypted(db_path: Path) -> Iterator[tuple[Database, Actor]]:
    """A new encrypted database with its first administrator ("boss")."""
    db = open_database(str(db_path))
    actor = AuthService(db).create_first_admin(
        UserDraft("boss", "The Boss", frozenset({Role.ADMIN, Role.MANAGER})), ADMIN_PASSWORD)
    yield db, actor
    db.dispose()
