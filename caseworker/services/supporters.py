"""The SQL behind Insight's supporter figures.

Each donor's giving is summed per period in one grouped pass over the gifts; the categories
(retained, new, recovered, LYBUNT, SYBUNT) are then counted over those per-donor sums in the same
statement. The median gift and the days to thank come from histograms the database counts.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, case, func, literal_column, select
from sqlalchemy.orm import Session

from caseworker.db.models import Gift, Touchpoint, User
from caseworker.db.portable import day_number, inline_day
from caseworker.domain.guard import ContactPolicy
from caseworker.domain.service_quality import histogram_percentile
from caseworker.domain.statistics import Period
from caseworker.domain.supporters import GiftGroup, Supporters
from caseworker.services.aid import money_sum

ZERO = Decimal("0.00")
CENT = Decimal("0.01")


def supporters(s: Session, period: Period, before: Period, policy: ContactPolicy | None = None) -> Supporters:
    live = Gift.voided_at.is_(None)
    now = Gift.gift_date.between(inline_day(period.start), inline_day(period.end))
    then = Gift.gift_date.between(inline_day(before.start), inline_day(before.end))
    earlier = Gift.gift_date < inline_day(before.start)
    cents = Gift.amount  # integer minor units in the database; the sums are read back as amounts

    def flag(cond: ColumnElement[bool]) -> ColumnElement[int]:
        return func.max(case((cond, 1), else_=0))

    def amount_if(cond: ColumnElement[bool]) -> ColumnElement[Decimal]:
        return func.coalesce(func.sum(case((cond, cents), else_=None)), literal_column("0"))

    per_donor = (select(Gift.donor_id, flag(now).label("now"), flag(then).label("then"),
                        flag(earlier).label("earlier"), amount_if(now).label("now_value"),
                        amount_if(then).label("then_value"), amount_if(earlier).label("earlier_value"))
                 .where(live, Gift.gift_date <= inline_day(period.end)).group_by(Gift.donor_id).subquery("per_donor"))
    d = per_donor.c

    def count_if(cond: ColumnElement[bool]) -> ColumnElement[int]:
        return func.sum(case((cond, 1), else_=0))

    def money_if(cond: ColumnElement[bool], column: ColumnElement[Decimal]) -> ColumnElement[Decimal]:
        # literal_column: a bound 0 would go through Money's bind check, which wants a Decimal.
        return func.sum(case((cond, column), else_=literal_column("0")))

    row = s.execute(select(
        count_if(d.now == 1), count_if(d.then == 1), count_if(and_(d.now == 1, d.then == 1)),
        count_if(and_(d.now == 1, d.then == 0, d.earlier == 0)),
        count_if(and_(d.now == 1, d.then == 0, d.earlier == 1)),
        count_if(and_(d.now == 0, d.then == 1)), count_if(and_(d.now == 0, d.then == 0, d.earlier == 1)),
        money_if(d.now == 1, d.now_value), money_if(d.then == 1, d.then_value),
        money_if(and_(d.now == 1, d.then == 1), d.now_value), money_if(and_(d.now == 0, d.then == 1), d.then_value),
        money_if(and_(d.now == 0, d.then == 0, d.earlier == 1), d.earlier_value),
    )).one()
    counts = [int(v or 0) for v in row[:7]]
    values = [_money(v) for v in row[7:]]  # Money-typed sums: already Decimal amounts

    histogram = {int(a * 100): int(n) for a, n in s.execute(
        select(Gift.amount, func.count()).where(live, now).group_by(Gift.amount))}
    gifts = sum(histogram.values())
    median = histogram_percentile(histogram, 1, 2)
    thank_days = day_number(Gift.thanked_on) - day_number(Gift.gift_date)
    # One pass: the gifts not thanked yet are the group without a number of days.
    thanks: dict[int, int] = {}
    not_thanked = 0
    for v, n in s.execute(select(thank_days.label("d"), func.count()).where(live, now).group_by(thank_days)):
        if v is None:
            not_thanked += int(n)
        else:
            thanks[int(v)] = int(n)
    staff = func.coalesce(User.display_name, literal_column("''"))
    overrides = s.execute(
        select(staff, func.count(Touchpoint.id)).select_from(Touchpoint)
        .outerjoin(User, User.id == Touchpoint.override_by_id)
        .where(Touchpoint.override_by_id.is_not(None), Touchpoint.when >= _instant(period.start),
               Touchpoint.when < _instant(period.end + timedelta(days=1)))
        .group_by(staff).order_by(func.count(Touchpoint.id).desc(), staff)).all()
    by_appeal, by_channel = _appeals_and_channels(s, live, now)
    policy = policy or ContactPolicy()
    contacts = _contacts(s, period, policy)
    return Supporters(
        touchpoints=contacts[0], donors_contacted=contacts[1], most_to_one_donor=contacts[2],
        window_days=policy.window_days, max_in_window=policy.max_in_window,
        period=period, previous_period=before, donors=counts[0], donors_before=counts[1], retained=counts[2],
        new=counts[3], recovered=counts[4], lybunt=counts[5], sybunt=counts[6], value=values[0],
        value_before=values[1], retained_value=values[2], lybunt_value=values[3], sybunt_value=values[4],
        gifts=gifts, mean_gift=(values[0] / gifts).quantize(CENT) if gifts else None,
        median_gift=(median / 100).quantize(CENT) if median is not None else None,
        by_appeal=by_appeal, by_channel=by_channel,
        thanked=sum(thanks.values()), not_thanked=int(not_thanked),
        median_days_to_thank=histogram_percentile(thanks, 1, 2),
        overrides_by_staff=tuple((name, int(n)) for name, n in overrides))


def _contacts(s: Session, period: Period, policy: ContactPolicy) -> tuple[int, int, int]:
    """The touchpoints the guard counts in the period (planned or done, not of a purpose the policy
    exempts), the donors they went to and the most to one donor, from one grouped pass."""
    counted = [Touchpoint.status.in_(("planned", "done")), Touchpoint.when >= _instant(period.start),
               Touchpoint.when < _instant(period.end + timedelta(days=1))]
    if policy.exempt_purposes:
        counted.append(Touchpoint.purpose.not_in(sorted(p.value for p in policy.exempt_purposes)))
    per_donor = (select(Touchpoint.donor_id, func.count(Touchpoint.id).label("n")).where(*counted)
                 .group_by(Touchpoint.donor_id).subquery("per_donor"))
    total, donors, most = s.execute(select(func.sum(per_donor.c.n), func.count(), func.max(per_donor.c.n))).one()
    return int(total or 0), int(donors or 0), int(most or 0)


def _appeals_and_channels(s: Session, *where: ColumnElement[bool]) -> tuple[tuple[GiftGroup, ...],
                                                                             tuple[GiftGroup, ...]]:
    """Gifts by appeal and by channel, from one pass grouped by both (a few dozen rows), added up here."""
    appeals: dict[str, tuple[int, Decimal]] = {}
    channels: dict[str, tuple[int, Decimal]] = {}
    for appeal, method, n, amount in s.execute(
            select(Gift.appeal_code, Gift.method, func.count(Gift.id), money_sum(Gift.amount)).where(*where)
            .group_by(Gift.appeal_code, Gift.method)):
        for groups, label in ((appeals, appeal or ""), (channels, method or "")):
            count, total = groups.get(label, (0, ZERO))
            groups[label] = (count + int(n), total + amount)
    return _sorted(appeals), _sorted(channels)


def _sorted(groups: dict[str, tuple[int, Decimal]]) -> tuple[GiftGroup, ...]:
    rows = sorted(groups.items(), key=lambda kv: (-kv[1][1], kv[0].casefold()))
    return tuple(GiftGroup(label, n, amount) for label, (n, amount) in rows)


def _money(value: Decimal | None) -> Decimal:
    return ZERO if value is None else value


def _instant(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)
