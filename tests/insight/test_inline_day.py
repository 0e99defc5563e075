"""Dates written into a statement (``inline_day``) come back as the same dates on both engines,
and a statement of the same shape with another date gives the other date (not a cached one)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import literal, select, union_all

from caseworker.db.portable import inline_day


def test_an_inline_day_is_that_day_on_either_engine(db) -> None:
    with db.read() as s:
        assert s.scalar(select(inline_day(date(2026, 1, 31)))) == date(2026, 1, 31)
        assert s.scalar(select(inline_day(date(2025, 12, 1)))) == date(2025, 12, 1)


def test_inline_days_in_a_derived_table_compare_as_dates(db) -> None:
    ends = union_all(*(select(literal(i).label("i"), inline_day(d).label("e"))
                       for i, d in enumerate([date(2026, 1, 31), date(2026, 2, 28)]))).subquery("ends")
    with db.read() as s:
        found = s.execute(select(ends.c.i).where(ends.c.e > inline_day(date(2026, 2, 1)))).scalars().all()
    assert found == [1]
