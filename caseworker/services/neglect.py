"""Neglected and pestered supporters, for the planner and each relationship manager's My work.

Each list is computed from a few whole-table queries (the donors' summary columns, one
aggregate over touchpoints, the gift dates) and the pure rules of ``domain.neglect``, so it takes
about a second on 100,000 donors rather than a query per donor. Lists are sorted by lifetime
giving, largest first. Donors who asked for no contact, and deceased donors, are never listed as
overdue or late: nobody should contact them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from caseworker.db.models import Donor, Gift, Touchpoint, User
from caseworker.domain.donors import cadence_for, derive_segment, display_name, GivingSummary, Segment
from caseworker.domain.guard import Touch, TouchStatus
from caseworker.domain.neglect import (PLANNED_GRACE_DAYS, Retention, contact_pressure, days_overdue,
                                       is_overdue, late_against_rhythm, retention_bounds)
from caseworker.domain.permissions import Action
from caseworker.services.base import Service
from caseworker.services.contact_policy import load_policy
from caseworker.services.org_settings import load_org_settings
from caseworker.services.touchpoints import load_history, load_preferences


@dataclass(frozen=True)
class NeglectRow:
    """One donor on a neglect or pressure list."""

    id: int
    name: str
    segment: Segment
    lifetime_total: Decimal
    last_gift_on: date | None
    last_contact: datetime | None
    next_planned: datetime | None
    cadence: int
    days_overdue: int | None  # None: never contacted
    relationship_manager_id: int | None
    relationship_manager: str
    # Rhythm lists: the usual interval and how late; pressure lists: contacts around now / limit.
    interval_days: int | None = None
    late_by: int | None = None
    in_window: int | None = None
    window_limit: int | None = None
    asks: int | None = None
    ask_limit: int | None = None


def _now() -> datetime:
    return datetime.now(UTC)


class NeglectService(Service):
    def overdue(self, *, manager_id: int | None = None, limit: int | None = None) -> list[NeglectRow]:
        """Donors with nothing done within their cadence and nothing planned in 14 days."""
        self.require(Action.READ_DONORS)
        now = _now()
        with self.db.read() as s:
            donors = _donors(s, manager_id, contactable=True)
            contacts = _contact_summary(s, now)
            rows = []
            for d in donors:
                last_done, next_planned = contacts.get(d["id"], (None, None))
                if is_overdue(last_done, next_planned, d["cadence"], now):
                    rows.append(_row(d, last_done, next_planned, now))
        return _by_giving(rows, limit)

    def lybunt(self, *, fiscal: bool = False, manager_id: int | None = None,
               limit: int | None = None) -> list[NeglectRow]:
        """Gave last (calendar or fiscal) year but not yet this year."""
        return self._retention(Retention.LYBUNT, fiscal, manager_id, limit)

    def sybunt(self, *, fiscal: bool = False, manager_id: int | None = None,
               limit: int | None = None) -> list[NeglectRow]:
        """Gave some earlier year, but neither last year nor this year."""
        return self._retention(Retention.SYBUNT, fiscal, manager_id, limit)

    def _retention(self, which: Retention, fiscal: bool, manager_id: int | None,
                   limit: int | None) -> list[NeglectRow]:
        self.require(Action.READ_DONORS)
        first_month = load_org_settings(self.db).fiscal_year_start_month if fiscal else 1
        last_start, this_start = retention_bounds(date.today(), first_month)
        condition = (and_(Donor.last_gift_on >= last_start, Donor.last_gift_on < this_start)
                     if which is Retention.LYBUNT else Donor.last_gift_on < last_start)
        now = _now()
        with self.db.read() as s:
            donors = _donors(s, manager_id, contactable=False, where=condition)
            contacts = _contact_summary(s, now)
            rows = [_row(d, *contacts.get(d["id"], (None, None)), now) for d in donors]
        return _by_giving(rows, limit)

    def late_against_rhythm(self, *, manager_id: int | None = None,
                            limit: int | None = None) -> list[NeglectRow]:
        """Donors later than their own usual giving interval allows (a December giver is not
        late in June), beside the LYBUNT and SYBUNT lists."""
        self.require(Action.READ_GIFTS)
        today = date.today()
        now = _now()
        with self.db.read() as s:
            donors = {d["id"]: d for d in _donors(s, manager_id, contactable=True,
                                                  where=Donor.gift_count >= 3)}
            dates: dict[int, list[date]] = defaultdict(list)
            for donor_id, day in s.execute(select(Gift.donor_id, Gift.gift_date)
                                           .join(Donor, Donor.id == Gift.donor_id)
                                           .where(Gift.voided_at.is_(None), Donor.gift_count >= 3)):
                if donor_id in donors:
                    dates[donor_id].append(day)
            contacts = _contact_summary(s, now)
            rows = []
            for donor_id, days in dates.items():
                rhythm = late_against_rhythm(days, today)
                if rhythm is None:
                    continue
                d = donors[donor_id]
                row = _row(d, *contacts.get(donor_id, (None, None)), now)
                rows.append(_with(row, interval_days=rhythm.interval_days, late_by=rhythm.late_by(today)))
        return _by_giving(rows, limit)

    def pestered(self, *, manager_id: int | None = None, limit: int | None = None) -> list[NeglectRow]:
        """Donors at or near the contact limits around now (planned contacts included),
        most pressed first."""
        self.require(Action.READ_DONORS)
        now = _now()
        with self.db.read() as s:
            policy = load_policy(s)
            widest = max(policy.window_days, policy.ask_window_days)
            active = list(s.scalars(select(Touchpoint.donor_id).where(
                Touchpoint.status != TouchStatus.CANCELLED.value,
                Touchpoint.when > now - timedelta(days=widest),
                Touchpoint.when < now + timedelta(days=widest)).distinct()))
            if not active:
                return []
            prefs = load_preferences(s, active)
            wider = max([widest, *(p.window_days or 0 for p in prefs.values())])
            history = load_history(s, active, since=now - timedelta(days=wider))
            scored = []
            for donor_id in active:
                pressure = contact_pressure(policy, prefs[donor_id], _around(history.get(donor_id, []), now, wider), now)
                if pressure.pestered:
                    scored.append((pressure, donor_id))
            wanted = {donor_id for _p, donor_id in scored}
            donors = {d["id"]: d for d in _donors(s, manager_id, contactable=False, ids=wanted)}
            contacts = _contact_summary(s, now)
            rows = []
            for pressure, donor_id in sorted(scored, key=lambda x: (-x[0].score, x[1])):
                d = donors.get(donor_id)
                if d is None:
                    continue
                row = _row(d, *contacts.get(donor_id, (None, None)), now)
                rows.append(_with(row, in_window=pressure.in_window, window_limit=pressure.window_limit,
                                  asks=pressure.asks, ask_limit=pressure.ask_limit))
        return rows[:limit] if limit else rows


def _around(history: list[Touch], now: datetime, days: int) -> list[Touch]:
    span = timedelta(days=days)
    return [t for t in history if abs(t.when - now) < span]


def _with(row: NeglectRow, **values: Any) -> NeglectRow:
    from dataclasses import replace

    return replace(row, **values)


def _by_giving(rows: list[NeglectRow], limit: int | None) -> list[NeglectRow]:
    rows.sort(key=lambda r: (-r.lifetime_total, r.name, r.id))
    return rows[:limit] if limit else rows


def _donors(s: Session, manager_id: int | None, *, contactable: bool, where: Any = None,
            ids: set[int] | None = None) -> list[dict[str, Any]]:
    """The summary columns of the donors a list considers, with segment and cadence."""
    stmt = select(Donor.id, Donor.kind, Donor.first_name, Donor.last_name, Donor.organisation_name,
                  Donor.first_gift_on, Donor.last_gift_on, Donor.gift_count, Donor.lifetime_total,
                  Donor.largest_gift, Donor.segment_override, Donor.cadence_days,
                  Donor.relationship_manager_id, User.display_name.label("manager")) \
        .outerjoin(User, User.id == Donor.relationship_manager_id)
    if contactable:
        stmt = stmt.where(Donor.do_not_contact.is_(False), Donor.deceased.is_(False))
    if manager_id is not None:
        stmt = stmt.where(Donor.relationship_manager_id == manager_id)
    if where is not None:
        stmt = stmt.where(where)
    if ids is not None:
        stmt = stmt.where(Donor.id.in_(ids)) if len(ids) <= 2000 else stmt
    today = date.today()
    out = []
    for r in s.execute(stmt):
        if ids is not None and r.id not in ids:
            continue
        segment = derive_segment(GivingSummary(r.first_gift_on, r.last_gift_on, r.gift_count,
                                               r.lifetime_total, r.largest_gift), today, r.segment_override)
        out.append({"id": r.id, "name": display_name(r.kind, r.first_name, r.last_name, r.organisation_name),
                    "segment": segment, "cadence": cadence_for(segment, r.cadence_days),
                    "lifetime_total": r.lifetime_total, "last_gift_on": r.last_gift_on,
                    "manager_id": r.relationship_manager_id, "manager": r.manager or ""})
    return out


def _contact_summary(s: Session, now: datetime) -> dict[int, tuple[datetime | None, datetime | None]]:
    """Per donor: the latest done contact and the next planned one from now (one aggregate)."""
    done = case((Touchpoint.status == TouchStatus.DONE.value, Touchpoint.when))
    upcoming = case((and_(Touchpoint.status == TouchStatus.PLANNED.value, Touchpoint.when >= now),
                     Touchpoint.when))
    stmt = select(Touchpoint.donor_id, func.max(done), func.min(upcoming)).group_by(Touchpoint.donor_id)
    result = {}
    for donor_id, last_done, next_planned in s.execute(stmt):
        result[donor_id] = (_instant(last_done), _instant(next_planned))
    return result


def _instant(value: Any) -> datetime | None:
    """Aggregates lose the column type on SQLite (text or naive); bring them back to UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _row(d: dict[str, Any], last_done: datetime | None, next_planned: datetime | None,
         now: datetime) -> NeglectRow:
    return NeglectRow(d["id"], d["name"], d["segment"], d["lifetime_total"], d["last_gift_on"], last_done,
                      next_planned, d["cadence"], days_overdue(last_done, d["cadence"], now),
                      d["manager_id"], d["manager"])


__all__ = ["NeglectRow", "NeglectService", "PLANNED_GRACE_DAYS"]
