"""Donors as the rest of the app sees them: records, segments, cadence and guard preferences.

Segments are derived from the giving summary kept on each donor unless a fundraiser set one by hand:

* no gifts yet, or a first gift within the last year (and not major) -> ``new``;
* a last gift more than eighteen months ago -> ``lapsed``;
* a single gift of 1,000 or more, or 5,000 in all -> ``major``;
* otherwise ``regular``.

Those figures are :class:`SegmentRule`'s defaults; an organisation sets its own in its settings
(a small charity's major donor gives less than a large one's).

The stewardship cadence (how often someone should be in touch) defaults by segment and can be set
per donor. :func:`preferences_for_guard` turns a donor (a :class:`DonorRecord`, or anything with
the same attribute names, such as the stored row) into the contact guard's ``DonorPreferences``.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from caseworker.domain.channels import TOUCHPOINT_CHANNELS
from caseworker.domain.errors import ValidationError
from caseworker.domain.guard import DonorPreferences, QuietPeriod
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import FieldErrors, clean_text, name_key, parse_money, parse_optional_date

ZERO: Final = Decimal("0.00")
MAX_LIMIT: Final = 3650


class DonorKind(enum.StrEnum):
    INDIVIDUAL = "individual"
    ORGANISATION = "organisation"


class Segment(enum.StrEnum):
    MAJOR = "major"
    REGULAR = "regular"
    NEW = "new"
    LAPSED = "lapsed"


SEGMENT_LABELS: Final[Mapping[Segment, str]] = MappingProxyType({
    Segment.MAJOR: N_("Major"),
    Segment.REGULAR: N_("Regular"),
    Segment.NEW: N_("New"),
    Segment.LAPSED: N_("Lapsed"),
})

# Checked once per donor, so built once (an import checks hundreds of thousands).
DONOR_KINDS: Final = frozenset(DonorKind)
KIND_LABELS: Final[Mapping[DonorKind, str]] = MappingProxyType({
    DonorKind.INDIVIDUAL: N_("Individual"),
    DonorKind.ORGANISATION: N_("Organisation"),
})

#: Days between stewardship contacts when the donor has no cadence of their own.
CADENCE_DEFAULTS: Final[Mapping[Segment, int]] = MappingProxyType({
    Segment.MAJOR: 30,
    Segment.REGULAR: 180,
    Segment.NEW: 180,
    Segment.LAPSED: 180,
})


@dataclass(frozen=True)
class GivingSummary:
    """Non-void gifts of one donor, as kept on the donor row."""

    first_gift_on: date | None = None
    last_gift_on: date | None = None
    gift_count: int = 0
    lifetime_total: Decimal = ZERO
    largest_gift: Decimal = ZERO


@dataclass(frozen=True)
class SegmentRule:
    """Where the derived segments begin: the organisation's own figures (in its currency)."""

    major_gift: Decimal = Decimal("1000.00")  # one gift of this much or more makes a major donor
    major_lifetime: Decimal = Decimal("5000.00")  # ... and so does this much given in all
    new_within_days: int = 365  # a first gift this recent: still new
    lapsed_after_days: int = 548  # eighteen months without a gift: lapsed

    def boundaries(self, today: date) -> tuple[date, date]:
        """(lapsed_before, new_since): a last gift before the first date is lapsed; a first gift
        on or after the second is new. Lets the same rule run as SQL over the summary columns."""
        return today - timedelta(days=self.lapsed_after_days), today - timedelta(days=self.new_within_days)

    def validated(self) -> SegmentRule:
        """The rule with its amounts exact to the cent; every problem beside its field."""
        errors = FieldErrors()
        major_gift = errors.check(parse_money, self.major_gift, "major_gift")
        major_lifetime = errors.check(parse_money, self.major_lifetime, "major_lifetime")
        for name in ("new_within_days", "lapsed_after_days"):
            days = getattr(self, name)
            if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_LIMIT:
                errors.add(ValidationError(name, N_("Enter a number of days from 1 to {max}."), max=MAX_LIMIT))
        errors.raise_if_any()
        assert major_gift is not None and major_lifetime is not None
        return replace(self, major_gift=major_gift, major_lifetime=major_lifetime)


DEFAULT_SEGMENTS: Final = SegmentRule()


def derive_segment(giving: GivingSummary, today: date, override: str | None = None,
                   rule: SegmentRule = DEFAULT_SEGMENTS) -> Segment:
    if override:
        return Segment(override)
    if giving.last_gift_on is None or giving.first_gift_on is None:
        return Segment.NEW
    if (today - giving.last_gift_on).days > rule.lapsed_after_days:
        return Segment.LAPSED
    if giving.largest_gift >= rule.major_gift or giving.lifetime_total >= rule.major_lifetime:
        return Segment.MAJOR
    if (today - giving.first_gift_on).days <= rule.new_within_days:
        return Segment.NEW
    return Segment.REGULAR


