"""The organisation's own settings: letterheads, time zone, money, the fiscal year, donor segments."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from caseworker.domain.clients import phone_region
from caseworker.domain.donors import DEFAULT_SEGMENTS, SegmentRule
from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.i18n import N_

MAX_LOGO_BYTES = 2_000_000
# A letterhead logo is a PNG or a JPEG: the only pictures the PDF reports draw without a converter.
LOGO_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")

CURRENCIES = ("USD", "CAD", "GBP", "EUR", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "ZAR", "INR")


class ReceiptStyle(StrEnum):
    US = "US"
    CA = "CA"
    UK = "UK"


@dataclass(frozen=True)
class Country:
    """A country a new office can choose, with the settings it suggests."""

    code: str  # ISO 3166-1 alpha-2
    name: str  # marked with N_, translated when shown
    currency: str
    timezone: str
    receipt_style: ReceiptStyle = ReceiptStyle.US


COUNTRIES: tuple[Country, ...] = (
    Country("AU", N_("Australia"), "AUD", "Australia/Sydney"),
    Country("AT", N_("Austria"), "EUR", "Europe/Vienna"),
    Country("BE", N_("Belgium"), "EUR", "Europe/Brussels"),
    Country("CA", N_("Canada"), "CAD", "America/Toronto", ReceiptStyle.CA),
    Country("DK", N_("Denmark"), "DKK", "Europe/Copenhagen"),
    Country("FI", N_("Finland"), "EUR", "Europe/Helsinki"),
    Country("FR", N_("France"), "EUR", "Europe/Paris"),
    Country("DE", N_("Germany"), "EUR", "Europe/Berlin"),
    Country("IN", N_("India"), "INR", "Asia/Kolkata"),
    Country("IE", N_("Ireland"), "EUR", "Europe/Dublin"),
    Country("IT", N_("Italy"), "EUR", "Europe/Rome"),
    Country("NL", N_("Netherlands"), "EUR", "Europe/Amsterdam"),
    Country("NZ", N_("New Zealand"), "NZD", "Pacific/Auckland"),
    Country("NO", N_("Norway"), "NOK", "Europe/Oslo"),
    Country("PT", N_("Portugal"), "EUR", "Europe/Lisbon"),
    Country("ZA", N_("South Africa"), "ZAR", "Africa/Johannesburg"),
    Country("ES", N_("Spain"), "EUR", "Europe/Madrid"),
    Country("SE", N_("Sweden"), "SEK", "Europe/Stockholm"),
    Country("CH", N_("Switzerland"), "CHF", "Europe/Zurich"),
    Country("GB", N_("United Kingdom"), "GBP", "Europe/London", ReceiptStyle.UK),
    Country("US", N_("United States"), "USD", "America/New_York"),
)
COUNTRY_CODES = frozenset(c.code for c in COUNTRIES)


def country(code: str) -> Country | None:
    return next((c for c in COUNTRIES if c.code == code), None)


@dataclass(frozen=True)
class CountryRules:
    """What the organisation's country decides on its paperwork, and the defaults it suggests."""

    name: str
    #: How the registration number is introduced on letterheads and receipts.
    registration_label: str
    currency: str
    receipt_style: ReceiptStyle
    #: "a4" or "letter".
    paper: str
    #: "dmy" (25 Nov 2026) or "mdy" (Nov 25, 2026).
    dates: str


#: The countries whose charity paperwork Caseworker knows; another country's office prints the US style.
PAPERWORK_RULES: dict[str, CountryRules] = {
    "GB": CountryRules(N_("United Kingdom"), N_("Registered charity No."), "GBP", ReceiptStyle.UK, "a4", "dmy"),
    "CA": CountryRules(N_("Canada"), N_("BN/Registration No."), "CAD", ReceiptStyle.CA, "letter", "dmy"),
    "US": CountryRules(N_("United States"), N_("EIN"), "USD", ReceiptStyle.US, "letter", "mdy"),
}


