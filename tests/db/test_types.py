"""Instants and money come back exactly as saved, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, insert, select
from sqlalchemy.exc import StatementError

from caseworker.db.database import Database
from caseworker.db.types import Money, UTCDateTime

metadata = MetaData()
probe = Table("type_probe", metadata, Column("id", Integer, primary_key=True),
              Column("at", UTCDateTime()), Column("amount", Money()))


@pytest.fixture
def probe_db(db: Database) -> Database:
    metadata.create_all(db.engine)
    return db


def roundtrip(db: Database, at: datetime | None, amount: Decimal | None) -> tuple[datetime, Decimal]:
    with db.engine.begin() as conn:
        rid = conn.execute(insert(probe).values(at=at, amount=amount).returning(probe.c.id)).scalar_one()
    with db.engine.connect() as conn:
        return conn.execute(select(probe.c.at, probe.c.amount).where(probe.c.id == rid)).one()


def test_an_instant_in_any_zone_comes_back_aware_and_equal(probe_db: Database) -> None:
    at = datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=-7)))
    back, _ = roundtrip(probe_db, at, Decimal("1.00"))
    assert back == at
    assert back.tzinfo is not None and back.utcoffset() == timedelta(0)


def test_a_naive_datetime_is_refused(probe_db: Database) -> None:
    with pytest.raises(Exception, match="naive"):
        roundtrip(probe_db, datetime(2026, 1, 1), Decimal("1"))


@pytest.mark.parametrize("amount", ["0.10", "12.30", "-5.01", "99999999999.99", "0.01"])
def test_money_is_exact(probe_db: Database, amount: str) -> None:
    _, back = roundtrip(probe_db, datetime.now(UTC), Decimal(amount))
    assert back == Decimal(amount) and str(back) == str(Decimal(amount).quantize(Decimal("0.01")))


@pytest.mark.parametrize("bad", ["12.345", "NaN", "Infinity"])
def test_money_that_cannot_be_stored_exactly_is_refused(probe_db: Database, bad: str) -> None:
    # The type refuses it before the driver sees it (SQLAlchemy wraps the ValueError it raises).
    with pytest.raises(StatementError, match="decimal places|finite amount"):
        roundtrip(probe_db, datetime.now(UTC), Decimal(bad))


def test_money_refuses_floats(probe_db: Database) -> None:
    with pytest.raises(Exception, match="Decimal"):
        roundtrip(probe_db, datetime.now(UTC), 0.1)  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cents=st.integers(min_value=-(10**15), max_value=10**15),
       at=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1),
                       timezones=st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30))])))
def test_any_amount_and_instant_round_trip(probe_db: Database, cents: int, at: datetime) -> None:
    amount = Decimal(cents).scaleb(-2)
    at = at.replace(microsecond=at.microsecond)
    back_at, back_amount = roundtrip(probe_db, at, amount)
    assert back_amount == amount
    assert back_at == at
