"""Translation in the UI, including the messages the Qt-free layers marked with ``N_``."""

from __future__ import annotations

from typing import Any

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from caseworker.domain.errors import CaseworkerError
from caseworker.domain.i18n import TRANSLATION_CONTEXT


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
