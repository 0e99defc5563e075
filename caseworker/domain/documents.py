"""The prepared documents the reports draw: plain frozen dataclasses, no ReportLab, no database.

A service fills these from the database (applying the reader's permissions) and hands them to a
renderer in :mod:`caseworker.reports.documents`. Money is always :class:`~decimal.Decimal`,
instants are aware :class:`~datetime.datetime` values (shown in the organisation's time zone),
calendar days are :class:`~datetime.date`, and collections are tuples so a document cannot change
while it is drawn.

Free-text fields (names, categories, fund names, notes) are printed as given. Closed vocabularies
are the domain's own enums (case status, handoff state, aid kind and status, receipt style), so a
gathering service passes its values straight through; the reports word them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from caseworker.domain.aid import AidKind
from caseworker.domain.aid import AidStatus as DisbursementStatus
from caseworker.domain.cases import Acceptability, CaseStatus, HandoffState
from caseworker.domain.gift_aid import ClaimRow, gift_aid_value
from caseworker.domain.grant_outputs import GrantOutputs
from caseworker.domain.org import OrgSettings, ReceiptStyle

ZERO = Decimal("0")

# --- The organisation and how it writes numbers and dates ------------------------------------


class PageSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class DateStyle(StrEnum):
    """How calendar dates are written: 2026-11-25, 25 Nov 2026 or Nov 25, 2026."""

    ISO = "iso"
    DAY_MONTH_YEAR = "dmy"
    MONTH_DAY_YEAR = "mdy"


@dataclass(frozen=True)
class MoneyFormat:
    """How amounts are written; ``symbol=None`` uses the usual symbol of the currency code."""

    decimal_separator: str = "."
    group_separator: str = ","
    symbol: str | None = None
    symbol_first: bool = True


@dataclass(frozen=True)
class Organisation:
    """Everything the letterhead and the number formats need (from Settings)."""

    name: str
    address_lines: tuple[str, ...] = ()
    registration_number: str | None = None
    #: How the registration number is introduced, e.g. "Charity No.", "EIN", "BN/Registration No."
    registration_label: str | None = None
    contact_line: str | None = None
    logo_path: Path | None = None
    #: The logo as stored in Settings (PNG or JPEG bytes); used when ``logo_path`` is not set.
    logo_png: bytes | None = field(default=None, repr=False)
    currency: str = "USD"
    time_zone: str = "UTC"
    money_format: MoneyFormat = field(default_factory=MoneyFormat)
    date_style: DateStyle = DateStyle.DAY_MONTH_YEAR
    page_size: PageSize = PageSize.A4
    #: The documents' language (BCP 47) for the PDF's /Lang: a screen reader picks its voice by it.
    language: str = "en"


_LANGUAGES = {"GB": "en-GB", "CA": "en-CA", "US": "en-US"}
_STYLE_COUNTRY = {ReceiptStyle.UK: "GB", ReceiptStyle.CA: "CA", ReceiptStyle.US: "US"}


_STYLE_DEFAULTS: dict[ReceiptStyle, tuple[str, DateStyle, PageSize]] = {
    ReceiptStyle.US: ("EIN", DateStyle.MONTH_DAY_YEAR, PageSize.LETTER),
    ReceiptStyle.CA: ("BN/Registration No.", DateStyle.DAY_MONTH_YEAR, PageSize.LETTER),
    ReceiptStyle.UK: ("Registered charity No.", DateStyle.DAY_MONTH_YEAR, PageSize.A4),
}


def organisation_from_settings(settings: OrgSettings) -> Organisation:
    """The letterhead from the organisation's settings, with its country's registration label, paper
    and dates (from the receipt style when no country is set)."""
    label, date_style, page = _STYLE_DEFAULTS[settings.receipt_style]
    rules = settings.country_rules
    if rules is not None:
        label, date_style, page = rules.registration_label, DateStyle(rules.dates), PageSize(rules.paper)
    return Organisation(
        name=settings.name,
        address_lines=tuple(settings.address),
        registration_number=settings.registration_number or None,
        registration_label=label,
        logo_png=settings.logo_png,
        currency=settings.currency,
        time_zone=settings.timezone,
        date_style=date_style,
        page_size=page,
        # The wording is English (the only catalogue so far), in the organisation's country's form.
        language=_LANGUAGES.get(settings.country or _STYLE_COUNTRY[settings.receipt_style], "en"),
    )


@dataclass(frozen=True)
class Person:
    """A client or donor as a document names them (name as it should be printed)."""

    name: str
    address_lines: tuple[str, ...] = ()
    reference: str | None = None

    @property
    def has_address(self) -> bool:
        return any(line.strip() for line in self.address_lines)


# --- Casework -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientFlags:
    """What every worker must see first; ``None`` means the flag is not set."""

    safeguarding: str | None = None
    interpreter_language: str | None = None
    accessibility: str | None = None

    @property
    def any(self) -> bool:
        return bool(self.safeguarding or self.interpreter_language or self.accessibility)


@dataclass(frozen=True)
class CaseClient:
    name: str
    reference: str | None = None
    flags: ClientFlags = field(default_factory=ClientFlags)


@dataclass(frozen=True)
class StatusChange:
    at: datetime
    status: CaseStatus
    by: str
    note: str = ""


@dataclass(frozen=True)
class Handoff:
    at: datetime
    from_user: str
    to_user: str
    state: HandoffState
    note: str = ""
    #: Why the case was returned (state RETURNED).
    reason: str = ""


@dataclass(frozen=True)
class Escalation:
    at: datetime
    level: int
    by: str
    reason: str = ""


@dataclass(frozen=True)
class CaseNote:
    """One timeline entry with text: a note, call, visit or specialist involvement."""

    at: datetime
    author: str
    #: Display word for the kind of entry ("Note", "Call", "Visit", ...), already in the reader's
    #: language.
    kind: str
    text: str


@dataclass(frozen=True)
class CaseOutcome:
    outcome: str
    with_specialist: bool
    acceptable: Acceptability
    #: 1 (very unhappy) to 5 (very happy); None when the client was not asked.
    satisfaction: int | None = None
    resolved_on: date | None = None


@dataclass(frozen=True)
class CaseSummaryData:
    organisation: Organisation
    reference: str
    client: CaseClient
    category: str
    priority: str
    status: CaseStatus
    assignee: str | None
    opened: date
    due: date | None = None
    escalation_level: int = 0
    status_history: tuple[StatusChange, ...] = ()
    handoffs: tuple[Handoff, ...] = ()
    escalations: tuple[Escalation, ...] = ()
    #: Only the notes the requesting role may read (the gathering service filters them).
    notes: tuple[CaseNote, ...] = ()
    #: True when notes exist but were left out for the requesting role.
    notes_withheld: bool = False
    outcome: CaseOutcome | None = None


# --- Aid ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AidLine:
    on: date
    fund: str
    kind: AidKind
    payee: str
    status: DisbursementStatus
    amount: Decimal
    reference: str | None = None


@dataclass(frozen=True)
class AidStatementData:
    organisation: Organisation
    client: Person
    period_start: date
    period_end: date
    lines: tuple[AidLine, ...] = ()


# --- Grants -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetLine:
    category: str
    budget: Decimal
    #: Spent to date (the end of the period for a report).
    spent: Decimal
    #: Spent within the reported period, when the document is about a period.
    spent_in_period: Decimal | None = None

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.spent


@dataclass(frozen=True)
class Deadline:
    label: str
    due: date
    met_on: date | None = None


@dataclass(frozen=True)
class ChecklistItem:
    text: str
    done: bool = False


@dataclass(frozen=True)
class NarrativeSection:
    heading: str
    text: str


@dataclass(frozen=True)
class GrantFacts:
    funder: str
    programme: str
    purpose: str
    #: "the organisation", a client's name, or "a client" for readers who may not see clients.
    applicant: str
    stage: str
    requested: Decimal
    awarded: Decimal | None = None
    reference: str | None = None
    funder_contact: str | None = None
    #: The report schedule in words ("Quarterly, by the 15th"), from the RRULE.
    report_schedule: str | None = None
    #: The period the grant pays for.
    grant_start: date | None = None
    grant_end: date | None = None
    #: The applicant is a client named above: the document is confidential.
    client_named: bool = False


@dataclass(frozen=True)
class GrantApplicationData:
    organisation: Organisation
    grant: GrantFacts
    budget: tuple[BudgetLine, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    checklist: tuple[ChecklistItem, ...] = ()
    narrative: tuple[NarrativeSection, ...] = ()


@dataclass(frozen=True)
class TargetRow:
    """One promise of the application set against what was reached."""

    #: An untranslated label (an output's) or the outcome's own name (``named``).
    label: str
    target: int | None
    #: Reached in the reporting period; None where only a running total is kept (outcomes).
    this_period: int | None
    #: Reached from the grant's start to the end of the reporting period.
    to_date: int | None
    named: bool = False


@dataclass(frozen=True)
class DemographicTally:
    """People served in the reporting period by one characteristic the funder asks about."""

    #: Untranslated name of the characteristic ("Age").
    title: str
    rows: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class GrantReportData:
    organisation: Organisation
    grant: GrantFacts
    period_start: date
    period_end: date
    #: The day deadlines are judged against (met, overdue, coming).
    as_of: date
    budget: tuple[BudgetLine, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    narrative: tuple[NarrativeSection, ...] = ()
    #: The report due at the end of this period, when the period is one of the grant's own.
    report_due: date | None = None
    #: Outputs counted from the aid paid out of the grant in the period: people helped and payments
    #: (counts only: a funder's document names no client).
    people_helped: int = 0
    aid_payments: int = 0
    #: Outputs and outcomes against the application's targets (empty: the grant has none).
    targets: tuple[TargetRow, ...] = ()
    demographics: tuple[DemographicTally, ...] = ()
    #: The report's narrative of progress, written with the targets.
    progress: str = ""

    @property
    def budget_total(self) -> Decimal:
        return sum((line.budget for line in self.budget), ZERO)

    @property
    def unallocated(self) -> Decimal | None:
        """The award less the budget lines (None before an award): non-zero means they do not reconcile."""
        return None if self.grant.awarded is None else self.grant.awarded - self.budget_total


# --- Meetings -----------------------------------------------------------------------------------


class Attendance(StrEnum):
    ATTENDED = "attended"
    APOLOGIES = "apologies"
    ABSENT = "absent"


@dataclass(frozen=True)
class Attendee:
    name: str
    #: Organisation or role shown beside the name ("Funder", "Board", "Housing Trust").
    affiliation: str | None = None
    #: None before the meeting.
    attendance: Attendance | None = None


@dataclass(frozen=True)
class AgendaItem:
    title: str
    presenter: str | None = None
    duration_minutes: int | None = None
    description: str = ""
    #: What was discussed (minutes only).
    discussion: str = ""


@dataclass(frozen=True)
class ActionItem:
    text: str
    owner: str
    due: date | None = None
    done: bool = False


@dataclass(frozen=True)
class Decision:
    """A decision with its proposer, seconder and vote (counts None: agreed without a count)."""

    text: str
    proposer: str = ""
    seconder: str = ""
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None

    @property
    def counted(self) -> bool:
        return self.votes_for is not None or self.votes_against is not None

    @property
    def carried(self) -> bool:
        return (self.votes_for or 0) > (self.votes_against or 0)


@dataclass(frozen=True)
class MeetingData:
    organisation: Organisation
    title: str
    starts_at: datetime
    ends_at: datetime
    #: IANA zone the meeting is held in ("Europe/London").
    time_zone: str
    place: str | None = None
    channel: str | None = None
    chair: str | None = None
    minute_taker: str | None = None
    series: str | None = None
    attendees: tuple[Attendee, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    #: The wording alone, or with proposer, seconder and vote.
    decisions: tuple[str | Decision, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    next_meeting: datetime | None = None
    #: How many must be present for the meeting to decide (None: no quorum set).
    quorum: int | None = None
    #: Actions from earlier meetings of the same name still open when this one starts.
    earlier_actions: tuple[ActionItem, ...] = ()

    @property
    def recorded(self) -> bool:
        """Whether anything was recorded (discussion, decisions, actions, attendance): minutes can be printed."""
        return bool(any(a.discussion.strip() for a in self.agenda) or self.decisions or self.actions
                    or any(a.attendance is not None for a in self.attendees))


# --- Stewardship --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gift:
    received_on: date
    #: The cash amount; zero for a gift in kind.
    amount: Decimal
    fund: str | None = None
    method: str | None = None
    in_kind_description: str | None = None
    #: Fair market value of a gift in kind (never printed on a US receipt).
    in_kind_value: Decimal | None = None
    appraiser: str | None = None
    advantage_description: str | None = None
    advantage_value: Decimal = ZERO
    receipt_number: str | None = None
    #: UK: the Gift Aid the charity can claim on this gift (None: none can be claimed).
    gift_aid: Decimal | None = None
    #: UK: why no Gift Aid can be claimed (a sentence already chosen by the gathering service).
    gift_aid_refused: str | None = None

    @property
    def in_kind(self) -> bool:
        return self.in_kind_description is not None

    @property
    def value(self) -> Decimal:
        """Cash amount, or the fair market value of a gift in kind (zero if not valued)."""
        if self.in_kind:
            return self.in_kind_value if self.in_kind_value is not None else ZERO
        return self.amount

    @property
    def eligible_amount(self) -> Decimal:
        return max(self.value - self.advantage_value, ZERO)


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str | None = None
    #: A file, or the picture itself (PNG or JPEG bytes, as kept in Settings).
    signature_image: Path | bytes | None = None


@dataclass(frozen=True)
class GiftAidDeclaration:
    """A donor's Gift Aid declaration as a receipt quotes it."""

    declared_on: date
    #: this_gift | past_and_future | future (caseworker.domain.gift_aid.DeclarationScope)
    scope: str
    #: written | oral | online
    method: str
    #: The amount of the one gift a "this gift" declaration covers.
    gift_amount: Decimal | None = None
    confirmation_sent_on: date | None = None
    cancelled_on: date | None = None


