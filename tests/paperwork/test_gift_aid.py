"""UK Gift Aid end to end: declarations as records, acknowledgements and the claim schedule read back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from caseworker import exports
from caseworker.db.database import Database
from caseworker.db.models import AuditEntry
from caseworker.domain.donors import DonorDraft
from caseworker.domain.errors import NotPermitted, RuleViolation, ValidationError
from caseworker.domain.gift_aid import DeclarationMethod, DeclarationScope
from caseworker.domain.gifts import GiftDraft
from caseworker.domain.org import OrgSettings, ReceiptStyle
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services.container import Services
from caseworker.services.gift_aid import DeclarationDraft
from tests.conftest import make_user
from tests.reports.conftest import Pdf

CHARITY = "Riverside Community Advice"


@dataclass
class Charity:
    db: Database
    boss: Services
    fundraiser: Services
    declared: int
    undeclared: int

    def gift(self, donor_id: int, amount: str, on: date, **more: object) -> int:
        record, _ = self.fundraiser.gifts.record_gift(GiftDraft(donor_id, Decimal(amount), on, **more))
        return record.id

    def acknowledgement(self, gift_id: int, path: Path) -> Pdf:
        receipt, _ = self.fundraiser.receipts.issue_for_gift(gift_id)
        exports.export_document(self.fundraiser, exports.Kind.RECEIPT, receipt.id, path)
        return Pdf(path)


@pytest.fixture
def charity(db: Database, admin: Actor) -> Charity:
    boss = Services(db, admin)
    boss.settings.update(OrgSettings(name=CHARITY, address=("12 Mill Lane", "Leeds LS1 4AB"),
                                     registration_number="1234567", timezone="Europe/London", currency="GBP",
                                     receipt_style=ReceiptStyle.UK))
    fundraiser = Services(db, make_user(db, "fred", Role.FUNDRAISER))
    ids = []
    for first, last, line1 in (("Margaret", "Whitfield", "27 Elm Road"), ("Tom", "Baker", "Rose Cottage")):
        donor, _ = fundraiser.donors.add_donor(DonorDraft(first_name=first, last_name=last, address_line1=line1,
                                                          city="York", postcode="yo1 7hh"))
        ids.append(donor.id)
    return Charity(db, boss, fundraiser, *ids)


def declare(charity: Charity, on: date, **more: object):
    record, _ = charity.fundraiser.gift_aid.record_declaration(DeclarationDraft(charity.declared, on, **more))
    return record


def test_an_acknowledgement_quotes_a_declaration_only_where_one_covers_the_gift(charity: Charity,
                                                                                tmp_path: Path) -> None:
    declare(charity, date(2025, 5, 1), scope=DeclarationScope.PAST_AND_FUTURE)
    pdf = charity.acknowledgement(charity.gift(charity.declared, "100.00", date(2025, 6, 1)), tmp_path / "a.pdf")
    assert pdf.has("Donation acknowledgement")
    assert pdf.has(f"Thank you for your gift to {CHARITY}.")
    assert pdf.has(f"I want to Gift Aid any donations I make in the future or have made in the past 4 years to "
                   f"{CHARITY}. I am a UK taxpayer")
    assert pdf.has("Made in writing on 1 May 2025.")
    assert pdf.has("can claim £25.00 from HMRC")

    pdf = charity.acknowledgement(charity.gift(charity.undeclared, "100.00", date(2025, 6, 1)), tmp_path / "b.pdf")
    assert "I want to Gift Aid" not in pdf.flat and "I am a UK taxpayer" not in pdf.flat
    assert pdf.has("We hold no Gift Aid declaration covering these gifts")
    assert "from HMRC on these gifts" not in pdf.flat


def test_a_benefit_over_hmrcs_limit_is_shown_and_marks_the_gift_ineligible(charity: Charity, tmp_path: Path) -> None:
    declare(charity, date(2025, 5, 1), scope=DeclarationScope.FUTURE, method=DeclarationMethod.ONLINE)
    gala = charity.gift(charity.declared, "240.00", date(2025, 6, 1), advantage_description="Gala dinner",
                        advantage_value=Decimal("60.00"))
    pdf = charity.acknowledgement(gala, tmp_path / "gala.pdf")
    assert pdf.has("Benefit: Gala dinner")
    assert pdf.has("£240.00 £60.00 None*")
    assert pdf.has("* Benefits to the donor exceed HMRC's limit for this gift")
    assert "from HMRC on these gifts" not in pdf.flat
    # The declaration still covers the gift: it is quoted, with how it was made.
    assert pdf.has("Made online on 1 May 2025.")


def test_a_cancelled_declaration_stops_covering_later_gifts(charity: Charity, tmp_path: Path) -> None:
    made = declare(charity, date(2025, 5, 1))
    charity.fundraiser.gift_aid.cancel_declaration(made.id, date(2025, 7, 1), "Donor no longer pays UK tax")
    before = charity.acknowledgement(charity.gift(charity.declared, "50.00", date(2025, 6, 30)), tmp_path / "1.pdf")
    after = charity.acknowledgement(charity.gift(charity.declared, "50.00", date(2025, 7, 1)), tmp_path / "2.pdf")
    assert before.has("can claim £12.50 from HMRC")
    assert before.has("Cancelled with effect from 1 Jul 2025")
    assert after.has("We hold no Gift Aid declaration covering these gifts") and "I want to" not in after.flat
    entries = charity.db  # the cancellation is in the audit trail with its reason
    with entries.read() as s:
        reasons = list(s.scalars(select(AuditEntry.reason).where(AuditEntry.record_type == "gift_aid_declaration")))
    assert "Donor no longer pays UK tax" in reasons


def test_an_annual_acknowledgement_covers_the_uk_tax_year(charity: Charity, tmp_path: Path) -> None:
    declare(charity, date(2025, 1, 1))
    for day in (date(2025, 4, 5), date(2025, 4, 6), date(2026, 4, 5), date(2026, 4, 6)):
        charity.gift(charity.declared, "10.00", day)
    receipt, _ = charity.fundraiser.receipts.issue_for_year(charity.declared, 2025)
    assert receipt.total == Decimal("20.00")
    exports.export_document(charity.fundraiser, exports.Kind.RECEIPT, receipt.id, tmp_path / "y.pdf")
    pdf = Pdf(tmp_path / "y.pdf")
    assert pdf.has("Gifts received in the 2025–26 tax year (6 Apr 2025 to 5 Apr 2026)")
    assert pdf.has("6 Apr 2025 Cash £10.00") and pdf.has("5 Apr 2026 Cash £10.00")
    assert "5 Apr 2025" not in pdf.flat and "6 Apr 2026" not in pdf.flat


def test_declarations_are_checked_and_kept_by_role(charity: Charity, db: Database) -> None:
    service = charity.fundraiser.gift_aid
    with pytest.raises(ValidationError) as oral:
        service.record_declaration(DeclarationDraft(charity.declared, date(2025, 5, 1), method="oral"))
    assert oral.value.field == "confirmation_sent_on"
    with pytest.raises(ValidationError) as one:
        service.record_declaration(DeclarationDraft(charity.declared, date(2025, 5, 1), scope="this_gift"))
    assert one.value.field == "gift_id"
    company, _ = charity.fundraiser.donors.add_donor(DonorDraft(kind="organisation", organisation_name="Acme Ltd",
                                                                address_line1="1 Road", postcode="LS1 1AA"))
    with pytest.raises(RuleViolation, match="Only a person"):
        service.record_declaration(DeclarationDraft(company.id, date(2025, 5, 1)))
    homeless, _ = charity.fundraiser.donors.add_donor(DonorDraft(first_name="No", last_name="Address"))
    with pytest.raises(RuleViolation, match="house name or number and the postcode"):
        service.record_declaration(DeclarationDraft(homeless.id, date(2025, 5, 1)))
    assert service.declarations(charity.declared) == []
    caseworker = Services(db, make_user(db, "carla", Role.CASEWORKER))
    with pytest.raises(NotPermitted):
        caseworker.gift_aid.record_declaration(DeclarationDraft(charity.declared, date(2025, 5, 1)))
    oral_ok = service.record_declaration(DeclarationDraft(charity.declared, date(2025, 5, 1), method="oral",
                                                          confirmation_sent_on=date(2025, 5, 2)))[0]
    assert service.declarations(charity.declared) == [oral_ok]


def test_the_claim_schedule_adds_up_as_pdf_and_spreadsheet(charity: Charity, tmp_path: Path) -> None:
    declare(charity, date(2025, 4, 1))
    charity.gift(charity.declared, "100.00", date(2025, 4, 10))
    charity.gift(charity.declared, "240.00", date(2025, 6, 1), advantage_description="Gala dinner",
                 advantage_value=Decimal("60.00"))
    charity.gift(charity.declared, "35.50", date(2026, 4, 5))
    charity.gift(charity.declared, "99.00", date(2026, 4, 6))  # the next tax year
    charity.gift(charity.undeclared, "500.00", date(2025, 8, 1))
    options = exports.Options(year=2025)
    result = exports.export_document(charity.fundraiser, exports.Kind.GIFT_AID_SCHEDULE, None, tmp_path / "s.pdf",
                                     options=options)
    pdf = Pdf(tmp_path / "s.pdf")
    assert result.pages == len(pdf.pages)
    assert pdf.has("Gift Aid claim schedule")
    assert pdf.has("1 Margaret Whitfield 27 YO1 7HH 10/04/25 £100.00")
    assert pdf.has("2 Margaret Whitfield 27 YO1 7HH 05/04/26 £35.50")
    assert pdf.has("Total £135.50")
    assert pdf.has("Gift Aid to claim (25p per £1) £33.87")
    assert pdf.has("Benefits to the donor exceed HMRC's limit for this gift")
    assert pdf.has(
        "1 more gift (£500.00) came from a donor with no Gift Aid declaration")
    assert "Baker" not in pdf.flat

    rows = exports.export_gift_aid_sheet(charity.fundraiser, tmp_path / "s.xlsx", options=options)
    assert rows == 2
    sheet = load_workbook(tmp_path / "s.xlsx")["Schedule"]
    assert [c.value for c in sheet[3]] == ["Item", "Title", "First name or initial", "Last name",
                                           "House name or number", "Postcode", "Aggregated donations",
                                           "Sponsored event", "Donation date", "Amount"]
    body = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert body == [[1, None, "Margaret", "Whitfield", "27", "YO1 7HH", None, None, "10/04/25", 100],
                    [2, None, "Margaret", "Whitfield", "27", "YO1 7HH", None, None, "05/04/26", 35.5]]
    assert sheet["B1"].value == "10/04/25"
    refused = load_workbook(tmp_path / "s.xlsx")["Not claimed"]
    assert refused["B2"].value == "Margaret Whitfield"


def test_the_schedule_columns_keep_dates_and_headings_whole(charity: Charity, tmp_path: Path) -> None:
    declare(charity, date(2025, 4, 1))
    charity.gift(charity.declared, "1234.00", date(2025, 12, 24))
    exports.export_document(charity.fundraiser, exports.Kind.GIFT_AID_SCHEDULE, None, tmp_path / "s.pdf",
                            options=exports.Options(year=2025))
    pdf = Pdf(tmp_path / "s.pdf")
    assert pdf.has("Sponsored Date Amount")
    assert pdf.has("24/12/25 £1,234.00")
    assert pdf.has("Confidential — contains donors' names and addresses")
    assert "about a client" not in pdf.flat


@pytest.mark.sqlite_only
def test_the_command_line_writes_the_schedule_as_pdf_or_spreadsheet(charity: Charity, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from caseworker.cli import main as cli_main

    declare(charity, date(2025, 4, 1))
    charity.gift(charity.declared, "15.00", date(2025, 5, 1))
    charity.gift(charity.declared, "12.00", date(2025, 6, 1))
    charity.gift(charity.declared, "80.00", date(2025, 7, 1))
    cli_main.build_parser()
    monkeypatch.setattr(cli_main, "open_db", lambda args: charity.db)
    monkeypatch.setenv("CASEWORKER_PASSWORD", "correct horse")
    sheet = tmp_path / "claim.xlsx"
    code = cli_main.main(["pdf", "gift-aid-schedule", "--year", "2025", "--aggregate-small", "--user", "fred",
                          "--out", str(sheet)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out == f"wrote {sheet} (2 donation rows)\n"
    rows = [[c.value for c in r] for r in load_workbook(sheet)["Schedule"].iter_rows(min_row=4)]
    assert rows == [[1, None, None, None, None, None, "2 donations of £20 or less", None, "01/06/25", 27],
                    [2, None, "Margaret", "Whitfield", "27", "YO1 7HH", None, None, "01/07/25", 80]]
    pdf = tmp_path / "claim.pdf"
    assert cli_main.main(["pdf", "gift-aid-schedule", "--from", "2025-06-01", "--user", "fred",
                          "--out", str(pdf)]) != 0
    capsys.readouterr()
    assert cli_main.main(["pdf", "gift-aid-schedule", "--from", "2025-06-01", "--to", "2025-07-31", "--user", "fred",
                          "--out", str(pdf)]) == 0
    assert Pdf(pdf).has("Total £92.00")
