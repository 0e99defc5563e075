"""The window says how the database is protected and which of its files the person's password opens."""

from __future__ import annotations

import pytest

from caseworker.db.database import Database
from caseworker.db.open import open_database
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services.accounts import AuthService, UserDraft
from caseworker.services.container import Services
from caseworker.ui.sections.administration import ThisComputerPage
from tests.conftest import ui_context

pytestmark = pytest.mark.sqlite_only


def test_this_computer_names_the_files_a_fundraisers_password_opens(encrypted: tuple[Database, Actor],
                                                                   db_path, qtbot) -> None:
    db, boss = encrypted
    Services(db, boss).accounts.add_user(UserDraft("fay", "Fay", frozenset({Role.FUNDRAISER})), "fay's password")
    db.dispose()
    as_fay = open_database(str(db_path), credentials=lambda: ("fay", "fay's password"))
    try:
        page = ThisComputerPage(ui_context(Services(as_fay, AuthService(as_fay).sign_in("fay", "fay's password"))))
        qtbot.addWidget(page)
        text = page.protection.text()
        assert "a file and a key of their own" in text
        assert "donors and their gifts" in text and "clients and their cases" not in text
        assert page.protection.accessibleName() == "How the database is protected"
    finally:
        as_fay.dispose()


def test_an_administrator_separates_clients_and_donors_of_a_single_key_file_from_settings(
        db_path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import func, select

    from caseworker.db.models import Client
    from caseworker.db.open import unlock_key
    from caseworker.db.trust_domains import TrustDomain
    from caseworker.domain.clients import ClientDraft
    from caseworker.ui.sections import administration
    from caseworker.ui.sections.administration import AdministrationSection

    from .conftest import ADMIN_PASSWORD

    db = open_database(str(db_path), key=bytes(range(32)))  # one key, as earlier versions made every file
    boss = AuthService(db).create_first_admin(UserDraft("boss", "The Boss", frozenset({Role.ADMIN})), ADMIN_PASSWORD)
    services = Services(db, boss)
    services.accounts.add_user(UserDraft("fay", "Fay", frozenset({Role.FUNDRAISER})), "fay's password")
    services.clients.create(ClientDraft("Ann", "Before"), confirmed=True)
    try:
        window = open_window(services)
        section = window.section_of(AdministrationSection)
        window.show_section(section)
        section.show_page("users")
        users = section.users
        assert users.split_button.isVisibleTo(users) and users.split_button.accessibleName()
        monkeypatch.setattr(administration, "confirm", lambda *_args: True)
        told: list[str] = []
        monkeypatch.setattr(administration.QMessageBox, "information", lambda _p, _title, text: told.append(text))
        users.split_button.click()
        assert told and "a file and a key of their own" in told[0]
        assert not users.split_button.isVisibleTo(users)
        assert db.keys is not None and db.keys.split  # the window goes on, on the three files
        with db.read() as s:
            assert s.scalar(select(func.count(Client.id))) == 1
        assert set(unlock_key(db.location, "fay", "fay's password").domains) == {TrustDomain.STEWARDSHIP}
    finally:
        db.dispose()