@dataclass(frozen=True)
class VoidInfo:
    voided_on: date
    reason: str


@dataclass(frozen=True)
class ReceiptData:
    organisation: Organisation
    style: ReceiptStyle
    number: str
    donor: Person
    gifts: tuple[Gift, ...]
    issued_on: date
    #: Set when the receipt covers a year's gifts rather than one gift.
    tax_year: int | None = None
    place_of_issue: str | None = None
    #: The number of the receipt this one replaces.
    replaces: str | None = None
    #: Set when this receipt has been voided (it prints with a VOID watermark).
    void: VoidInfo | None = None
    signatory: Signatory | None = None
    #: UK: the donor's declarations that cover at least one gift of the receipt (none: no Gift Aid).
    declarations: tuple[GiftAidDeclaration, ...] = ()
    #: UK: the tax year (6 April to 5 April) is named "2026–27" rather than by a calendar year.
    uk_tax_year: bool = False

    @property
    def total(self) -> Decimal:
        return sum((g.value for g in self.gifts), ZERO)

    @property
    def advantage_total(self) -> Decimal:
        return sum((g.advantage_value for g in self.gifts), ZERO)

    @property
    def eligible_total(self) -> Decimal:
        return sum((g.eligible_amount for g in self.gifts), ZERO)

    @property
    def gift_aid_total(self) -> Decimal:
        return sum((g.gift_aid for g in self.gifts if g.gift_aid is not None), ZERO)


