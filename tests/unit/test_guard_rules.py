"""The contact guard rule by rule, at and around each boundary."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from caseworker.domain.errors import ValidationError
from caseworker.domain.guard import (
    Blackout,
    Channel,
    ContactPolicy,
    DonorPreferences,
    Outcome,
    Proposal,
    Purpose,
    QuietHours,
    QuietPeriod,
    Rule,
    Severity,
    Touch,
    TouchStatus,
    Verdict,
    evaluate,
)
from caseworker.domain.guard_scenario import parse_scenario, verdict_to_json

UTC = UTC
CHICAGO = ZoneInfo("America/Chicago")
NEW_YORK = ZoneInfo("America/New_York")
DAY = timedelta(days=1)
SECOND = timedelta(seconds=1)
T0 = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
NO_GAP = ContactPolicy(min_gap_days=0)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def touch(
    when: datetime,
    purpose: Purpose = Purpose.UPDATE,
    status: TouchStatus = TouchStatus.DONE,
    channel: Channel = Channel.EMAIL,
    id: int | None = None,
) -> Touch:
    return Touch(when, channel, purpose, status, id)


def check(
    when: datetime,
    *,
    channel: Channel = Channel.EMAIL,
    purpose: Purpose = Purpose.UPDATE,
    history: Sequence[Touch] = (),
    policy: ContactPolicy | None = None,
    donor: DonorPreferences | None = None,
    exclude_id: int | None = None,
) -> Verdict:
    return evaluate(
        policy or ContactPolicy(),
        donor or DonorPreferences(),
        history,
        Proposal(when, channel, purpose),
        exclude_id=exclude_id,
    )


def assert_blocked(verdict: Verdict, rules: set[Rule], next_allowed: datetime | None) -> None:
    assert verdict.verdict is Outcome.BLOCK
    assert set(verdict.rules) == rules
    assert verdict.next_allowed == next_allowed


def assert_allowed(verdict: Verdict, when: datetime) -> None:
    assert verdict.verdict is Outcome.ALLOW, verdict.rules
    assert verdict.rules == ()
    assert verdict.next_allowed == when


# --- min_gap -----------------------------------------------------------------------------------


class TestMinGap:
    def test_exactly_the_gap_after_a_contact_is_fine(self) -> None:
        assert_allowed(check(T0 + 7 * DAY, history=[touch(T0)]), T0 + 7 * DAY)

    def test_exactly_the_gap_before_a_planned_contact_is_fine(self) -> None:
        planned = touch(T0 + 7 * DAY, status=TouchStatus.PLANNED)
        assert_allowed(check(T0, history=[planned]), T0)

    def test_a_second_short_is_blocked_until_the_gap(self) -> None:
        verdict = check(T0 + 7 * DAY - SECOND, history=[touch(T0)])
        assert_blocked(verdict, {Rule.MIN_GAP}, T0 + 7 * DAY)

    def test_between_two_contacts_waits_for_the_later_one(self) -> None:
        history = [touch(T0), touch(T0 + 10 * DAY, status=TouchStatus.PLANNED)]
        assert_blocked(check(T0 + 5 * DAY, history=history), {Rule.MIN_GAP}, T0 + 17 * DAY)

    def test_a_gap_of_zero_days_allows_the_same_instant(self) -> None:
        assert_allowed(check(T0, history=[touch(T0)], policy=NO_GAP), T0)

    def test_cancelled_and_exempt_contacts_do_not_count(self) -> None:
        history = [
            touch(T0 - DAY, status=TouchStatus.CANCELLED),
            touch(T0 - 2 * DAY, purpose=Purpose.THANKS),
        ]
        assert_allowed(check(T0, history=history), T0)

    def test_other_staff_channels_count_too(self) -> None:
        verdict = check(T0, history=[touch(T0 - DAY, channel=Channel.VISIT)])
        assert_blocked(verdict, {Rule.MIN_GAP}, T0 + 6 * DAY)

    def test_message_names_the_other_contact_in_plain_words(self) -> None:
        verdict = check(T0, history=[touch(T0 - DAY)])
        (reason,) = verdict.reasons
        assert reason.severity is Severity.BLOCK
        assert reason.text() == (
            "There is already a contact on 2026-03-09; contacts need to be at least 7 days apart."
        )


# --- window_cap --------------------------------------------------------------------------------


class TestWindowCap:
    three = [touch(T0), touch(T0 + 10 * DAY), touch(T0 + 20 * DAY)]

    def test_the_window_is_half_open(self) -> None:
        assert_allowed(check(T0 + 30 * DAY, history=self.three, policy=NO_GAP), T0 + 30 * DAY)

    def test_a_second_before_the_window_ends_is_blocked(self) -> None:
        verdict = check(T0 + 30 * DAY - SECOND, history=self.three, policy=NO_GAP)
        assert_blocked(verdict, {Rule.WINDOW_CAP}, T0 + 30 * DAY)

    def test_a_proposal_before_the_crowd_waits_until_after_it(self) -> None:
        # [T0 - 5d, T0 + 25d) holds all three; from T0 + 30d on, no window holds T0 as well.
        verdict = check(T0 - 5 * DAY, history=self.three, policy=NO_GAP)
        assert_blocked(verdict, {Rule.WINDOW_CAP}, T0 + 30 * DAY)

    def test_just_early_enough_before_the_crowd_is_fine(self) -> None:
        # Any window with T0 - 10d and T0 + 20d would be longer than 30 days.
        assert_allowed(check(T0 - 10 * DAY, history=self.three, policy=NO_GAP), T0 - 10 * DAY)

    def test_contacts_exactly_a_window_apart_never_share_one(self) -> None:
        policy = ContactPolicy(max_in_window=2, min_gap_days=0)
        history = [touch(T0), touch(T0 + 30 * DAY)]
        assert_allowed(check(T0 + 15 * DAY, history=history, policy=policy), T0 + 15 * DAY)
        closer = [touch(T0), touch(T0 + 30 * DAY - SECOND)]
        verdict = check(T0 + 15 * DAY, history=closer, policy=policy)
        assert_blocked(verdict, {Rule.WINDOW_CAP}, T0 + 30 * DAY)

    def test_planned_future_contacts_count(self) -> None:
        planned = [touch(T0 + k * DAY, status=TouchStatus.PLANNED) for k in (5, 10, 15)]
        verdict = check(T0, history=planned, policy=NO_GAP)
        assert_blocked(verdict, {Rule.WINDOW_CAP}, T0 + 35 * DAY)

    def test_an_old_crowd_only_matters_inside_a_window_with_the_proposal(self) -> None:
        crowd = [touch(T0 + k * DAY) for k in range(5)]
        assert_allowed(check(T0 + 33 * DAY, history=crowd, policy=NO_GAP), T0 + 33 * DAY)
        verdict = check(T0 + 31 * DAY, history=crowd, policy=NO_GAP)
        assert_blocked(verdict, {Rule.WINDOW_CAP}, T0 + 32 * DAY)

    def test_message_counts_the_fullest_window(self) -> None:
        verdict = check(T0 + 25 * DAY, history=self.three, policy=NO_GAP)
        (reason,) = verdict.reasons
        assert reason.params == {"n": 3, "days": 30, "count": 4}
        assert reason.text() == (
            "Contacts are limited to 3 in any 30 days; this would be contact number 4."
        )

    def test_zero_allowed_blocks_forever_but_not_an_exempt_thanks(self) -> None:
        policy = ContactPolicy(max_in_window=0)
        assert_blocked(check(T0, policy=policy), {Rule.WINDOW_CAP}, None)
        assert_allowed(check(T0, policy=policy, purpose=Purpose.THANKS), T0)

    def test_the_donors_own_limit_replaces_the_organisations(self) -> None:
        looser = DonorPreferences(max_in_window=5, min_gap_days=0)
        assert_allowed(check(T0 + 25 * DAY, history=self.three, donor=looser), T0 + 25 * DAY)
        stricter = DonorPreferences(window_days=60, max_in_window=1)
        verdict = check(T0 + 50 * DAY, history=[touch(T0)], donor=stricter)
        assert_blocked(verdict, {Rule.WINDOW_CAP}, T0 + 60 * DAY)


# --- ask_cap -----------------------------------------------------------------------------------


class TestAskCap:
    def test_exactly_the_ask_window_later_is_fine(self) -> None:
        history = [touch(T0, purpose=Purpose.ASK)]
        assert_allowed(check(T0 + 90 * DAY, purpose=Purpose.ASK, history=history), T0 + 90 * DAY)

    def test_an_ask_inside_the_window_waits(self) -> None:
        history = [touch(T0, purpose=Purpose.ASK)]
        verdict = check(T0 + 89 * DAY, purpose=Purpose.ASK, history=history)
        assert_blocked(verdict, {Rule.ASK_CAP}, T0 + 90 * DAY)
        assert verdict.reasons[0].text() == (
            "Requests for a gift are limited to 1 in any 90 days; this would be request number 2."
        )

    def test_only_asks_are_limited_by_it(self) -> None:
        history = [touch(T0, purpose=Purpose.ASK)]
        assert_allowed(check(T0 + 30 * DAY, history=history), T0 + 30 * DAY)

    def test_cancelled_asks_do_not_count(self) -> None:
        history = [touch(T0, purpose=Purpose.ASK, status=TouchStatus.CANCELLED)]
        assert_allowed(check(T0 + DAY, purpose=Purpose.ASK, history=history), T0 + DAY)

    def test_an_exempt_ask_is_not_limited(self) -> None:
        policy = ContactPolicy(exempt_purposes=frozenset({Purpose.ASK}))
        history = [touch(T0, purpose=Purpose.ASK)]
        assert_allowed(check(T0 + DAY, purpose=Purpose.ASK, history=history, policy=policy), T0 + DAY)

    def test_asks_count_toward_the_window_cap_too(self) -> None:
        history = [touch(T0 + k * DAY, purpose=Purpose.ASK) for k in (0, 7, 14)]
        verdict = check(T0 + 21 * DAY, history=history)
        assert_blocked(verdict, {Rule.WINDOW_CAP}, T0 + 30 * DAY)


# --- quiet_hours -------------------------------------------------------------------------------


class TestQuietHours:
    donor = DonorPreferences(timezone=CHICAGO)

    def local(self, text: str) -> datetime:
        return datetime.fromisoformat(text).replace(tzinfo=CHICAGO)

    def test_start_is_inclusive(self) -> None:
        when = self.local("2026-06-10T20:00:00")
        verdict = check(when, channel=Channel.PHONE, donor=self.donor)
        assert_blocked(verdict, {Rule.QUIET_HOURS}, self.local("2026-06-11T09:00:00"))

    def test_a_second_before_the_start_is_fine(self) -> None:
        when = self.local("2026-06-10T19:59:59")
        assert_allowed(check(when, channel=Channel.PHONE, donor=self.donor), when)

    def test_end_is_exclusive(self) -> None:
        when = self.local("2026-06-10T09:00:00")
        assert_allowed(check(when, channel=Channel.SMS, donor=self.donor), when)
        verdict = check(when - SECOND, channel=Channel.SMS, donor=self.donor)
        assert_blocked(verdict, {Rule.QUIET_HOURS}, when)

    def test_hours_that_do_not_wrap(self) -> None:
        policy = ContactPolicy(quiet_hours=QuietHours(time(12), time(14), frozenset({Channel.VISIT})))
        when = self.local("2026-06-10T13:00:00")
        verdict = check(when, channel=Channel.VISIT, donor=self.donor, policy=policy)
        assert_blocked(verdict, {Rule.QUIET_HOURS}, self.local("2026-06-10T14:00:00"))
        evening = self.local("2026-06-10T22:00:00")
        assert_allowed(check(evening, channel=Channel.VISIT, donor=self.donor, policy=policy), evening)

    @pytest.mark.parametrize(
        "quiet", [None, QuietHours(time(9), time(9), frozenset({Channel.PHONE}))]
    )
    def test_no_quiet_hours(self, quiet: QuietHours | None) -> None:
        when = self.local("2026-06-10T23:00:00")
        policy = ContactPolicy(quiet_hours=quiet)
        assert_allowed(check(when, channel=Channel.PHONE, donor=self.donor, policy=policy), when)

    def test_other_channels_are_not_quiet(self) -> None:
        when = self.local("2026-06-10T23:00:00")
        assert_allowed(check(when, channel=Channel.LETTER, donor=self.donor), when)

    def test_the_organisations_zone_serves_donors_without_one(self) -> None:
        policy = ContactPolicy(timezone=CHICAGO)
        when = self.local("2026-06-10T23:00:00")
        verdict = check(when, channel=Channel.PHONE, policy=policy)
        assert_blocked(verdict, {Rule.QUIET_HOURS}, self.local("2026-06-11T09:00:00"))

    def test_the_night_clocks_go_forward(self) -> None:
        # New York, 8 March 2026: 02:00 EST becomes 03:00 EDT (07:00Z).
        donor = DonorPreferences(timezone=NEW_YORK)
        verdict = check(at("2026-03-08T06:00:00Z"), channel=Channel.PHONE, donor=donor)
        assert_blocked(verdict, {Rule.QUIET_HOURS}, at("2026-03-08T13:00:00Z"))

    def test_an_end_the_clocks_skip_gives_way_at_the_jump(self) -> None:
        donor = DonorPreferences(timezone=NEW_YORK)
        policy = ContactPolicy(quiet_hours=QuietHours(time(20), time(2, 30)))
        verdict = check(at("2026-03-08T06:30:00Z"), channel=Channel.PHONE, donor=donor, policy=policy)
        assert_blocked(verdict, {Rule.QUIET_HOURS}, at("2026-03-08T07:00:00Z"))

    def test_an_end_the_clocks_repeat(self) -> None:
        # New York, 1 November 2026: 02:00 EDT becomes 01:00 EST (06:00Z); 01:30 happens twice.
        donor = DonorPreferences(timezone=NEW_YORK)
        policy = ContactPolicy(quiet_hours=QuietHours(time(20), time(1, 30)))

        def verdict(when: str) -> Verdict:
            return check(at(when), channel=Channel.PHONE, donor=donor, policy=policy)

        assert_blocked(verdict("2026-11-01T05:15:00Z"), {Rule.QUIET_HOURS}, at("2026-11-01T05:30:00Z"))
        assert_allowed(verdict("2026-11-01T05:45:00Z"), at("2026-11-01T05:45:00Z"))
        # After the change the clock reads 01:00 again: quiet until the second 01:30.
        assert_blocked(verdict("2026-11-01T06:00:00Z"), {Rule.QUIET_HOURS}, at("2026-11-01T06:30:00Z"))

    def test_clocks_going_back_can_end_quiet_hours_early(self) -> None:
        # Havana, 1 November 2026: 01:00 CDT becomes 00:00 CST (05:00Z), before 00:30 again.
        donor = DonorPreferences(timezone=ZoneInfo("America/Havana"))
        policy = ContactPolicy(quiet_hours=QuietHours(time(0, 30), time(5)))
        verdict = check(at("2026-11-01T04:45:00Z"), channel=Channel.PHONE, donor=donor, policy=policy)
        assert_blocked(verdict, {Rule.QUIET_HOURS}, at("2026-11-01T05:00:00Z"))

    def test_thanks_respects_quiet_hours(self) -> None:
        when = self.local("2026-06-10T22:00:00")
        verdict = check(when, channel=Channel.PHONE, purpose=Purpose.THANKS, donor=self.donor)
        assert_blocked(verdict, {Rule.QUIET_HOURS}, self.local("2026-06-11T09:00:00"))


# --- quiet_period and blackout -----------------------------------------------------------------


class TestDateRanges:
    def test_a_quiet_period_ends_at_the_donors_midnight(self) -> None:
        berlin = ZoneInfo("Europe/Berlin")
        donor = DonorPreferences(
            timezone=berlin, quiet_periods=(QuietPeriod(date(2026, 7, 1), date(2026, 7, 31)),)
        )
        # 22:30Z on 30 June is already 1 July in Berlin.
        verdict = check(at("2026-06-30T22:30:00Z"), donor=donor)
        assert_blocked(verdict, {Rule.QUIET_PERIOD}, at("2026-07-31T22:00:00Z"))
        assert_allowed(check(at("2026-06-30T21:59:59Z"), donor=donor), at("2026-06-30T21:59:59Z"))

    def test_a_day_that_starts_at_one_oclock(self) -> None:
        # Santiago, 6 September 2026: midnight is skipped, the day starts at 01:00 -03 (04:00Z).
        donor = DonorPreferences(
            timezone=ZoneInfo("America/Santiago"),
            quiet_periods=(QuietPeriod(date(2026, 9, 1), date(2026, 9, 5)),),
        )
        verdict = check(at("2026-09-03T15:00:00Z"), donor=donor)
        assert_blocked(verdict, {Rule.QUIET_PERIOD}, at("2026-09-06T04:00:00Z"))

    def test_overlapping_and_adjacent_periods_chain(self) -> None:
        donor = DonorPreferences(
            quiet_periods=(
                QuietPeriod(date(2026, 3, 1), date(2026, 3, 15)),
                QuietPeriod(date(2026, 3, 10), date(2026, 3, 20)),
                QuietPeriod(date(2026, 3, 21), date(2026, 3, 22)),
            )
        )
        verdict = check(T0 - 5 * DAY, donor=donor)
        assert_blocked(verdict, {Rule.QUIET_PERIOD}, at("2026-03-23T00:00:00Z"))

    def test_a_blackout_covers_its_purposes_only(self) -> None:
        policy = ContactPolicy(
            blackouts=(Blackout(date(2026, 3, 1), date(2026, 3, 31), frozenset({Purpose.ASK})),)
        )
        assert_allowed(check(T0, policy=policy), T0)
        verdict = check(T0, policy=policy, purpose=Purpose.ASK)
        assert_blocked(verdict, {Rule.BLACKOUT}, at("2026-04-01T00:00:00Z"))

    def test_a_blackout_without_purposes_covers_all_even_thanks(self) -> None:
        policy = ContactPolicy(blackouts=(Blackout(date(2026, 3, 10), date(2026, 3, 10)),))
        verdict = check(T0, policy=policy, purpose=Purpose.THANKS)
        assert_blocked(verdict, {Rule.BLACKOUT}, at("2026-03-11T00:00:00Z"))
        assert_allowed(check(T0 + DAY, policy=policy), T0 + DAY)

    def test_a_period_ending_into_quiet_hours_waits_for_the_morning(self) -> None:
        donor = DonorPreferences(
            timezone=CHICAGO, quiet_periods=(QuietPeriod(date(2026, 11, 1), date(2026, 11, 30)),)
        )
        verdict = check(at("2026-11-10T18:00:00Z"), channel=Channel.PHONE, donor=donor)
        assert_blocked(verdict, {Rule.QUIET_PERIOD}, at("2026-12-01T15:00:00Z"))

    def test_a_period_until_the_end_of_time_never_ends(self) -> None:
        donor = DonorPreferences(quiet_periods=(QuietPeriod(date(2026, 1, 1), date.max),))
        assert_blocked(check(T0, donor=donor), {Rule.QUIET_PERIOD}, None)

    def test_ranges_cannot_end_before_they_start(self) -> None:
        with pytest.raises(ValidationError):
            QuietPeriod(date(2026, 5, 1), date(2026, 4, 1))
        with pytest.raises(ValidationError):
            Blackout(date(2026, 5, 1), date(2026, 4, 1))


# --- donor wishes, softening, editing, the horizon ---------------------------------------------


class TestVerdict:
    def test_every_rule_that_fires_is_reported_in_order(self) -> None:
        donor = DonorPreferences(
            timezone=CHICAGO,
            do_not_contact=True,
            opted_out_channels=frozenset({Channel.PHONE}),
            preferred_channels=(Channel.EMAIL,),
            quiet_periods=(QuietPeriod(date(2026, 3, 1), date(2026, 3, 31)),),
        )
        verdict = check(
            at("2026-03-10T03:00:00Z"), channel=Channel.PHONE, donor=donor, history=[touch(T0 - DAY)]
        )
        assert verdict.rules == (
            Rule.CHANNEL_OPTED_OUT,
            Rule.DO_NOT_CONTACT,
            Rule.MIN_GAP,
            Rule.NOT_PREFERRED_CHANNEL,
            Rule.QUIET_HOURS,
            Rule.QUIET_PERIOD,
        )
        assert [r.rule for r in verdict.reasons] == list(verdict.rules)
        assert verdict.next_allowed is None
        assert verdict.suggested_channel is None

    def test_softened_rules_warn_and_do_not_delay(self) -> None:
        policy = ContactPolicy(soft_rules=frozenset({Rule.MIN_GAP, Rule.WINDOW_CAP}))
        verdict = check(T0, history=[touch(T0 - DAY)], policy=policy)
        assert verdict.verdict is Outcome.WARN
        assert verdict.rules == (Rule.MIN_GAP,)
        assert verdict.reasons[0].severity is Severity.WARN
        assert verdict.next_allowed == T0

    def test_a_softened_rule_is_ignored_while_searching(self) -> None:
        policy = ContactPolicy(soft_rules=frozenset({Rule.MIN_GAP}))
        donor = DonorPreferences(timezone=CHICAGO)
        when = at("2026-03-10T03:00:00Z")
        verdict = check(when, channel=Channel.PHONE, history=[touch(when)], policy=policy, donor=donor)
        assert_blocked(verdict, {Rule.MIN_GAP, Rule.QUIET_HOURS}, at("2026-03-10T14:00:00Z"))

    def test_do_not_contact_and_opt_outs_cannot_be_softened(self) -> None:
        policy = ContactPolicy(soft_rules=frozenset({Rule.DO_NOT_CONTACT, Rule.CHANNEL_OPTED_OUT}))
        donor = DonorPreferences(do_not_contact=True, opted_out_channels=frozenset({Channel.EMAIL}))
        assert_blocked(
            check(T0, policy=policy, donor=donor),
            {Rule.DO_NOT_CONTACT, Rule.CHANNEL_OPTED_OUT},
            None,
        )

    def test_a_preferred_channel_only_warns(self) -> None:
        donor = DonorPreferences(preferred_channels=(Channel.LETTER, Channel.EMAIL))
        verdict = check(T0, channel=Channel.VIDEO, donor=donor)
        assert verdict.verdict is Outcome.WARN
        assert verdict.next_allowed == T0
        assert verdict.suggested_channel is Channel.LETTER
        assert verdict.reasons[0].text() == (
            "This supporter prefers to be contacted by letter, email, not by video call."
        )

    def test_an_opted_out_channel_suggests_another(self) -> None:
        donor = DonorPreferences(
            opted_out_channels=frozenset({Channel.PHONE, Channel.LETTER}),
            preferred_channels=(Channel.LETTER, Channel.PHONE, Channel.VIDEO),
        )
        assert check(T0, channel=Channel.PHONE, donor=donor).suggested_channel is Channel.VIDEO

    def test_quiet_hours_suggest_a_channel_that_is_not_quiet(self) -> None:
        donor = DonorPreferences(timezone=CHICAGO, opted_out_channels=frozenset({Channel.EMAIL}))
        verdict = check(at("2026-03-10T03:00:00Z"), channel=Channel.PHONE, donor=donor)
        assert verdict.suggested_channel is Channel.LETTER

    def test_no_suggestion_when_the_channel_is_not_the_problem(self) -> None:
        verdict = check(T0, history=[touch(T0 - DAY)])
        assert verdict.suggested_channel is None

    def test_an_edited_touchpoint_is_left_out_of_its_own_history(self) -> None:
        history = [touch(T0, id=7), touch(T0 - 10 * DAY, id=8)]
        moved = T0 + DAY
        assert_blocked(check(moved, history=history), {Rule.MIN_GAP}, T0 + 7 * DAY)
        assert_allowed(check(moved, history=history, exclude_id=7), moved)

    def test_waits_are_chained_across_rules(self) -> None:
        donor = DonorPreferences(timezone=CHICAGO)
        history = [touch(at("2026-03-03T15:00:00Z"))]
        # The gap ends at 10:00 local on the 10th, outside the quiet hours: exactly then.
        verdict = check(at("2026-03-09T02:00:00Z"), channel=Channel.PHONE, donor=donor, history=history)
        assert_blocked(verdict, {Rule.MIN_GAP, Rule.QUIET_HOURS}, at("2026-03-10T15:00:00Z"))
        # A gap ending at 22:00 local waits on for the morning.
        history = [touch(at("2026-03-04T03:00:00Z"))]
        verdict = check(at("2026-03-09T15:00:00Z"), channel=Channel.PHONE, donor=donor, history=history)
        assert_blocked(verdict, {Rule.MIN_GAP}, at("2026-03-11T14:00:00Z"))

    def test_the_horizon_is_730_days_inclusive(self) -> None:
        start = at("2026-01-01T00:00:00Z")
        last_day = (start + timedelta(days=729)).date()
        donor = DonorPreferences(quiet_periods=(QuietPeriod(start.date(), last_day),))
        assert_blocked(check(start, donor=donor), {Rule.QUIET_PERIOD}, start + timedelta(days=730))
        longer = DonorPreferences(quiet_periods=(QuietPeriod(start.date(), last_day + DAY),))
        assert_blocked(check(start, donor=longer), {Rule.QUIET_PERIOD}, None)

    def test_next_allowed_is_exact_to_the_microsecond(self) -> None:
        first = T0 + timedelta(microseconds=250)
        verdict = check(T0 + DAY, history=[touch(first)])
        assert verdict.next_allowed == first + 7 * DAY

    def test_the_answer_is_in_utc_whatever_the_offset_given(self) -> None:
        when = at("2026-03-10T16:00:00+01:00")
        verdict = check(when)
        assert verdict.next_allowed == when and verdict.next_allowed.utcoffset() == timedelta(0)


# --- the records refuse what cannot be right ---------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"window_days": 0},
        {"ask_window_days": -1},
        {"max_in_window": -1},
        {"max_asks_in_window": -1},
        {"min_gap_days": -1},
    ],
)
def test_policy_limits_are_checked(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        ContactPolicy(**kwargs)
    assert caught.value.field == next(iter(kwargs))


def test_times_need_an_offset() -> None:
    with pytest.raises(ValidationError):
        Proposal(datetime(2026, 3, 10, 15), Channel.EMAIL, Purpose.UPDATE)
    with pytest.raises(ValidationError):
        touch(datetime(2026, 3, 10, 15))


# --- reading scenarios -------------------------------------------------------------------------

PROPOSAL = {"when": "2026-03-10T15:00:00Z", "channel": "email", "purpose": "update"}


def scenario(**parts: Any) -> dict[str, Any]:
    return {"proposal": PROPOSAL, **parts}


class TestScenario:
    def test_defaults_and_unknown_keys(self) -> None:
        parsed = parse_scenario(
            scenario(
                history=[{"when": "2026-03-01T10:00:00+02:00", "channel": "sms", "purpose": "ask",
                          "notes": "left a message", "staff": "ann"}],
                colour="blue",
            )
        )
        assert parsed.policy == ContactPolicy()
        assert parsed.donor == DonorPreferences()
        assert parsed.policy.timezone == ZoneInfo("UTC")
        (item,) = parsed.history
        assert item.status is TouchStatus.DONE
        assert item.when == at("2026-03-01T08:00:00Z")

    def test_everything_given(self) -> None:
        parsed = parse_scenario(
            {
                "policy": {
                    "timezone": "Europe/Dublin", "window_days": 60, "max_in_window": 0,
                    "min_gap_days": 0, "ask_window_days": 365, "max_asks_in_window": 2,
                    "exempt_purposes": [], "quiet_hours": None,
                    "blackouts": [{"start": "2026-12-20", "end": "2026-12-31"}],
                    "soft_rules": ["min_gap", "do_not_contact"],
                },
                "donor": {
                    "timezone": "Asia/Tokyo", "do_not_contact": False,
                    "opted_out_channels": ["sms"], "preferred_channels": ["letter", "letter", "email"],
                    "quiet_periods": [{"start": "2026-04-01", "end": "2026-04-01", "reason": "loss"}],
                    "window_days": 10, "max_in_window": None,
                },
                "history": [],
                "proposal": {**PROPOSAL, "when": "2026-03-10T15:00:00.5+05:30"},
            }
        )
        assert parsed.policy.quiet_hours is None
        assert parsed.policy.exempt_purposes == frozenset()
        assert parsed.policy.blackouts[0].purposes == frozenset()
        assert parsed.policy.soft_rules == frozenset({Rule.MIN_GAP, Rule.DO_NOT_CONTACT})
        assert parsed.donor.preferred_channels == (Channel.LETTER, Channel.EMAIL)
        assert parsed.donor.window_days == 10 and parsed.donor.max_in_window is None
        assert parsed.proposal.when == at("2026-03-10T09:30:00.5Z")

    def test_quiet_hours_take_defaults_for_missing_parts(self) -> None:
        parsed = parse_scenario(scenario(policy={"quiet_hours": {"channels": ["email"]}}))
        assert parsed.policy.quiet_hours == QuietHours(time(20), time(9), frozenset({Channel.EMAIL}))

    @pytest.mark.parametrize(
        ("data", "field"),
        [
            (scenario(history=[{**PROPOSAL, "status": "maybe"}]), "history[0].status"),
            (scenario(history=[{**PROPOSAL, "when": "2026-03-10 15:00"}]), "history[0].when"),
            (scenario(history=[{**PROPOSAL, "when": "yesterday"}]), "history[0].when"),
            (scenario(history=[{"channel": "email", "purpose": "ask"}]), "history[0].when"),
            (scenario(history={}), "history"),
            (scenario(policy={"timezone": "Nowhere/Atlantis"}), "policy.timezone"),
            (scenario(policy={"ask_window_days": 0}), "policy.ask_window_days"),
            (scenario(policy={"max_in_window": -1}), "policy.max_in_window"),
            (scenario(policy={"max_asks_in_window": -2}), "policy.max_asks_in_window"),
            (scenario(policy={"window_days": "30"}), "policy.window_days"),
            (scenario(policy={"window_days": 30.5}), "policy.window_days"),
            (scenario(policy={"min_gap_days": True}), "policy.min_gap_days"),
            (scenario(policy={"exempt_purposes": ["praise"]}), "policy.exempt_purposes[0]"),
            (scenario(policy={"exempt_purposes": "thanks"}), "policy.exempt_purposes"),
            (scenario(policy={"soft_rules": ["be_nice"]}), "policy.soft_rules[0]"),
            (scenario(policy={"quiet_hours": {"start": "25:00"}}), "policy.quiet_hours.start"),
            (scenario(policy={"quiet_hours": {"end": "9am"}}), "policy.quiet_hours.end"),
            (scenario(policy={"quiet_hours": {"channels": ["owl"]}}), "policy.quiet_hours.channels[0]"),
            (scenario(policy={"quiet_hours": "20-09"}), "policy.quiet_hours"),
            (scenario(policy={"blackouts": [{"start": "2026-12-31", "end": "2026-12-01"}]}),
             "policy.blackouts[0].end"),
            (scenario(policy={"blackouts": [{"start": "2026-02-30", "end": "2026-03-01"}]}),
             "policy.blackouts[0].start"),
            (scenario(policy={"blackouts": [{"start": "2026-12-01"}]}), "policy.blackouts[0].end"),
            (scenario(policy={"blackouts": [{"start": "20261201", "end": "2026-12-02"}]}),
             "policy.blackouts[0].start"),
            (scenario(policy=[]), "policy"),
            (scenario(policy={"window_days": 10**12}), "policy.window_days"),
            (scenario(donor={"min_gap_days": 36_501}), "donor.min_gap_days"),
            ({"proposal": {**PROPOSAL, "when": "9999-12-31T23:00:00+00:00"}}, "proposal.when"),
            (scenario(history=[{**PROPOSAL, "when": "0001-01-01T00:00:00Z"}]), "history[0].when"),
            (scenario(donor={"do_not_contact": "yes"}), "donor.do_not_contact"),
            (scenario(donor={"opted_out_channels": ["fax"]}), "donor.opted_out_channels[0]"),
            (scenario(donor={"window_days": 0}), "donor.window_days"),
            (scenario(donor={"min_gap_days": -3}), "donor.min_gap_days"),
            (scenario(donor={"quiet_periods": [{"start": "2026-1-1", "end": "2026-01-02"}]}),
             "donor.quiet_periods[0].start"),
            ({"proposal": {**PROPOSAL, "channel": None}}, "proposal.channel"),
            ({"proposal": {**PROPOSAL, "purpose": 3}}, "proposal.purpose"),
            ({}, "proposal"),
            ([], "scenario"),
        ],
    )
    def test_invalid_scenarios_are_refused_at_the_right_place(self, data: Any, field: str) -> None:
        with pytest.raises(ValidationError) as caught:
            parse_scenario(data)
        assert caught.value.field == field
        assert caught.value.text() and "{" not in caught.value.text().replace("{...}", "")

    def test_verdict_as_json(self) -> None:
        parsed = parse_scenario(
            scenario(
                donor={"timezone": "America/Chicago"},
                history=[{**PROPOSAL, "when": "2026-03-08T15:00:00Z"}],
            )
        )
        verdict = evaluate(parsed.policy, parsed.donor, parsed.history, parsed.proposal)
        assert verdict_to_json(verdict) == {
            "verdict": "block",
            "rules": ["min_gap"],
            "next_allowed": "2026-03-15T15:00:00Z",
            "messages": [
                "There is already a contact on 2026-03-08; contacts need to be at least 7 days apart."
            ],
            "suggested_channel": None,
        }
