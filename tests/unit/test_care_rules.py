"""Client-care rules on their own: reminder times across DST and business days, the next due time of
a repeating task, check-in dates, advice on a contact, and the forms' checks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from caseworker.domain.business_days import BusinessCalendar
from caseworker.domain.care import (
    CheckInState,
    ContactWishes,
    FeedbackDraft,
    RhythmDraft,
    TaskDraft,
    advise_contact,
    business_days_before,
    case_reminder_at,
    check_in_due,
    check_in_state,
    kept_on_rhythm,
    next_due,
    task_reminder_at,
    validate_feedback,
    validate_rhythm,
    validate_task,
    visible_kinds,
)
from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.guard import Weekday
from caseworker.domain.permissions import Role

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def test_business_days_before_skips_weekends_and_holidays() -> None:
    cal = BusinessCalendar.covering({date(2026, 11, 6)}, date(2026, 11, 10))
    assert business_days_before(cal, date(2026, 11, 10), 2) == date(2026, 11, 5)  # Mon 9, (Fri 6 off), Thu 5
    assert business_days_before(cal, date(2026, 11, 9), 0) == date(2026, 11, 9)
    # A due date on a Sunday counts back from the Friday before it.
    assert business_days_before(cal, date(2026, 11, 15), 0) == date(2026, 11, 13)
    assert business_days_before(cal, date(2026, 11, 15), 1) == date(2026, 11, 12)


def test_a_case_reminds_at_nine_local_time_in_summer_and_winter() -> None:
    cal = BusinessCalendar.covering((), date(2026, 10, 30))
    # Due Friday 30 October (winter time in Berlin); two business days before is Wednesday 28 (winter).
    assert case_reminder_at(date(2026, 10, 30), 2, cal, BERLIN) == datetime(2026, 10, 28, 8, tzinfo=UTC)
    # Due Tuesday 27 October; two business days before is Friday 23 (summer time, UTC+2).
    assert case_reminder_at(date(2026, 10, 27), 2, cal, BERLIN) == datetime(2026, 10, 23, 7, tzinfo=UTC)


def test_a_day_before_keeps_the_wall_clock_and_hours_are_elapsed_time() -> None:
    due = datetime(2026, 3, 9, 13, tzinfo=UTC)  # Monday 09:00 in New York (EDT since Sunday 8 March)
    assert task_reminder_at(due, 24 * 60, NEW_YORK) == datetime(2026, 3, 8, 13, tzinfo=UTC)  # Sun 09:00 EDT
    assert task_reminder_at(due, 2 * 24 * 60, NEW_YORK) == datetime(2026, 3, 7, 14, tzinfo=UTC)  # Sat 09:00 EST
    assert task_reminder_at(due, 90, NEW_YORK) == datetime(2026, 3, 9, 11, 30, tzinfo=UTC)
    # A day before a 02:30 task on the day after the spring gap lands in the gap: the earlier offset.
    gap_next_day = datetime(2026, 3, 9, 6, 30, tzinfo=UTC)  # Monday 02:30 EDT
    assert task_reminder_at(gap_next_day, 24 * 60, NEW_YORK) == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)


def test_next_due_of_monthly_on_the_last_day_and_of_an_ended_series() -> None:
    start = datetime(2026, 1, 31, 9, tzinfo=UTC)
    assert next_due("FREQ=MONTHLY;BYMONTHDAY=-1", start, start, ZoneInfo("UTC")) == datetime(2026, 2, 28, 9,
                                                                                            tzinfo=UTC)
    assert next_due("FREQ=WEEKLY;COUNT=1", start, start, ZoneInfo("UTC")) is None


def test_roles_see_tasks_on_their_own_side_only() -> None:
    assert {k.value for k in visible_kinds({Role.FUNDRAISER})} == {"", "donor", "grant", "meeting"}
    assert {k.value for k in visible_kinds({Role.CASEWORKER})} == {"", "client", "case", "grant", "meeting"}
    assert len(visible_kinds({Role.MANAGER})) == 6


def test_task_form_checks() -> None:
    with pytest.raises(ValidationError) as err:
        validate_task(TaskDraft("Visit", datetime(2026, 1, 1, 9), channel="phone", record_type="client", record_id=1))
    assert err.value.field == "due_at"
    with pytest.raises(ValidationErrors) as errs:
        validate_task(TaskDraft("Call", None, "donor", 3, assignee_id=1, team_id=2, channel="phone",
                                rrule="FREQ=SOMETIMES"))
    assert {"assignee_id", "channel", "rrule", "due_at"} <= set(errs.value.by_field())
    ok = validate_task(TaskDraft("  Call  ", datetime(2026, 1, 1, 9, tzinfo=BERLIN), rrule="rrule:freq=weekly"))
    assert (ok.title, ok.due_at, ok.rrule) == ("Call", datetime(2026, 1, 1, 8, tzinfo=UTC), "FREQ=WEEKLY")


def test_check_in_dates() -> None:
    assert check_in_due(14, None, date(2026, 11, 1)) == date(2026, 11, 15)
    assert check_in_due(14, date(2026, 11, 10), date(2026, 11, 1)) == date(2026, 11, 24)
    assert check_in_due(14, date(2026, 10, 1), date(2026, 11, 1)) == date(2026, 11, 15)  # before the rhythm
    assert check_in_state(date(2026, 11, 15), date(2026, 11, 16)) is CheckInState.OVERDUE
    assert check_in_state(date(2026, 11, 15), date(2026, 11, 13)) is CheckInState.DUE
    assert check_in_state(date(2026, 11, 15), date(2026, 11, 12)) is CheckInState.OK
    days = [date(2026, 11, 1), date(2026, 11, 8), date(2026, 11, 8), date(2026, 11, 30)]
    assert kept_on_rhythm(days, 7) == (1, 2)


def test_advice_without_wishes_always_fits_and_a_preferred_channel_alone_warns_without_a_slot() -> None:
    when = datetime(2026, 11, 7, 22, tzinfo=UTC)
    assert advise_contact(ContactWishes(), when, "phone").fits
    advice = advise_contact(ContactWishes(channel="email"), when, "phone")
    assert not advice.fits and advice.next_slot is None and advice.channel == "email"
    wishes = ContactWishes("phone", frozenset({Weekday.SAT}), time(21), time(23), BERLIN)
    assert not advise_contact(wishes, when, "phone").fits  # Saturday 23:00 in Berlin: the end is not in
    assert advise_contact(wishes, datetime(2026, 11, 7, 21, tzinfo=UTC), "phone").fits  # 22:00 is
    with pytest.raises(ValidationError):
        advise_contact(wishes, datetime(2026, 11, 7, 22), "phone")


def test_rhythm_and_feedback_forms() -> None:
    ok = validate_rhythm(RhythmDraft("14", "phone", frozenset({"Tuesday", "fri"}), "9:30", "12:00"))
    assert (ok.every_days, ok.days, ok.best_from) == (14, frozenset({"tue", "fri"}), "09:30")
    with pytest.raises(ValidationError) as err:
        validate_rhythm(RhythmDraft(14, best_from="10:00"))
    assert err.value.field == "best_to"
    fb = validate_feedback(FeedbackDraft("yes", "partly", "4", " Kind staff "))
    assert (fb.treated, fb.comment) == (4, "Kind staff")
    with pytest.raises(ValidationError):
        validate_feedback(FeedbackDraft("yes", "yes", True))
