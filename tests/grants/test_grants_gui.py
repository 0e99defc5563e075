"""The Grants section through its widgets: a new application, its stage, checklist and budget."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from caseworker.domain.clients import ClientDraft
from caseworker.domain.grants import Stage
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind
from caseworker.services.grants import FunderDraft, GrantDraft
from caseworker.ui.dialogs.grant_dialogs import BudgetLineDialog, GrantDialog, SpendingDialog, StageDialog
from caseworker.ui.my_work.deadlines import GrantDeadlinesPanel
from caseworker.ui.sections.grants import ID_ROLE, GrantsSection


@pytest.fixture
def manager(sqlite_db, services_for_sqlite):
    return services_for_sqlite(Role.MANAGER)


@pytest.fixture
def services_for_sqlite(sqlite_db):
    from caseworker.services.container import Services
    from tests.conftest import make_user

    make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER)
    counter = iter(range(1, 100))
    return lambda *roles: Services(sqlite_db, make_user(sqlite_db, f"user{next(counter)}", *roles))


def section_of(window) -> GrantsSection:
    section = next(s for s in window.sections if isinstance(s, GrantsSection))
    window.show_section(section)
    return section


def test_a_new_application_appears_under_prospect_with_its_total(manager, open_window, qtbot) -> None:
    manager.grants.save_funder(FunderDraft("Northern Trust"))
    window = open_window(manager)
    section = section_of(window)
    assert section.empty.isVisible()
    dialog = GrantDialog(window.ctx, None, currency="USD", parent=section)
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.form.error_of("title") and dialog.form.error_of("requested")
    qtbot.keyClicks(dialog.title, "Advice line")
    qtbot.keyClicks(dialog.requested, "12,500")
    qtbot.keyClicks(dialog.deadline, "2026-12-01")
    dialog.documents.setPlainText("Budget\nAccounts")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    section.on_changes(dialog.changes)
    prospect = section.tree.topLevelItem(0)
    assert prospect.text(0).startswith("Prospect") and "(1)" in prospect.text(0)
    assert prospect.text(2) == "$12,500.00"
    assert prospect.child(0).text(0) == "Advice line"


def test_stage_checklist_budget_and_spending_through_the_detail(manager, open_window, qtbot) -> None:
    funder, _ = manager.grants.save_funder(FunderDraft("Northern Trust"))
    g, _ = manager.grants.save_grant(GrantDraft(funder.id, "Advice line", Decimal("1000.00"), documents=("Budget",)))
    window = open_window(manager)
    section = section_of(window)
    section.open_record("grant", g.id)
    view = section.grant_view
    assert section.detail.currentWidget() is view and view.title.text() == "Advice line"
    assert not view.money_box.isVisibleTo(view)
    g, _ = manager.grants.move_stage(g.id, Stage.DRAFTING, g.version)
    view.show_grant(g)
    # Ticking the checklist saves through the runner.
    item = view.checklist.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    assert manager.grants.get(g.id).documents[0].done
    g = manager.grants.get(g.id)
    for target in (Stage.SUBMITTED, Stage.AWARDED):
        dialog = StageDialog(window.ctx, g, section)
        qtbot.addWidget(dialog)
        dialog.target.setCurrentIndex(dialog.target.findData(target.value))
        if target is Stage.AWARDED:
            assert dialog.awarded.isEnabled()
            qtbot.keyClicks(dialog.awarded, "800")
        dialog.buttons.accepted.emit()
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.form.general_error.text()
        g = dialog.result_value
    view.show_grant(g)
    assert view.money_box.isVisibleTo(view)
    dialog = BudgetLineDialog(window.ctx, g, section)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.category, "Staff")
    qtbot.keyClicks(dialog.amount, "900")
    dialog.buttons.accepted.emit()
    assert "900.00" in dialog.form.general_error.text()  # more than the 800 awarded
    dialog.amount.setText("600")
    dialog.buttons.accepted.emit()
    g = dialog.result_value
    dialog = SpendingDialog(window.ctx, g, today=date(2026, 11, 2), parent=section)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount, "150.25")
    dialog.buttons.accepted.emit()
    g = dialog.result_value
    view.show_grant(g)
    assert view.budget.item(0, 3).text() == "$449.75"
    assert "remaining $649.75" in view.budget_note.text()


def test_a_fundraiser_sees_a_client_applicant_as_a_client(services_for_sqlite, open_window) -> None:
    manager = services_for_sqlite(Role.MANAGER)
    client, _ = manager.clients.create(ClientDraft("Ada", "Lovelace"), confirmed=True)
    funder, _ = manager.grants.save_funder(FunderDraft("Northern Trust"))
    g, _ = manager.grants.save_grant(GrantDraft(funder.id, "Rent deposit", Decimal("500.00"), client_id=client.id))
    fundraiser = services_for_sqlite(Role.FUNDRAISER)
    window = open_window(fundraiser)
    section = section_of(window)
    section.open_record("grant", g.id)
    assert section.grant_view.fact_labels["applicant"].text() == "a client"
    child = section.tree.topLevelItem(0).child(0)
    assert child.data(0, ID_ROLE) == g.id and "Lovelace" not in child.text(0)


def test_my_work_lists_deadlines_in_the_next_days(manager, open_window) -> None:
    from datetime import timedelta

    from caseworker.db.base import utcnow

    funder, _ = manager.grants.save_funder(FunderDraft("Northern Trust"))
    soon = utcnow().date() + timedelta(days=10)
    manager.grants.save_grant(GrantDraft(funder.id, "Advice line", Decimal("1000.00"), submission_deadline=soon,
                                         owner_id=manager.actor.user_id))
    window = open_window(manager)
    panel = next(p for p in window.sections[0].panels if isinstance(p, GrantDeadlinesPanel))
    panel.refresh()
    assert "Advice line" in panel.list.item(0).text()
    panel.days.setCurrentIndex(0)  # 7 days: not yet
    assert panel.item_count() == 0
    panel.days.setCurrentIndex(2)
    panel._open(panel.list.item(0))
    assert isinstance(window.current_section(), GrantsSection)


def accepting(fill):
    """A stand-in for ``exec()``: fill the open dialog, press OK, and answer as exec would."""
    def exec_(dialog) -> int:
        fill(dialog)
        dialog.buttons.accepted.emit()
        return dialog.result()
    return exec_


def test_a_first_application_asks_for_a_funder_then_opens_what_was_saved(manager, open_window,
                                                                          monkeypatch) -> None:
    from caseworker.ui.dialogs.grant_dialogs import FunderDialog

    window = open_window(manager)
    section = section_of(window)
    monkeypatch.setattr(FunderDialog, "exec", accepting(lambda d: d.name.setText("Northern Trust")))
    monkeypatch.setattr(GrantDialog, "exec", accepting(
        lambda d: (d.title.setText("Advice line"), d.requested.setText("900"))))
    assert section.new_record()
    # Both saves were announced by the runner: the funder is listed, the application is shown.
    assert "Northern Trust" in section.funders.item(0).text()
    assert "1 applications" in section.funders.item(0).text()
    assert section.detail.currentWidget() is section.grant_view
    assert section.grant_view.title.text() == "Advice line"
    assert section.grant_view.subtitle.text() == "Northern Trust"
    assert section.tree.currentItem().text(0) == "Advice line"


def test_a_programme_or_a_new_name_on_the_funder_shows_there_at_once(manager, open_window, monkeypatch) -> None:
    from caseworker.ui.dialogs.grant_dialogs import FunderDialog, ProgrammeDialog

    funder, _ = manager.grants.save_funder(FunderDraft("Northern Trust"))
    window = open_window(manager)
    section = section_of(window)
    section.open_record("funder", funder.id)
    assert section.funder_view.programmes.text() == "None listed."
    monkeypatch.setattr(ProgrammeDialog, "exec", accepting(lambda d: d.name.setText("Small grants")))
    section.funder_view.programme_button.click()
    assert section.funder_view.programmes.text() == "• Small grants"
    monkeypatch.setattr(FunderDialog, "exec", accepting(lambda d: d.name.setText("Northern Trust Fund")))
    section.funder_view.edit_button.click()
    assert section.funder_view.name.text() == "Northern Trust Fund"
    assert section.funders.item(0).text().startswith("Northern Trust Fund")


def test_the_application_dialog_waits_for_its_choices_without_blocking(manager, qtbot) -> None:
    """With the real, threaded runner: the form is up before the funders, programmes and owners
    arrive, OK waits for them, an edited application keeps its programme, and the dialog closes
    only when the save has come back."""
    from caseworker.settings import Settings
    from caseworker.ui.context import UiContext
    from caseworker.ui.runner import Runner

    funder, _ = manager.grants.save_funder(FunderDraft("Northern Trust"))
    programme, _ = manager.grants.add_programme(funder.id, "Small grants")
    g, _ = manager.grants.save_grant(GrantDraft(funder.id, "Advice line", Decimal("1000.00"),
                                                programme_id=programme.id))
    runner = Runner()
    try:
        ctx = UiContext(manager, runner, Settings(), manager.settings.get())
        dialog = GrantDialog(ctx, manager.grants.get(g.id), currency="USD")
        qtbot.addWidget(dialog)
        # Nothing has come back yet: answers arrive through the GUI thread's event loop.
        assert dialog.funder.count() == 0 and not dialog.ok_button.isEnabled()
        assert dialog.title.text() == "Advice line"
        qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=10000)
        assert dialog.funder.currentData() == funder.id
        assert dialog.programme.currentData() == programme.id
        dialog.title.setText("Advice line 2027")
        with qtbot.waitSignal(runner.changed, timeout=10000) as announced:
            dialog.buttons.accepted.emit()
            assert dialog.result() != dialog.DialogCode.Accepted  # still open while it saves
        assert dialog.result() == dialog.DialogCode.Accepted
        assert announced.args[0].ids(ChangeKind.GRANT) == {g.id}
        saved = manager.grants.get(g.id)
        assert saved.row.title == "Advice line 2027" and saved.programme_id == programme.id
    finally:
        runner.shutdown()
