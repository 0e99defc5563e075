"""A bad sign-in through the real dialog: refused, then slowed, and told how long to wait."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from caseworker.db.database import Database
from caseworker.domain.permissions import Role
from caseworker.services.accounts import FREE_ATTEMPTS, AuthService
from caseworker.ui.dialogs.sign_in import SignInDialog
from tests.conftest import make_user

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def test_wrong_passwords_are_refused_then_slowed_in_the_dialog(sqlite_db: Database, qtbot) -> None:
    make_user(sqlite_db, "ada", Role.ADMIN, password="right password")
    auth = AuthService(sqlite_db)
    clock = [T0]
    dialog = SignInDialog(lambda u, p: auth.sign_in(u, p, now=clock[0]), database="test", username="ada")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(FREE_ATTEMPTS):
        qtbot.keyClicks(dialog.password, "wrong password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.form.error_of("password") == "The user name or password is not correct."
        assert dialog.password.text() == "" and dialog.actor is None
    # Now even the right password has to wait, and the dialog says for how long.
    qtbot.keyClicks(dialog.password, "right password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.form.error_of("password") == "Too many wrong passwords: wait 2 seconds and try again."
    assert dialog.actor is None
    clock[0] = T0 + timedelta(seconds=2)
    qtbot.keyClicks(dialog.password, "right password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "ada"
