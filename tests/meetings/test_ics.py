"""iCalendar export, parsed back with ``icalendar`` and compared with what was saved."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from caseworker.domain.channels import Channel
from caseworker.domain.clients import ClientDraft
from caseworker.domain.meetings import AttendeeDraft, AttendeeKind, MeetingDraft
from caseworker.domain.permissions import Role
from caseworker.domain.recurrence import Frequency, MonthlyBy, SeriesRule

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def office(services_for):
    return services_for(Role.MANAGER)


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def events(cal: Calendar) -> list:
    return [c for c in cal.walk("VEVENT")]


def test_one_meeting_round_trips_with_its_zone(office) -> None:
    start = datetime(2026, 7, 1, 14, 0, tzinfo=LONDON)
    m, _ = office.meetings.create(MeetingDraft("Funder visit", start, start + timedelta(minutes=90),
                                               "Europe/London", Channel.SITE_VISIT, "12 High St",
                                               attendees=(
                                                   AttendeeDraft(AttendeeKind.STAFF, user_id=office.actor.user_id),
                                                   AttendeeDraft(AttendeeKind.EXTERNAL, name="Sam", organisation="Trust"))))
    cal = parse(office.ics.meeting_ics(m.id))
    assert str(cal["version"]) == "2.0" and "Caseworker" in str(cal["prodid"])
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/London"]
    (ev,) = events(cal)
    assert str(ev["summary"]) == "Funder visit" and str(ev["location"]) == "12 High St"
    assert ev.decoded("dtstart") == start and ev.decoded("dtend") == start + timedelta(minutes=90)
    assert ev["dtstart"].params["TZID"] == "Europe/London"
    assert "Sam (Trust)" in str(ev["description"])
    assert ev["uid"] and ev["dtstamp"]


def test_a_series_carries_its_rule_exceptions_and_changed_occurrences(office) -> None:
    start = datetime(2026, 10, 5, 10, tzinfo=LONDON)
    rule = SeriesRule(Frequency.MONTHLY, weekdays=(1,), monthly_by=MonthlyBy.WEEKDAY, week_position=2,
                      until=date(2027, 3, 31))
    m, _ = office.meetings.create(MeetingDraft("Trustees", start, start + timedelta(hours=2), "Europe/London",
                                               rule=rule))
    keys = [r.key for r in office.meetings.between(datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 4, 1, tzinfo=UTC))]
    office.meetings.cancel_occurrence(m.id, keys[2])
    moved_start = datetime(2027, 1, 14, 18, tzinfo=LONDON)
    office.meetings.edit_occurrence(m.id, keys[3], MeetingDraft("Trustees (evening)", moved_start,
                                                                moved_start + timedelta(hours=2), "Europe/London"))
    cal = parse(office.ics.meeting_ics(m.id))
    master, child = events(cal)
    assert master["rrule"].to_ical() == b"FREQ=MONTHLY;UNTIL=20270331T235959Z;BYDAY=2TU"
    exdates = [d.dt for d in (master["exdate"] if isinstance(master["exdate"], list) else [master["exdate"]]) for d in d.dts]
    assert exdates == [keys[2].astimezone(LONDON)]
    assert child["uid"] == master["uid"]
    assert child.decoded("recurrence-id") == keys[3].astimezone(LONDON)
    assert child.decoded("dtstart") == moved_start
    # Expanding the exported series gives what the app shows.
    from dateutil.rrule import rrulestr

    expanded = rrulestr(master["rrule"].to_ical().decode(), dtstart=master.decoded("dtstart"))
    exported = [d for d in expanded if d.astimezone(UTC) not in {keys[2], keys[3]}]
    shown = [r.start for r in office.meetings.between(datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 4, 1, tzinfo=UTC))
             if r.key is not None]
    assert [d.astimezone(UTC) for d in exported] == shown


def test_a_range_export_never_names_clients(office) -> None:
    client, _ = office.clients.create(ClientDraft("Ada", "Lovelace"), confirmed=True)
    start = datetime(2026, 11, 3, 9, tzinfo=UTC)
    office.meetings.create(MeetingDraft("Review", start, start + timedelta(hours=1), "UTC",
                                        attendees=(AttendeeDraft(AttendeeKind.CLIENT, client_id=client.id),)))
    office.meetings.create(MeetingDraft("Later", start + timedelta(days=40), start + timedelta(days=40, hours=1), "UTC"))
    office.meetings.create(MeetingDraft("Weekly", start - timedelta(days=60), start - timedelta(days=60) + timedelta(hours=1),
                                        "America/New_York", rule=SeriesRule(Frequency.WEEKLY)))
    data = office.ics.range_ics(date(2026, 11, 1), date(2026, 11, 30), LONDON)
    assert b"Lovelace" not in data
    cal = parse(data)
    assert sorted(str(e["summary"]) for e in events(cal)) == ["Review", "Weekly"]
    assert {str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")} == {"America/New_York"}  # UTC needs none
