"""``caseworker demo --country GB``: a UK charity whose receipts quote Gift Aid only where declared."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from caseworker import exports
from caseworker.db.database import Database
from caseworker.db.models import Gift, GiftAidDeclaration, Receipt
from caseworker.domain.gift_aid import tax_year_span
from caseworker.domain.org import ReceiptStyle
from caseworker.domain.records import Actor
from caseworker.services.container import Services
from caseworker.services.demo import DEMO_ADMIN, generate
from tests.reports.conftest import Pdf

TODAY = date(2026, 11, 2)


def test_a_uk_demo_has_declared_and_undeclared_donors(db: Database, tmp_path: Path) -> None:
    generate(db, today=TODAY, country="GB")
    services = Services(db, _admin(db))
    settings = services.settings.get()
    assert (settings.country, settings.currency, settings.timezone, settings.receipt_style) == (
        "GB", "GBP", "Europe/London", ReceiptStyle.UK)
    with db.read() as s:
        declared = set(s.scalars(select(GiftAidDeclaration.donor_id)))
        assert declared
        assert s.scalar(select(func.count(Gift.id)).where(Gift.currency != "GBP")) == 0
        annual = s.execute(select(Receipt.donor_id, Receipt.id, Receipt.tax_year, Receipt.style)
                           .where(Receipt.kind == "year", Receipt.voided_at.is_(None))).all()
        first, last = tax_year_span(2025)
        held = {r.donor_id: r.id for r in annual}
        with_declaration = next(r for d, r in held.items() if d in declared)
        without = next(r for d, r in held.items() if d not in declared)
    assert all(r.tax_year == 2025 and r.style == "UK" for r in annual)
    yes = tmp_path / "yes.pdf"
    exports.export_document(services, exports.Kind.RECEIPT, with_declaration, yes)
    assert Pdf(yes).has("Your Gift Aid declaration") and Pdf(yes).has("I am a UK taxpayer")
    assert Pdf(yes).has("Gifts received in the 2025–26 tax year")
    no = tmp_path / "no.pdf"
    exports.export_document(services, exports.Kind.RECEIPT, without, no)
    assert "I want to Gift Aid" not in Pdf(no).flat
    assert Pdf(no).has("We hold no Gift Aid declaration covering these gifts")
    schedule = services.gift_aid.claim_schedule(first, last)
    assert schedule.rows and schedule.total > 0
    assert schedule.gift_aid == (schedule.total / 4).quantize(schedule.gift_aid)


def _admin(db: Database) -> Actor:
    from caseworker.services.accounts import AuthService

    return AuthService(db).sign_in(DEMO_ADMIN, "demo")
