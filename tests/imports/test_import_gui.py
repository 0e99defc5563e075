"""The import wizard, past imports with Undo, and list export from the window (runner synchronous)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from caseworker.db.database import Database
from caseworker.domain.donors import DonorDraft
from caseworker.domain.imports import DuplicateChoice
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from caseworker.ui import list_export
from caseworker.ui.dialogs.import_wizard import ImportWizard, PastImportsDialog
from caseworker.ui.sections.donors import DonorsSection
from tests.conftest import make_user

from .conftest import write_csv


def _fundraiser(db: Database) -> Services:
    make_user(db, "admin", Role.ADMIN, Role.MANAGER)
    return Services(db, make_user(db, "joe", Role.FUNDRAISER))


def test_a_messy_spreadsheet_imported_fixed_undone_and_imported_again(sqlite_db: Database, open_window, qtbot,
                                                                       tmp_path: Path, monkeypatch) -> None:
    services = _fundraiser(sqlite_db)
    existing, _ = services.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte", email="ana@example.org"))
    path = write_csv(tmp_path / "old-crm.csv", [
        ["Ref", "Given", "Family", "E-Mail Address", "Town"],
        ["A-1", "Ana", "Duarte", "ana@example.org", "Lisbon"],
        ["A-2", "Luis", "Pereira", "luis@example.org", "Porto"],
        ["A-3", "Zoë", "Okafor", "zoe@@example", "Faro"],
    ], encoding="cp1252", delimiter=";")
    window = open_window(services)
    donors = window.section_for_kind("donor")
    assert isinstance(donors, DonorsSection)
    window.show_section(donors)
    assert donors.list.model.rowCount() == 1
    wizard = ImportWizard(window.ctx, window)
    qtbot.addWidget(wizard)
    wizard.path_edit.setText(str(path))
    wizard.next()
    assert wizard.pages.currentIndex() == 1
    assert wizard.encoding_combo.currentData() == "cp1252" and wizard.separator_combo.currentData() == ";"
    # "Given" and "Family" are not names any system exports: Preview refuses until they are mapped.
    wizard.next()
    assert "Map a column" in wizard.mapping_error.text() and wizard.pages.currentIndex() == 1
    wizard.set_field("Given", "first_name")
    wizard.set_field("Family", "last_name")
    wizard.set_field("Ref", "external_id")
    wizard.next()
    assert wizard.pages.currentIndex() == 2
    assert wizard.failed_table.rowCount() == 1
    assert (wizard.failed_table.item(0, 0).text(), wizard.failed_table.item(0, 1).text()) == ("4", "E-Mail Address")
    assert not wizard.next_button.isEnabled()
    assert wizard.dup_table.rowCount() == 1 and "Ana Duarte" in wizard.dup_table.item(0, 2).text()

    # The e-mail column is ignored instead, and the duplicate merged.
    wizard.back()
    wizard.set_field("E-Mail Address", "")
    wizard.next()
    assert wizard.failed_table.rowCount() == 0 and wizard.next_button.isEnabled()
    assert wizard.dup_table.rowCount() == 1  # without an e-mail the same name alone is a possible duplicate
    wizard.back()
    wizard.set_field("E-Mail Address", "email")
    fixed = write_csv(tmp_path / "old-crm.csv", [
        ["Ref", "Given", "Family", "E-Mail Address", "Town"],
        ["A-1", "Ana", "Duarte", "ana@example.org", "Lisbon"],
        ["A-2", "Luis", "Pereira", "luis@example.org", "Porto"],
        ["A-3", "Zoë", "Okafor", "zoe@example.org", "Faro"],
    ], encoding="cp1252", delimiter=";")
    assert fixed == path
    wizard.next()
    assert wizard.failed_table.rowCount() == 0 and wizard.dup_table.rowCount() == 1
    wizard.set_choice(2, DuplicateChoice.MERGE)
    wizard.next()
    assert wizard.pages.currentIndex() == 3
    assert "2 created, 1 merged" in wizard.done_label.text()
    assert len(services.donors.list_ids(ListQuery())) == 3
    assert donors.list.model.rowCount() == 3  # the list behind the wizard heard what the import wrote
    assert services.donors.get(existing.id).city == "Lisbon"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    past = PastImportsDialog(window.ctx, window)
    qtbot.addWidget(past)
    assert past.table.rowCount() == 1 and "old-crm.csv" in past.table.item(0, 3).text()
    past.select_batch(past.batches[0].id)
    past.undo_selected()
    assert past.message.text() == "The import was undone."
    assert "undone" in past.table.item(0, 5).text() and not past.undo_button.isEnabled()
    assert services.donors.list_ids(ListQuery()) == [existing.id]
    assert services.donors.get(existing.id).city == ""

    again = ImportWizard(window.ctx, window)
    qtbot.addWidget(again)
    again.path_edit.setText(str(path))
    again.next()
    assert "last used" in again.mapping_note.text()  # the mapping was remembered for this header
    again.next()
    again.next()
    assert again.pages.currentIndex() == 3 and len(services.donors.list_ids(ListQuery())) == 3


def test_undo_refused_in_the_window_names_the_changed_record(sqlite_db: Database, open_window, qtbot,
                                                              tmp_path: Path, monkeypatch) -> None:
    services = _fundraiser(sqlite_db)
    path = write_csv(tmp_path / "d.csv", [["First Name", "Last Name"], ["Ana", "Duarte"]])
    window = open_window(services)
    wizard = ImportWizard(window.ctx, window)
    qtbot.addWidget(wizard)
    wizard.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    wizard.next()
    [donor_id] = services.donors.list_ids(ListQuery())
    record = services.donors.get(donor_id)
    services.donors.update_donor(donor_id, DonorDraft(first_name="Ana", last_name="Duarte", city="Faro"),
                                 record.version)
    past = PastImportsDialog(window.ctx, window)
    qtbot.addWidget(past)
    past.select_batch(past.batches[0].id)
    past.undo_selected(confirmed=True)
    assert "Ana Duarte" in past.message.text() and "Nothing was undone" in past.message.text()
    assert services.donors.list_ids(ListQuery()) == [donor_id]


def test_the_donor_list_exports_as_filtered(sqlite_db: Database, open_window, qtbot, tmp_path: Path,
                                            monkeypatch) -> None:
    services = _fundraiser(sqlite_db)
    for first, last in (("Ana", "Duarte"), ("Bo", "Berg")):
        services.donors.add_donor(DonorDraft(first_name=first, last_name=last))
    window = open_window(services)
    section = window.section_for_kind("donor")
    assert isinstance(section, DonorsSection)
    window.show_section(section)
    section.list.set_filter("kind", "individual")
    section.list.model.set_query(section.list.model.query.with_text("berg"))
    out = tmp_path / "donors.xlsx"
    monkeypatch.setattr(list_export, "choose_export_path", lambda parent, kind: out)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    assert section.export_button.isVisible() and section.import_button.isVisible()
    section.export_button.click()
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert [r[1] for r in rows[1:]] == ["Bo Berg"] and "1 rows" in shown[0]


def test_possible_duplicates_merged_side_by_side(sqlite_db: Database, open_window, qtbot, monkeypatch) -> None:
    from caseworker.ui.dialogs.merge_dialog import DuplicatesDialog, MergeDialog

    services = _fundraiser(sqlite_db)
    keep, _ = services.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte", email="ana@example.org"))
    other, _ = services.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte", email="ana@example.org",
                                                    city="Porto"))
    window = open_window(services)
    found = DuplicatesDialog(window.ctx, "donor", window)
    qtbot.addWidget(found)
    assert found.table.rowCount() == 1 and "the same e-mail" in found.table.item(0, 2).text()
    merge = MergeDialog(window.ctx, "donor", keep.id, other.id, window)
    qtbot.addWidget(merge)
    assert set(merge.groups) == {"city"}  # only the fields that differ offer a choice
    merge.choose("city", from_other=True)
    merge.merge()
    assert merge.merged
    assert services.donors.get(keep.id).city == "Porto"
    assert services.donors.list_ids(ListQuery()) == [keep.id]
    found.reload()
    assert found.table.rowCount() == 0 and not found.empty.isHidden()


def test_backups_from_settings_made_listed_and_restored(sqlite_db: Database, open_window, qtbot,
                                                        monkeypatch) -> None:
    from caseworker.ui.backups_page import BackupsPage
    from caseworker.ui.sections.administration import AdministrationSection

    make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER)
    services = Services(sqlite_db, make_user(sqlite_db, "maria", Role.MANAGER, Role.FUNDRAISER))
    services.donors.add_donor(DonorDraft(first_name="Kept", last_name="Donor"))
    window = open_window(services)
    section = window.section_for_kind("user")
    assert isinstance(section, AdministrationSection)
    window.show_section(section)
    section.show_page("backups")
    page = section.backups
    assert isinstance(page, BackupsPage)
    assert page.table.rowCount() == 0 and "No backups yet" in page.message.text()
    page.back_up_now()
    assert "check passed" in page.message.text()
    assert page.table.rowCount() == 1 and page.table.item(0, 3).text() == "Passed"
    assert page.table.item(0, 1).text() == "Made by hand"
    services.donors.add_donor(DonorDraft(first_name="Later", last_name="Donor"))
    page.select_row(0)
    assert page.restore_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    page.restore_selected()
    assert len(services.donors.list_ids(ListQuery())) == 2  # cancelled: nothing restored
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.restore_selected()
    assert "Restored" in page.message.text()
    assert [r.name for r in services.donors.list_rows(services.donors.list_ids(ListQuery()))] == ["Kept Donor"]


def test_a_persons_data_exported_then_erased_from_the_donor_record(sqlite_db: Database, open_window, qtbot,
                                                                   tmp_path: Path, monkeypatch) -> None:
    from caseworker.ui import person_data
    from caseworker.ui.views.donor_detail import DonorDetail

    make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER)
    services = Services(sqlite_db, make_user(sqlite_db, "maria", Role.MANAGER))
    donor, _ = services.donors.add_donor(DonorDraft(first_name="Ada", last_name="Quill", email="ada@example.org"))
    window = open_window(services)
    section = window.section_for_kind("donor")
    window.show_section(section)
    section.activate()
    section.show_record(donor.id)
    detail = section.detail
    assert isinstance(detail, DonorDetail) and detail.person_button.isVisible()
    monkeypatch.setattr(person_data, "choose_folder", lambda parent: tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    detail.person_button.menu().actions()[0].trigger()
    assert (tmp_path / f"donor-{donor.id}-data.json").exists() and (tmp_path / f"donor-{donor.id}-data.pdf").exists()
    assert "donor-" in shown[0]
    monkeypatch.setattr(person_data, "ask_reason", lambda parent, name: f"Asked by {name}")
    detail.person_button.menu().actions()[1].trigger()
    assert services.donors.get(donor.id).name == "Anonymised donor"


def test_cancel_in_the_wizard_writes_nothing(sqlite_db: Database, open_window, qtbot, tmp_path: Path,
                                             monkeypatch) -> None:
    from caseworker.ui.dialogs import import_wizard

    services = _fundraiser(sqlite_db)
    path = write_csv(tmp_path / "many.csv", [["First Name", "Last Name"]] + [[f"P{i}", "Smith"] for i in range(1500)])
    window = open_window(services)
    wizard = ImportWizard(window.ctx, window)
    qtbot.addWidget(wizard)
    wizard.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.next_button.isEnabled() and "1500 rows read" in wizard.summary.text()
    shown = []
    original = import_wizard.UiProgress.report

    def cancel_at_once(self, done, total, stage):
        shown.append((done, total))
        original(self, done, total, stage)
        self.cancel()  # as the Cancel button does, from the GUI thread

    monkeypatch.setattr(import_wizard.UiProgress, "report", cancel_at_once)
    wizard.next()
    assert shown and shown[0][1] == path.stat().st_size  # progress counts the file's bytes
    assert "Cancelled" in wizard.summary.text() and wizard.pages.currentIndex() == 2
    assert services.donors.list_ids(ListQuery()) == [] and services.imports.batches() == []


def test_the_merge_dialog_names_a_clients_channel_by_its_label(qapp) -> None:
    from caseworker.ui.dialogs.merge_dialog import shown

    assert shown("letter", "contact_channel") == "Letter"
    assert shown("in_person", "contact_channel") == "In person"
    assert shown("", "contact_channel") == "—"
    assert shown("letter", "notes") == "letter"
