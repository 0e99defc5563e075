"""Choosing the organisation's country in Settings, and a signature picture for receipts."""

from __future__ import annotations

from pathlib import Path

from caseworker.db.database import Database
from caseworker.domain.org import ReceiptStyle
from caseworker.domain.permissions import Role
from caseworker.services.audit import AuditFilter
from caseworker.services.container import Services
from caseworker.ui.sections.administration import AdministrationSection
from tests.conftest import make_user
from tests.paperwork.test_everywhere import png


def test_choosing_the_country_suggests_currency_and_receipt_style(sqlite_db: Database, open_window,
                                                                   tmp_path: Path) -> None:
    services = Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER))
    window = open_window(services)
    section = window.section_of(AdministrationSection)
    window.show_section(section)
    page = section.organisation
    assert page.country.currentData() == ""
    page.country.setCurrentIndex(page.country.findData("GB"))
    page.country.activated.emit(page.country.currentIndex())
    assert page.currency.currentText() == "GBP"
    assert page.receipt_style.currentData() == ReceiptStyle.UK
    bad = tmp_path / "sig.gif"
    bad.write_bytes(b"GIF89a....")
    assert not page.load_signature_file(bad)
    assert "PNG or JPEG" in page.form.error_of("receipt_signature_png")
    good = tmp_path / "sig.png"
    good.write_bytes(png())
    assert page.load_signature_file(good)
    page.save_button.click()
    saved = services.settings.get()
    assert (saved.country, saved.currency, saved.receipt_style) == ("GB", "GBP", ReceiptStyle.UK)
    assert saved.receipt_signature_png == png()
    entry = services.audit.page(AuditFilter(record_type="settings"))[0]
    assert entry.changes["receipt_signature_png"] == [None, "(image)"]
    assert page.country.accessibleName() == "Country"
