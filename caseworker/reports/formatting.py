"""Money, dates and times written the same way on every document (no ReportLab here)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from caseworker.domain.documents import DateStyle, MoneyFormat
from caseworker.domain.i18n import N_

Translate = Callable[[str], str]

_DEFAULT_MONEY = MoneyFormat()

# ISO 4217 currencies whose minor unit is not the cent.
_MINOR_UNITS: dict[str, int] = {
    "BHD": 3, "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "IQD": 3, "JOD": 3, "JPY": 0,
    "KMF": 0, "KRW": 0, "KWD": 3, "LYD": 3, "OMR": 3, "PYG": 0, "RWF": 0, "TND": 3, "UGX": 0,
    "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
}

_SYMBOLS: dict[str, str] = {
    "USD": "$", "CAD": "$", "AUD": "$", "NZD": "$", "GBP": "£", "EUR": "€", "JPY": "¥",
    "ILS": "₪", "INR": "₹", "NGN": "₦", "KES": "KSh", "ZAR": "R", "CHF": "CHF", "SEK": "kr",
    "NOK": "kr", "DKK": "kr", "PLN": "zł", "UAH": "₴", "TRY": "₺", "PHP": "₱", "KRW": "₩",
}

MONTHS_SHORT: tuple[str, ...] = (
    N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
    N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
)


def _identity(text: str) -> str:
    return text


def minor_units(currency: str) -> int:
    return _MINOR_UNITS.get(currency.upper(), 2)


def currency_symbol(currency: str, fmt: MoneyFormat = _DEFAULT_MONEY) -> str:
    if fmt.symbol is not None:
        return fmt.symbol
    return _SYMBOLS.get(currency.upper(), currency.upper())


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


def format_number(value: Decimal, places: int, fmt: MoneyFormat = _DEFAULT_MONEY) -> str:
    """A Decimal rounded half-up to *places*, with the format's separators (no symbol)."""
    if not isinstance(value, Decimal):
        # A float here would already have lost the exact amount.
        raise TypeError(f"expected Decimal, got {type(value).__name__}")
    quantum = Decimal(1).scaleb(-places)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    text = _group(whole, fmt.group_separator)
    if places:
        text += fmt.decimal_separator + fraction.ljust(places, "0")
    return sign + text


def format_money(amount: Decimal, currency: str, fmt: MoneyFormat = _DEFAULT_MONEY) -> str:
    """``format_money(Decimal("1234.5"), "USD")`` -> ``"$1,234.50"``; refuses floats."""
    number = format_number(amount, minor_units(currency), fmt)
    sign = ""
    if number.startswith("-"):
        sign, number = "-", number[1:]
    symbol = currency_symbol(currency, fmt)
    # Letter symbols read better with a space ("CHF 12.00"), sign symbols without ("$12.00").
    gap = " " if symbol[-1:].isalpha() or not fmt.symbol_first else ""
    if fmt.symbol_first:
        return f"{sign}{symbol}{gap}{number}"
    return f"{sign}{number}{gap}{symbol}"


def format_percent(ratio: Decimal | None, places: int = 0) -> str:
    """``Decimal("0.625")`` -> ``"63%"``; None -> an en dash."""
    if ratio is None:
        return "–"
    return format_number(ratio * 100, places) + "%"


def format_date(value: date, style: DateStyle, tr: Translate = _identity) -> str:
    if isinstance(value, datetime):
        raise TypeError("format_date takes a calendar date; use format_datetime for instants")
    if style is DateStyle.ISO:
        return value.isoformat()
    month = tr(MONTHS_SHORT[value.month - 1])
    if style is DateStyle.MONTH_DAY_YEAR:
        return f"{month} {value.day}, {value.year}"
    return f"{value.day} {month} {value.year}"


def format_month(value: date, tr: Translate = _identity) -> str:
    return f"{tr(MONTHS_SHORT[value.month - 1])} {value.year}"


def local(value: datetime, zone: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("reports take aware datetimes (stored in UTC, shown in a zone)")
    return value.astimezone(ZoneInfo(zone))


def format_time(value: datetime, zone: str, *, with_zone: bool = True) -> str:
    shown = local(value, zone)
    text = shown.strftime("%H:%M")
    return f"{text} {shown.tzname()}" if with_zone else text


def format_datetime(
    value: datetime, zone: str, style: DateStyle, tr: Translate = _identity, *, with_zone: bool = True
) -> str:
    shown = local(value, zone)
    return f"{format_date(shown.date(), style, tr)} {format_time(value, zone, with_zone=with_zone)}"
