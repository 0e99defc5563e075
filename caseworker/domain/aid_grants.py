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
class AidAndGrants:
    period: Period
    funds: tuple[FundUse, ...]
    pipeline: tuple[StageValue, ...]  # every application now, by stage
    funders: tuple[FunderSuccess, ...]  # applications decided, submitted in the period
    spending: tuple[GrantSpend, ...]  # awarded grants whose period meets this one