@dataclass(frozen=True)
class GivingStatementData:
    organisation: Organisation
    donor: Person
    period_start: date
    period_end: date
    #: How the period is named on the page: "2026" or "Fiscal year 2026–27".
    period_label: str
    gifts: tuple[Gift, ...] = ()

    @property
    def total(self) -> Decimal:
        return sum((g.value for g in self.gifts), ZERO)

    @property
    def eligible_total(self) -> Decimal:
        return sum((g.eligible_amount for g in self.gifts), ZERO)


@dataclass(frozen=True)
class UnsendableDonor:
    name: str
    reference: str | None
    #: Why no statement can be sent ("No postal address", "Address returned as undeliverable").
    reason: str
    gifts: int
    total: Decimal


@dataclass(frozen=True)
class UnsendableListData:
    organisation: Organisation
    period_label: str
    donors: tuple[UnsendableDonor, ...] = ()


# --- Insight ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthlyCases:
    #: Any day of the month (the first, by convention).
    month: date
    opened: int
    resolved: int
    escalations: int
    #: Median business days from opening to resolution of the cases resolved that month.
    median_days_to_resolve: Decimal | None = None


@dataclass(frozen=True)
class FundTotal:
    fund: str
    amount: Decimal


@dataclass(frozen=True)
class GrantOutcomes:
    submitted: int
    awarded: int
    declined: int
    pending: int
    awarded_amount: Decimal = ZERO

    @property
    def success_rate(self) -> Decimal | None:
        """Awarded share of decided applications, or None before any decision."""
        decided = self.awarded + self.declined
        return Decimal(self.awarded) / Decimal(decided) if decided else None


