"""The Settings section: what each role sees, the organisation form, users and roles, the audit
log browser and this computer's settings, driven through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from caseworker.db.database import Database
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services import audit
from caseworker.services.accounts import AuthService
from caseworker.services.audit import AuditFilter
from caseworker.services.container import Services
from caseworker.settings import load_settings
from caseworker.ui.dialogs.password_dialog import PasswordDialog
from caseworker.ui.dialogs.user_dialog import UserDialog
from caseworker.ui.main_window import MainWindow
from caseworker.ui.models import audit_table
from caseworker.ui.sections import administration
from caseworker.ui.sections.administration import AdministrationSection
from tests.conftest import make_user, ui_context


def _open(open_window, services: Services) -> tuple[MainWindow, AdministrationSection]:
    window = open_window(services)
    section = window.section_of(AdministrationSection)
    assert section is not None
    window.show_section(section)
    return window, section


@pytest.fixture
def admin_services(sqlite_db: Database) -> Services:
    return Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER))


@pytest.mark.parametrize(("roles", "pages"), [
    ((Role.ADMIN,), ["organisation", "mail", "users", "organigram", "audit", "backups", "computer"]),
    ((Role.ADMIN, Role.MANAGER), ["organisation", "mail", "users", "organigram", "audit", "backups", "computer"]),
    ((Role.MANAGER,), ["organisation", "mail", "organigram", "audit", "backups", "computer"]),
    ((Role.CASEWORKER,), ["computer"]),
    ((Role.FUNDRAISER,), ["computer"]),
])
def test_each_role_sees_only_the_pages_the_map_allows(sqlite_db: Database, open_window, roles, pages) -> None:
    make_user(sqlite_db, "first", Role.ADMIN)
    services = Services(sqlite_db, make_user(sqlite_db, "someone", *roles))
    window, section = _open(open_window, services)
    assert section.page_keys() == pages
    assert window.section_titles()[-1] == "Settings"
    assert (section.users is not None) == (Role.ADMIN in roles)
    assert (section.audit is not None) == any(r in roles for r in (Role.ADMIN, Role.MANAGER))


def test_settings_builds_a_page_when_it_is_first_shown(admin_services: Services, open_window) -> None:
    _window, section = _open(open_window, admin_services)
    assert section.stack.currentWidget() is section.pages.built("organisation")
    assert section.pages.built("backups") is None and section.pages.built("audit") is None
    section.show_page("backups")
    assert section.stack.currentWidget() is section.pages.built("backups") is not None


def test_the_organisation_form_saves_and_is_audited(admin_services: Services, open_window) -> None:
    window, section = _open(open_window, admin_services)
    page = section.organisation
    page.name.setText("Northside Advice")
    page.address.setPlainText("12 Market Street\n\nLeeds LS1 6DT")
    page.currency.setCurrentText("GBP")
    page.fiscal.setCurrentIndex(3)
    page.timezone.setCurrentText("Europe/London")
    page.save_button.click()
    saved = admin_services.settings.get()
    assert (saved.name, saved.address, saved.currency, saved.fiscal_year_start_month, saved.timezone) == (
        "Northside Advice", ("12 Market Street", "Leeds LS1 6DT"), "GBP", 4, "Europe/London")
    assert page.status.text() == "Saved."
    assert "Northside Advice" in window.windowTitle()
    entry = admin_services.audit.page(AuditFilter(record_type="settings"))[0]
    assert entry.changes["currency"] == ["USD", "GBP"]


def test_invalid_settings_are_shown_beside_their_field_and_not_saved(admin_services: Services, open_window) -> None:
    _window, section = _open(open_window, admin_services)
    page = section.organisation
    page.name.setText("   ")
    page.timezone.setCurrentText("Mars/Olympus")
    assert not page.check()
    assert page.form.error_of("name") == "Enter the organisation's name."
    assert "not a known time zone" in page.form.error_of("timezone")
    page.save_button.click()
    assert admin_services.settings.get().name == "Our organisation"


def test_donor_segment_figures_are_set_on_the_organisation_page(admin_services: Services, open_window) -> None:
    from decimal import Decimal

    _window, section = _open(open_window, admin_services)
    page = section.organisation
    assert page.major_gift.text() == "1000.00" and page.lapsed_after.value() == 548
    page.major_gift.setText("a lot")
    assert not page.check()
    assert "amount" in page.form.error_of("major_gift")
    page.save_button.click()
    assert admin_services.settings.get().segments.major_gift == Decimal("1000.00")
    page.major_gift.setText("250")
    page.new_within.setValue(180)
    assert page.check() and not page.form.error_of("major_gift")
    page.save_button.click()
    saved = admin_services.settings.get().segments
    assert (saved.major_gift, saved.new_within_days) == (Decimal("250.00"), 180)
    assert page.major_gift.text() == "250.00"


def test_the_logo_must_be_a_small_png_or_jpeg(admin_services: Services, open_window, tmp_path: Path) -> None:
    _window, section = _open(open_window, admin_services)
    page = section.organisation
    text_file = tmp_path / "logo.png"
    text_file.write_text("not a picture")
    assert not page.load_logo_file(text_file)
    assert "PNG or JPEG" in page.form.error_of("logo")
    huge = tmp_path / "huge.png"
    huge.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2_100_000))
    assert not page.load_logo_file(huge)
    assert "2 MB" in page.form.error_of("logo")
    good = tmp_path / "good.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    assert image.save(str(good))
    assert page.load_logo_file(good)
    assert page.form.error_of("logo") == "" and not page.logo_preview.pixmap().isNull()
    page.save_button.click()
    assert admin_services.settings.get().logo_png == good.read_bytes()
    page.remove_logo.click()
    page.save_button.click()
    assert admin_services.settings.get().logo_png is None


def test_adding_a_user_through_the_dialog(admin_services: Services, open_window, qtbot) -> None:
    _window, section = _open(open_window, admin_services)
    accounts = admin_services.accounts
    dialog = UserDialog(section.ctx, lambda s, d, p: s.accounts.add_user(d, p), accounts.list_teams())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.display_name, "Maria Okafor")
    qtbot.keyClicks(dialog.username, "maria")
    qtbot.keyClicks(dialog.password, "a long password")
    qtbot.keyClicks(dialog.repeat, "a long password")
    dialog.buttons.accepted.emit()
    assert dialog.form.error_of("roles") == "Give the user at least one role."
    dialog.role_boxes[Role.MANAGER].setChecked(True)
    qtbot.keyClicks(dialog.specialties, "benefits, Debt")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    user = dialog.result_value[0]
    assert user.roles == {Role.MANAGER} and user.specialties == ("benefits", "debt")
    # The list refreshes from the change notice.
    section.show_page("users")
    assert section.users.list.select_id(user.id)


def test_changing_a_users_roles(admin_services: Services, open_window, qtbot) -> None:
    _window, section = _open(open_window, admin_services)
    accounts = admin_services.accounts
    target = Services(admin_services.db, make_user(admin_services.db, "sam", Role.CASEWORKER))
    user = accounts.get(target.actor.user_id)
    dialog = UserDialog(section.ctx, lambda s, d: s.accounts.update_user(user.id, d, user.version),
                        accounts.list_teams(), user)
    qtbot.addWidget(dialog)
    assert dialog.role_boxes[Role.CASEWORKER].isChecked() and dialog.password is None
    dialog.role_boxes[Role.FUNDRAISER].setChecked(True)
    dialog.buttons.accepted.emit()
    assert accounts.get(user.id).roles == {Role.CASEWORKER, Role.FUNDRAISER}


def test_deactivating_asks_once_naming_the_user(admin_services: Services, open_window,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _window, section = _open(open_window, admin_services)
    sam = make_user(admin_services.db, "sam", Role.CASEWORKER)
    section.show_page("users")
    users = section.users
    users.list.reload()
    assert users.list.select_id(sam.user_id)
    assert users.active_button.text() == "Deactivate…"
    asked: list[tuple[str, str]] = []
    answer = [False]

    def fake_confirm(_parent, _title, text, verb) -> bool:
        asked.append((text, verb))
        return answer[0]

    monkeypatch.setattr(administration, "confirm", fake_confirm)
    users.active_button.click()
    assert asked == [(asked[0][0], "Deactivate Sam")] and "Sam will no longer be able to sign in" in asked[0][0]
    assert "password stops opening the database file" in asked[0][0]
    assert admin_services.accounts.get(sam.user_id).active
    answer[0] = True
    users.active_button.click()
    assert not admin_services.accounts.get(sam.user_id).active
    assert users.active_button.text() == "Reactivate"
    # Reactivating asks for the account's new password instead.
    shown: list[str] = []

    def type_new_password() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PasswordDialog)
        shown.append(dialog.windowTitle())
        dialog.password.setText("sam is back again")
        dialog.repeat.setText("sam is back again")
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, type_new_password)
    users.active_button.click()
    assert shown == ["Reactivate account"] and len(asked) == 2
    assert admin_services.accounts.get(sam.user_id).active
    assert AuthService(admin_services.db).sign_in("sam", "sam is back again").username == "sam"


def test_an_admin_cannot_deactivate_themselves_from_the_list(admin_services: Services, open_window) -> None:
    _window, section = _open(open_window, admin_services)
    section.show_page("users")
    section.users.list.select_id(admin_services.actor.user_id)
    assert not section.users.active_button.isEnabled()


def test_resetting_a_password(admin_services: Services, open_window, qtbot) -> None:
    from caseworker.services.accounts import AuthService

    _window, section = _open(open_window, admin_services)
    sam = make_user(admin_services.db, "sam", Role.CASEWORKER)
    dialog = PasswordDialog(section.ctx, lambda s, p: s.accounts.reset_password(sam.user_id, p),
                            own=False, whose="Sam")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    dialog.buttons.accepted.emit()
    assert "at least" in dialog.form.error_of("password")
    dialog.password.setText("a brand new password")
    dialog.repeat.setText("a brand new password")
    dialog.buttons.accepted.emit()
    assert dialog.saved
    assert AuthService(admin_services.db).sign_in("sam", "a brand new password").user_id == sam.user_id


def test_changing_ones_own_password_needs_the_current_one(sqlite_db: Database, qtbot) -> None:
    services = Services(sqlite_db, make_user(sqlite_db, "ada", Role.ADMIN, password="old password"))
    dialog = PasswordDialog(ui_context(services), lambda s, old, new: s.accounts.change_own_password(old, new),
                            own=True)
    qtbot.addWidget(dialog)
    dialog.current.setText("wrong one")
    dialog.password.setText("new password!")
    dialog.repeat.setText("new password!")
    dialog.buttons.accepted.emit()
    assert dialog.form.error_of("old_password") == "The current password is not correct."
    dialog.current.setText("old password")
    dialog.buttons.accepted.emit()
    assert dialog.saved


def test_ctrl_n_in_settings_adds_a_user(admin_services: Services, open_window, monkeypatch) -> None:
    window, section = _open(open_window, admin_services)
    opened: list[object] = []
    monkeypatch.setattr(UserDialog, "ask", classmethod(lambda cls, *a, **k: opened.append(a)))
    window.new_action.trigger()
    assert opened and section.stack.currentWidget() is section.users


def test_quick_search_opens_a_user_in_the_users_page(admin_services: Services, open_window) -> None:
    window, section = _open(open_window, admin_services)
    sam = make_user(admin_services.db, "sam", Role.CASEWORKER)
    window.show_section(window.sections[0])
    assert window.open_record("user", sam.user_id)
    assert window.current_section() is section and section.users.list.current_id() == sam.user_id


def _entries(db: Database, actor: Actor, n: int, record_type: str = "client") -> None:
    with db.transaction("Record disbursement") as s:
        for i in range(n):
            audit.record(s, actor, kind="update", record_type=record_type, record_id=i,
                         changes={"amount": ["10.00", "12.50"]}, reason="")


def test_the_audit_log_fetches_more_as_it_scrolls(admin_services: Services, open_window, qtmodeltester) -> None:
    _entries(admin_services.db, admin_services.actor, 2 * audit_table.PAGE + 50)
    _window, section = _open(open_window, admin_services)
    section.show_page("audit")
    model = section.audit.model
    assert model.rowCount() == audit_table.PAGE and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    # Every entry once: the ones above plus those of making the administrator.
    total = admin_services.audit.count(AuditFilter())
    assert model.rowCount() == total and not model.canFetchMore()
    ids = [model.entry_at(r).id for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    qtmodeltester.check(model)


def test_the_audit_log_shows_changes_and_filters(admin_services: Services, open_window) -> None:
    db = admin_services.db
    _entries(db, admin_services.actor, 3)
    other = make_user(db, "maria", Role.MANAGER)
    _entries(db, other, 2, record_type="donor")
    _window, section = _open(open_window, admin_services)
    section.show_page("audit")
    page = section.audit
    model = page.model
    first = model.index(0, 4)
    assert model.data(first) == "amount: 10.00 → 12.50"
    assert model.data(model.index(0, 1)) == "Maria"
    page.record_type.setCurrentIndex(page.record_type.findData("donor"))
    assert model.rowCount() == 2
    page.record_type.setCurrentIndex(0)
    page.user.setCurrentIndex(page.user.findData(other.user_id))
    assert model.rowCount() == 2
    page.user.setCurrentIndex(0)
    page.text.setText("disbursement")
    page.apply_filter()
    assert model.rowCount() == 5
    page.text.setText("no such thing")
    page.apply_filter()
    assert model.rowCount() == 0 and page.empty.isVisibleTo(page)
    page.text.clear()
    page.since.setDate(QDate.currentDate().addDays(1))
    assert model.rowCount() == 0
    page.since.setDate(administration.MIN_DATE)
    page.until.setDate(QDate.currentDate())
    assert model.rowCount() == admin_services.audit.count(AuditFilter())
    page.table.setCurrentIndex(model.index(0, 0))
    assert "amount: 10.00 → 12.50" in page.detail.toPlainText()


def test_the_audit_log_sorts_by_time_in_sql(admin_services: Services, open_window) -> None:
    _entries(admin_services.db, admin_services.actor, 5)
    _window, section = _open(open_window, admin_services)
    section.show_page("audit")
    page = section.audit
    newest = page.model.entry_at(0).id
    page.table.horizontalHeader().sectionClicked.emit(0)
    assert page.model.oldest_first and page.model.entry_at(0).id < newest
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    page.table.horizontalHeader().sectionClicked.emit(2)  # other columns keep the time order
    assert page.model.oldest_first


def test_the_audit_log_refreshes_after_a_change(admin_services: Services, open_window) -> None:
    _window, section = _open(open_window, admin_services)
    section.show_page("audit")
    before = section.audit.model.rowCount()
    page = section.organisation
    page.name.setText("Renamed")
    page.save_button.click()
    assert section.audit.model.rowCount() == before + 1


def test_this_computers_settings_are_everyones_and_saved_locally(sqlite_db: Database, open_window,
                                                                 tmp_path: Path) -> None:
    make_user(sqlite_db, "first", Role.ADMIN)
    services = Services(sqlite_db, make_user(sqlite_db, "sam", Role.CASEWORKER))
    window, section = _open(open_window, services)
    page = section.computer
    assert section.stack.currentWidget() is page
    page.idle.setValue(5)
    page.database.setText(str(tmp_path / "other.db"))
    page.save_button.click()
    stored = load_settings()
    assert stored.idle_lock_minutes == 5 and stored.database == str(tmp_path / "other.db")
    assert "next time" in page.status.text()
    page.idle.setValue(0)
    page.save_button.click()
    assert load_settings().idle_lock_minutes == 0
    page.database.clear()
    page.save_button.click()
    assert page.form.error_of("database")


@pytest.mark.parametrize("roles", [(Role.ADMIN,), (Role.MANAGER,), (Role.CASEWORKER,), (Role.FUNDRAISER,)],
                         ids=lambda roles: "-".join(r.value for r in roles))
def test_the_sidebar_hides_the_sections_the_map_forbids(sqlite_db: Database, open_window, roles) -> None:
    from caseworker.ui.parts import window_parts

    make_user(sqlite_db, "first", Role.ADMIN)
    services = Services(sqlite_db, make_user(sqlite_db, "someone", *roles))
    window = open_window(services)
    shown = {type(s) for s in window.sections}
    for cls in window_parts().sections:
        assert (cls in shown) == (cls.required is None or services.actor.can(cls.required)), cls.__name__
    assert len(window.section_actions) == len(window.sections)


def test_a_new_idle_time_reaches_the_windows_idle_lock(sqlite_db: Database, open_window) -> None:
    from PySide6.QtCore import QObject

    class FakeLock(QObject):
        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self.setObjectName("idle_lock")
            self.minutes: list[int] = []

        def set_minutes(self, minutes: int) -> None:
            self.minutes.append(minutes)

    services = Services(sqlite_db, make_user(sqlite_db, "ada", Role.ADMIN))
    window, section = _open(open_window, services)
    for lock in window.findChildren(QObject, "idle_lock"):
        lock.setObjectName("installed-lock")  # the real one, if installed, stays out of the way
    fake = FakeLock(window)
    section.show_page("computer")
    section.computer.idle.setValue(7)
    section.computer.save_button.click()
    assert fake.minutes == [7]


def test_ctrl_comma_and_ctrl_number_switch_to_settings(admin_services: Services, open_window) -> None:
    window = open_window(admin_services)
    index = next(i for i, s in enumerate(window.sections) if isinstance(s, AdministrationSection))
    keys = [k.toString() for k in window.section_actions[index].shortcuts()]
    assert "Ctrl+," in keys and (f"Ctrl+{index + 1}" in keys) == (index < 9)
    assert len(window.section_actions) == len(window.sections)
    window.section_actions[index].trigger()
    assert isinstance(window.current_section(), AdministrationSection)
    window.section_actions[0].trigger()
    assert window.current_section() is window.sections[0]


def test_the_users_list_sorts_by_its_headers_and_filters_in_sql(admin_services: Services, open_window) -> None:
    make_user(admin_services.db, "zoe", Role.CASEWORKER)
    make_user(admin_services.db, "bob", Role.FUNDRAISER)
    _window, section = _open(open_window, admin_services)
    section.show_page("users")
    users = section.users
    model = users.list.model

    def names() -> list[str]:
        return [model.record_at(r).display_name for r in range(model.rowCount())]

    assert names() == ["Admin", "Bob", "Zoe"]
    users.list.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert names() == ["Zoe", "Bob", "Admin"]
    users.role_filter.setCurrentIndex(users.role_filter.findData("fundraiser"))
    assert names() == ["Bob"]
    users.role_filter.setCurrentIndex(0)
    users.list.filter_edit.setText("zo")
    users.list.filter_edit.returnPressed.emit()
    assert names() == ["Zoe"]