@dataclass(frozen=True)
class OrgSettings:
    name: str = "Our organisation"
    address: tuple[str, ...] = ()
    registration_number: str = ""
    logo_png: bytes | None = field(default=None, repr=False)
    timezone: str = "UTC"
    currency: str = "USD"
    fiscal_year_start_month: int = 1
    receipt_style: ReceiptStyle = ReceiptStyle.US
    receipt_place_of_issue: str = ""
    receipt_signatory: str = ""
    #: The signatory's signature as a PNG or JPEG, printed on receipts that need one (Canada).
    receipt_signature_png: bytes | None = field(default=None, repr=False)
    holidays: tuple[date, ...] = ()
    segments: SegmentRule = DEFAULT_SEGMENTS
    #: ISO 3166-1 alpha-2, or "" when not given (organisations set up before it was asked); for
    #: GB, CA and US it also decides the paperwork (registration label, paper size, dates).
    country: str = ""

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def fiscal_year_of(self, day: date) -> tuple[date, date]:
        """The fiscal year containing *day*, as [start, end) dates."""
        start_year = day.year if day.month >= self.fiscal_year_start_month else day.year - 1
        start = date(start_year, self.fiscal_year_start_month, 1)
        return start, date(start_year + 1, self.fiscal_year_start_month, 1)

    @property
    def phone_region(self) -> str | None:
        """The region bare national phone numbers are read and shown in (see ``clients.phone_region``)."""
        return phone_region(self.country, self.currency)

    @property
    def country_rules(self) -> CountryRules | None:
        return PAPERWORK_RULES.get(self.country)

    @property
    def gift_aid_applies(self) -> bool:
        """Gift Aid is a UK relief: only a UK organisation records declarations and claims it (one
        set up before the country was asked counts as British by its UK receipt style)."""
        return self.country == "GB" or (not self.country and self.receipt_style is ReceiptStyle.UK)

    def with_changes(self, **changes: Any) -> OrgSettings:
        return replace(self, **changes)


def logo_problems(data: bytes) -> list[ValidationError]:
    """Why *data* cannot be the letterhead's logo (an empty list when it can)."""
    if len(data) > MAX_LOGO_BYTES:
        return [ValidationError("logo", N_("The logo file is larger than 2 MB."))]
    if not data.startswith(LOGO_SIGNATURES):
        return [ValidationError("logo", N_("The logo must be a PNG or JPEG picture."))]
    return []


def new_office(name: str, country_code: str, currency: str) -> OrgSettings:
    """A new organisation's settings from the three things its first start asks.

    The country suggests the time zone and the receipt style (both can be changed in Settings);
    the currency is the one chosen, which the country only pre-selects.
    """
    chosen = country(country_code)
    base = OrgSettings(name=name, country=country_code, currency=currency)
    if chosen is None:
        return base
    return replace(base, timezone=chosen.timezone, receipt_style=chosen.receipt_style)


def validate_org_settings(s: OrgSettings) -> OrgSettings:
    errors: list[ValidationError] = []
    name = s.name.strip()
    if not name:
        errors.append(ValidationError("name", N_("Enter the organisation's name.")))
    elif len(name) > 200:
        errors.append(ValidationError("name", N_("The name can have at most {n} characters."), n=200))
    try:
        ZoneInfo(s.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        errors.append(ValidationError("timezone", N_("'{zone}' is not a known time zone."), zone=s.timezone))
    if s.country and s.country not in COUNTRY_CODES:
        errors.append(ValidationError("country", N_("Choose a country from the list.")))
    if s.currency not in CURRENCIES:
        errors.append(ValidationError("currency", N_("Choose a currency from the list.")))
    if not 1 <= s.fiscal_year_start_month <= 12:
        errors.append(ValidationError("fiscal_year_start_month", N_("Choose a month from 1 to 12.")))
    if s.logo_png is not None:
        errors.extend(logo_problems(s.logo_png))
    if s.receipt_signature_png is not None:
        errors.extend(ValidationError("receipt_signature_png", e.message, **e.params)
                      for e in logo_problems(s.receipt_signature_png))

    segments = s.segments
    try:
        segments = s.segments.validated()
    except ValidationError as exc:
        errors.append(exc)
    except ValidationErrors as exc:
        errors.extend(exc.errors)
    if errors:
        raise ValidationErrors(errors)
    address = tuple(line.strip() for line in s.address if line.strip())
    return replace(s, name=name, address=address, segments=segments)
