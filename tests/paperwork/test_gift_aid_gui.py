"""Recording and cancelling a Gift Aid declaration from the donor's record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from caseworker.db.database import Database
from caseworker.domain.donors import DonorDraft
from caseworker.domain.errors import RuleViolation
from caseworker.domain.gift_aid import DeclarationMethod, DeclarationScope
from caseworker.domain.org import ReceiptStyle
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from caseworker.ui.dialogs.gift_aid_dialog import CancelDeclarationDialog, DeclarationDialog
from caseworker.ui.sections.donors import DonorsSection
from caseworker.ui.views.gift_aid_tab import GiftAidTab
from tests.conftest import make_user


def test_a_fundraiser_records_and_cancels_a_declaration(sqlite_db: Database, open_window, qtbot) -> None:
    boss = Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER))
    boss.settings.update(replace(boss.settings.get(), country="GB", currency="GBP", receipt_style=ReceiptStyle.UK))
    services = Services(sqlite_db, make_user(sqlite_db, "joe", Role.FUNDRAISER))
    donor, _ = services.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte", address_line1="4 Park Row",
                                                    postcode="LS1 1AA"))
    window = open_window(services)
    section = window.section_for_kind("donor")
    assert isinstance(section, DonorsSection)
    window.show_section(section)
    window.open_record("donor", donor.id)
    tabs = section.detail.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    tab = tabs.widget(titles.index("Gift Aid"))
    assert isinstance(tab, GiftAidTab)
    assert tab.empty.isVisible() or not tab.declarations

    dialog = DeclarationDialog(window.ctx, donor.id, donor.name, tab.gifts, parent=window)
    dialog.declared_on.setText("2025-05-01")
    dialog.method.setCurrentIndex(dialog.method.findData("oral"))
    assert dialog.confirmation.isEnabled() and not dialog.gift.isEnabled()
    dialog.submit()
    assert "confirmation letter" in dialog.form.error_of("confirmation_sent_on")
    dialog.confirmation.setText("2025-05-03")
    dialog.submit()
    assert dialog.saved is not None
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 2).text() == "Orally, confirmed by letter"

    tab.table.selectRow(0)
    assert tab.cancel_button.isEnabled()
    cancel = CancelDeclarationDialog(window.ctx, tab.declarations[0], parent=window)
    cancel.effective.setText("2025-09-01")
    cancel.submit()
    assert cancel.form.error_of("reason") and cancel.saved is None
    cancel.reason.setText("No longer a taxpayer")
    cancel.submit()
    assert cancel.saved is not None and cancel.saved.cancelled_on == date(2025, 9, 1)
    assert tab.table.item(0, 4).text() == "2025-09-01"
    assert [w.accessibleName() for w in (tab.record_button, tab.cancel_button, tab.table)] == [
        "Record declaration", "Cancel declaration", "Gift Aid declarations"]


@pytest.mark.parametrize("country, style", [("US", ReceiptStyle.US), ("CA", ReceiptStyle.CA), ("", ReceiptStyle.US)])
def test_only_a_uk_organisation_sees_gift_aid(sqlite_db: Database, open_window, tmp_path: Path, country: str,
                                              style: ReceiptStyle) -> None:
    boss = Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER))
    boss.settings.update(replace(boss.settings.get(), country=country, receipt_style=style))
    services = Services(sqlite_db, make_user(sqlite_db, "joe", Role.FUNDRAISER))
    donor, _ = services.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte", address_line1="4 Park Row",
                                                    postcode="62701"))
    window = open_window(services)
    section = window.section_for_kind("donor")
    window.show_section(section)
    window.open_record("donor", donor.id)
    tabs = section.detail.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Gift Aid" not in titles and titles[:2] == ["Profile", "Preferences"]
    assert not any(isinstance(tabs.widget(i), GiftAidTab) for i in range(tabs.count()))
    profile = section.detail.profile
    assert not profile.isRowVisible(section.detail.profile_values["gift_aid"])
    # Nor through the services or the command line.
    from caseworker.services.gift_aid import DeclarationDraft

    with pytest.raises(RuleViolation, match="United Kingdom"):
        services.gift_aid.record_declaration(DeclarationDraft(donor.id, date(2025, 5, 1),
                                                              DeclarationScope.PAST_AND_FUTURE,
                                                              DeclarationMethod.WRITTEN))
    with pytest.raises(RuleViolation, match="United Kingdom"):
        services.gift_aid.claim_schedule(date(2025, 4, 6), date(2026, 4, 5))