def cadence_for(segment: Segment, cadence_days: int | None = None) -> int:
    return cadence_days if cadence_days else CADENCE_DEFAULTS[segment]


# --- names --------------------------------------------------------------------------------------

def display_name(kind: str, first_name: str, last_name: str, organisation_name: str) -> str:
    if kind == DonorKind.ORGANISATION:
        return organisation_name
    return " ".join(p for p in (first_name, last_name) if p)


def sort_name_for(kind: str, first_name: str, last_name: str, organisation_name: str) -> str:
    if kind == DonorKind.ORGANISATION:
        return organisation_name
    if last_name and first_name:
        return f"{last_name}, {first_name}"
    return last_name or first_name


def search_name_for(*parts: str) -> str:
    """The stored search key: :func:`name_key` of every name part, punctuation as spaces, so
    "O'Brien" is found by "obrien" and by "brien"; words are prefixed by a space for word-start
    matching with ``LIKE '% term%'``."""
    words = _WORD_SPLIT.split(name_key(" ".join(parts)).replace("'", "").replace("\u2019", ""))
    return " " + " ".join(w for w in words if w)


def search_terms(text: str) -> list[str]:
    """The words of a quick-search text, in the stored key's form."""
    return [w for w in search_name_for(text).split(" ") if w]


_WORD_SPLIT: Final = re.compile(r"[^\w]+")


def address_lines(line1: str, line2: str, city: str, region: str, postcode: str, country: str) -> tuple[str, ...]:
    """An address as printed: "York, North Yorkshire YO12 4AB" on the town's line."""
    place = ", ".join(p for p in (city, region) if p)
    town = " ".join(p for p in (place, postcode) if p)
    return tuple(p for p in (line1, line2, town, country) if p)


# --- records ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class QuietPeriodRecord:
    id: int
    starts_on: date
    ends_on: date
    reason: str


@dataclass(frozen=True)
class DonorRecord:
    """One donor in full, as the detail view and the guard read it."""

    id: int
    kind: str
    first_name: str
    last_name: str
    organisation_name: str
    name: str
    sort_name: str
    salutation: str
    email: str
    phone: str
    address_line1: str
    address_line2: str
    city: str
    region: str
    postcode: str
    country: str
    timezone: str
    do_not_contact: bool
    deceased: bool
    deceased_on: date | None
    opted_out_channels: tuple[str, ...]
    preferred_channels: tuple[str, ...]
    quiet_periods: tuple[QuietPeriodRecord, ...]
    window_days: int | None
    max_in_window: int | None
    min_gap_days: int | None
    cadence_days: int | None
    segment_override: str | None
    segment: Segment
    cadence: int
    relationship_manager_id: int | None
    relationship_manager: str
    marketing_consent: bool
    marketing_consent_source: str
    marketing_consent_on: date | None
    gift_aid_declared_on: date | None
    household_id: int | None
    household_name: str
    notes: str
    giving: GivingSummary
    version: int
    updated_at: datetime | None = None

    @property
    def address_lines(self) -> tuple[str, ...]:
        return address_lines(self.address_line1, self.address_line2, self.city, self.region, self.postcode,
                             self.country)

    @property
    def contactable(self) -> bool:
        return not (self.do_not_contact or self.deceased)


@dataclass(frozen=True)
class DonorRow:
    """One line of the donor list."""

    id: int
    name: str
    kind: str
    segment: Segment
    city: str
    email: str
    last_gift_on: date | None
    lifetime_total: Decimal
    household_name: str
    do_not_contact: bool
    deceased: bool


@dataclass(frozen=True)
class DonorDraft:
    """What the donor form submits; strings as typed, checked by :func:`validate_donor`."""

    kind: str = DonorKind.INDIVIDUAL
    first_name: str = ""
    last_name: str = ""
    organisation_name: str = ""
    salutation: str = ""
    email: str = ""
    phone: str = ""
    address_line1: str = ""
    address_line2: str = ""
    city: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""
    timezone: str = ""
    relationship_manager_id: int | None = None
    household_id: int | None = None
    segment_override: str | None = None
    cadence_days: int | str | None = None
    marketing_consent: bool = False
    marketing_consent_source: str = ""
    marketing_consent_on: date | str | None = None
    gift_aid_declared_on: date | str | None = None
    deceased: bool = False
    deceased_on: date | str | None = None
    notes: str = ""


