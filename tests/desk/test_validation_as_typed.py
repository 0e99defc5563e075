"""The aid cap and budget refusal beside the amount as it is typed, before Record."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caseworker.domain.permissions import Role
from caseworker.services.aid import FundDraft
from caseworker.ui.dialogs import aid_dialogs
from caseworker.ui.dialogs.aid_dialogs import DisbursementDialog
from tests.aid.test_aid_service import add_client
from tests.conftest import ui_context

DAY = date(2026, 11, 20)


@pytest.fixture
def setup(db, admin, services_for):
    manager = services_for(Role.MANAGER)
    manager.aid.save_fund(FundDraft("Hardship", currency="USD", budget=Decimal("1000"), client_cap=Decimal("300"),
                                    approval_threshold=Decimal("200")))
    client = add_client(db, "Amina", "Haddad")
    worker = services_for(Role.CASEWORKER)
    fund = worker.aid.funds()[0]
    return worker, fund, client


def test_the_service_tells_in_advance_what_record_would_say(setup) -> None:
    worker, fund, client = setup
    assert worker.aid.check_amount(client, fund.id, Decimal("150"), DAY).refusal is None
    assert worker.aid.check_amount(client, fund.id, Decimal("250"), DAY).needs_approval
    over = worker.aid.check_amount(client, fund.id, Decimal("350"), DAY).refusal
    assert over is not None and "$300.00 more" in over.text()
    assert worker.aid.client_aid(client).rows == ()  # asking writes nothing


@pytest.mark.sqlite_only
def test_the_refusal_shows_beside_the_amount_as_it_is_typed(setup, qtbot, monkeypatch) -> None:
    worker, fund, client = setup
    monkeypatch.setattr(aid_dialogs, "AMOUNT_PAUSE_MS", 10)
    dialog = DisbursementDialog(ui_context(worker), worker.aid.funds(), today=DAY,
                                client=(client, "Haddad, Amina"), fund_id=fund.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.amount, "350")
    qtbot.waitUntil(lambda: "cap" in dialog.form.error_of("amount"), timeout=3000)
    assert "$300.00 more" in dialog.form.error_of("amount")
    assert dialog.form.error_of("") == ""  # beside the field, not at the top
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "120")
    qtbot.waitUntil(lambda: dialog.form.error_of("amount") == "", timeout=3000)
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "250")
    qtbot.waitUntil(lambda: "approval" in dialog.form.error_of("amount"), timeout=3000)
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "abc")
    qtbot.waitUntil(lambda: dialog.form.error_of("amount") != "", timeout=3000)
    assert worker.aid.client_aid(client).rows == ()


@pytest.mark.sqlite_only
def test_a_possible_duplicate_client_is_pointed_out_as_it_is_typed(sqlite_db, qtbot, monkeypatch) -> None:
    from caseworker.domain.clients import ClientDraft
    from caseworker.services.container import Services
    from caseworker.ui.dialogs import client_dialog
    from tests.conftest import make_user

    monkeypatch.setattr(client_dialog, "DUPLICATE_PAUSE_MS", 10)
    make_user(sqlite_db, "admin", Role.ADMIN)
    services = Services(sqlite_db, make_user(sqlite_db, "sam", Role.CASEWORKER))
    services.clients.create(ClientDraft("José", "García", date_of_birth="1975-05-06"))
    dialog = client_dialog.ClientDialog(ui_context(services))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Jose")
    qtbot.keyClicks(dialog.last_name, "GARCIA")
    qtbot.keyClicks(dialog.date_of_birth, "1975-05-06")
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=3000)
    assert "José García" in dialog.duplicates.text() and dialog.ok_button.text() == "Save anyway"
    dialog.date_of_birth.clear()
    qtbot.keyClicks(dialog.date_of_birth, "1975-05-07")
    qtbot.wait(100)
    assert not dialog.duplicates.isVisible() and dialog.ok_button.text() == "Add client"


@pytest.mark.sqlite_only
def test_a_possible_duplicate_donor_is_pointed_out_as_it_is_typed(sqlite_db, qtbot, monkeypatch) -> None:
    from caseworker.domain.donors import DonorDraft
    from caseworker.services.container import Services
    from caseworker.ui.dialogs import donor_dialog
    from tests.conftest import make_user

    monkeypatch.setattr(donor_dialog, "DUPLICATE_PAUSE_MS", 10)
    make_user(sqlite_db, "admin", Role.ADMIN)
    services = Services(sqlite_db, make_user(sqlite_db, "joe", Role.FUNDRAISER))
    services.donors.add_donor(DonorDraft(first_name="Ruth", last_name="Bell", email="ruth@example.org"))
    dialog = donor_dialog.DonorDialog(ui_context(services))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Ruth")
    qtbot.keyClicks(dialog.last_name, "Bell")
    qtbot.keyClicks(dialog.email, "ruth@example.org")
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=3000)
    assert "Ruth Bell" in dialog.duplicates.text() and dialog.ok_button.text() == "Save anyway"
