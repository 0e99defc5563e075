"""The window's offer to restore a damaged file: only a manager's sign-in puts the backup in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker.db.backup import backup_beside
from caseworker.db.database import Database
from caseworker.db.location import DatabaseLocation
from caseworker.domain.errors import NotPermitted
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services.accounts import UserDraft
from caseworker.services.container import Services
from caseworker.ui import application
from caseworker.ui.aside import run_aside

from .conftest import ADMIN_PASSWORD
from .test_storage_failures import corrupt_middle


def test_only_a_manager_restores_the_offered_backup(qapp: object, encrypted: tuple[Database, Actor], db_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db, boss = encrypted
    admin = Services(db, boss)
    admin.accounts.add_user(UserDraft("fr", "Fund Raiser", frozenset({Role.FUNDRAISER})), "fr password 1")
    for n in range(30):  # pages enough that the damage lands past the first one
        admin.accounts.add_user(UserDraft(f"cw{n}", f"Case Worker {n} " + "z" * 80, frozenset({Role.CASEWORKER})),
                                "cw password 1")
    backup_beside(db, "daily")
    db.dispose()
    corrupt_middle(db_path)
    db_path.with_name(db_path.name + ".open").write_text("1\n")
    monkeypatch.setattr(application, "_ask_restore", lambda _exc: True)
    location = DatabaseLocation.parse(str(db_path))
    damaged = db_path.read_bytes()
    # The window opens the file beside the GUI thread, as the sign-in dialog does.
    with pytest.raises(NotPermitted):
        run_aside(lambda: application._open_offering_restore(location, credentials=lambda: ("fr", "fr password 1")))
    assert db_path.read_bytes() == damaged and not list(db_path.parent.glob("*.replaced-*"))
    restored = run_aside(lambda: application._open_offering_restore(location,
                                                                    credentials=lambda: ("boss", ADMIN_PASSWORD)))
    try:
        assert restored.encrypted and list(db_path.parent.glob("*.replaced-*"))
    finally:
        restored.dispose()
