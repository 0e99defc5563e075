"""The SQL behind Insight's aid and grants figures: grouped sums, one query per table."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from caseworker.db.models import Disbursement, Fund, Funder, GrantApplication, GrantSpending
from caseworker.db.portable import month_key
from caseworker.domain.aid import AidStatus
from caseworker.domain.aid_grants import AidAndGrants, FunderSuccess, FundUse, GrantSpend, StageValue
from caseworker.domain.grants import Stage
from caseworker.domain.statistics import Period
from caseworker.services.aid import money_sum

ZERO = Decimal("0.00")
PAID = AidStatus.PAID.value
PENDING = (AidStatus.REQUESTED.value, AidStatus.APPROVED.value)
AWARDED = (Stage.AWARDED.value, Stage.REPORTING.value, Stage.CLOSED.value)
STAGE_ORDER = [s.value for s in Stage]


def aid_and_grants(s: Session, period: Period) -> AidAndGrants:
    return AidAndGrants(period, funds(s, period), pipeline(s), funders(s, period), spending(s, period))


def funds(s: Session, period: Period) -> tuple[FundUse, ...]:
    in_period = Disbursement.disbursed_on.between(period.start, period.end)
    paid = and_(Disbursement.status == PAID, in_period)
    months: dict[int, list[tuple[str, Decimal]]] = {}
    month = month_key(Disbursement.disbursed_on).label("m")
    for fund_id, m, amount in s.execute(select(Disbursement.fund_id, month, money_sum(Disbursement.amount))
                                        .where(paid).group_by(Disbursement.fund_id, month).order_by(month)):
        months.setdefault(fund_id, []).append((m, amount))
    per_client = (select(Disbursement.fund_id.label("fund_id"), money_sum(Disbursement.amount).label("total"))
                  .where(paid).group_by(Disbursement.fund_id, Disbursement.client_id).subquery("per_client"))
    largest = dict(s.execute(select(per_client.c.fund_id, func.max(per_client.c.total))
                             .group_by(per_client.c.fund_id)).all())
    totals = {fund_id: (amount, int(n), int(clients)) for fund_id, amount, n, clients in s.execute(
        select(Disbursement.fund_id, money_sum(Disbursement.amount), func.count(Disbursement.id),
               func.count(func.distinct(Disbursement.client_id))).where(paid).group_by(Disbursement.fund_id))}
    pending: dict[int, Decimal] = dict(s.execute(select(Disbursement.fund_id, money_sum(Disbursement.amount))
                             .where(Disbursement.status.in_(PENDING), in_period)
                             .group_by(Disbursement.fund_id)).all())
    out = []
    for fund_id, name, budget, budget_period in s.execute(
            select(Fund.id, Fund.name, Fund.budget, Fund.budget_period).order_by(func.lower(Fund.name), Fund.id)):
        amount, n, clients = totals.get(fund_id, (None, 0, 0))
        if not n and fund_id not in pending and not budget:
            continue
        out.append(FundUse(name, budget, budget_period, tuple(months.get(fund_id, ())),
                           _money(amount), n, clients, largest.get(fund_id), _money(pending.get(fund_id))))
    return tuple(out)


def pipeline(s: Session) -> tuple[StageValue, ...]:
    rows = s.execute(select(GrantApplication.stage, func.count(GrantApplication.id),
                            money_sum(GrantApplication.requested)).group_by(GrantApplication.stage)).all()
    rows = sorted(rows, key=lambda r: STAGE_ORDER.index(r[0]) if r[0] in STAGE_ORDER else len(STAGE_ORDER))
    return tuple(StageValue(stage, int(n), amount) for stage, n, amount in rows)


def funders(s: Session, period: Period) -> tuple[FunderSuccess, ...]:
    won = GrantApplication.stage.in_(AWARDED)
    lost = GrantApplication.stage == Stage.DECLINED.value
    rows = s.execute(
        select(Funder.name, func.sum(case((won, 1), else_=0)), func.sum(case((lost, 1), else_=0)),
               money_sum(GrantApplication.requested), money_sum(case((won, GrantApplication.awarded), else_=None)))
        .join(Funder, Funder.id == GrantApplication.funder_id)
        .where(or_(won, lost), GrantApplication.submitted_on.between(period.start, period.end))
        .group_by(Funder.name)).all()
    rows = sorted(rows, key=lambda r: r[0].casefold())
    return tuple(FunderSuccess(name, int(a or 0), int(d or 0), req, awd) for name, a, d, req, awd in rows)


def spending(s: Session, period: Period) -> tuple[GrantSpend, ...]:
    spent = (select(GrantSpending.grant_id.label("grant_id"), money_sum(GrantSpending.amount).label("spent"))
             .where(GrantSpending.voided.is_(False)).group_by(GrantSpending.grant_id).subquery("spent"))
    rows = s.execute(
        select(GrantApplication.id, GrantApplication.title, Funder.name, GrantApplication.awarded, spent.c.spent)
        .join(Funder, Funder.id == GrantApplication.funder_id)
        .outerjoin(spent, spent.c.grant_id == GrantApplication.id)
        .where(GrantApplication.stage.in_(AWARDED), GrantApplication.awarded.is_not(None),
               or_(GrantApplication.period_start.is_(None), GrantApplication.period_start <= period.end),
               or_(GrantApplication.period_end.is_(None), GrantApplication.period_end >= period.start))
        ).all()
    # Sorted here: the engines' collations order "Warm" and "reporting" differently.
    rows = sorted(rows, key=lambda r: (r[1].casefold(), r[0]))
    return tuple(GrantSpend(i, title, funder, awarded, _money(amount)) for i, title, funder, awarded, amount in rows)


def _money(value: Decimal | None) -> Decimal:
    return ZERO if value is None else value
