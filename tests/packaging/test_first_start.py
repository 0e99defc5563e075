"""A new office's first start: the organisation asked with the administrator, or a demo to look around."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from caseworker.db.database import Database
from caseworker.domain.org import ReceiptStyle
from caseworker.services.accounts import AuthService
from caseworker.services.audit import AuditFilter
from caseworker.services.container import Services
from caseworker.services.first_start import start_new_office
from caseworker.services.org_settings import load_org_settings
from caseworker.ui.dialogs.sign_in import OPEN_DEMO, FirstAdminDialog

pytestmark = pytest.mark.sqlite_only


def _dialog(db: Database, qtbot, **kwargs) -> FirstAdminDialog:
    dialog = FirstAdminDialog(lambda draft, password, org: start_new_office(db, draft, password, org), **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def _fill_admin(dialog: FirstAdminDialog, qtbot) -> None:
    qtbot.keyClicks(dialog.display_name, "Mary Seacole")
    qtbot.keyClicks(dialog.username, "mary")
    qtbot.keyClicks(dialog.password, "crimean kitchen")
    qtbot.keyClicks(dialog.repeat, "crimean kitchen")


def test_the_first_start_saves_the_organisation_with_the_administrator(sqlite_db: Database, qtbot) -> None:
    dialog = _dialog(sqlite_db, qtbot)
    qtbot.keyClicks(dialog.org_name, "Riverside Advice")
    dialog.country.setCurrentIndex(dialog.country.findData("CA"))
    assert dialog.currency.currentText() == "CAD", "the country pre-selects its currency"
    dialog.currency.setCurrentText("USD")  # an office may keep its books in another currency
    _fill_admin(dialog, qtbot)
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    org = load_org_settings(sqlite_db)
    assert (org.name, org.country, org.currency) == ("Riverside Advice", "CA", "USD")
    assert (org.timezone, org.receipt_style) == ("America/Toronto", ReceiptStyle.CA)
    assert AuthService(sqlite_db).sign_in("mary", "crimean kitchen").display_name == "Mary Seacole"
    trail = Services(sqlite_db, dialog.actor).audit.page(AuditFilter(record_type="settings"))
    assert [row.changes["country"] for row in trail] == [["", "CA"]]


@pytest.mark.parametrize("org_name, country, field, words", [
    ("", "GB", "name", "organisation's name"),
    ("Riverside Advice", "", "country", "country"),
])
def test_a_missing_organisation_detail_is_told_beside_its_field_and_creates_nothing(
        sqlite_db: Database, qtbot, org_name: str, country: str, field: str, words: str) -> None:
    dialog = _dialog(sqlite_db, qtbot)
    qtbot.keyClicks(dialog.org_name, org_name)
    if country:
        dialog.country.setCurrentIndex(dialog.country.findData(country))
    _fill_admin(dialog, qtbot)
    dialog.buttons.accepted.emit()
    assert words in dialog.form.error_of(field)
    assert not AuthService(sqlite_db).has_users()
    assert load_org_settings(sqlite_db).name == "Our organisation"


def test_every_control_has_a_name_and_the_demo_is_offered_only_when_asked(sqlite_db: Database, qtbot) -> None:
    plain = _dialog(sqlite_db, qtbot)
    assert plain.demo_button is None
    dialog = _dialog(sqlite_db, qtbot, offer_demo=True)
    for control in (dialog.org_name, dialog.country, dialog.currency, dialog.demo_button):
        assert control.accessibleName(), control


def test_the_demo_button_answers_open_demo(sqlite_db: Database, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    def click_demo() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstAdminDialog) and w.isVisible())
        dialog.demo_button.click()

    QTimer.singleShot(0, click_demo)
    choice = FirstAdminDialog.ask(lambda *a: pytest.fail("nothing is created"), offer_demo=True)
    assert choice == OPEN_DEMO
    assert not AuthService(sqlite_db).has_users()


@pytest.mark.slow
def test_the_demo_is_made_with_progress_and_opens_with_the_demo_password(tmp_path: Path, qtbot) -> None:
    from caseworker.db.open import open_database
    from caseworker.ui.demo_start import make_demo

    path = tmp_path / "demo.db"
    assert make_demo(path) is True
    db = open_database(str(path), credentials=lambda: ("demo", "demo"))
    try:
        assert AuthService(db).sign_in("demo", "demo").username == "demo"
    finally:
        db.dispose()


def test_cancelling_the_demo_leaves_no_file_behind(tmp_path: Path, qtbot) -> None:
    from caseworker.ui.demo_start import make_demo

    def cancel() -> None:
        progress = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
                         and w.isVisible()), None)
        if progress is None:
            QTimer.singleShot(5, cancel)
            return
        progress.findChild(QPushButton).click()  # as the user would

    QTimer.singleShot(0, cancel)
    path = tmp_path / "demo.db"
    assert make_demo(path) is False
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_choosing_the_demo_at_the_first_start_signs_in_to_the_demo_and_leaves_the_new_database(
        tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    import caseworker.ui.application as application
    import caseworker.ui.demo_start as demo_start
    from caseworker.db.location import DatabaseLocation
    from caseworker.settings import Settings
    from caseworker.ui.aside import run_aside

    demo = tmp_path / "data" / "caseworker-demo.db"
    monkeypatch.setattr(demo_start, "demo_path", lambda: demo)
    monkeypatch.setattr(application.FirstAdminDialog, "ask", classmethod(lambda cls, create, **kw: OPEN_DEMO))
    asked = {}

    def sign_in(cls, action, *, database, username):
        asked.update(database=database, username=username)
        return run_aside(lambda: action("demo", "demo"))  # as the real dialog runs it

    monkeypatch.setattr(application.SignInDialog, "ask", classmethod(sign_in))
    new = tmp_path / "office.db"
    opening = application.DatabaseOpening(DatabaseLocation.parse(str(new)))
    opening.open_if_readable()
    signed = application.sign_in_flow(opening, Settings(database=str(new)))
    assert signed is not None
    services, settings = signed
    try:
        assert services.actor.username == "demo" and asked["username"] == "demo"
        assert str(demo) in asked["database"]
        assert settings.database == str(new), "this computer's database stays the new one"
    finally:
        services.db.dispose()
    new_db = application.DatabaseOpening(DatabaseLocation.parse(str(new)))
    new_db.open_if_readable()
    try:
        assert new_db.db is not None and not AuthService(new_db.db).has_users(), "still waits for its first start"
    finally:
        new_db.db.dispose()


def test_a_new_office_can_ask_to_bring_its_data_in_and_the_import_opens_with_the_window(
        sqlite_db: Database, qtbot, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    import caseworker.ui.application as application
    from caseworker.ui.dialogs import import_wizard
    from caseworker.ui.dialogs.sign_in import IMPORT_AFTER

    wishes: set[str] = set()
    dialog = _dialog(sqlite_db, qtbot, wishes=wishes)
    assert dialog.import_after.isVisibleTo(dialog) and dialog.import_after.accessibleName()
    qtbot.keyClicks(dialog.org_name, "Riverside Advice")
    dialog.country.setCurrentIndex(dialog.country.findData("GB"))
    _fill_admin(dialog, qtbot)
    dialog.import_after.setChecked(True)
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted and wishes == {IMPORT_AFTER}

    opened = []
    monkeypatch.setattr(import_wizard.ImportWizard, "ask", classmethod(lambda cls, ctx, parent=None, kind=None:
                                                                         opened.append(ctx.actor.username)))
    window = open_window(Services(sqlite_db, dialog.actor))
    application.offer_import(window)
    assert opened == ["mary"]


def test_the_import_offer_is_hidden_unless_asked_for(sqlite_db: Database, qtbot) -> None:
    dialog = _dialog(sqlite_db, qtbot)
    assert not dialog.import_after.isVisibleTo(dialog)
