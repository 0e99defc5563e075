"""Column types that behave the same on SQLite and PostgreSQL.

SQLite has no time zones and stores ``Numeric`` as a float; PostgreSQL has both. These types
store what both can keep exactly (UTC instants, integer minor units) and always hand back the same
Python values (aware datetimes, ``Decimal``), so no caller needs to know which engine it is on.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator

MINOR_UNITS = 2
_QUANTUM = Decimal(1).scaleb(-MINOR_UNITS)


class UTCDateTime(TypeDecorator[datetime]):
    """An instant: stored in UTC, always returned time-zone aware (UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(DateTime(timezone=False))
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime given where an instant is stored; attach a time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Money(TypeDecorator[Decimal]):
    """An amount in the currency's minor units (cents), stored as an exact integer."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"money must be a Decimal, not {type(value).__name__}")
        if not value.is_finite():
            raise ValueError("money must be a finite amount")
        quantised = value.quantize(_QUANTUM)
        if quantised != value:
            raise ValueError(f"{value} has more than {MINOR_UNITS} decimal places")
        return int(quantised.scaleb(MINOR_UNITS))

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-MINOR_UNITS).quantize(_QUANTUM)


class CurrencyCode(TypeDecorator[str]):
    """An ISO 4217 code, upper case."""

    impl = String(3)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else value.upper()
