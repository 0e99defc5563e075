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
