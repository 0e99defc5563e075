"""The window opens, the first administrator is created, and signing in works, all through the
real dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from caseworker.db.database import Database
from caseworker.domain.permissions import Role
from caseworker.services.accounts import AuthService
from caseworker.services.container import Services
from caseworker.services.first_start import start_new_office
from caseworker.settings import Settings
from caseworker.ui.application import sign_in_flow
from caseworker.ui.dialogs.sign_in import FirstAdminDialog, SignInDialog
from tests.conftest import make_user


def test_the_window_opens_on_a_new_database(sqlite_db: Database, open_window) -> None:
    actor = make_user(sqlite_db, "admin", Role.ADMIN)
    window = open_window(Services(sqlite_db, actor))
    assert window.isVisible()
    assert window.section_titles()[0] == "My work"
    assert "Admin" in window.user_label.text()
    assert str(sqlite_db.location.path) in window.db_label.text()


def test_sections_are_built_when_first_shown_and_then_kept_up_to_date(sqlite_db: Database, open_window,
                                                                      qtbot) -> None:
    from caseworker.domain.clients import ClientDraft
    from caseworker.ui.sections.clients import ClientsSection

    actor = make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER)
    services = Services(sqlite_db, actor)
    window = open_window(services)
    # The window opens with its first section only; the sidebar still lists them all.
    assert window.current_section() is window.section_at(0)
    assert "Clients" in window.section_titles()
    assert not any(isinstance(s, ClientsSection) for s in window._built.values())

    window.section_actions[1].trigger()  # Go ▸ Clients, Ctrl+2
    clients = window.current_section()
    assert isinstance(clients, ClientsSection) and clients.isVisible()
    assert clients.accessibleName() == "Clients"
    assert window.stack.count() == len(window.section_titles())
    # A client saved elsewhere reaches the section that is already built.
    window.ctx.runner.run(lambda: services.clients.create(ClientDraft(first_name="Ines", last_name="Okafor")))
    assert clients.list.model.rowCount() == 1
    # Back and forth keeps the same section (and what the user had selected in it).
    window.section_actions[0].trigger()
    assert window.current_section() is window.section_at(0)
    window.section_actions[1].trigger()
    assert window.current_section() is clients


def test_a_wide_section_scrolls_instead_of_widening_the_window(sqlite_db: Database, open_window, qtbot) -> None:
    window = open_window(Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER)))
    window.resize(1280, 760)  # an office laptop's screen, less the task bar
    for row in range(len(window.section_titles())):
        window.section_actions[row].trigger()
        qtbot.wait(1)
        assert window.width() <= 1280, window.section_titles()[row]


def test_every_section_fits_a_laptop_screen_without_scrolling_sideways(sqlite_db: Database, open_window,
                                                                       qtbot) -> None:
    from caseworker.domain.clients import ClientDraft
    from caseworker.domain.donors import DonorDraft

    services = Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER))
    services.clients.create(ClientDraft(first_name="Ines", last_name="Okafor"))
    services.donors.add_donor(DonorDraft(first_name="Grace", last_name="Hopper"))
    window = open_window(services)
    window.resize(1280, 760)
    for row, title in enumerate(window.section_titles()):
        window.section_actions[row].trigger()
        section = window.current_section()
        records = getattr(section, "list", None)
        if records is not None and hasattr(records, "table") and records.table.model().rowCount():
            records.table.selectRow(0)  # the detail pane, with its rows of buttons, is showing too
        qtbot.wait(1)
        frame = window.stack.currentWidget()
        assert frame.horizontalScrollBar().maximum() == 0, (title, section.minimumSizeHint().width())


def test_first_start_creates_the_administrator_through_the_dialog(sqlite_db: Database, qtbot) -> None:
    auth = AuthService(sqlite_db)
    dialog = FirstAdminDialog(lambda draft, password, org: start_new_office(sqlite_db, draft, password, org))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.org_name, "Analytical Society")
    dialog.country.setCurrentIndex(dialog.country.findData("GB"))
    qtbot.keyClicks(dialog.display_name, "Ada Lovelace")
    qtbot.keyClicks(dialog.username, "ada")
    qtbot.keyClicks(dialog.password, "analytical engine")
    qtbot.keyClicks(dialog.repeat, "analytical engin")
    dialog.buttons.accepted.emit()
    assert dialog.form.error_of("repeat")  # mismatched passwords: told beside the field
    assert not auth.has_users()
    qtbot.keyClicks(dialog.repeat, "e")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor is not None and Role.ADMIN in dialog.actor.roles
    assert auth.sign_in("ada", "analytical engine").display_name == "Ada Lovelace"


def test_a_short_password_is_refused_beside_its_field(sqlite_db: Database, qtbot) -> None:
    dialog = FirstAdminDialog(lambda draft, password, org: start_new_office(sqlite_db, draft, password, org))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.org_name, "Analytical Society")
    dialog.country.setCurrentIndex(dialog.country.findData("GB"))
    qtbot.keyClicks(dialog.display_name, "Ada")
    qtbot.keyClicks(dialog.username, "ada")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    dialog.buttons.accepted.emit()
    assert "at least" in dialog.form.error_of("password")
    assert not AuthService(sqlite_db).has_users()


def test_sign_in_dialog_refuses_a_wrong_password_then_accepts(sqlite_db: Database, qtbot) -> None:
    make_user(sqlite_db, "ada", Role.ADMIN, password="right password")
    dialog = SignInDialog(AuthService(sqlite_db).sign_in, database="test")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, "ada")
    qtbot.keyClicks(dialog.password, "wrong password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "not correct" in dialog.form.error_of("password")
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, "right password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "ada"


def test_sign_in_flow_uses_the_real_dialog(sqlite_db: Database, qtbot) -> None:
    make_user(sqlite_db, "ada", Role.ADMIN, password="right password")

    def answer() -> None:
        # The database is asked whether it has users before the dialog opens: wait for it.
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        dialog.password.setText("right password")
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, answer)
    services, settings = sign_in_flow(sqlite_db, Settings(last_username="ada"))
    assert services.actor.username == "ada" and settings.last_username == "ada"


def test_twenty_thousand_void_qt_calls_do_not_crash(qtbot) -> None:
    """PySide6 6.12.0 on CPython 3.11 dies after a few thousand of these (none_dealloc)."""
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(20_000):
        label.setText(str(i))
        label.setObjectName("x")
    assert label.text() == "19999"
