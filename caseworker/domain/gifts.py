"""Gifts, schedules and receipts as rules and records: no storage here.

The receiptable ("eligible") amount of a gift is its value less the advantage the donor received
in return (a dinner, a tote bag), never below zero. Recurring gifts and pledges carry an RFC 5545
RRULE (read with dateutil); what is "still due" follows from it and the gifts linked so far.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final

from dateutil.rrule import rrulestr

from caseworker.domain.errors import ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import (
    FieldErrors,
    clean_text,
    parse_date,
    parse_money,
    parse_optional_date,
    parse_optional_money,
)

ZERO: Final = Decimal("0.00")
#: At most this many occurrences are expanded when counting what is due (a century of weeks).
MAX_OCCURRENCES: Final = 5300


class GiftMethod(enum.StrEnum):
    CASH = "cash"
    CHEQUE = "cheque"
    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
    DIRECT_DEBIT = "direct_debit"
    ONLINE = "online"
    IN_KIND = "in_kind"
    SECURITIES = "securities"
    OTHER = "other"


# Checked once per gift, so built once (an import checks hundreds of thousands).
GIFT_METHODS: Final = frozenset(GiftMethod)
METHOD_LABELS: Final[Mapping[GiftMethod, str]] = MappingProxyType({
    GiftMethod.CASH: N_("Cash"),
    GiftMethod.CHEQUE: N_("Cheque"),
    GiftMethod.CARD: N_("Card"),
    GiftMethod.BANK_TRANSFER: N_("Bank transfer"),
    GiftMethod.DIRECT_DEBIT: N_("Direct debit"),
    GiftMethod.ONLINE: N_("Online"),
    GiftMethod.IN_KIND: N_("In kind"),
    GiftMethod.SECURITIES: N_("Securities"),
    GiftMethod.OTHER: N_("Other"),
})


class ScheduleKind(enum.StrEnum):
    RECURRING = "recurring"
    PLEDGE = "pledge"


class ScheduleStatus(enum.StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Frequency(enum.StrEnum):
    """The schedules the form offers; any other RRULE can still be stored."""

    WEEKLY = "FREQ=WEEKLY"
    MONTHLY = "FREQ=MONTHLY"
    QUARTERLY = "FREQ=MONTHLY;INTERVAL=3"
    YEARLY = "FREQ=YEARLY"


FREQUENCY_LABELS: Final[Mapping[Frequency, str]] = MappingProxyType({
    Frequency.WEEKLY: N_("Weekly"),
    Frequency.MONTHLY: N_("Monthly"),
    Frequency.QUARTERLY: N_("Quarterly"),
    Frequency.YEARLY: N_("Yearly"),
})


class ReceiptKind(enum.StrEnum):
    GIFT = "gift"
    YEAR = "year"


def eligible_amount(amount: Decimal, advantage_value: Decimal) -> Decimal:
    return max(amount - advantage_value, ZERO)


def days_to_thank(gift_date: date, thanked_on: date | None) -> int | None:
    return None if thanked_on is None else (thanked_on - gift_date).days


def format_receipt_number(number: int) -> str:
    return f"{number:06d}"


# --- schedules ----------------------------------------------------------------------------------

def occurrences(rule: str, starts_on: date, until: date, ends_on: date | None = None) -> list[date]:
    """Instalment dates from ``starts_on`` up to ``until`` (and ``ends_on``), inclusive."""
    last = min(until, ends_on) if ends_on else until
    if last < starts_on:
        return []
    start = datetime(starts_on.year, starts_on.month, starts_on.day)
    found: list[date] = []
    for when in rrulestr(rule, dtstart=start):
        day = when.date()
        if day > last or len(found) >= MAX_OCCURRENCES:
            break
        found.append(day)
    return found


def next_occurrence(rule: str, starts_on: date, after: date, ends_on: date | None = None) -> date | None:
    start = datetime(starts_on.year, starts_on.month, starts_on.day)
    when = rrulestr(rule, dtstart=start).after(datetime(after.year, after.month, after.day), inc=False)
    if when is None or (ends_on is not None and when.date() > ends_on):
        return None
    day: date = when.date()
    return day


@dataclass(frozen=True)
class ScheduleStanding:
    """How a recurring gift or pledge stands on a day."""

    expected_to_date: Decimal
    received: Decimal
    #: Expected so far but not received (never negative).
    overdue: Decimal
    #: For a pledge: promised total less received; for a recurring gift: the overdue amount.
    still_due: Decimal
    next_due_on: date | None


def schedule_standing(kind: str, amount: Decimal, rule: str, starts_on: date, ends_on: date | None,
                      pledged_total: Decimal | None, received: Decimal, today: date) -> ScheduleStanding:
    count = len(occurrences(rule, starts_on, today, ends_on))
    expected = amount * count
    if kind == ScheduleKind.PLEDGE and pledged_total is not None:
        expected = min(expected, pledged_total)
        still_due = max(pledged_total - received, ZERO)
    else:
        still_due = max(expected - received, ZERO)
    next_due = next_occurrence(rule, starts_on, today, ends_on)
    if kind == ScheduleKind.PLEDGE and still_due == ZERO:
        next_due = None
    return ScheduleStanding(expected, received, max(expected - received, ZERO), still_due, next_due)


def check_rrule(text: str, field_name: str) -> str:
    rule = (text or "").strip().upper()
    if rule.startswith("RRULE:"):
        rule = rule[len("RRULE:"):]
    if not rule:
        raise ValidationError(field_name, N_("Choose how often the instalments fall."))
    try:
        rrulestr(rule, dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError):
        raise ValidationError(field_name, N_("'{rule}' is not a schedule rule."), rule=rule) from None
    return rule


# --- drafts and validation ----------------------------------------------------------------------

@dataclass(frozen=True)
class SoftCreditDraft:
    donor_id: int
    amount: str | Decimal | None = None  # empty: the whole gift
    note: str = ""


@dataclass(frozen=True)
class GiftDraft:
    donor_id: int | None
    amount: str | Decimal
    gift_date: str | date
    method: str = GiftMethod.CASH
    fund: str = ""
    appeal_code: str = ""
    in_kind_description: str = ""
    advantage_description: str = ""
    advantage_value: str | Decimal | None = None
    reference: str = ""
    note: str = ""
    thanked_on: str | date | None = None
    schedule_id: int | None = None
    soft_credits: tuple[SoftCreditDraft, ...] = ()


def validate_gift(draft: GiftDraft, today: date) -> dict[str, Any]:
    """The draft as values to store, or every field error at once."""
    errors = FieldErrors()
    values: dict[str, Any] = {"donor_id": draft.donor_id, "schedule_id": draft.schedule_id}
    if draft.donor_id is None:
        errors.add(ValidationError("donor_id", N_("Choose the donor.")))
    values["amount"] = errors.check(parse_money, draft.amount, "amount")
    values["gift_date"] = errors.check(parse_date, draft.gift_date, "gift_date", not_future=True, today=today)
    if draft.method not in GIFT_METHODS:
        errors.add(ValidationError("method", N_("Choose how the gift was given.")))
    values["method"] = draft.method
    values["fund"] = errors.check(clean_text, draft.fund, "fund", max_chars=120) or ""
    values["appeal_code"] = (errors.check(clean_text, draft.appeal_code, "appeal_code", max_chars=40) or "").upper()
    values["in_kind_description"] = errors.check(
        clean_text, draft.in_kind_description, "in_kind_description", max_chars=2000, multiline=True) or ""
    if draft.method == GiftMethod.IN_KIND and not values["in_kind_description"]:
        errors.add(ValidationError("in_kind_description", N_("Describe what was given.")))
    values["advantage_description"] = errors.check(
        clean_text, draft.advantage_description, "advantage_description", max_chars=500) or ""
    values["advantage_value"] = errors.check(
        parse_optional_money, draft.advantage_value, "advantage_value", allow_zero=True) or ZERO
    if values["amount"] is not None and values["advantage_value"] > values["amount"]:
        errors.add(ValidationError("advantage_value",
                                   N_("The advantage cannot be worth more than the gift.")))
    if values["advantage_value"] > ZERO and not values["advantage_description"]:
        errors.add(ValidationError("advantage_description",
                                   N_("Say what the donor received in return.")))
    values["reference"] = errors.check(clean_text, draft.reference, "reference", max_chars=80) or ""
    values["note"] = errors.check(clean_text, draft.note, "note", max_chars=5000, multiline=True) or ""
    values["thanked_on"] = errors.check(parse_optional_date, draft.thanked_on, "thanked_on",
                                        not_future=True, today=today)
    if values["thanked_on"] and values["gift_date"] and values["thanked_on"] < values["gift_date"]:
        errors.add(ValidationError("thanked_on", N_("The thank-you cannot be dated before the gift.")))
    credits: list[tuple[int, Decimal, str]] = []
    for credit in draft.soft_credits:
        if credit.donor_id == draft.donor_id:
            errors.add(ValidationError("soft_credits", N_("The donor cannot be soft-credited for their own gift.")))
            continue
        amount = errors.check(parse_optional_money, credit.amount, "soft_credits")
        amount = amount if amount is not None else values["amount"]
        if amount is not None and values["amount"] is not None and amount > values["amount"]:
            errors.add(ValidationError("soft_credits", N_("A soft credit cannot exceed the gift.")))
        note = errors.check(clean_text, credit.note, "soft_credits", max_chars=500) or ""
        if amount is not None:
            credits.append((credit.donor_id, amount, note))
    if len({c[0] for c in credits}) != len(credits):
        errors.add(ValidationError("soft_credits", N_("Each donor can be soft-credited once per gift.")))
    values["soft_credits"] = credits
    errors.raise_if_any()
    return values


@dataclass(frozen=True)
class ScheduleDraft:
    donor_id: int
    kind: str
    amount: str | Decimal
    rrule: str
    starts_on: str | date
    ends_on: str | date | None = None
    pledged_total: str | Decimal | None = None
    method: str = GiftMethod.DIRECT_DEBIT
    fund: str = ""
    appeal_code: str = ""


def validate_schedule(draft: ScheduleDraft) -> dict[str, Any]:
    errors = FieldErrors()
    values: dict[str, Any] = {"donor_id": draft.donor_id}
    if draft.kind not in set(ScheduleKind):
        errors.add(ValidationError("kind", N_("Choose a recurring gift or a pledge.")))
    values["kind"] = draft.kind
    values["amount"] = errors.check(parse_money, draft.amount, "amount")
    values["rrule"] = errors.check(check_rrule, draft.rrule, "rrule")
    values["starts_on"] = errors.check(parse_date, draft.starts_on, "starts_on")
    values["ends_on"] = errors.check(parse_optional_date, draft.ends_on, "ends_on")
    if values["ends_on"] and values["starts_on"] and values["ends_on"] < values["starts_on"]:
        errors.add(ValidationError("ends_on", N_("The schedule ends before it starts.")))
    values["pledged_total"] = errors.check(parse_optional_money, draft.pledged_total, "pledged_total")
    if draft.kind == ScheduleKind.PLEDGE and values["pledged_total"] is None and "pledged_total" not in {
            e.field for e in errors.errors}:
        errors.add(ValidationError("pledged_total", N_("Enter the total the donor pledged.")))
    if draft.kind == ScheduleKind.RECURRING:
        values["pledged_total"] = None
    if draft.method not in GIFT_METHODS:
        errors.add(ValidationError("method", N_("Choose how the instalments are paid.")))
    values["method"] = draft.method
    values["fund"] = errors.check(clean_text, draft.fund, "fund", max_chars=120) or ""
    values["appeal_code"] = (errors.check(clean_text, draft.appeal_code, "appeal_code", max_chars=40) or "").upper()
    errors.raise_if_any()
    return values


@dataclass(frozen=True)
class BatchLine:
    """One row of the batch-entry grid, as typed."""

    donor_id: int | None
    amount: str
    method: str = GiftMethod.CHEQUE
    appeal_code: str = ""
    fund: str = ""
    reference: str = ""


class BatchRowError(ValidationError):
    """A batch row that cannot be saved; ``row`` is 1-based, as the grid numbers them."""

    def __init__(self, row: int, error: ValidationError) -> None:
        self.row = row
        self.inner = error
        super().__init__(error.field, N_("Row {row}: {problem}"), row=row, problem=error.text())


# --- records ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SoftCreditRecord:
    donor_id: int
    donor_name: str
    amount: Decimal
    note: str


@dataclass(frozen=True)
class GiftRecord:
    id: int
    donor_id: int
    donor_name: str
    amount: Decimal
    currency: str
    gift_date: date
    method: str
    fund: str
    appeal_code: str
    in_kind_description: str
    advantage_description: str
    advantage_value: Decimal
    eligible_amount: Decimal
    reference: str
    note: str
    thanked_on: date | None
    schedule_id: int | None
    replaces_gift_id: int | None
    batch_label: str
    voided: bool
    void_reason: str
    receipt_number: str | None
    soft_credits: tuple[SoftCreditRecord, ...] = ()
    version: int = 1

    @property
    def days_to_thank(self) -> int | None:
        return days_to_thank(self.gift_date, self.thanked_on)


@dataclass(frozen=True)
class ScheduleRecord:
    id: int
    donor_id: int
    donor_name: str
    kind: str
    amount: Decimal
    currency: str
    rrule: str
    starts_on: date
    ends_on: date | None
    pledged_total: Decimal | None
    method: str
    fund: str
    appeal_code: str
    status: str
    standing: ScheduleStanding
    version: int


@dataclass(frozen=True)
class BatchResult:
    gift_ids: tuple[int, ...]
    count: int
    total: Decimal
    label: str


@dataclass(frozen=True)
class AppealResponse:
    appeal_code: str
    gifts: int
    donors: int
    total: Decimal
    average: Decimal
    first_gift_on: date | None
    last_gift_on: date | None


@dataclass(frozen=True)
class PeriodTotal:
    """Giving in one calendar or fiscal year: ``label`` is "2026" or "2026–27"."""

    label: str
    start: date
    end: date  # exclusive
    gifts: int
    total: Decimal
    eligible_total: Decimal


@dataclass(frozen=True)
class ReceiptRecord:
    id: int
    number: str
    donor_id: int
    donor_name: str
    kind: str
    tax_year: int | None
    style: str
    issued_on: date
    currency: str
    total: Decimal
    eligible_total: Decimal
    gift_ids: tuple[int, ...]
    voided: bool
    void_reason: str
    replaces_number: str | None
    replaced_by_number: str | None
    version: int

