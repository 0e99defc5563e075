"""Calendar and grant reads on a demo database: how long the views' queries take.

Usage: ``python scripts/bench_calendar.py DEMO.db`` (made with ``caseworker demo --plain``, any scale).
Prints the median of several runs for a week, a month, the grants pipeline, My work's lists, the
double-booking check of a new weekly series, and a month exported as iCalendar.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta

from caseworker.db.database import Database
from caseworker.db.location import DatabaseLocation
from caseworker.domain.listing import ListQuery
from caseworker.domain.meetings import AttendeeDraft, AttendeeKind, MeetingDraft
from caseworker.domain.recurrence import Frequency, SeriesRule
from caseworker.services.accounts import AuthService
from caseworker.services.container import Services

RUNS = 7


def timed(label: str, fn) -> None:
    fn()  # warm the caches once, as a user's second look would
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    size = len(result) if hasattr(result, "__len__") else ""
    print(f"{label:<42} {statistics.median(times) * 1000:8.1f} ms   {size}")


def main(path: str) -> None:
    db = Database(DatabaseLocation.parse(path))
    services = Services(db, AuthService(db).sign_in("demo", "demo"))
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    grid = monday - timedelta(days=(today.day - 1) // 7 * 7 + 7)
    with db.read() as s:
        from sqlalchemy import func, select

        from caseworker.db.models import Meeting

        meetings = s.scalar(select(func.count(Meeting.id)))
    print(f"{path}: {meetings} meeting rows")
    timed("calendar week (all)", lambda: services.calendar.entries(monday, monday + timedelta(days=6)))
    timed("calendar month grid, 6 weeks (all)", lambda: services.calendar.entries(grid, grid + timedelta(days=41)))
    timed("calendar month grid, only mine", lambda: services.calendar.entries(grid, grid + timedelta(days=41),
                                                                             mine_only=True))
    timed("grants pipeline totals", services.grants.pipeline)
    timed("grants list (ids + rows)", lambda: services.grants.list_rows(services.grants.list_ids(ListQuery())))
    timed("My work: deadlines in 30 days", lambda: services.grants.deadlines(30))
    timed("My work: my action items", services.meetings.my_action_items)
    start = datetime.combine(monday + timedelta(days=7), datetime.min.time(), UTC).replace(hour=10)
    staff = tuple(AttendeeDraft(AttendeeKind.STAFF, user_id=u.id) for u in services.accounts.list_users()[:4])
    draft = MeetingDraft("Bench", start, start + timedelta(hours=1), "UTC", rule=SeriesRule(Frequency.WEEKLY),
                         attendees=staff)
    timed("double-booking check, weekly series x4 staff", lambda: services.meetings.clashes(draft))
    timed("iCalendar export of a month", lambda: services.ics.range_ics(grid, grid + timedelta(days=41), UTC))
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
