"""Aid in the window: record within the cap, see it refused over it, void with a reason."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from caseworker.domain.aid import AidStatus
from caseworker.domain.permissions import Role
from caseworker.services.aid import FundDraft
from caseworker.ui.dialogs.aid_dialogs import DisbursementDialog, FundDialog, ReasonDialog
from caseworker.ui.sections.aid import AidSection
from tests.aid.test_aid_service import add_client
from tests.conftest import ui_context

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def setup(db, admin, services_for):
    manager = services_for(Role.MANAGER)
    fund, _ = manager.aid.save_fund(FundDraft("Hardship", currency="USD", budget=Decimal("1000"),
                                              client_cap=Decimal("300")))
    client = add_client(db, "Amina", "Haddad")
    return db, services_for(Role.CASEWORKER), manager, fund, client


def fill(dialog: DisbursementDialog, qtbot, client_id: int, amount: str) -> None:
    dialog.client.set_record(client_id, "Amina Haddad")
    dialog.client.picked.emit(client_id)
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, amount)


def test_record_within_the_cap_then_refused_over_it(setup, qtbot) -> None:
    _db, worker, _manager, fund, client = setup
    funds = worker.aid.funds()
    dialog = DisbursementDialog(ui_context(worker), funds, today=date(2026, 11, 20))
    qtbot.addWidget(dialog)
    fill(dialog, qtbot, client, "250.00")
    assert "$300.00" in dialog.allowance.text()
    dialog.buttons.accepted.emit()
    assert dialog.result_row is not None and dialog.result_row.amount == Decimal("250.00")

    again = DisbursementDialog(ui_context(worker), worker.aid.funds(), today=date(2026, 11, 20))
    qtbot.addWidget(again)
    fill(again, qtbot, client, "60.00")
    assert "$50.00" in again.allowance.text()
    again.buttons.accepted.emit()
    assert again.result_row is None
    assert "cap" in again.form.error_of("") and "$50.00" in again.form.error_of("")
    assert len(worker.aid.client_aid(client).rows) == 1


@pytest.mark.parametrize("bad", ["abc", "-5", "12.345", "NaN", "1e400"])
def test_a_bad_amount_is_shown_beside_the_field(setup, qtbot, bad: str) -> None:
    _db, worker, _manager, _fund, client = setup
    dialog = DisbursementDialog(ui_context(worker), worker.aid.funds(), today=date(2026, 11, 20))
    qtbot.addWidget(dialog)
    fill(dialog, qtbot, client, bad)
    dialog.buttons.accepted.emit()
    assert dialog.form.error_of("amount")
    assert worker.aid.client_aid(client).rows == ()


def test_the_section_lists_voids_with_a_reason(setup, qtbot, open_window, monkeypatch) -> None:
    _db, worker, manager, fund, client = setup
    from caseworker.domain.aid import AidKind
    from caseworker.services.aid import DisbursementDraft

    row, _ = worker.aid.record_disbursement(DisbursementDraft(client, fund.id, AidKind.VOUCHER, Decimal("40"),
                                                              date(2026, 11, 20)))
    window = open_window(worker)
    section = next(s for s in window.sections if isinstance(s, AidSection))
    window.show_section(section)
    assert section.list.model.rowCount() == 1
    section.list.select_id(row.id)
    assert section.void_button.isEnabled() and not section.approve_button.isEnabled()
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "Given twice"))
    section.void_button.click()
    assert worker.aid.get(row.id).status is AidStatus.VOID
    assert section.detail_labels["void_reason"].text() == "Given twice"


def test_fundraisers_do_not_see_the_aid_section(setup, open_window, services_for) -> None:
    window = open_window(services_for(Role.FUNDRAISER))
    assert not any(isinstance(s, AidSection) for s in window.sections)


def test_fund_dialog_refuses_a_bad_budget(setup, qtbot) -> None:
    _db, _worker, manager, _fund, _client = setup
    dialog = FundDialog(ui_context(manager), None, currency="USD")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Transport")
    qtbot.keyClicks(dialog.budget, "lots")
    dialog.buttons.accepted.emit()
    assert dialog.form.error_of("budget")
    dialog.budget.setText("500")
    dialog.buttons.accepted.emit()
    assert dialog.saved is not None and dialog.saved.budget == Decimal("500.00")


def test_the_client_page_shows_the_aid_history(setup, qtbot) -> None:
    from caseworker.domain.aid import AidKind
    from caseworker.services.aid import DisbursementDraft
    from caseworker.settings import Settings
    from caseworker.ui.context import UiContext
    from caseworker.ui.runner import Runner
    from caseworker.ui.sections.aid import ClientAidTab

    _db, worker, _manager, fund, client = setup
    worker.aid.record_disbursement(DisbursementDraft(client, fund.id, AidKind.CASH, Decimal("75.50"),
                                                     date(2026, 11, 20)))
    ctx = UiContext(worker, Runner(synchronous=True), Settings(), worker.settings.get())
    tab = ClientAidTab(ctx)
    qtbot.addWidget(tab)
    tab.set_client(client)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 3).text() == "$75.50"
    assert "Hardship $75.50" in tab.totals.text()


def test_the_funds_load_in_the_background_and_a_fund_asked_for_meanwhile_is_shown(setup, qtbot) -> None:
    from caseworker.settings import Settings
    from caseworker.ui.context import UiContext
    from caseworker.ui.runner import Runner

    _db, _worker, manager, fund, _client = setup
    runner = Runner()
    try:
        section = AidSection(UiContext(manager, runner, Settings(), manager.settings.get()))
        qtbot.addWidget(section)
        section.open_record("fund", fund.id)  # before the funds have come back from the worker thread
        qtbot.waitUntil(lambda: section.funds_list.count() == 2, timeout=5000)
        assert section.funds_list.currentItem().data(Qt.ItemDataRole.UserRole) == fund.id
        assert section.list.model.query.filter("fund_id") == fund.id
        assert section.edit_fund_button.isEnabled()
    finally:
        runner.shutdown()


def test_ctrl_n_in_the_aid_section_opens_a_disbursement_on_the_open_funds(setup, qtbot, open_window,
                                                                         monkeypatch) -> None:
    _db, worker, _manager, fund, _client = setup
    window = open_window(worker)
    section = next(s for s in window.sections if isinstance(s, AidSection))
    window.show_section(section)
    shown: list[DisbursementDialog] = []
    monkeypatch.setattr(DisbursementDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.new_action.trigger()  # Ctrl+N
    qtbot.waitUntil(lambda: bool(shown))
    assert [shown[0].fund.itemData(i) for i in range(shown[0].fund.count())] == [fund.id]
