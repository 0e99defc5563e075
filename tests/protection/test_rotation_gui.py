"""The Rotate keys button and deactivation in Settings re-key an encrypted file, behind a progress dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker.db.database import Database
from caseworker.db.keystore import WrongPassword
from caseworker.db.open import unlock_key
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services.accounts import UserDraft
from caseworker.services.container import Services
from caseworker.ui.sections import administration
from caseworker.ui.sections.administration import AdministrationSection

from .conftest import ADMIN_PASSWORD


def test_rotate_keys_and_deactivate_from_settings(encrypted: tuple[Database, Actor], db_path: Path, open_window,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db, boss = encrypted
    services = Services(db, boss)
    lee, _ = services.accounts.add_user(UserDraft("lee", "Lee", frozenset({Role.CASEWORKER})), "lee's password")
    window = open_window(services)
    section = window.section_of(AdministrationSection)
    window.show_section(section)
    section.show_page("users")
    users = section.users
    assert users.rotate_button.isVisibleTo(users) and users.rotate_button.accessibleName()
    asked: list[str] = []
    monkeypatch.setattr(administration, "confirm", lambda _p, title, _text, _verb: asked.append(title) or True)
    told: list[str] = []
    monkeypatch.setattr(administration.QMessageBox, "information", lambda _p, _title, text: told.append(text))
    first = db.key
    users.rotate_button.click()
    assert asked == ["Rotate keys"] and told and "active accounts" in told[0]
    assert db.key != first
    assert unlock_key(db.location, "lee", "lee's password").main == db.key
    users.list.reload()
    assert users.list.select_id(lee.id)
    second = db.key
    users.active_button.click()
    assert db.key != second
    with pytest.raises(WrongPassword):
        unlock_key(db.location, "lee", "lee's password")
    assert unlock_key(db.location, "boss", ADMIN_PASSWORD).main == db.key


def test_a_plain_file_has_no_rotate_button(sqlite_db: Database, open_window) -> None:
    from tests.conftest import make_user

    services = Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN))
    window = open_window(services)
    section = window.section_of(AdministrationSection)
    window.show_section(section)
    section.show_page("users")
    assert not section.users.rotate_button.isVisibleTo(section.users)
