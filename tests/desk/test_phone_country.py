"""Phone numbers are read and shown by the organisation's country, not guessed from its currency."""

from __future__ import annotations

import pytest

from caseworker.db.database import Database
from caseworker.domain.clients import ClientDraft, format_phone, phone_region
from caseworker.domain.donors import DonorDraft, DonorKind
from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.org import OrgSettings
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from caseworker.ui.dialogs.client_dialog import ClientDialog
from tests.conftest import make_user, ui_context

# The demo's own case: an office in York that keeps its books in US dollars.
YORK_IN_DOLLARS = {"country": "GB", "currency": "USD"}


def test_the_country_decides_the_region_and_the_currency_only_stands_in_without_one() -> None:
    assert phone_region("GB", "USD") == "GB"
    assert phone_region("", "CAD") == "CA"
    assert phone_region("", "EUR") is None
    assert OrgSettings(country="GB", currency="USD").phone_region == "GB"


def test_numbers_are_shown_nationally_at_home_and_internationally_otherwise() -> None:
    assert format_phone("+447911123456", "GB") == "07911 123456"
    assert format_phone("+447911123456", "US") == "+44 7911 123456"
    assert format_phone("+12025550143", "GB") == "+1 202-555-0143"
    # A donor's number kept as typed is read in the organisation's country.
    assert format_phone("07911123456", "GB") == "07911 123456"
    assert format_phone("call the office", "GB") == "call the office"


def _york(db: Database) -> Services:
    admin = Services(db, make_user(db, "admin", Role.ADMIN, Role.MANAGER))
    admin.settings.update(admin.settings.get().with_changes(**YORK_IN_DOLLARS))
    return Services(db, make_user(db, "sam", Role.CASEWORKER))


def test_a_uk_mobile_is_accepted_for_a_uk_office_paid_in_dollars(db: Database) -> None:
    services = _york(db)
    client, _ = services.clients.create(ClientDraft("Amy", "Hill", phone="07911 123456"))
    assert client.phone == "+447911123456"


def test_a_us_number_without_its_code_is_refused_there(db: Database) -> None:
    services = _york(db)
    with pytest.raises((ValidationErrors, ValidationError)) as caught:
        services.clients.create(ClientDraft("Amy", "Hill", phone="(202) 555-0143"))
    errors = getattr(caught.value, "errors", [caught.value])
    assert [e.field for e in errors] == ["phone"]


def test_the_client_dialog_accepts_a_uk_number_as_it_is_typed(sqlite_db: Database, qtbot) -> None:
    services = _york(sqlite_db)
    ctx = ui_context(services)
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.first_name.insert("Amy")
    dialog.last_name.insert("Hill")
    qtbot.keyClicks(dialog.phone, "07911 123456")
    dialog.phone.editingFinished.emit()
    assert dialog.form.error_of("phone") == ""
    dialog.buttons.accepted.emit()
    assert dialog.saved is not None and dialog.saved.phone == "+447911123456"


def test_a_donor_number_is_shown_formatted(sqlite_db: Database, qtbot) -> None:
    from caseworker.ui.views.donor_detail import DonorDetail

    make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER)
    admin = Services(sqlite_db, make_user(sqlite_db, "boss", Role.MANAGER))
    admin.settings.update(admin.settings.get().with_changes(**YORK_IN_DOLLARS))
    donor, _ = admin.donors.add_donor(DonorDraft(DonorKind.INDIVIDUAL, first_name="Ruth", last_name="Bell",
                                                    phone="07911123456"))
    view = DonorDetail(ui_context(admin))
    qtbot.addWidget(view)
    view.show_donor(donor.id)
    assert view.profile_values["phone"].text() == "07911 123456"


def test_the_countrys_public_holidays_are_not_business_days(db: Database) -> None:
    """Christmas week 2026 in the UK: Friday the 25th and the substitute Boxing Day (Monday the 28th)."""
    from datetime import date

    from caseworker.domain.cases import CaseDraft, CategoryDraft

    admin = Services(db, make_user(db, "admin", Role.ADMIN, Role.MANAGER))
    admin.cases.today_override = date(2027, 1, 4)
    category, _ = admin.cases.add_category(CategoryDraft("Housing", 5))
    client, _ = admin.clients.create(ClientDraft("Amy", "Hill", date_of_birth="1980-01-01"))
    draft = CaseDraft(client.id, category.id, "Repairs", opened_on="2026-12-21")
    before, _ = admin.cases.open_case(draft)
    assert before.due_on == date(2026, 12, 28)  # no country: weekends only
    admin.settings.update(admin.settings.get().with_changes(country="GB"))
    after, _ = admin.cases.open_case(draft)
    assert after.due_on == date(2026, 12, 30)
