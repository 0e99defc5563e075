"""The idle lock: data hidden after the idle time, the password asked, unsaved edits kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from caseworker.db.database import Database
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from caseworker.settings import Settings
from caseworker.ui.application import build_main_window
from caseworker.ui.idle_lock import IdleLock
from caseworker.ui.runner import Runner
from tests.conftest import make_user


def test_locking_hides_the_data_and_the_password_brings_it_back_as_it_was(sqlite_db: Database, qtbot) -> None:
    services = Services(sqlite_db, make_user(sqlite_db, "ada", Role.ADMIN, Role.CASEWORKER))
    window = build_main_window(services, Settings(idle_lock_minutes=15), Runner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    lock = window.findChild(IdleLock)
    assert lock is not None and not lock.locked

    # Half-typed work in the window stays where it is while locked.
    draft = QLineEdit(window.centralWidget())
    draft.setText("unsaved words")
    lock.lock()
    assert lock.locked
    assert not window.centralWidget().isVisible()
    assert not window.search_action.isEnabled()  # no shortcut opens a record behind the lock
    panel = lock.panel()
    assert panel is not None and panel.isVisible()

    qtbot.keyClicks(panel.password, "wrong password")
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert lock.locked and "not correct" in panel.message.text()

    qtbot.keyClicks(panel.password, "correct horse")
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert not lock.locked
    assert window.centralWidget().isVisible() and window.search_action.isEnabled()
    assert draft.text() == "unsaved words"


def test_the_timer_follows_the_setting_and_input_restarts_it(sqlite_db: Database, qtbot) -> None:
    services = Services(sqlite_db, make_user(sqlite_db, "ada", Role.ADMIN))
    window = build_main_window(services, Settings(idle_lock_minutes=15), Runner(synchronous=True))
    qtbot.addWidget(window)
    lock = window.findChild(IdleLock)
    assert lock._timer.interval() == 15 * 60_000 and lock._timer.isActive()
    lock.set_minutes(0)
    assert not lock._timer.isActive()
    lock.set_minutes(1)
    lock._timer.setInterval(50)  # a short wait instead of a minute; the real path times out
    lock._timer.start()
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)
