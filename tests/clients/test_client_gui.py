"""The clients section as a user works it: the dialog, the duplicate warning, the list, the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from caseworker.db.database import Database
from caseworker.domain.clients import ClientDraft
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from caseworker.ui.dialogs.client_dialog import ClientDialog
from caseworker.ui.sections.clients import ClientsSection
from caseworker.ui.views import client_detail
from tests.conftest import make_user


def _worker(db: Database) -> Services:
    make_user(db, "admin", Role.ADMIN, Role.MANAGER)
    return Services(db, make_user(db, "sam", Role.CASEWORKER))


def _section(window) -> ClientsSection:
    section = window.section_for_kind("client")
    assert isinstance(section, ClientsSection)
    window.show_section(section)
    return section


def test_a_bad_phone_number_is_shown_beside_its_field_then_the_client_is_saved(sqlite_db: Database, open_window,
                                                                              qtbot) -> None:
    services = _worker(sqlite_db)
    window = open_window(services)
    dialog = ClientDialog(window.ctx, parent=window)
    # QTest types ASCII only; other scripts arrive as a paste would.
    dialog.first_name.insert("Мария")
    dialog.last_name.insert("Иванова")
    qtbot.keyClicks(dialog.date_of_birth, "1984-07-09")
    qtbot.keyClicks(dialog.phone, "12345")
    dialog.buttons.accepted.emit()
    assert "not a valid phone number" in dialog.form.error_of("phone")
    assert not dialog.form.findChild(QLabel, "phone-error").isHidden()
    assert dialog.saved is None and services.clients.list_ids(ListQuery()) == []
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "+1 202-555-0143")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.phone == "+12025550143"
    assert dialog.saved.first_name == "Мария"


def test_leaving_a_bad_field_shows_its_message_as_the_user_types(sqlite_db: Database, open_window, qtbot) -> None:
    window = open_window(_worker(sqlite_db))
    dialog = ClientDialog(window.ctx, parent=window)
    dialog.show()
    qtbot.keyClicks(dialog.email, "not-an-address")
    dialog.email.editingFinished.emit()
    assert "not a valid e-mail" in dialog.form.error_of("email")
    qtbot.keyClicks(dialog.date_of_birth, "31/12/1980")
    dialog.date_of_birth.editingFinished.emit()
    assert "YYYY-MM-DD" in dialog.form.error_of("date_of_birth")


def test_the_duplicate_warning_then_save_anyway(sqlite_db: Database, open_window, qtbot) -> None:
    services = _worker(sqlite_db)
    existing, _ = services.clients.create(ClientDraft("José", "García", date_of_birth="1975-05-06"))
    window = open_window(services)
    dialog = ClientDialog(window.ctx, parent=window)
    qtbot.keyClicks(dialog.first_name, "Jose")
    qtbot.keyClicks(dialog.last_name, "GARCIA")
    qtbot.keyClicks(dialog.date_of_birth, "1975-05-06")
    dialog.buttons.accepted.emit()
    assert not dialog.duplicates.isHidden() and "José García" in dialog.duplicates.text()
    assert dialog.ok_button.text() == "Save anyway" and dialog.saved is None
    dialog.buttons.accepted.emit()
    assert dialog.saved is not None and dialog.saved.id != existing.id


def test_filtering_the_list_and_opening_a_client(sqlite_db: Database, open_window, qtbot) -> None:
    services = _worker(sqlite_db)
    for first, last in [("Ann", "Able"), ("Ben", "Baker"), ("Zoë", "Zimmer"), ("Σοφία", "Οικονόμου")]:
        services.clients.create(ClientDraft(first, last))
    window = open_window(services)
    section = _section(window)
    assert section.list.model.rowCount() == 4 and section.count_label.text() == "4 clients"
    qtbot.keyClicks(section.list.filter_edit, "zoe")
    qtbot.keyClick(section.list.filter_edit, Qt.Key.Key_Return)
    assert section.list.model.rowCount() == 1
    assert section.list.model.data(section.list.model.index(0, 0)) == "Zoë Zimmer"
    section.list.filter_edit.clear()
    section.list.filter_edit.insert("ΟΙΚ")
    qtbot.keyClick(section.list.filter_edit, Qt.Key.Key_Return)
    assert section.list.model.rowCount() == 1
    section.list.table.selectRow(0)
    assert section.detail.title.text() == "Σοφία Οικονόμου"
    section.list.filter_edit.clear()
    qtbot.keyClicks(section.list.filter_edit, "%_'")
    qtbot.keyClick(section.list.filter_edit, Qt.Key.Key_Return)
    assert section.list.model.rowCount() == 0
    assert section.list.empty_label.isVisible()


def test_the_flags_banner_is_the_first_thing_in_the_file(sqlite_db: Database, open_window, qtbot) -> None:
    services = _worker(sqlite_db)
    client, _ = services.clients.create(ClientDraft("Ann", "Able", safeguarding="Do not visit alone",
                                                    interpreter_needed=True, interpreter_language="Farsi",
                                                    accessibility="Step-free rooms only"))
    services.clients.create(ClientDraft("Ben", "Baker"))
    window = open_window(services)
    section = _section(window)
    window.open_record("client", client.id)
    detail = section.detail
    banner = detail.banner
    assert banner.isVisible()
    assert banner.safeguarding.isVisible() and "Do not visit alone" in banner.safeguarding.text()
    assert "#8a1c14" in banner.safeguarding.styleSheet()  # red
    assert "Farsi" in banner.interpreter.text() and "Step-free" in banner.accessibility.text()
    # Above the name and everything else in the file.
    assert banner.geometry().top() < detail.title.geometry().top() < detail.tabs.geometry().top()
    section.list.select_id(client.id + 1)
    assert not banner.isVisible() and detail.title.text() == "Ben Baker"


def test_fundraisers_have_no_clients_section(sqlite_db: Database, open_window) -> None:
    make_user(sqlite_db, "admin", Role.ADMIN)
    window = open_window(Services(sqlite_db, make_user(sqlite_db, "joe", Role.FUNDRAISER)))
    assert window.section_for_kind("client") is None
    assert "Clients" not in window.section_titles()


def test_other_capabilities_add_tabs_to_the_client_file(sqlite_db: Database, open_window, qtbot,
                                                        monkeypatch) -> None:
    shown: list[int | None] = []

    class CasesTab(QLabel):
        def set_client(self, client_id: int | None) -> None:
            shown.append(client_id)

    from dataclasses import replace

    from caseworker.domain.registry import Registry
    from caseworker.ui.parts import DetailTab, window_parts

    tabs = Registry("client file tab", [("cases", DetailTab(lambda: "Cases", lambda ctx, parent: CasesTab(parent)))])
    parts = replace(window_parts(), client_tabs=tabs)
    monkeypatch.setattr(client_detail, "window_parts", lambda: parts)
    services = _worker(sqlite_db)
    client, _ = services.clients.create(ClientDraft("Ann", "Able"))
    window = open_window(services)
    section = _section(window)
    titles = [section.detail.tabs.tabText(i) for i in range(section.detail.tabs.count())]
    assert titles[:5] == ["Profile", "Contacts", "Consents", "Attachments", "Referrals"] and titles[5] == "Cases"
    window.open_record("client", client.id)
    assert shown[-1] == client.id
    extra = QLabel("Aid")
    section.detail.add_tab(extra, "Aid")
    assert section.detail.tabs.tabText(section.detail.tabs.count() - 1) == "Aid"


def test_the_preferred_channel_offers_the_one_vocabulary_and_a_letter_is_kept(sqlite_db: Database, open_window,
                                                                               qtbot) -> None:
    services = _worker(sqlite_db)
    window = open_window(services)
    dialog = ClientDialog(window.ctx, parent=window)
    combo = dialog.contact_channel
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "No preference", "Phone", "Text message", "Email", "Letter", "In person"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "phone", "sms", "email", "letter", "in_person"]
    dialog.first_name.insert("Ada")
    dialog.last_name.insert("Writer")
    combo.setCurrentIndex(combo.findData("letter"))
    dialog.buttons.accepted.emit()
    assert dialog.saved is not None and dialog.saved.contact_channel == "letter"
    section = _section(window)
    window.open_record("client", dialog.saved.id)
    qtbot.waitUntil(lambda: section.detail.contact_labels["channel"].text() == "Letter")
