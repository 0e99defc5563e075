"""``caseworker demo --country GB``: a UK charity whose receipts quote Gift Aid only where declared."""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caseworker import exports
from caseworker.db.database import Database
from caseworker.db.models import Client, Donor, Gift, GiftAidDeclaration, Receipt, StaffProfile
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
    # 25p per £1 of the total, rounded down: a claim never asks HMRC for a part of a penny more.
    assert schedule.gift_aid == (schedule.total / 4).quantize(Decimal("0.01"), rounding=ROUND_DOWN)


def _admin(db: Database) -> Actor:
    from caseworker.services.accounts import AuthService

    return AuthService(db).sign_in(DEMO_ADMIN, "demo")


COUNTRY_FORMS = {
    # country: (postcode pattern, phone prefix, country name, currency, zone, style, registration, paper)
    "GB": (r"^[A-Z]{2}\d{1,2} \d[A-Z]{2}$", "+44", "United Kingdom", "GBP", "Europe/London", "UK",
           "Registered charity No. 1187654", "A4"),
    "CA": (r"^K\d[A-Z] \d[A-Z]\d$", "+1613", "Canada", "CAD", "America/Toronto", "CA",
           "BN/Registration No. 118765432RR0001", "letter"),
    "US": (r"^6\d{4}$", "+1217", "United States", "USD", "America/Chicago", "US", "EIN 12-3456789", "letter"),
}


@pytest.mark.parametrize("country", ["GB", "CA", "US", None])
def test_each_countrys_demo_is_coherent(db: Database, tmp_path: Path, country: str | None) -> None:
    """Addresses, postcodes, phones, currency, zone, registration and paper in the country's own form;
    no --country makes the UK charity."""
    if country is None:
        generate(db, today=TODAY)
        country = "GB"
    else:
        generate(db, today=TODAY, country=country)
    postcode, phone, name, currency, zone, style, registration, paper = COUNTRY_FORMS[country]
    services = Services(db, _admin(db))
    settings = services.settings.get()
    assert (settings.country, settings.currency, settings.timezone, settings.receipt_style.value) == (
        country, currency, zone, style)
    with db.read() as s:
        donors = s.execute(select(Donor.postcode, Donor.phone, Donor.country, Donor.address_line1)
                           .where(Donor.postcode != "")).all()
        clients = s.execute(select(Client.postcode, Client.phone, Client.address)).all()
        staff_phones = list(s.scalars(select(StaffProfile.phone)))
        currencies = set(s.scalars(select(Gift.currency).distinct()))
        receipt = s.scalar(select(Receipt.id).where(Receipt.voided_at.is_(None)).order_by(Receipt.id))
    assert donors and clients
    assert all(re.match(postcode, p) for p, _ph, _c, _a in donors), donors[:3]
    assert all(re.match(postcode, p) for p, _ph, _a in clients), clients[:3]
    assert {c for _p, _ph, c, _a in donors} == {name}
    assert all(ph.startswith(phone) for _p, ph, _c, _a in donors if ph)
    assert all(ph.startswith(phone[:3]) for _p, ph, _a in clients if ph)
    assert staff_phones and all(p.startswith("0113" if country == "GB" else f"({phone[2:5]})") for p in staff_phones)
    assert currencies == {currency}
    out = tmp_path / "receipt.pdf"
    exports.export_document(services, exports.Kind.RECEIPT, receipt, out)
    pdf = Pdf(out)
    assert pdf.has(registration)
    box = pdf.reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == ((595, 842) if paper == "A4" else (612, 792))
    elsewhere = {"GB": ("Canada", "United States", "$"), "CA": ("United Kingdom", "£", "EIN"),
                 "US": ("United Kingdom", "£", "Canada")}[country]
    assert not any(word in pdf.flat for word in elsewhere), pdf.flat[:400]
