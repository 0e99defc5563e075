"""Meetings through the service: series, occurrences, minutes, action items, clashes, donors."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from caseworker.db.base import utcnow
from caseworker.domain import guard
from caseworker.domain.channels import Channel
from caseworker.domain.clients import ClientDraft
from caseworker.domain.donors import DonorDraft
from caseworker.domain.errors import RuleViolation, ValidationErrors
from caseworker.domain.meetings import Attendance, AttendeeDraft, AttendeeKind, MeetingDraft
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind
from caseworker.domain.recurrence import Frequency, MonthlyBy, SeriesRule

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def office(services_for):
    return services_for(Role.MANAGER)


def staff(uid: int, attendance: Attendance = Attendance.INVITED) -> AttendeeDraft:
    return AttendeeDraft(AttendeeKind.STAFF, user_id=uid, attendance=attendance)


def weekly(title="Team meeting", start=datetime(2026, 10, 5, 10, tzinfo=LONDON), **rule) -> MeetingDraft:
    return MeetingDraft(title, start, start + timedelta(hours=1), "Europe/London", Channel.IN_PERSON, "Room 1",
                        rule=SeriesRule(Frequency.WEEKLY, **rule))


def test_a_series_is_expanded_only_in_the_range_asked(office) -> None:
    m, _ = office.meetings.create(weekly(count=10))
    rows = office.meetings.between(datetime(2026, 10, 19, tzinfo=UTC), datetime(2026, 11, 10, tzinfo=UTC))
    assert [r.start.astimezone(LONDON).strftime("%d %H:%M") for r in rows] == ["19 10:00", "26 10:00", "02 10:00", "09 10:00"]
    assert {r.start.astimezone(UTC).hour for r in rows} == {9, 10}  # across the end of BST
    assert all(r.occurrence_of == m.id for r in rows)


def test_cancel_edit_and_detach_single_occurrences(office) -> None:
    m, _ = office.meetings.create(weekly(count=4))
    keys = [r.key for r in office.meetings.between(datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC))]
    office.meetings.cancel_occurrence(m.id, keys[1], "Half term")
    moved = weekly(title="Team meeting (moved)", start=datetime(2026, 10, 20, 14, tzinfo=LONDON))
    child, _ = office.meetings.edit_occurrence(m.id, keys[2], moved)
    assert child.series_id == m.id and child.recurrence_id == keys[2] and child.rule is None
    rows = office.meetings.between(datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC))
    assert [(r.title, r.start.astimezone(LONDON).strftime("%d %H")) for r in rows] == [
        ("Team meeting", "05 10"), ("Team meeting (moved)", "20 14"), ("Team meeting", "26 10")]
    assert office.meetings.get(m.id).exceptions == (keys[1],)
    # Detaching an occurrence for its minutes gives it the series' values.
    detached, _ = office.meetings.detach_occurrence(m.id, keys[3])
    assert detached.title == "Team meeting" and detached.start == keys[3]
    again, _ = office.meetings.detach_occurrence(m.id, keys[3])
    assert again.id == detached.id


def test_editing_the_whole_series(office) -> None:
    m, _ = office.meetings.create(weekly(count=3))
    changed, _ = office.meetings.update(m.id, weekly(title="Renamed", interval=2, count=3), m.version)
    rows = office.meetings.between(datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC))
    assert [r.start.astimezone(LONDON).day for r in rows] == [5, 19, 2]
    assert {r.title for r in rows} == {"Renamed"} and changed.rule.interval == 2


def test_minutes_decisions_attendance_and_action_items(office, services_for) -> None:
    worker = services_for(Role.CASEWORKER)
    draft = MeetingDraft("Case review", datetime(2026, 11, 3, 9, tzinfo=UTC), datetime(2026, 11, 3, 10, tzinfo=UTC),
                         "UTC", attendees=(staff(office.actor.user_id), staff(worker.actor.user_id),
                                           AttendeeDraft(AttendeeKind.EXTERNAL, name="Jo Bloggs", organisation="Council")),
                         agenda=("Open cases", "Any other business"))
    m, _ = office.meetings.create(draft)
    attendance = {a.id: Attendance.ATTENDED if a.kind is AttendeeKind.STAFF else Attendance.APOLOGIES
                  for a in m.attendees}
    m, _ = office.meetings.record_minutes(m.id, "Went well.", ["Adopt the new form", " "], attendance, m.version)
    assert m.decisions == ("Adopt the new form",) and m.minutes == "Went well."
    assert [a.attendance for a in m.attendees] == [Attendance.ATTENDED, Attendance.ATTENDED, Attendance.APOLOGIES]
    item, changes = office.meetings.add_action_item(m.id, "Send the form round", worker.actor.user_id, date(2026, 11, 10))
    assert changes.touches(ChangeKind.ACTION_ITEM)
    mine = worker.meetings.my_action_items()
    assert [(a.text, a.due_on, a.meeting_title) for a in mine] == [("Send the form round", date(2026, 11, 10), "Case review")]
    worker.meetings.set_action_done(item.id, True, item.version)
    assert worker.meetings.my_action_items() == []
    assert [a.done for a in worker.meetings.my_action_items(include_done=True)] == [True]


def test_minutes_belong_to_an_occurrence_not_the_series(office) -> None:
    m, _ = office.meetings.create(weekly(count=2))
    with pytest.raises(RuleViolation):
        office.meetings.record_minutes(m.id, "x", [], {}, m.version)
    with pytest.raises(RuleViolation):
        office.meetings.add_action_item(m.id, "x", office.actor.user_id, None)


def test_double_booking_is_reported_occurrence_by_occurrence(office, services_for) -> None:
    worker = services_for(Role.CASEWORKER)
    uid = worker.actor.user_id
    office.meetings.create(MeetingDraft("Home visit", datetime(2026, 10, 12, 10, 30, tzinfo=LONDON),
                                        datetime(2026, 10, 12, 11, 30, tzinfo=LONDON), "Europe/London",
                                        attendees=(staff(uid),)))
    series = weekly(count=4)
    series = MeetingDraft(series.title, series.start, series.end, series.timezone, rule=series.rule,
                          attendees=(staff(uid), staff(office.actor.user_id)))
    clashes = office.meetings.clashes(series, now=datetime(2026, 10, 1, tzinfo=UTC))
    assert [(c.user, c.other_title, c.occurrence_start.astimezone(LONDON).day) for c in clashes] == [
        (worker.actor.display_name, "Home visit", 12)]
    # Apologies sent: no clash; and a meeting never clashes with itself.
    assert office.meetings.clashes(MeetingDraft(series.title, series.start, series.end, series.timezone,
                                                rule=series.rule, attendees=(staff(uid, Attendance.APOLOGIES),)),
                                   now=datetime(2026, 10, 1, tzinfo=UTC)) == []
    m, _ = office.meetings.create(series)
    assert len(office.meetings.clashes(series, meeting_id=m.id, now=datetime(2026, 10, 1, tzinfo=UTC))) == 1


def test_a_client_attendee_is_named_only_to_roles_that_read_clients(office, services_for) -> None:
    client, _ = office.clients.create(ClientDraft("Ada", "Lovelace"), confirmed=True)
    m, _ = office.meetings.create(MeetingDraft("Review with client", datetime(2026, 11, 3, 9, tzinfo=UTC),
                                               datetime(2026, 11, 3, 10, tzinfo=UTC), "UTC",
                                               attendees=(AttendeeDraft(AttendeeKind.CLIENT, client_id=client.id),)))
    assert office.meetings.get(m.id).attendees[0].name == "Ada Lovelace"
    fundraiser = services_for(Role.FUNDRAISER)
    seen = fundraiser.meetings.get(m.id).attendees[0]
    assert seen.name == "a client" and seen.ref_id is None
    timeline = office.meetings.client_timeline(client.id)
    assert [(t.meeting_id, t.title) for t in timeline] == [(m.id, "Review with client")]


def test_moving_a_series_keeps_its_cancelled_and_changed_occurrences(office) -> None:
    m, _ = office.meetings.create(weekly(count=4))
    october = (datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC))
    keys = [r.key for r in office.meetings.between(*october)]
    office.meetings.cancel_occurrence(m.id, keys[1], "Half term")
    office.meetings.edit_occurrence(m.id, keys[2], weekly(title="Team meeting (moved)",
                                                          start=datetime(2026, 10, 20, 14, tzinfo=LONDON)))
    # The whole series moves from 10:00 to 11:30, across the end of summer time.
    later = weekly(start=datetime(2026, 10, 5, 11, 30, tzinfo=LONDON), count=4)
    office.meetings.update(m.id, later, office.meetings.get(m.id).version)
    rows = office.meetings.between(*october)
    assert [(r.title, r.start.astimezone(LONDON).strftime("%d %H:%M")) for r in rows] == [
        ("Team meeting", "05 11:30"), ("Team meeting (moved)", "20 14:00"), ("Team meeting", "26 11:30")]
    assert office.meetings.get(m.id).exceptions == (datetime(2026, 10, 12, 10, 30, tzinfo=UTC),)
    # The series' new slot that week (11:30 on the 19th) is still the one that was changed.
    assert office.meetings.occurrence(m.id, datetime(2026, 10, 19, 10, 30, tzinfo=UTC)).title \
        == "Team meeting (moved)"


def test_moving_a_series_by_a_week_moves_neighbouring_cancellations_past_each_other(office) -> None:
    m, _ = office.meetings.create(weekly(count=6))
    keys = [r.key for r in office.meetings.between(datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))]
    office.meetings.cancel_occurrence(m.id, keys[1], "Half term")
    office.meetings.cancel_occurrence(m.id, keys[2], "Half term")
    office.meetings.update(m.id, weekly(start=datetime(2026, 10, 12, 10, tzinfo=LONDON), count=6),
                           office.meetings.get(m.id).version)
    assert office.meetings.get(m.id).exceptions == (keys[2], keys[3])


def test_series_with_a_donor_checks_the_guard_occurrence_by_occurrence(office) -> None:
    donor, _ = office.donors.add_donor(DonorDraft(first_name="Grace", last_name="Hopper"))
    draft = MeetingDraft("Stewardship call", datetime(2026, 11, 2, 11, tzinfo=UTC),
                         datetime(2026, 11, 2, 11, 30, tzinfo=UTC), "UTC", Channel.PHONE,
                         rule=SeriesRule(Frequency.WEEKLY, count=6),
                         attendees=(AttendeeDraft(AttendeeKind.DONOR, donor_id=donor.id),))
    previews = office.meetings.touchpoint_preview(draft, now=datetime(2026, 11, 1, tzinfo=UTC))
    assert len(previews) == 6
    # Weekly calls keep the 7-day gap, but a fourth within 30 days breaks the cap of three; a
    # blocked call is not planned, so the sixth fits again.
    assert [p.blocked for p in previews] == [False, False, False, True, True, False]
    assert all(p.verdict.reasons[0].rule is guard.Rule.WINDOW_CAP for p in previews if p.blocked)


def test_saving_a_meeting_with_a_donor_plans_its_touchpoints(office) -> None:
    donor, _ = office.donors.add_donor(DonorDraft(first_name="Grace", last_name="Hopper"))
    # Late morning on the next weekday: the guard's quiet hours (20:00-09:00) and quiet days
    # (Saturday, Sunday) would block a visit booked at whatever time the suite happens to run.
    start = (utcnow() + timedelta(days=1)).replace(hour=11, minute=0, second=0, microsecond=0)
    while start.weekday() >= 5:
        start += timedelta(days=1)
    draft = MeetingDraft("Visit", start, start + timedelta(hours=1), "UTC", Channel.IN_PERSON,
                         rule=SeriesRule(Frequency.WEEKLY, count=5),
                         attendees=(AttendeeDraft(AttendeeKind.DONOR, donor_id=donor.id),))
    m, changes = office.meetings.create(draft)
    assert changes.touches(ChangeKind.TOUCHPOINT) and donor.id in changes.ids(ChangeKind.DONOR)
    planned = [t for t in office.touchpoints.history(donor.id) if t.status is guard.TouchStatus.PLANNED]
    assert [(t.meeting_id, t.channel) for t in planned] == [(m.id, guard.Channel.VISIT)] * 3
    keys = [r.key for r in office.meetings.between(start, start + timedelta(days=40))]
    office.meetings.cancel_occurrence(m.id, keys[0])
    planned = [t.when for t in office.touchpoints.history(donor.id) if t.status is guard.TouchStatus.PLANNED]
    assert keys[0] not in planned and len(planned) == 3
    office.meetings.cancel(m.id, "Donor moved away", office.meetings.get(m.id).version)
    assert not [t for t in office.touchpoints.history(donor.id) if t.status is guard.TouchStatus.PLANNED]


def test_validation(office) -> None:
    start = datetime(2026, 11, 3, 9, tzinfo=UTC)
    with pytest.raises(ValidationErrors) as info:
        office.meetings.create(MeetingDraft(" ", start, start - timedelta(minutes=1), "Mars/Olympus",
                                            attendees=(AttendeeDraft(AttendeeKind.EXTERNAL),)))
    assert set(info.value.by_field()) == {"title", "timezone", "attendees"}


def test_last_day_of_month_series_in_the_calendar(office) -> None:
    draft = MeetingDraft("Month end", datetime(2026, 1, 31, 16, tzinfo=LONDON), datetime(2026, 1, 31, 17, tzinfo=LONDON),
                         "Europe/London", rule=SeriesRule(Frequency.MONTHLY, monthly_by=MonthlyBy.LAST_DAY, count=3))
    office.meetings.create(draft)
    entries = office.calendar.entries(date(2026, 2, 1), date(2026, 3, 31), zone=LONDON)
    assert [e.day for e in entries] == [date(2026, 2, 28), date(2026, 3, 31)]
