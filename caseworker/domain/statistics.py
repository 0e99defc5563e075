"""Figures for the Insight section and the dashboard report, and the arithmetic behind them.

Everything here is counted from records the services already keep: cases (opened, resolved, due,
escalated, resolved alone or with a specialist, acceptable to the client), disbursements, grant
applications and gifts. Rates are Decimal fractions; a rate with no base is None, not zero, so a
new organisation's dashboard says "no data yet" rather than "0 %".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from statistics import median


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @classmethod
    def twelve_months_to(cls, today: date) -> Period:
        """The last twelve months: from the first of the month eleven months ago to *today*."""
        index = today.year * 12 + today.month - 1 - 11
        return cls(date(index // 12, index % 12 + 1, 1), today)

    def months(self) -> list[date]:
        """The first day of every month the period touches."""
        out, y, m = [], self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append(date(y, m, 1))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


@dataclass(frozen=True)
class MonthOfCases:
    month: date
    opened: int
    resolved: int
    escalations: int
    median_days_to_resolve: Decimal | None


@dataclass(frozen=True)
class CaseFigures:
    by_month: tuple[MonthOfCases, ...]
    resolved: int
    within_target: int
    resolved_alone: int
    with_specialist: int
    acceptable: dict[str, int]  # yes / partly / no -> count
    mean_satisfaction: Decimal | None
    open_now: int
    overdue_now: int

    @property
    def within_target_rate(self) -> Decimal | None:
        return rate(self.within_target, self.resolved)


@dataclass(frozen=True)
class GrantFigures:
    submitted: int
    awarded: int
    declined: int
    pending: int
    requested_amount: Decimal
    awarded_amount: Decimal

    @property
    def success_rate(self) -> Decimal | None:
        return rate(self.awarded, self.awarded + self.declined)


@dataclass(frozen=True)
class RetentionFigures:
    year: int
    donors: int
    retained: int
    previous_donors: int

    @property
    def rate(self) -> Decimal | None:
        return rate(self.retained, self.previous_donors)


@dataclass(frozen=True)
class Dashboard:
    period: Period
    currency: str
    cases: CaseFigures
    aid_by_fund: tuple[tuple[str, Decimal], ...]
    grants: GrantFigures
    retention: tuple[RetentionFigures, ...]


def rate(part: int, whole: int) -> Decimal | None:
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001")) if whole else None


def median_days(spans: Iterable[int]) -> Decimal | None:
    values = list(spans)
    return Decimal(str(median(values))).quantize(Decimal("0.1")) if values else None


def retention_by_year(donor_years: Iterable[tuple[int, int]], years: Sequence[int]) -> tuple[RetentionFigures, ...]:
    """Donors who gave in each year, and how many of the year before's donors gave again."""
    givers: dict[int, set[int]] = {}
    for donor_id, year in donor_years:
        givers.setdefault(year, set()).add(donor_id)
    out = []
    for year in years:
        now, before = givers.get(year, set()), givers.get(year - 1, set())
        out.append(RetentionFigures(year, len(now), len(now & before), len(before)))
    return tuple(out)