@dataclass(frozen=True)
class PreferencesDraft:
    """The communication preferences form."""

    do_not_contact: bool = False
    opted_out_channels: tuple[str, ...] = ()
    preferred_channels: tuple[str, ...] = ()
    timezone: str = ""
    window_days: int | str | None = None
    max_in_window: int | str | None = None
    min_gap_days: int | str | None = None


@dataclass(frozen=True)
class QuietPeriodDraft:
    starts_on: date | str
    ends_on: date | str
    reason: str = ""


_EMAIL_RE: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

DONOR_TEXT_LIMITS: Final[Mapping[str, int]] = MappingProxyType({
    "first_name": 120, "last_name": 120, "organisation_name": 200, "salutation": 120,
    "email": 254, "phone": 40, "address_line1": 200, "address_line2": 200, "city": 120,
    "region": 120, "postcode": 20, "country": 80, "marketing_consent_source": 200,
})


def validate_donor(draft: DonorDraft, today: date) -> dict[str, Any]:
    """The draft as the values to store, or every field error at once (nothing is written)."""
    errors = FieldErrors()
    values: dict[str, Any] = {}
    kind = draft.kind if draft.kind in DONOR_KINDS else None
    if kind is None:
        errors.add(ValidationError("kind", N_("Choose individual or organisation.")))
    values["kind"] = kind or DonorKind.INDIVIDUAL
    for name, limit in DONOR_TEXT_LIMITS.items():
        values[name] = errors.check(clean_text, getattr(draft, name), name, max_chars=limit) or ""
    values["notes"] = errors.check(clean_text, draft.notes, "notes", max_chars=20_000, multiline=True) or ""
    if values["kind"] == DonorKind.ORGANISATION:
        if not values["organisation_name"]:
            errors.add(ValidationError("organisation_name", N_("Enter the organisation's name.")))
    elif not (values["first_name"] or values["last_name"]):
        errors.add(ValidationError("last_name", N_("Enter the donor's first or last name.")))
    if values["email"] and not _EMAIL_RE.match(values["email"]):
        errors.add(ValidationError("email", N_("'{text}' is not an email address."), text=values["email"]))
    values["email"] = values["email"].lower()
    values["timezone"] = errors.check(check_timezone, draft.timezone, "timezone") or ""
    if draft.segment_override and draft.segment_override not in set(Segment):
        errors.add(ValidationError("segment_override", N_("Choose a segment from the list.")))
    values["segment_override"] = draft.segment_override or None
    values["cadence_days"] = errors.check(parse_limit, draft.cadence_days, "cadence_days", minimum=1)
    values["marketing_consent"] = bool(draft.marketing_consent)
    values["marketing_consent_on"] = errors.check(
        parse_optional_date, draft.marketing_consent_on, "marketing_consent_on", not_future=True, today=today)
    values["gift_aid_declared_on"] = errors.check(
        parse_optional_date, draft.gift_aid_declared_on, "gift_aid_declared_on", not_future=True, today=today)
    values["deceased"] = bool(draft.deceased)
    values["deceased_on"] = errors.check(
        parse_optional_date, draft.deceased_on, "deceased_on", not_future=True, today=today)
    if values["deceased_on"] is not None:
        values["deceased"] = True
    if values["marketing_consent"] and not values["marketing_consent_source"]:
        errors.add(ValidationError("marketing_consent_source",
                                   N_("Say where the consent was given (a form, a call, the website).")))
    values["relationship_manager_id"] = draft.relationship_manager_id
    values["household_id"] = draft.household_id
    errors.raise_if_any()
    values["sort_name"] = sort_name_for(values["kind"], values["first_name"], values["last_name"],
                                        values["organisation_name"])
    values["search_name"] = search_name_for(values["first_name"], values["last_name"],
                                            values["organisation_name"])
    return values


def validate_preferences(draft: PreferencesDraft) -> dict[str, Any]:
    errors = FieldErrors()
    values: dict[str, Any] = {"do_not_contact": bool(draft.do_not_contact)}
    values["opted_out_channels"] = errors.check(check_channels, draft.opted_out_channels, "opted_out_channels")
    values["preferred_channels"] = errors.check(check_channels, draft.preferred_channels, "preferred_channels")
    if values["opted_out_channels"] and values["preferred_channels"]:
        both = set(values["opted_out_channels"]) & set(values["preferred_channels"])
        if both:
            errors.add(ValidationError("preferred_channels",
                                       N_("A channel cannot be both preferred and opted out: {channels}."),
                                       channels=", ".join(sorted(both))))
    values["timezone"] = errors.check(check_timezone, draft.timezone, "timezone") or ""
    values["window_days"] = errors.check(parse_limit, draft.window_days, "window_days", minimum=1)
    values["max_in_window"] = errors.check(parse_limit, draft.max_in_window, "max_in_window", minimum=0)
    values["min_gap_days"] = errors.check(parse_limit, draft.min_gap_days, "min_gap_days", minimum=0)
    errors.raise_if_any()
    return values


