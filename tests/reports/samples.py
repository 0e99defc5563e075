"""Prepared documents for the report tests: realistic, small, in several scripts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from caseworker.domain.documents import (
    Acceptability,
    ActionItem,
    AgendaItem,
    AidKind,
    AidLine,
    AidStatementData,
    Attendance,
    Attendee,
    BudgetLine,
    CaseClient,
    CaseNote,
    CaseOutcome,
    CaseStatus,
    CaseSummaryData,
    ChecklistItem,
    ClientFlags,
    DashboardData,
    DateStyle,
    Deadline,
    DisbursementStatus,
    Escalation,
    FundTotal,
    Gift,
    GiftAidDeclaration,
    GivingStatementData,
    GrantApplicationData,
    GrantFacts,
    GrantOutcomes,
    GrantReportData,
    Handoff,
    HandoffState,
    MeetingData,
    MonthlyCases,
    NarrativeSection,
    Organisation,
    PageSize,
    Person,
    ReceiptData,
    ReceiptStyle,
    RetentionYear,
    Signatory,
    StatusChange,
    UnsendableDonor,
    UnsendableListData,
    VoidInfo,
)

MADE_AT = datetime(2026, 11, 25, 14, 30, tzinfo=UTC)
MADE_BY = "Jane Okafor"

NAMES = {
    "latin": "Zoë Ångström-Nuñez",
    "greek": "Ελένη Παπαδοπούλου",
    "cyrillic": "Иван Петрович Сидоров",
    "arabic": "محمد عبد الله",
    "hebrew": "שרה כהן",
}

UK_ORG = Organisation(
    name="Riverside Community Advice",
    address_lines=("12 Mill Lane", "Leeds LS1 4AB"),
    registration_number="1187654",
    registration_label="Registered charity No.",
    contact_line="0113 496 0000 · help@riverside.example",
    currency="GBP",
    time_zone="Europe/London",
)
US_ORG = Organisation(
    name="Harbor Street Food Pantry",
    address_lines=("410 Harbor Street", "Portland, ME 04101"),
    registration_number="12-3456789",
    registration_label="EIN",
    currency="USD",
    time_zone="America/New_York",
    date_style=DateStyle.MONTH_DAY_YEAR,
    page_size=PageSize.LETTER,
)
CA_ORG = Organisation(
    name="Maison de l'Entraide",
    address_lines=("88 rue Saint-Paul", "Montréal QC H2Y 1G7"),
    registration_number="123456789 RR 0001",
    registration_label="BN/Registration No.",
    currency="CAD",
    time_zone="America/Toronto",
    page_size=PageSize.LETTER,
)


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 3, 1, hour, 0, tzinfo=UTC) + timedelta(days=day)


def case_summary(*, client_name: str = NAMES["greek"], note_text: str | None = None,
                 notes_withheld: bool = False) -> CaseSummaryData:
    notes = () if notes_withheld else (
        CaseNote(at(0), "Jane Okafor", "Call", note_text or "Client called about the eviction notice dated 28 February."),
        CaseNote(at(2), "Sam Lee", "Visit", "Home visit with a colleague (safeguarding flag). Landlord agreed to talk."),
    )
    return CaseSummaryData(
        organisation=UK_ORG,
        reference="C-2026-0142",
        client=CaseClient(client_name, "CL-0091",
                          ClientFlags(safeguarding="Do not visit alone", interpreter_language="Greek",
                                      accessibility="Step-free access")),
        category="Housing — eviction",
        priority="High",
        status=CaseStatus.RESOLVED,
        assignee="Jane Okafor",
        opened=date(2026, 3, 1),
        due=date(2026, 3, 27),
        escalation_level=1,
        status_history=(
            StatusChange(at(0, 9), CaseStatus.NEW, "Reception", "Walk-in"),
            StatusChange(at(0, 11), CaseStatus.ASSIGNED, "Amira Haddad"),
            StatusChange(at(1), CaseStatus.IN_PROGRESS, "Jane Okafor"),
            StatusChange(at(3), CaseStatus.ESCALATED, "Jane Okafor", "Court date set"),
            StatusChange(at(18), CaseStatus.RESOLVED, "Jane Okafor", "Arrears plan agreed"),
        ),
        handoffs=(Handoff(at(0, 11), "Reception", "Jane Okafor", HandoffState.ACCEPTED, "Housing specialist"),
                  Handoff(at(4), "Jane Okafor", "Legal team", HandoffState.RETURNED, "Court hearing",
                          reason="Not needed after the landlord's offer")),
        escalations=(Escalation(at(3), 1, "Jane Okafor", "Possession hearing within 14 days"),),
        notes=notes,
        notes_withheld=notes_withheld,
        outcome=CaseOutcome("Tenancy kept. Arrears of £1,240 repaid at £60 a month.", with_specialist=True,
                            acceptable=Acceptability.PARTLY, satisfaction=4, resolved_on=date(2026, 3, 19)),
    )


def aid_statement(rows: int = 6) -> AidStatementData:
    funds = ("Hardship Fund", "Winter Fuel", "School Uniform")
    kinds = (AidKind.CASH, AidKind.VOUCHER, AidKind.GOODS)
    statuses = (DisbursementStatus.PAID, DisbursementStatus.APPROVED, DisbursementStatus.PAID,
                DisbursementStatus.VOID, DisbursementStatus.REQUESTED, DisbursementStatus.PAID)
    lines = tuple(
        AidLine(date(2026, 1, 1) + timedelta(days=i * 3 % 360), funds[i % 3], kinds[i % 3],
                "Leeds Housing Ltd" if i % 3 == 0 else NAMES["cyrillic"], statuses[i % 6],
                Decimal("25.00") + Decimal(i) * Decimal("12.50"), f"D-{i:04d}")
        for i in range(rows)
    )
    return AidStatementData(UK_ORG, Person(NAMES["cyrillic"], ("4 Park Row", "Leeds LS2 1AA"), "CL-0102"),
                            date(2026, 1, 1), date(2026, 12, 31), lines)


GRANT = GrantFacts(
    funder="Northern Communities Foundation",
    programme="Housing Stability 2026",
    purpose="Prevent evictions by funding a part-time housing caseworker and a small arrears fund "
            "for families referred by local schools.",
    applicant="Riverside Community Advice",
    stage="Awarded",
    requested=Decimal("48000.00"),
    awarded=Decimal("42500.00"),
    reference="NCF-2026-117",
    funder_contact="Priya Raman, Programme Officer",
    report_schedule="Quarterly, by the 15th of the following month",
)
BUDGET = (
    BudgetLine("Caseworker salary", Decimal("30000.00"), Decimal("14200.00"), Decimal("7100.00")),
    BudgetLine("Arrears fund", Decimal("10000.00"), Decimal("6350.50"), Decimal("2210.25")),
    BudgetLine("Training", Decimal("1500.00"), Decimal("400.00"), Decimal("0.00")),
    BudgetLine("Overheads", Decimal("1000.00"), Decimal("520.00"), Decimal("260.00")),
)
DEADLINES = (
    Deadline("Application", date(2025, 11, 30), date(2025, 11, 28)),
    Deadline("Q1 report", date(2026, 4, 15), date(2026, 4, 14)),
    Deadline("Q2 report", date(2026, 7, 15), date(2026, 7, 20)),
    Deadline("Q3 report", date(2026, 10, 15)),
    Deadline("Final report", date(2027, 1, 15)),
)


def grant_application() -> GrantApplicationData:
    return GrantApplicationData(
        UK_ORG, GRANT, BUDGET, DEADLINES,
        (ChecklistItem("Budget signed by treasurer", True), ChecklistItem("Safeguarding policy attached", True),
         ChecklistItem("Two references")),
        (NarrativeSection("Need", "Evictions in the ward rose by a third in 2025."),
         NarrativeSection("Approach", "Early contact through schools; arrears plans; landlord mediation.")),
    )


def grant_report() -> GrantReportData:
    return GrantReportData(
        UK_ORG, GRANT, date(2026, 7, 1), date(2026, 9, 30), as_of=date(2026, 10, 20), budget=BUDGET,
        deadlines=DEADLINES,
        narrative=(NarrativeSection("Progress", "41 families supported; 37 tenancies kept."),),
    )


def meeting(*, after: bool) -> MeetingData:
    attendance = (Attendance.ATTENDED, Attendance.ATTENDED, Attendance.APOLOGIES, Attendance.ABSENT, Attendance.ATTENDED)
    people = (("Amira Haddad", "Chair"), ("Jane Okafor", None), ("Priya Raman", "Northern Communities Foundation"),
              ("Tom Becker", "Board"), (NAMES["hebrew"], "Volunteer lead"))
    return MeetingData(
        organisation=UK_ORG,
        title="Housing project steering group",
        starts_at=datetime(2026, 6, 9, 17, 0, tzinfo=UTC),
        ends_at=datetime(2026, 6, 9, 18, 30, tzinfo=UTC),
        time_zone="Europe/London",
        place="Riverside office, meeting room 2",
        channel="https://meet.example.org/riverside-housing",
        chair="Amira Haddad",
        minute_taker="Jane Okafor" if after else None,
        series="Every second Tuesday of the month",
        attendees=tuple(Attendee(n, a, attendance[i] if after else None) for i, (n, a) in enumerate(people)),
        agenda=(
            AgendaItem("Welcome and apologies", "Amira Haddad", 5),
            AgendaItem("Q2 figures", "Jane Okafor", 20, "Cases, arrears fund, waiting times",
                       "Caseload up 12%. Arrears fund 63% spent; on track."),
            AgendaItem("Volunteer rota", NAMES["hebrew"], 15, discussion="Two new volunteers start in July."),
            AgendaItem("Any other business", None, 10),
        ),
        decisions=("Move £500 from Training to the Arrears fund (funder to be told).", "Keep the evening drop-in."),
        actions=(ActionItem("Write to the funder about the budget move", "Jane Okafor", date(2026, 6, 16)),
                 ActionItem("Update the volunteer rota", NAMES["hebrew"], date(2026, 6, 30), done=after)),
        next_meeting=datetime(2026, 7, 14, 17, 0, tzinfo=UTC),
    )


def receipt(style: ReceiptStyle, *, number: str = "2026-0001", donor_name: str = "Margaret A. Whitfield",
            gifts: tuple[Gift, ...] | None = None, replaces: str | None = None, void: bool = False,
            tax_year: int | None = None,
            declarations: tuple[GiftAidDeclaration, ...] = ()) -> ReceiptData:
    org = {ReceiptStyle.US: US_ORG, ReceiptStyle.CA: CA_ORG, ReceiptStyle.UK: UK_ORG}[style]
    return ReceiptData(
        organisation=org,
        style=style,
        number=number,
        donor=Person(donor_name, ("27 Elm Road", "Springfield, ST 12345"), "D-0042"),
        gifts=gifts or (Gift(date(2026, 5, 14), Decimal("250.00"), "General fund", "Cheque"),),
        issued_on=date(2026, 5, 20),
        tax_year=tax_year,
        place_of_issue="Montréal, QC" if style is ReceiptStyle.CA else None,
        replaces=replaces,
        void=VoidInfo(date(2026, 6, 1), "Donor's name misspelled") if void else None,
        signatory=Signatory("Claire Dubois", "Treasurer"),
        declarations=declarations if style is ReceiptStyle.UK else (),
        uk_tax_year=style is ReceiptStyle.UK,
    )


def giving_statement(gifts: int = 5, donor_name: str = "Margaret A. Whitfield") -> GivingStatementData:
    return GivingStatementData(
        US_ORG,
        Person(donor_name, ("27 Elm Road", "Springfield, ST 12345"), "D-0042"),
        date(2026, 1, 1), date(2026, 12, 31), "2026",
        tuple(
            Gift(date(2026, 1 + i % 12, 1 + i % 27), Decimal("40.00") + Decimal(i), "General fund", "Card",
                 advantage_value=Decimal("15.00") if i == 2 else Decimal("0"),
                 advantage_description="Gala dinner ticket" if i == 2 else None, receipt_number=f"2026-{i + 1:04d}")
            for i in range(gifts)
        ),
    )


def unsendable() -> UnsendableListData:
    return UnsendableListData(US_ORG, "2026", (
        UnsendableDonor("Robert Klein", "D-0107", "No postal address", 3, Decimal("150.00")),
        UnsendableDonor(NAMES["arabic"], "D-0200", "Address returned as undeliverable", 1, Decimal("75.00")),
    ))


def dashboard() -> DashboardData:
    months = tuple(
        MonthlyCases(date(2026, m, 1), 20 + (m * 7) % 11, 18 + (m * 5) % 9, m % 4,
                     Decimal(str(8 + (m * 3) % 6)) + Decimal("0.5"))
        for m in range(1, 13)
    )
    return DashboardData(
        UK_ORG, "2026", months,
        (FundTotal("Hardship Fund", Decimal("12840.50")), FundTotal("Winter Fuel", Decimal("6200.00")),
         FundTotal("School Uniform", Decimal("2450.75")), FundTotal("صندوق الطوارئ", Decimal("900.00"))),
        GrantOutcomes(submitted=9, awarded=4, declined=3, pending=2, awarded_amount=Decimal("118500.00")),
        (RetentionYear(2023, 310, 140, 290), RetentionYear(2024, 335, 171, 310), RetentionYear(2025, 352, 190, 335),
         RetentionYear(2026, 360, 205, 352)),
    )