@dataclass(frozen=True)
class RetentionYear:
    year: int
    donors: int
    #: Donors of this year who also gave the year before.
    retained: int
    #: Donors of the year before (the base of the retention rate).
    previous_donors: int

    @property
    def rate(self) -> Decimal | None:
        return Decimal(self.retained) / Decimal(self.previous_donors) if self.previous_donors else None


@dataclass(frozen=True)
class ServiceQuality:
    """The Insight section's service-quality figures for the period."""

    resolved: int
    within_target: int
    resolved_alone: int
    with_specialist: int
    acceptable_yes: int
    acceptable_partly: int
    acceptable_no: int
    #: 1 (very unhappy) to 5 (very happy); None when no client was asked.
    mean_satisfaction: Decimal | None = None
    open_now: int = 0
    overdue_now: int = 0


@dataclass(frozen=True)
class DashboardData:
    organisation: Organisation
    #: How the period is named when no dates are given ("2026"); with dates, the page writes them.
    period_label: str
    cases: tuple[MonthlyCases, ...] = ()
    aid_by_fund: tuple[FundTotal, ...] = ()
    grants: GrantOutcomes = field(default_factory=lambda: GrantOutcomes(0, 0, 0, 0))
    retention: tuple[RetentionYear, ...] = ()
    period_start: date | None = None
    period_end: date | None = None
    quality: ServiceQuality | None = None


