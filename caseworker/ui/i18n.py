"""Translation in the UI, including the messages the Qt-free layers marked with ``N_``."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from caseworker.domain.channels import CHANNEL_LABELS, Channel, capitalised
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.i18n import TRANSLATION_CONTEXT
from caseworker.domain.money import CENT, SYMBOLS
from caseworker.domain.money import format_money as format_money_plain


def tr(text: str, context: str = "Caseworker") -> str:
    return QCoreApplication.translate(context, text)


def tr_domain(template: str, **params: Any) -> str:
    """Translate a message from the domain or services, then fill in its values.

    Values that are themselves marked labels ("phone calls", "Saturday") are translated too; any
    other text (a name, a date) has no entry in the catalogue and comes back as it was."""
    translated = QCoreApplication.translate(TRANSLATION_CONTEXT, template)
    values = {key: QCoreApplication.translate(TRANSLATION_CONTEXT, value) if isinstance(value, str) and value else value
              for key, value in params.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return translated


def channel_label(channel: Channel | str) -> str:
    """A channel's one label, translated, as it reads inside a sentence ("by text message")."""
    return tr_domain(CHANNEL_LABELS[Channel(channel)])


def channel_title(channel: Channel | str) -> str:
    """A channel's label as a choice or a line starts with it ("Text message")."""
    return capitalised(channel_label(channel))


def format_money(amount: Decimal | None, currency: str = "USD") -> str:
    """An amount as the chosen language writes money: "$1,234.50", "1.234,50 €", "١٬٢٣٤٫٥٠ £".

    Exact: the Decimal is rounded and grouped as text; only the separators, digits and where
    the symbol goes are taken from the locale (Qt formats money only from floats)."""
    if amount is None:
        return ""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return format_money_plain(amount, currency)
    rounded = amount.quantize(CENT, rounding=ROUND_HALF_EVEN)
    zero = ord(locale.zeroDigit()[:1] or "0")
    table = {ord(str(d)): chr(zero + d) for d in range(10)}
    table |= {ord(","): locale.groupSeparator(), ord("."): locale.decimalPoint()}
    number = f"{abs(rounded):,.2f}".translate(table)
    symbol = SYMBOLS.get(currency, currency).strip()
    # The probe's 1.00 is never shown: it only tells where this locale puts the symbol.
    pattern = locale.toCurrencyString(1.0, "\u00a4")
    one = locale.toString(1.0, "f", 2)
    if one in pattern:
        text = pattern.replace(one, "\0").replace("\u00a4", symbol).replace("\0", number)
    else:
        text = f"{number}\u00a0{symbol}"
    return (locale.negativeSign() if rounded < 0 else "") + text


def amount_text(text: str) -> str:
    """An amount typed the chosen language's way, written the way the services read it.

    "1.234,50" and "12,5" in Spanish become "1234.50" and "12.5"; a point alone stays a decimal
    point (the hints show "12.50"), so "1,250" can never silently become 1250 where a comma is the
    decimal mark. Locale digits (Arabic-Indic) become ASCII. Anything else is left for the
    service to refuse with its own message."""
    locale = QLocale()
    zero = ord(locale.zeroDigit()[:1] or "0")
    text = text.translate({zero + d: str(d) for d in range(10)} if zero != ord("0") else {})
    point, group = locale.decimalPoint(), locale.groupSeparator()
    if point == "." or point not in text:
        return text
    whole, _, fraction = text.rpartition(point)
    if group and group in whole:
        parts = whole.lstrip("+-").split(group)
        if len(parts[0]) > 3 or any(len(part) != 3 for part in parts[1:]):
            return text
        whole = whole.replace(group, "")
    return f"{whole}.{fraction}"


_QT_FORMAT = {"%a": "ddd", "%A": "dddd", "%d": "dd", "%b": "MMM", "%B": "MMMM", "%Y": "yyyy", "%m": "MM",
              "%H": "HH", "%M": "mm", "%S": "ss"}


def local_strftime(value: date | datetime, pattern: str) -> str:
    """``value.strftime(pattern)`` with the day and month names of the chosen language.

    Python's own names follow the process's C locale (always English); Qt's follow the window's."""
    qt_pattern = re.sub(r"%[aAdbBYmHMS]", lambda m: _QT_FORMAT[m.group()], pattern)
    day = QDate(value.year, value.month, value.day)
    if isinstance(value, datetime):
        return QLocale().toString(QDateTime(day, QTime(value.hour, value.minute, value.second)), qt_pattern)
    return QLocale().toString(day, qt_pattern)


def format_instant(value: datetime | None, zone: ZoneInfo) -> str:
    """An instant as people read it in ``zone``, the weekday written out: "Monday 16 Mar 2026, 09:00"."""
    if value is None:
        return "—"
    local = value.astimezone(zone)
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, "dddd d MMM yyyy, HH:mm")


def zone_caption(zone: ZoneInfo) -> str:
    """A zone as people name it: "Los Angeles" for America/Los_Angeles, "UTC" for UTC."""
    return zone.key.rsplit("/", 1)[-1].replace("_", " ")


def format_day(day: date) -> str:
    """A date with its weekday written out: "Saturday 14 Mar"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMM")


def error_text(error: CaseworkerError) -> str:
    return tr_domain(error.message, **error.params)
