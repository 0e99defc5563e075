"""Aid and grants for a manager: each fund's use month by month beside its budget and how the
aid spread over clients; the grant pipeline by stage, each funder's success rate and what it
awarded against what was asked, and each awarded grant's spending against its award.

Amounts are Decimal; a rate with no base is None.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from caseworker.domain.statistics import Period, rate


@dataclass(frozen=True)
class FundUse:
    fund: str
    budget: Decimal | None
    budget_period: str  # month, quarter or year: the budget is per one of these
    by_month: tuple[tuple[str, Decimal], ...]  # ("YYYY-MM", paid) for the months with payments
    paid: Decimal
    payments: int
    clients: int
    largest_per_client: Decimal | None  # the most one client received from the fund in the period
    pending: Decimal  # requested or approved in the period, not yet paid

    @property
    def mean_per_client(self) -> Decimal | None:
        return (self.paid / self.clients).quantize(Decimal("0.01")) if self.clients else None


@dataclass(frozen=True)
class StageValue:
    stage: str
    applications: int
    requested: Decimal


@dataclass(frozen=True)
class FunderSuccess:
    funder: str
    awarded: int
    declined: int
    requested: Decimal  # by the decided applications
    awarded_amount: Decimal

    @property
    def success_rate(self) -> Decimal | None:
        return rate(self.awarded, self.awarded + self.declined)


@dataclass(frozen=True)
class GrantSpend:
    grant_id: int
    title: str
    funder: str
    awarded: Decimal
    spent: Decimal

    @property
    def spent_share(self) -> Decimal | None:
        return (self.spent / self.awarded).quantize(Decimal("0.0001")) if self.awarded else None


@dataclass(frozen=True)
class CapRefusals:
    """Disbursements refused in one month (of the date asked for) from one fund, by the limit."""

    fund: str
    month: str  # YYYY-MM
    over_client_cap: int
    over_budget: int

    @property
    def total(self) -> int:
        return self.over_client_cap + self.over_budget


@dataclass(frozen=True)
class ReportDeadlines:
    """Grant reports due in the period (by each grant's schedule): submitted on or before their due
    date, submitted late, and not submitted though their day has passed. Those still to come and
    not yet submitted are not counted either way."""

    on_time: int = 0
    late: int = 0
    missed: int = 0  # overdue and not submitted
    pending: int = 0  # due later than today, not submitted yet

    @property
    def due(self) -> int:
        return self.on_time + self.late + self.missed

    @property
    def on_time_rate(self) -> Decimal | None:
        return rate(self.on_time, self.due)


@dataclass(frozen=True)
class AidAndGrants:
    period: Period
    funds: tuple[FundUse, ...]
    pipeline: tuple[StageValue, ...]  # every application now, by stage
    funders: tuple[FunderSuccess, ...]  # applications decided, submitted in the period
    spending: tuple[GrantSpend, ...]  # awarded grants whose period meets this one
    cap_refusals: tuple[CapRefusals, ...] = ()  # by fund, then month
    reports: ReportDeadlines = ReportDeadlines()
