"""The current instant, in one place (tests and the demo can reason about "now" through it)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo


def utcnow() -> datetime:
    """The current instant as an aware UTC datetime."""
    return datetime.now(UTC)


def today_in(zone: ZoneInfo) -> date:
    """Today's date where the organisation (or a donor) is, not where the laptop's clock is set."""
    return utcnow().astimezone(zone).date()
