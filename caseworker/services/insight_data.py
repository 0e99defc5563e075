"""Keeping the refusals and blocks that change nothing else, and counting them for Insight.

A disbursement refused over a cap or a budget rolls back whole; the refusal is then kept in a
small transaction of its own, so the refused action still writes nothing else. A contact the
guard blocks in the touchpoint dialog is kept the same way; blocks met while planning an appeal
or a meeting's contacts are kept inside that action's own transaction, since it goes ahead for the
others. The figures are grouped in SQL (fund and month; staff member) on both engines.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, case, func, insert, literal_column, select
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.database import Database
from caseworker.db.models import AidRefusal, Fund, GuardBlock, Touchpoint, User
from caseworker.db.portable import month_key
from caseworker.domain.aid_grants import CapRefusals
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.guard import Rule, Verdict
from caseworker.domain.records import Actor
from caseworker.domain.statistics import Period
from caseworker.domain.supporters import GuardByStaff
from caseworker.services import audit

log = logging.getLogger(__name__)

CLIENT_CAP, BUDGET = "client_cap", "budget"


def keep_aid_refusal(db: Database, actor: Actor, *, fund_id: int, client_id: int, amount: Decimal,
                     asked_on: date, limit: str) -> None:
    """Keep a refused disbursement after its own transaction rolled back. A failure here is logged
    and swallowed: the user must still see why the disbursement was refused."""
    try:
        with db.transaction("Keep a refused disbursement") as s:
            currency = s.scalar(select(Fund.currency).where(Fund.id == fund_id))
            if currency is None:
                return
            row = AidRefusal(user_id=actor.user_id, fund_id=fund_id, client_id=client_id, amount=amount,
                             currency=currency, asked_on=asked_on, limit_kind=limit)
            s.add(row)
            s.flush()
            audit.record(s, actor, kind="create", record_type="aid refusal", record_id=row.id,
                         changes={"fund_id": [None, fund_id], "client_id": [None, client_id],
                                  "amount": [None, amount], "disbursed_on": [None, asked_on],
                                  "limit": [None, limit]})
    except CaseworkerError:
        log.exception("a refused disbursement could not be kept")


def block_row(actor: Actor, donor_id: int, when: datetime, channel: str, rules: Iterable[Rule], source: str,
              at: datetime) -> dict[str, object]:
    return {"at": at, "user_id": actor.user_id, "donor_id": donor_id, "proposed_at": when,
            "channel": channel, "rules": ",".join(r.value for r in rules)[:200], "source": source}


def keep_guard_blocks(s: Session, rows: Sequence[dict[str, object]]) -> None:
    """Keep blocks inside the caller's transaction (an appeal or a meeting that goes ahead)."""
    for start in range(0, len(rows), 5000):
        s.execute(insert(GuardBlock.__table__), list(rows[start:start + 5000]))


def keep_guard_block(db: Database, actor: Actor, donor_id: int, when: datetime, channel: str,
                     verdict: Verdict) -> None:
    """Keep a block from the touchpoint dialog after the refused write rolled back."""
    if actor.user_id is None:
        return
    try:
        with db.transaction("Keep a blocked contact") as s:
            keep_guard_blocks(s, [block_row(actor, donor_id, when, channel, verdict.rules, "dialog", utcnow())])
    except CaseworkerError:
        log.exception("a blocked contact could not be kept")


# --- figures -------------------------------------------------------------------------------------

def cap_refusals(s: Session, period: Period) -> tuple[CapRefusals, ...]:
    """Refusals by fund and month (of the date asked for), split by the limit that refused them."""
    month = month_key(AidRefusal.asked_on).label("m")

    def count_if(kind: str) -> ColumnElement[int]:
        return func.sum(case((AidRefusal.limit_kind == kind, 1), else_=0))

    rows = s.execute(
        select(Fund.name, month, count_if(CLIENT_CAP), count_if(BUDGET))
        .join(Fund, Fund.id == AidRefusal.fund_id)
        .where(AidRefusal.asked_on.between(period.start, period.end))
        .group_by(Fund.name, month)).all()
    rows = sorted(rows, key=lambda r: (r[0].casefold(), r[1]))
    return tuple(CapRefusals(name, m, int(cap or 0), int(budget or 0)) for name, m, cap, budget in rows)


def guard_by_staff(s: Session, period: Period) -> tuple[GuardByStaff, ...]:
    """Each staff member's blocks (attempts made in the period) beside their overrides (touchpoints
    overridden, by the touchpoint's time, as the overrides figure has always counted them)."""
    start, end = _instant(period.start), _instant(period.end + timedelta(days=1))
    blocks: Select[int, int, int] = (
        select(GuardBlock.user_id.label("user_id"), literal_column("1").label("b"), literal_column("0").label("o"))
        .where(GuardBlock.at >= start, GuardBlock.at < end))
    overrides: Select[int | None, int, int] = (
        select(Touchpoint.override_by_id.label("user_id"), literal_column("0").label("b"),
               literal_column("1").label("o"))
        .where(Touchpoint.override_by_id.is_not(None), Touchpoint.when >= start, Touchpoint.when < end))
    both = blocks.union_all(overrides).subquery("both")
    staff = func.coalesce(User.display_name, literal_column("''"))
    rows = s.execute(select(staff, func.sum(both.c.b), func.sum(both.c.o))
                     .select_from(both).outerjoin(User, User.id == both.c.user_id)
                     .group_by(both.c.user_id, staff)).all()
    out = [GuardByStaff(name, int(b or 0), int(o or 0)) for name, b, o in rows]
    out.sort(key=lambda g: (-(g.blocks + g.overrides), g.staff.casefold()))
    return tuple(out)


def _instant(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


__all__: Sequence[str] = ("keep_aid_refusal", "keep_guard_block", "keep_guard_blocks", "block_row",
                          "cap_refusals", "guard_by_staff")