@dataclass(frozen=True)
class GrantOutputsData:
    """A grant's outputs for its funder (``domain.grant_outputs.GrantOutputs``) on the letterhead."""

    organisation: Organisation
    outputs: GrantOutputs


@dataclass(frozen=True)
class IntroducedPerson:
    """One person of the client's team as the introduction letter names them."""

    name: str
    role: str  # already translated ("key worker", "worker for C-000042")
    detail: str = ""  # title, phone and hours


@dataclass(frozen=True)
class IntroductionLetterData:
    """The client's introduction to their worker and team, given at a handoff."""

    organisation: Organisation
    reference: str
    case_title: str
    client_name: str
    greeting_name: str
    worker: str
    team: str
    members: tuple[IntroducedPerson, ...]
    team_phone: str = ""
    team_email: str = ""
    written_on: date | None = None
    #: The letter's words in the client's language, keyed by their English source; empty to use
    #: the organisation's own (translated as every other document is).
    phrases: Mapping[str, str] = field(default_factory=dict)
    language: str = ""


@dataclass(frozen=True)
class FeedbackFormData:
    """The printed questions a client answers after their case is resolved."""

    organisation: Organisation
    reference: str
    case_title: str
    client_name: str
    worker: str
    resolved_on: date | None = None


# --- Gift Aid claim -----------------------------------------------------------------------------


@dataclass(frozen=True)
class GiftAidRefusal:
    """A gift from a donor with a declaration on which no Gift Aid can be claimed, and why."""

    received_on: date
    donor: str
    amount: Decimal
    benefit: Decimal
    reason: str


@dataclass(frozen=True)
class GiftAidClaimData:
    organisation: Organisation
    period_start: date
    period_end: date
    rows: tuple[ClaimRow, ...] = ()  # HMRC's schedule rows, as the domain works them out
    refused: tuple[GiftAidRefusal, ...] = ()
    #: Gifts of the period no declaration covers (not claimable, not listed one by one).
    undeclared_gifts: int = 0
    undeclared_total: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return sum((r.amount for r in self.rows), ZERO)

    @property
    def gift_aid(self) -> Decimal:
        """Basic-rate tax on the claimed total: 25p per £1."""
        return gift_aid_value(self.total)

    @property
    def earliest(self) -> date | None:
        return min((r.received_on for r in self.rows), default=None)
