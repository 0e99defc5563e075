"""The donors section as a fundraiser works it: add a donor, record a gift, batch entry by keyboard."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from caseworker.db.database import Database
from caseworker.domain.donors import DonorDraft
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from caseworker.ui.dialogs.batch_gifts import AMOUNT, DONOR, BatchGiftsDialog
from caseworker.ui.dialogs.donor_dialog import DonorDialog
from caseworker.ui.dialogs.gift_dialog import GiftDialog
from caseworker.ui.sections.donors import DonorsSection
from caseworker.ui.views import donor_detail
from tests.conftest import make_user


def _fundraiser(db: Database) -> Services:
    make_user(db, "admin", Role.ADMIN, Role.MANAGER)
    return Services(db, make_user(db, "joe", Role.FUNDRAISER))


def _section(window) -> DonorsSection:
    section = window.section_for_kind("donor")
    assert isinstance(section, DonorsSection)
    window.show_section(section)
    return section


def test_add_a_donor_with_a_duplicate_warning(sqlite_db: Database, open_window, qtbot) -> None:
    services = _fundraiser(sqlite_db)
    existing, _ = services.donors.add_donor(DonorDraft(first_name="Zoë", last_name="O'Brien",
                                                       email="zoe@example.org"))
    window = open_window(services)
    dialog = DonorDialog(window.ctx, parent=window)
    qtbot.keyClicks(dialog.first_name, "Zoe")
    qtbot.keyClicks(dialog.last_name, "OBrien")
    qtbot.keyClicks(dialog.email, "not-an-email")
    dialog.buttons.accepted.emit()
    assert "not an email" in dialog.form.error_of("email")
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "ZOE@example.org")
    dialog.buttons.accepted.emit()
    assert not dialog.duplicates.isHidden() and "O'Brien" in dialog.duplicates.text()
    assert dialog.ok_button.text() == "Save anyway" and dialog.saved is None
    dialog.buttons.accepted.emit()
    assert dialog.saved is not None and dialog.saved.id != existing.id
    assert len(services.donors.list_ids(ListQuery(text="zoe"))) == 2


def test_the_section_lists_filters_and_opens_a_donor(sqlite_db: Database, open_window, qtbot) -> None:
    services = _fundraiser(sqlite_db)
    for first, last in (("Ana", "Duarte"), ("Bo", "Berg"), ("Cai", "Moreno")):
        services.donors.add_donor(DonorDraft(first_name=first, last_name=last))
    window = open_window(services)
    section = _section(window)
    assert section.list.model.rowCount() == 3
    qtbot.keyClicks(section.list.filter_edit, "mor")
    qtbot.keyClick(section.list.filter_edit, Qt.Key.Key_Return)
    assert section.list.model.rowCount() == 1
    section.list.table.setCurrentIndex(section.list.model.index(0, 0))
    assert section.detail.name_label.text() == "Cai Moreno"
    assert "No gifts yet" in section.detail.summary.text()
    assert [section.detail.tabs.tabText(i) for i in range(section.detail.tabs.count())][:4] == [
        "Profile", "Preferences", "Gifts", "Receipts"]


def test_record_a_gift_refuses_a_bad_amount_then_saves(sqlite_db: Database, open_window, qtbot) -> None:
    services = _fundraiser(sqlite_db)
    donor, _ = services.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte"))
    window = open_window(services)
    section = _section(window)
    window.open_record("donor", donor.id)
    dialog = GiftDialog(window.ctx, donor.id, donor.name, parent=window)
    for bad in ("NaN", "-5", "1e400", "12.345"):
        dialog.amount.setText(bad)
        dialog.submit()
        assert dialog.form.error_of("amount"), bad
        assert dialog.saved is None
    assert services.gifts.gifts_for_donor(donor.id) == []
    dialog.amount.setText("")
    qtbot.keyClicks(dialog.amount, "120.00")
    qtbot.keyClicks(dialog.appeal_code, "xmas26")
    qtbot.keyClicks(dialog.advantage_description, "Dinner")
    qtbot.keyClicks(dialog.advantage_value, "20")
    dialog.advantage_value.editingFinished.emit()
    assert "100.00" in dialog.eligible.text()
    dialog.submit()
    assert dialog.saved is not None and dialog.saved.eligible_amount == Decimal("100.00")
    assert section.detail.gifts_table.rowCount() == 1
    assert "1 gifts" in section.detail.summary.text() or "1 gift" in section.detail.summary.text()


def _editor(grid):
    """The editor open in *grid* (a line edit or, for the method, a drop-down)."""
    editors = [w for w in grid.viewport().findChildren(QWidget) if isinstance(w, QLineEdit | QComboBox)
               and w.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def test_batch_entry_from_the_keyboard(sqlite_db: Database, open_window, qtbot) -> None:
    services = _fundraiser(sqlite_db)
    zimmer, _ = services.donors.add_donor(DonorDraft(first_name="Ana", last_name="Zimmer"))
    berg, _ = services.donors.add_donor(DonorDraft(first_name="Bo", last_name="Berg"))
    window = open_window(services)
    dialog = BatchGiftsDialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    grid = dialog.grid
    grid.setFocus()
    grid.setCurrentCell(0, DONOR)

    def enter(widget) -> None:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        QApplication.processEvents()  # the view commits an editor's data on the next turn

    enter(grid)  # start typing in the first donor cell
    for donor, amount in (("Zimmer", "25.00"), ("Berg", "40")):
        qtbot.keyClicks(_editor(grid), donor)
        enter(_editor(grid))  # -> amount
        qtbot.keyClicks(_editor(grid), amount)
        for _ in range(4):  # amount -> method -> appeal -> reference -> the next row's donor
            enter(_editor(grid))
    assert grid.rowCount() == 3
    assert grid.item(0, DONOR).text().startswith("Ana Zimmer")
    assert grid.item(1, AMOUNT).text() == "40"
    assert dialog.totals.text() == "2 gifts · $65.00"
    dialog.submit()
    assert dialog.result_ is not None and dialog.result_.count == 2
    assert [g.amount for g in services.gifts.gifts_for_donor(berg.id)] == [Decimal("40.00")]
    assert services.donors.get(zimmer.id).giving.lifetime_total == Decimal("25.00")


def test_a_bad_batch_row_is_named_and_nothing_is_saved(sqlite_db: Database, open_window, qtbot) -> None:
    services = _fundraiser(sqlite_db)
    donor, _ = services.donors.add_donor(DonorDraft(first_name="Ana", last_name="Zimmer"))
    window = open_window(services)
    dialog = BatchGiftsDialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    for row, (name, amount) in enumerate((("Zimmer", "10"), ("Zimmer", "12.345"))):
        if row >= grid_rows(dialog):
            dialog.grid.add_row()
        found: list = []
        dialog.ctx.read(lambda s, typed=name: dialog.donor_delegate.resolve(s, typed), found.append)
        donor_id, shown, _ = found[0]
        dialog.grid.item(row, DONOR).setText(shown)
        dialog.grid.item(row, DONOR).setData(Qt.ItemDataRole.UserRole + 1, donor_id)
        dialog.grid.item(row, AMOUNT).setText(amount)
    dialog.submit()
    assert dialog.result_ is None
    assert "Row 2" in dialog.problem.text() and "Nothing was saved" in dialog.problem.text()
    assert dialog.grid.currentRow() == 1
    assert services.gifts.gifts_for_donor(donor.id) == []


def grid_rows(dialog: BatchGiftsDialog) -> int:
    return dialog.grid.rowCount()


def test_other_capabilities_can_add_tabs(sqlite_db: Database, open_window, monkeypatch) -> None:
    seen: list[int | None] = []

    class Timeline(QLabel):
        def set_donor(self, donor_id: int | None) -> None:
            seen.append(donor_id)

    from dataclasses import replace

    from caseworker.domain.registry import Registry
    from caseworker.ui.parts import DetailTab, window_parts

    tabs = Registry("donor file tab", [("timeline", DetailTab(lambda: "Timeline", lambda ctx, parent: Timeline(parent)))])
    parts = replace(window_parts(), donor_tabs=tabs)
    monkeypatch.setattr(donor_detail, "window_parts", lambda: parts)
    services = _fundraiser(sqlite_db)
    donor, _ = services.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte"))
    window = open_window(services)
    section = _section(window)
    tabs = section.detail.tabs
    assert tabs.tabText(tabs.count() - 1) == "Timeline"
    window.open_record("donor", donor.id)
    assert seen[-1] == donor.id


def test_caseworkers_do_not_see_donors(sqlite_db: Database, open_window) -> None:
    make_user(sqlite_db, "admin", Role.ADMIN)
    window = open_window(Services(sqlite_db, make_user(sqlite_db, "sam", Role.CASEWORKER)))
    assert window.section_for_kind("donor") is None
    assert date.today()


def test_soft_credit_by_name_and_the_appeal_response(sqlite_db: Database, open_window, qtbot) -> None:
    from caseworker.ui.dialogs.gift_dialog import AppealResponseDialog

    services = _fundraiser(sqlite_db)
    ana, _ = services.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte"))
    services.donors.add_donor(DonorDraft(first_name="Luis", last_name="Duarte"))
    window = open_window(services)
    dialog = GiftDialog(window.ctx, ana.id, ana.name, parent=window)
    qtbot.keyClicks(dialog.amount, "80")
    qtbot.keyClicks(dialog.appeal_code, "spring26")
    qtbot.keyClicks(dialog.soft_credit, "duarte")
    dialog.submit()
    assert "Several donors match" in dialog.form.error_of("soft_credits") and dialog.saved is None
    dialog.soft_credit.setText("luis")
    dialog.submit()
    assert dialog.saved is not None and [c.donor_name for c in dialog.saved.soft_credits] == ["Luis Duarte"]
    appeals = AppealResponseDialog(window.ctx, services.gifts.appeal_response(), window)
    qtbot.addWidget(appeals)
    assert appeals.table.rowCount() == 1 and appeals.table.item(0, 0).text() == "SPRING26"
    assert appeals.table.item(0, 3).text() == "$80.00"
