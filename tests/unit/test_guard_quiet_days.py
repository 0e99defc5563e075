"""The guard's quiet days: donor-local weekdays on which some channels (or all) are blocked."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from caseworker.domain.errors import ValidationError
from caseworker.domain.guard import (
    Channel,
    ContactPolicy,
    DonorPreferences,
    Outcome,
    Proposal,
    Purpose,
    QuietDays,
    QuietHours,
    Rule,
    Severity,
    Verdict,
    Weekday,
    evaluate,
)
from caseworker.domain.guard_scenario import parse_scenario
from caseworker.services.contact_policy import parse_policy, policy_to_json

UTC = UTC
LONDON = ZoneInfo("Europe/London")
WEEKEND = QuietDays()  # Saturday and Sunday, phone and visit: what a new organisation starts with
ALL_CHANNELS_SATURDAY = QuietDays(frozenset({Weekday.SAT}), frozenset())


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def check(when: datetime, *, channel: Channel = Channel.PHONE, quiet_days: QuietDays | None = WEEKEND,
          zone: ZoneInfo = LONDON, **policy: object) -> Verdict:
    return evaluate(
        ContactPolicy(quiet_days=quiet_days, **policy),  # type: ignore[arg-type]
        DonorPreferences(timezone=zone),
        (),
        Proposal(when, channel, Purpose.UPDATE),
    )


def test_a_saturday_call_waits_for_monday_morning_with_the_weekday_in_the_reason() -> None:
    verdict = check(at("2026-03-14T15:00:00Z"))
    assert verdict.verdict is Outcome.BLOCK
    assert verdict.rules == (Rule.QUIET_DAYS,)
    # Monday's first instant is still inside quiet hours, so the call waits for 09:00.
    assert verdict.next_allowed == at("2026-03-16T09:00:00Z")
    assert verdict.reasons[0].text() == "Saturday is a quiet day for phone calls, in the supporter's local time."
    assert verdict.suggested_channel is Channel.EMAIL


def test_quiet_days_leave_other_channels_alone() -> None:
    verdict = check(at("2026-03-14T15:00:00Z"), channel=Channel.EMAIL)
    assert verdict.verdict is Outcome.ALLOW


def test_quiet_days_without_channels_cover_every_channel_until_midnight() -> None:
    verdict = check(at("2026-03-14T11:00:00Z"), channel=Channel.LETTER, quiet_days=ALL_CHANNELS_SATURDAY)
    assert verdict.rules == (Rule.QUIET_DAYS,)
    assert verdict.next_allowed == at("2026-03-15T00:00:00Z")
    assert "no contact at all" in verdict.reasons[0].text()
    assert verdict.suggested_channel is None  # another channel cannot help


@pytest.mark.parametrize(
    ("proposed", "expected"),
    [
        # The clocks go forward in the early hours of Sunday 29 March: Monday 09:00 is BST.
        ("2026-03-28T15:00:00Z", "2026-03-30T08:00:00Z"),
        # ...and back on Sunday 25 October: Monday 09:00 is GMT again.
        ("2026-10-24T15:00:00Z", "2026-10-26T09:00:00Z"),
        # Sunday 00:30 BST is still Saturday 23:30 in UTC, but the donor's Sunday counts.
        ("2026-03-28T23:30:00Z", "2026-03-30T08:00:00Z"),
    ],
)
def test_weekends_across_the_change_of_clocks(proposed: str, expected: str) -> None:
    verdict = check(at(proposed))
    assert verdict.verdict is Outcome.BLOCK
    assert verdict.next_allowed == at(expected)


def test_a_day_whose_midnight_is_skipped_starts_at_the_jump() -> None:
    # Chile moves its clocks from 00:00 to 01:00 on Sunday 6 September 2026.
    verdict = check(at("2026-09-05T18:00:00Z"), channel=Channel.EMAIL, quiet_days=ALL_CHANNELS_SATURDAY,
                    zone=ZoneInfo("America/Santiago"), quiet_hours=None)
    assert verdict.next_allowed == at("2026-09-06T04:00:00Z")  # 01:00 local, UTC-3


def test_the_donors_own_weekday_decides_not_utcs() -> None:
    los_angeles, auckland = ZoneInfo("America/Los_Angeles"), ZoneInfo("Pacific/Auckland")
    # Monday 02:00 in UTC is still Sunday 18:00 in Los Angeles: quiet, until Monday 09:00 there.
    sunday_evening = check(at("2026-11-16T02:00:00Z"), zone=los_angeles)
    assert sunday_evening.rules == (Rule.QUIET_DAYS,)
    assert sunday_evening.next_allowed == at("2026-11-16T17:00:00Z")
    # Sunday 22:00 in UTC is already Monday 11:00 in Auckland: a working day there.
    monday_morning = check(at("2026-11-15T22:00:00Z"), zone=auckland)
    assert monday_morning.verdict is Outcome.ALLOW
    # Friday 13:00 in UTC is Saturday 02:00 in Auckland.
    friday_utc = check(at("2026-11-13T13:00:00Z"), channel=Channel.VISIT, zone=auckland)
    assert Rule.QUIET_DAYS in friday_utc.rules
    assert friday_utc.next_allowed == at("2026-11-15T20:00:00Z")  # Monday 09:00 NZDT


def test_softened_quiet_days_only_warn() -> None:
    verdict = check(at("2026-03-14T15:00:00Z"), soft_rules=frozenset({Rule.QUIET_DAYS}))
    assert verdict.verdict is Outcome.WARN
    assert verdict.reasons[0].severity is Severity.WARN
    assert verdict.next_allowed == at("2026-03-14T15:00:00Z")


def test_softened_quiet_days_still_leave_quiet_hours_blocking() -> None:
    verdict = check(at("2026-03-14T21:00:00Z"), soft_rules=frozenset({Rule.QUIET_DAYS}))
    assert verdict.verdict is Outcome.BLOCK
    assert verdict.rules == (Rule.QUIET_DAYS, Rule.QUIET_HOURS)
    # Softened quiet days do not hold the search back: Sunday 09:00 is allowed.
    assert verdict.next_allowed == at("2026-03-15T09:00:00Z")


def test_a_week_of_quiet_days_never_allows_the_channel() -> None:
    every_day = QuietDays(frozenset(Weekday), frozenset({Channel.PHONE}))
    verdict = check(at("2026-03-11T12:00:00Z"), quiet_days=every_day)
    assert verdict.verdict is Outcome.BLOCK
    assert verdict.next_allowed is None


def test_quiet_days_combine_with_quiet_hours_that_end_late() -> None:
    late = QuietHours(time(18), time(11), frozenset({Channel.PHONE}))
    verdict = check(at("2026-03-13T19:00:00Z"), quiet_hours=late)  # Friday evening
    assert verdict.rules == (Rule.QUIET_HOURS,)
    assert verdict.next_allowed == at("2026-03-16T11:00:00Z")  # not Saturday 11:00, a quiet day


@pytest.mark.parametrize(
    ("quiet_days", "field"),
    [
        ({"days": ["sat", "funday"]}, "policy.quiet_days.days[1]"),
        ({"days": ["sun"], "channels": ["pigeon"]}, "policy.quiet_days.channels[0]"),
        ({"days": "sat"}, "policy.quiet_days.days"),
        ("weekends", "policy.quiet_days"),
    ],
)
def test_a_bad_quiet_days_entry_names_its_place(quiet_days: object, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_scenario({"policy": {"quiet_days": quiet_days},
                        "proposal": {"when": "2026-01-01T10:00:00Z", "channel": "email", "purpose": "update"}})
    assert caught.value.field == field


def test_the_stored_policy_keeps_its_quiet_days() -> None:
    policy = parse_policy({"quiet_days": {"days": ["sun", "mon"], "channels": ["visit"]}}, LONDON)
    assert policy.quiet_days == QuietDays(frozenset({Weekday.SUN, Weekday.MON}), frozenset({Channel.VISIT}))
    stored = policy_to_json(policy)
    assert stored["quiet_days"] == {"days": ["mon", "sun"], "channels": ["visit"]}
    assert parse_policy(stored, LONDON) == policy
    assert policy_to_json(parse_policy({}, LONDON))["quiet_days"] is None