def validate_quiet_period(draft: QuietPeriodDraft) -> tuple[date, date, str]:
    from caseworker.domain.inputs import parse_date

    errors = FieldErrors()
    start = errors.check(parse_date, draft.starts_on, "starts_on")
    end = errors.check(parse_date, draft.ends_on, "ends_on")
    reason = errors.check(clean_text, draft.reason, "reason", max_chars=500) or ""
    if start is not None and end is not None and end < start:
        errors.add(ValidationError("ends_on", N_("The pause ends ({end}) before it starts ({start})."),
                                   start=start.isoformat(), end=end.isoformat()))
    errors.raise_if_any()
    assert start is not None and end is not None
    return start, end, reason


def check_timezone(text: str | None, field: str) -> str:
    zone = (text or "").strip()
    if not zone:
        return ""
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(field, N_("'{zone}' is not a known time zone."), zone=zone) from None
    return zone


def check_channels(names: Iterable[str], field: str) -> list[str]:
    known = {c.value for c in TOUCHPOINT_CHANNELS}
    chosen = list(dict.fromkeys(n.strip().lower() for n in names if n.strip()))
    unknown = [n for n in chosen if n not in known]
    if unknown:
        raise ValidationError(field, N_("'{channel}' is not a channel."), channel=unknown[0])
    return [c.value for c in TOUCHPOINT_CHANNELS if c.value in chosen]


def parse_limit(value: int | str | None, field: str, *, minimum: int) -> int | None:
    """An optional whole number of days or contacts; empty means "the organisation's"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(field, N_("Enter a whole number."))
    try:
        number = int(value.strip()) if isinstance(value, str) else int(value)
    except ValueError:
        raise ValidationError(field, N_("Enter a whole number.")) from None
    if number < minimum:
        raise ValidationError(field, N_("Enter a number of at least {minimum}."), minimum=minimum)
    if number > MAX_LIMIT:
        raise ValidationError(field, N_("Enter a number of at most {maximum}."), maximum=MAX_LIMIT)
    return number


# --- the guard's view of a donor ----------------------------------------------------------------

class _QuietPeriodLike(Protocol):
    starts_on: date
    ends_on: date
    reason: str


class DonorLike(Protocol):
    """What :func:`preferences_for_guard` reads: a DonorRecord or the stored donor row."""

    # Read-only, so that frozen records satisfy it as well as the stored row.
    @property
    def timezone(self) -> str: ...
    @property
    def do_not_contact(self) -> bool: ...
    @property
    def deceased(self) -> bool: ...
    @property
    def window_days(self) -> int | None: ...
    @property
    def max_in_window(self) -> int | None: ...
    @property
    def min_gap_days(self) -> int | None: ...
    @property
    def opted_out_channels(self) -> Iterable[str]: ...
    @property
    def preferred_channels(self) -> Iterable[str]: ...
    @property
    def quiet_periods(self) -> Iterable[_QuietPeriodLike]: ...


def preferences_for_guard(donor: DonorLike) -> DonorPreferences:
    """The donor's wishes as the contact guard reads them.

    A deceased donor is never contacted (do-not-contact); an unknown stored zone or channel name
    is left out rather than failing the whole check (the organisation's zone then applies).
    """
    zone: ZoneInfo | None = None
    if donor.timezone:
        try:
            zone = ZoneInfo(donor.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = None
    known = {c.value: c for c in TOUCHPOINT_CHANNELS}
    return DonorPreferences(
        timezone=zone,
        do_not_contact=bool(donor.do_not_contact or donor.deceased),
        opted_out_channels=frozenset(known[c] for c in donor.opted_out_channels or () if c in known),
        preferred_channels=tuple(known[c] for c in donor.preferred_channels or () if c in known),
        quiet_periods=tuple(
            QuietPeriod(p.starts_on, p.ends_on, p.reason)
            for p in donor.quiet_periods if p.ends_on >= p.starts_on
        ),
        window_days=donor.window_days,
        max_in_window=donor.max_in_window,
        min_gap_days=donor.min_gap_days,
    )

