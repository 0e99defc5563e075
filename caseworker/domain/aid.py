"""Aid from funds: the workflow of a disbursement and the limits it must respect.

A disbursement is requested, approved and paid, or voided with a reason at any point before it
is paid out (a paid one is voided only to correct a mistake, still with a reason). Two limits
protect a fund: its budget for the period, and a cap on what one client may receive from it in a
window (the twelve months up to the date, or the calendar year). A request that breaks either is
refused with the figures, so the worker can see how much is left. Above the fund's approval
threshold a manager must approve.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from caseworker.domain.errors import RuleViolation
from caseworker.domain.i18n import N_
from caseworker.domain.money import format_money


class AidKind(StrEnum):
    CASH = "cash"
    VOUCHER = "voucher"
    GOODS = "goods"
    SERVICE = "service"


class AidStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    PAID = "paid"
    VOID = "void"


class CapWindow(StrEnum):
    ROLLING_12_MONTHS = "rolling_12_months"
    CALENDAR_YEAR = "calendar_year"


class BudgetPeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class PayeeKind(StrEnum):
    CLIENT = "client"
    THIRD_PARTY = "third_party"


KIND_LABELS = {AidKind.CASH: N_("Cash"), AidKind.VOUCHER: N_("Voucher"), AidKind.GOODS: N_("Goods"),
               AidKind.SERVICE: N_("Service")}
STATUS_LABELS = {AidStatus.REQUESTED: N_("Requested"), AidStatus.APPROVED: N_("Approved"),
                 AidStatus.PAID: N_("Paid"), AidStatus.VOID: N_("Void")}
WINDOW_LABELS = {CapWindow.ROLLING_12_MONTHS: N_("in any 12 months"),
                 CapWindow.CALENDAR_YEAR: N_("per calendar year")}
PERIOD_LABELS = {BudgetPeriod.MONTH: N_("a month"), BudgetPeriod.QUARTER: N_("a quarter"),
                 BudgetPeriod.YEAR: N_("a year")}

# Which statuses use up money: a request reserves it so two workers cannot both spend the rest.
COUNTED = frozenset({AidStatus.REQUESTED, AidStatus.APPROVED, AidStatus.PAID})

_NEXT: dict[AidStatus, frozenset[AidStatus]] = {
    AidStatus.REQUESTED: frozenset({AidStatus.APPROVED, AidStatus.VOID}),
    AidStatus.APPROVED: frozenset({AidStatus.PAID, AidStatus.VOID}),
    AidStatus.PAID: frozenset({AidStatus.VOID}),
    AidStatus.VOID: frozenset(),
}


def check_transition(current: AidStatus, target: AidStatus) -> None:
    if target not in _NEXT[current]:
        raise RuleViolation(N_("A disbursement that is {current} cannot become {target}."),
                            current=current.value, target=target.value)


def cap_window(window: CapWindow, on: date) -> tuple[date, date]:
    """The inclusive date range whose disbursements count toward the cap for a gift *on* a date."""
    if window is CapWindow.CALENDAR_YEAR:
        return date(on.year, 1, 1), date(on.year, 12, 31)
    return on - relativedelta(months=12) + relativedelta(days=1), on


def budget_period(period: BudgetPeriod, on: date, fiscal_start_month: int = 1) -> tuple[date, date]:
    """The inclusive budget period containing *on*, aligned to the fiscal year's first month."""
    months = {BudgetPeriod.MONTH: 1, BudgetPeriod.QUARTER: 3, BudgetPeriod.YEAR: 12}[period]
    offset = (on.month - fiscal_start_month) % 12
    start_month_index = on.year * 12 + (on.month - 1) - (offset % months)
    start = date(start_month_index // 12, start_month_index % 12 + 1, 1)
    end = start + relativedelta(months=months) - relativedelta(days=1)
    return start, end


class OverLimit(RuleViolation):
    """A disbursement over the client's cap or the fund's budget; ``limit`` says which
    (``client_cap`` or ``budget``), so the refusal can be counted."""

    def __init__(self, limit: str, message: str, /, **params: object) -> None:
        self.limit = limit
        super().__init__(message, **params)


@dataclass(frozen=True)
class FundLimits:
    name: str
    currency: str
    budget: Decimal | None
    cap: Decimal | None
    cap_window: CapWindow
    approval_threshold: Decimal | None
    active: bool = True


def check_limits(fund: FundLimits, amount: Decimal, *, client_total: Decimal,
                 period_total: Decimal) -> None:
    """Refuse *amount* if it would pass the client's cap or the fund's budget, with the figures.

    ``client_total`` is what the client already has from this fund in the cap window, and
    ``period_total`` what the fund has committed in the budget period, both without *amount*.
    """
    if not fund.active:
        raise RuleViolation(N_("The fund “{fund}” is closed to new disbursements."), fund=fund.name)
    def money(value: Decimal) -> str:
        return format_money(value, fund.currency)

    if fund.cap is not None and client_total + amount > fund.cap:
        remaining = max(fund.cap - client_total, Decimal(0))
        raise OverLimit(
            "client_cap", N_("Over the client's cap: {fund} gives at most {cap} {window}; this client already has "
               "{total}, so at most {remaining} more can be given."),
            fund=fund.name, cap=money(fund.cap), window=WINDOW_LABELS[fund.cap_window],
            total=money(client_total), remaining=money(remaining))
    if fund.budget is not None and period_total + amount > fund.budget:
        remaining = max(fund.budget - period_total, Decimal(0))
        raise OverLimit(
            "budget", N_("Over the fund's budget: {fund} has {budget} for this period, {committed} is already "
               "committed, so at most {remaining} is left."),
            fund=fund.name, budget=money(fund.budget), committed=money(period_total),
            remaining=money(remaining))


def needs_approval(fund: FundLimits, amount: Decimal) -> bool:
    return fund.approval_threshold is not None and amount > fund.approval_threshold


@dataclass(frozen=True)
class BudgetUse:
    """What a budget bar shows for one fund and period."""

    budget: Decimal | None
    paid: Decimal
    approved: Decimal
    requested: Decimal

    @property
    def committed(self) -> Decimal:
        return self.approved + self.requested

    @property
    def remaining(self) -> Decimal | None:
        if self.budget is None:
            return None
        return self.budget - self.paid - self.committed
