"""Properties of the guard's search for the next allowed time, over generated scenarios."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseworker.domain.channels import TOUCHPOINT_CHANNELS
from caseworker.domain.guard import (
    HORIZON,
    UNSOFTENABLE,
    Blackout,
    Channel,
    ContactPolicy,
    DonorPreferences,
    Outcome,
    Proposal,
    Purpose,
    QuietDays,
    QuietHours,
    QuietPeriod,
    Rule,
    Severity,
    Touch,
    TouchStatus,
    Verdict,
    Weekday,
    evaluate,
)

UTC = UTC
ZONES = [
    ZoneInfo(name)
    for name in (
        "UTC",
        "America/New_York",
        "Europe/London",
        "Australia/Lord_Howe",  # DST of half an hour
        "America/Santiago",  # a day that starts at 01:00
        "America/Havana",
        "Asia/Kolkata",
    )
]
START = datetime(2026, 1, 1, tzinfo=UTC)
QUARTER = timedelta(minutes=15)
DAY = timedelta(days=1)
MAX_PROBES = 120

PROPERTY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@dataclass(frozen=True)
class Case:
    policy: ContactPolicy
    donor: DonorPreferences
    history: tuple[Touch, ...]
    proposal: Proposal

    def at(self, when: datetime) -> Verdict:
        moved = Proposal(when, self.proposal.channel, self.proposal.purpose)
        return evaluate(self.policy, self.donor, self.history, moved)


def _subset(values: type[Channel] | type[Purpose] | type[Rule]) -> st.SearchStrategy[frozenset]:
    return st.frozensets(st.sampled_from(list(values)), max_size=3)


_clock = st.builds(time, st.integers(0, 23), st.sampled_from([0, 30]))


@st.composite
def _ranges(draw: st.DrawFn, around: date) -> tuple[date, date]:
    start = around + timedelta(days=draw(st.integers(-10, 60)))
    return start, start + timedelta(days=draw(st.integers(0, 25)))


@st.composite
def cases(draw: st.DrawFn) -> Case:
    proposed_at = START + QUARTER * draw(st.integers(0, 365 * 96))
    around = proposed_at.date()
    quiet_hours = draw(
        st.none() | st.builds(QuietHours, _clock, _clock, st.frozensets(st.sampled_from(list(TOUCHPOINT_CHANNELS))))
    )
    policy = ContactPolicy(
        timezone=draw(st.sampled_from(ZONES)),
        window_days=draw(st.integers(1, 45)),
        max_in_window=draw(st.integers(0, 4)),
        min_gap_days=draw(st.integers(0, 10)),
        ask_window_days=draw(st.integers(1, 120)),
        max_asks_in_window=draw(st.integers(0, 2)),
        exempt_purposes=draw(_subset(Purpose)),
        quiet_hours=quiet_hours,
        quiet_days=draw(
            st.none()
            | st.builds(
                QuietDays,
                st.frozensets(st.sampled_from(list(Weekday)), min_size=1, max_size=7),
                st.frozensets(st.sampled_from(list(TOUCHPOINT_CHANNELS)), max_size=3),
            )
        ),
        blackouts=tuple(
            Blackout(*draw(_ranges(around)), draw(_subset(Purpose)))
            for _ in range(draw(st.integers(0, 2)))
        ),
        soft_rules=draw(_subset(Rule)),
    )
    optional_days = st.none() | st.integers(1, 40)
    donor = DonorPreferences(
        timezone=draw(st.none() | st.sampled_from(ZONES)),
        do_not_contact=draw(st.integers(0, 19).map(lambda n: n == 0)),
        opted_out_channels=draw(st.frozensets(st.sampled_from(list(TOUCHPOINT_CHANNELS)), max_size=1)),
        preferred_channels=tuple(draw(st.lists(st.sampled_from(list(TOUCHPOINT_CHANNELS)), max_size=2, unique=True))),
        quiet_periods=tuple(
            QuietPeriod(*draw(_ranges(around))) for _ in range(draw(st.integers(0, 2)))
        ),
        window_days=draw(optional_days),
        max_in_window=draw(st.none() | st.integers(1, 4)),
        min_gap_days=draw(st.none() | st.integers(0, 10)),
    )
    history = tuple(
        Touch(
            proposed_at
            + DAY * draw(st.integers(-90, 90))
            + QUARTER * draw(st.sampled_from([0, 0, 0, 1, -1, 2, 40, -40])),
            draw(st.sampled_from(list(TOUCHPOINT_CHANNELS))),
            draw(st.sampled_from(list(Purpose))),
            draw(st.sampled_from(list(TouchStatus))),
            id=i,
        )
        for i in range(draw(st.integers(0, 10)))
    )
    proposal = Proposal(
        proposed_at.astimezone(draw(st.sampled_from(ZONES))),
        draw(st.sampled_from(list(TOUCHPOINT_CHANNELS))),
        draw(st.sampled_from(list(Purpose))),
    )
    return Case(policy, donor, history, proposal)


def _boundaries(case: Case, start: datetime, end: datetime) -> list[datetime]:
    """The instants the specification names as possible answers, in ``[start, end)``."""
    policy, donor = case.policy, case.donor
    tz = donor.timezone or policy.timezone
    spans = {
        timedelta(days=donor.window_days or policy.window_days),
        timedelta(days=policy.ask_window_days),
        timedelta(days=policy.min_gap_days if donor.min_gap_days is None else donor.min_gap_days),
    }
    found = {touch.when + span for touch in case.history for span in spans}
    ranges = [*donor.quiet_periods, *policy.blackouts]
    walls = [datetime.combine(r.end + DAY, time()) for r in ranges]
    if policy.quiet_hours is not None:
        first, last = start.astimezone(tz).date(), min(end, start + 40 * DAY).astimezone(tz).date()
        walls += [
            datetime.combine(first + k * DAY, policy.quiet_hours.end)
            for k in range((last - first).days + 1)
        ]
    if policy.quiet_days is not None:
        first, last = start.astimezone(tz).date(), min(end, start + 40 * DAY).astimezone(tz).date()
        walls += [datetime.combine(first + k * DAY, time()) for k in range((last - first).days + 2)]
    for wall in walls:
        found.update(wall.replace(tzinfo=tz, fold=fold).astimezone(UTC) for fold in (0, 1))
    return sorted(t for t in found if start <= t < end)


def _probes(case: Case, start: datetime, end: datetime) -> list[datetime]:
    """Boundaries, the instants just before them, and a few random instants in ``[start, end)``."""
    chosen = _boundaries(case, start, end)
    chosen += [t - timedelta(seconds=1) for t in chosen]
    rng = random.Random(start.timestamp())
    span = int((end - start).total_seconds())
    chosen += [start + timedelta(seconds=rng.randrange(span)) for _ in range(20)] if span else []
    chosen = sorted({t for t in chosen if start <= t < end})
    return chosen[:: max(1, len(chosen) // MAX_PROBES)]


@PROPERTY_SETTINGS
@given(cases())
def test_next_allowed_is_allowed_and_nothing_earlier_is(case: Case) -> None:
    verdict = evaluate(case.policy, case.donor, case.history, case.proposal)
    _assert_consistent(case, verdict)
    # In UTC: Python never finds a wall time the clocks repeat equal to an instant in another zone.
    start = case.proposal.when.astimezone(UTC)
    if verdict.verdict is not Outcome.BLOCK:
        assert verdict.next_allowed == start
        return
    if set(verdict.rules) & UNSOFTENABLE:
        assert verdict.next_allowed is None
        return
    found = verdict.next_allowed
    if found is not None:
        assert start < found <= start + HORIZON
        assert case.at(found).verdict is not Outcome.BLOCK
    for probe in _probes(case, start, found or start + HORIZON):
        assert case.at(probe).verdict is Outcome.BLOCK, probe


def _assert_consistent(case: Case, verdict: Verdict) -> None:
    """The outcome follows from the reasons, softened rules warn, rules come sorted."""
    assert list(verdict.rules) == sorted(verdict.rules)
    assert tuple(r.rule for r in verdict.reasons) == verdict.rules
    severities = {r.severity for r in verdict.reasons}
    expected = (
        Outcome.BLOCK
        if Severity.BLOCK in severities
        else Outcome.WARN if severities else Outcome.ALLOW
    )
    assert verdict.verdict is expected
    for reason in verdict.reasons:
        assert reason.text()
        softened = reason.rule in case.policy.soft_rules and reason.rule not in UNSOFTENABLE
        if softened or reason.rule is Rule.NOT_PREFERRED_CHANNEL:
            assert reason.severity is Severity.WARN
    if verdict.suggested_channel is not None:
        assert verdict.suggested_channel not in case.donor.opted_out_channels


@PROPERTY_SETTINGS
@given(cases(), st.data())
def test_cancelled_and_excluded_touchpoints_change_nothing(case: Case, data: st.DataObject) -> None:
    verdict = evaluate(case.policy, case.donor, case.history, case.proposal)
    extra = Touch(
        case.proposal.when + QUARTER * data.draw(st.integers(-96, 96)),
        Channel.EMAIL,
        data.draw(st.sampled_from(list(Purpose))),
        data.draw(st.sampled_from([TouchStatus.CANCELLED, TouchStatus.PLANNED])),
        id="edited",
    )
    with_extra = (*case.history, extra)
    if extra.status is TouchStatus.CANCELLED:
        assert evaluate(case.policy, case.donor, with_extra, case.proposal) == verdict
    excluded = evaluate(case.policy, case.donor, with_extra, case.proposal, exclude_id="edited")
    assert excluded == verdict
