"""The contact-frequency guard: may this donor be contacted on this channel, for this purpose, then?

A pure engine. :func:`evaluate` takes the organisation's :class:`ContactPolicy`, one donor's
:class:`DonorPreferences`, the donor's touchpoints and a :class:`Proposal`, and returns a
:class:`Verdict`. Every rule is evaluated (none short-circuits another); rules the policy softens
become warnings, except ``do_not_contact`` and ``channel_opted_out``, which always block.

How ``next_allowed`` is found
-----------------------------
Each time-dependent rule, when it fires at an instant ``c``, also reports its *release*: the
earliest instant after ``c`` at which it could stop firing, given the touchpoints:

* ``window_cap`` / ``ask_cap``: N counted touchpoints ``t_i <= ... <= t_j`` spanning less than W
  block exactly the open interval ``(t_j - W, t_i + W)``, so the release is the largest ``t_i + W``
  among the groups around ``c``;
* ``min_gap``: ``t + G`` for the latest touchpoint less than G after ``c``;
* ``quiet_period`` / ``blackout``: the first local instant of the day after the range ends;
* ``quiet_hours``: the next local instant at the end of the quiet hours;
* ``quiet_days``: the first local instant of the next day that is not quiet.

Between ``c`` and a rule's release that rule keeps firing, so nothing before the largest release
among the blocking rules can be allowed. The search therefore jumps straight there and evaluates
again; the instant where no blocking rule fires is the earliest allowed one, exact to the
microsecond, and it is always one of the rule boundaries listed in the specification. Local clock
times go through ``zoneinfo``: a wall time skipped by a DST jump resolves to the jump itself, a
repeated one to its first occurrence after ``c``, and a UTC-offset change between ``c`` and a
release is itself treated as a possible release (clocks going back can leave quiet hours or a
date range early). All arithmetic on instants happens in UTC, because Python adds and compares
datetimes that share a ``ZoneInfo`` by their wall clocks, not as instants.

The search gives up after 730 days (the horizon is inclusive), and never starts when waiting cannot
help: a donor who asked for no contact, or a channel the donor opted out of.
"""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType
from typing import Final
from zoneinfo import ZoneInfo

# The guard's channels are the touchpoint subset of the one vocabulary; ``guard.Channel`` and its
# labels stay importable from here for the guard's scenarios, its command and older callers.
from caseworker.domain.channels import CHANNEL_LABELS as CHANNEL_LABELS
from caseworker.domain.channels import CHANNEL_PLURAL_LABELS as CHANNEL_PLURAL_LABELS
from caseworker.domain.channels import TOUCHPOINT_CHANNELS as TOUCHPOINT_CHANNELS
from caseworker.domain.channels import Channel as Channel
from caseworker.domain.errors import ValidationError
from caseworker.domain.i18n import N_

UTC: Final = UTC
HORIZON: Final = timedelta(days=730)
_DAY: Final = timedelta(days=1)
# Real zones never change their UTC offset twice within this span, so comparing the offsets at
# its ends finds every transition a date or clock-time rule can meet before its release.
_TRANSITION_SPAN: Final = timedelta(hours=26)
_TICK: Final = timedelta(microseconds=1)
# Bounds that keep every sum of an instant, a window and the horizon inside datetime's range.
FIRST_YEAR: Final = 1900
LAST_YEAR: Final = 2999
MAX_DAYS: Final = 36_500


class Purpose(enum.StrEnum):
    ASK = "ask"
    THANKS = "thanks"
    UPDATE = "update"
    INVITE = "invite"
    OTHER = "other"


class TouchStatus(enum.StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class Rule(enum.StrEnum):
    """Rule ids; as strings they sort the way the verdict lists them."""

    DO_NOT_CONTACT = "do_not_contact"
    CHANNEL_OPTED_OUT = "channel_opted_out"
    QUIET_PERIOD = "quiet_period"
    BLACKOUT = "blackout"
    WINDOW_CAP = "window_cap"
    ASK_CAP = "ask_cap"
    MIN_GAP = "min_gap"
    QUIET_DAYS = "quiet_days"
    QUIET_HOURS = "quiet_hours"
    NOT_PREFERRED_CHANNEL = "not_preferred_channel"


class Weekday(enum.StrEnum):
    """Days of the week as the specification writes them; ``index`` is ``date.weekday()``."""

    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"

    @property
    def number(self) -> int:
        """Monday 0 to Sunday 6, as ``date.weekday()`` counts."""
        return _WEEKDAY_ORDER.index(self)

    @classmethod
    def of(cls, day: date) -> Weekday:
        return _WEEKDAY_ORDER[day.weekday()]


_WEEKDAY_ORDER: Final[tuple[Weekday, ...]] = tuple(Weekday)


class Severity(enum.StrEnum):
    BLOCK = "block"
    WARN = "warn"


class Outcome(enum.StrEnum):
    ALLOW = "allow"
    WARN = "warn"
    BLOCK = "block"


#: Rules no policy can soften: waiting never helps, and the donor's word is final.
UNSOFTENABLE: Final = frozenset({Rule.DO_NOT_CONTACT, Rule.CHANNEL_OPTED_OUT})

WEEKDAY_LABELS: Final[Mapping[Weekday, str]] = MappingProxyType(
    {
        Weekday.MON: N_("Monday"),
        Weekday.TUE: N_("Tuesday"),
        Weekday.WED: N_("Wednesday"),
        Weekday.THU: N_("Thursday"),
        Weekday.FRI: N_("Friday"),
        Weekday.SAT: N_("Saturday"),
        Weekday.SUN: N_("Sunday"),
    }
)

PURPOSE_LABELS: Final[Mapping[Purpose, str]] = MappingProxyType(
    {
        Purpose.ASK: N_("request for a gift"),
        Purpose.THANKS: N_("thank-you"),
        Purpose.UPDATE: N_("update"),
        Purpose.INVITE: N_("invitation"),
        Purpose.OTHER: N_("other contact"),
    }
)


def _require_aware(name: str, value: datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(name, N_("The time {value} has no UTC offset."), value=str(value))
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            name,
            N_("The time {value} is not between the years {first} and {last}."),
            value=value.isoformat(),
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )


def _require_ordered(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(
            "end", N_("The range ends ({end}) before it starts ({start})."), start=start, end=end
        )


@dataclass(frozen=True, slots=True)
class QuietHours:
    """Donor-local hours in which ``channels`` are blocked: ``start`` inclusive, ``end``
    exclusive, wrapping past midnight when ``start`` is later than ``end``."""

    start: time = time(20, 0)
    end: time = time(9, 0)
    channels: frozenset[Channel] = frozenset({Channel.PHONE, Channel.SMS, Channel.VISIT})

    @property
    def empty(self) -> bool:
        return self.start == self.end

    def contains(self, clock: time) -> bool:
        if self.start < self.end:
            return self.start <= clock < self.end
        if self.start > self.end:
            return clock >= self.start or clock < self.end
        return False


@dataclass(frozen=True, slots=True)
class QuietDays:
    """Donor-local weekdays on which ``channels`` are blocked; no channels means every one."""

    days: frozenset[Weekday] = frozenset({Weekday.SAT, Weekday.SUN})
    channels: frozenset[Channel] = frozenset({Channel.PHONE, Channel.VISIT})

    @property
    def empty(self) -> bool:
        return not self.days

    def covers(self, channel: Channel) -> bool:
        return not self.channels or channel in self.channels

    def contains(self, day: date) -> bool:
        return Weekday.of(day) in self.days


@dataclass(frozen=True, slots=True)
class Blackout:
    """Organisation-wide pause: inclusive donor-local dates; no purposes means all of them."""

    start: date
    end: date
    purposes: frozenset[Purpose] = frozenset()

    def __post_init__(self) -> None:
        _require_ordered(self.start, self.end)

    def covers(self, purpose: Purpose) -> bool:
        return not self.purposes or purpose in self.purposes


@dataclass(frozen=True, slots=True)
class QuietPeriod:
    """A pause the donor asked for (inclusive donor-local dates): a do-not-contact that expires."""

    start: date
    end: date
    reason: str = ""

    def __post_init__(self) -> None:
        _require_ordered(self.start, self.end)


def _check_limits(
    values: Iterable[tuple[str, int | None]], *, positive: frozenset[str] = frozenset()
) -> None:
    for name, value in values:
        if value is None:
            continue
        if name in positive and value <= 0:
            raise ValidationError(name, N_("This must be at least 1 day."))
        if value < 0:
            raise ValidationError(name, N_("This cannot be negative."))
        if name.endswith("_days") and value > MAX_DAYS:
            raise ValidationError(name, N_("This cannot be more than {most} days."), most=MAX_DAYS)


@dataclass(frozen=True, slots=True)
class ContactPolicy:
    """The organisation's rules, edited by managers."""

    timezone: ZoneInfo = ZoneInfo("UTC")
    window_days: int = 30
    max_in_window: int = 3
    min_gap_days: int = 7
    ask_window_days: int = 90
    max_asks_in_window: int = 1
    exempt_purposes: frozenset[Purpose] = frozenset({Purpose.THANKS})
    quiet_hours: QuietHours | None = QuietHours()
    #: None in a scenario that does not name it; organisations start with weekends quiet.
    quiet_days: QuietDays | None = None
    blackouts: tuple[Blackout, ...] = ()
    soft_rules: frozenset[Rule] = frozenset()

    def __post_init__(self) -> None:
        _check_limits(
            [
                ("window_days", self.window_days),
                ("max_in_window", self.max_in_window),
                ("min_gap_days", self.min_gap_days),
                ("ask_window_days", self.ask_window_days),
                ("max_asks_in_window", self.max_asks_in_window),
            ],
            positive=frozenset({"window_days", "ask_window_days"}),
        )


@dataclass(frozen=True, slots=True)
class DonorPreferences:
    """One donor's wishes; the optional limits replace the organisation's, looser or stricter."""

    timezone: ZoneInfo | None = None
    do_not_contact: bool = False
    opted_out_channels: frozenset[Channel] = frozenset()
    preferred_channels: tuple[Channel, ...] = ()
    quiet_periods: tuple[QuietPeriod, ...] = ()
    window_days: int | None = None
    max_in_window: int | None = None
    min_gap_days: int | None = None

    def __post_init__(self) -> None:
        _check_limits(
            [
                ("window_days", self.window_days),
                ("max_in_window", self.max_in_window),
                ("min_gap_days", self.min_gap_days),
            ],
            positive=frozenset({"window_days"}),
        )


@dataclass(frozen=True, slots=True)
class Touch:
    """A touchpoint already in the donor's history (done, planned or cancelled)."""

    when: datetime
    channel: Channel
    purpose: Purpose
    status: TouchStatus = TouchStatus.DONE
    id: int | str | None = None

    def __post_init__(self) -> None:
        _require_aware("when", self.when)


@dataclass(frozen=True, slots=True)
class Proposal:
    """The touchpoint being planned, logged or moved."""

    when: datetime
    channel: Channel
    purpose: Purpose

    def __post_init__(self) -> None:
        _require_aware("when", self.when)
        # A meeting in person or a site visit is weighed as the visit it counts as (as_touchpoint).
        if self.channel not in TOUCHPOINT_CHANNELS:
            raise ValidationError("channel", N_("Choose how to contact the supporter."))


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a rule fired: ``message`` is a translatable template that ``params`` fill."""

    rule: Rule
    severity: Severity
    message: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self) -> str:
        """The message in English with its values filled in (the UI translates first)."""
        return self.message.format(**self.params)


@dataclass(frozen=True, slots=True)
class Verdict:
    verdict: Outcome
    rules: tuple[Rule, ...]
    reasons: tuple[Reason, ...]
    #: In UTC: the proposal's own time unless blocked; None when waiting cannot help or when
    #: nothing is allowed within the 730-day horizon.
    next_allowed: datetime | None
    #: A channel the donor accepts, offered when the proposal's channel is part of the problem.
    suggested_channel: Channel | None = None

    @property
    def blocked(self) -> bool:
        return self.verdict is Outcome.BLOCK


# --- evaluation --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Finding:
    rule: Rule
    message: str
    params: Mapping[str, object]
    #: Earliest instant after the evaluated one at which the rule could stop firing; None: never.
    release: datetime | None


@dataclass(frozen=True, slots=True)
class _Context:
    """Everything about one evaluation that does not depend on the instant being tried."""

    tz: ZoneInfo
    proposal: Proposal
    exempt: bool
    counted: list[datetime]  # counted, non-exempt touchpoints, UTC, sorted
    asks: list[datetime] | None  # counted asks, UTC, sorted; None when the ask cap does not apply
    window: timedelta
    max_in_window: int
    gap: timedelta
    ask_window: timedelta
    max_asks: int
    quiet_hours: QuietHours | None  # None unless it applies to the proposal's channel
    quiet_days: QuietDays | None  # likewise
    quiet_periods: tuple[QuietPeriod, ...]
    blackouts: tuple[Blackout, ...]  # only those that cover the proposal's purpose


def _prepare(
    policy: ContactPolicy,
    donor: DonorPreferences,
    history: Iterable[Touch],
    proposal: Proposal,
    exclude_id: int | str | None,
) -> _Context:
    exempt_purposes = policy.exempt_purposes
    counted: list[datetime] = []
    asks: list[datetime] = []
    for touch in history:
        if touch.status == TouchStatus.CANCELLED or touch.purpose in exempt_purposes:
            continue
        if exclude_id is not None and touch.id == exclude_id:
            continue
        instant = touch.when.astimezone(UTC)
        counted.append(instant)
        if touch.purpose == Purpose.ASK:
            asks.append(instant)
    counted.sort()
    asks.sort()
    exempt = proposal.purpose in exempt_purposes
    quiet = policy.quiet_hours
    applies = quiet is not None and not quiet.empty and proposal.channel in quiet.channels
    days = policy.quiet_days
    days_apply = days is not None and not days.empty and days.covers(proposal.channel)
    return _Context(
        tz=donor.timezone or policy.timezone,
        proposal=proposal,
        exempt=exempt,
        counted=counted,
        asks=asks if proposal.purpose == Purpose.ASK and not exempt else None,
        window=timedelta(days=_pick(donor.window_days, policy.window_days)),
        max_in_window=_pick(donor.max_in_window, policy.max_in_window),
        gap=timedelta(days=_pick(donor.min_gap_days, policy.min_gap_days)),
        ask_window=timedelta(days=policy.ask_window_days),
        max_asks=policy.max_asks_in_window,
        quiet_hours=quiet if applies else None,
        quiet_days=days if days_apply else None,
        quiet_periods=donor.quiet_periods,
        blackouts=tuple(b for b in policy.blackouts if b.covers(proposal.purpose)),
    )


def _pick(override: int | None, default: int) -> int:
    return default if override is None else override


def evaluate(
    policy: ContactPolicy,
    donor: DonorPreferences,
    history: Iterable[Touch],
    proposal: Proposal,
    *,
    exclude_id: int | str | None = None,
) -> Verdict:
    """The guard's verdict on ``proposal``; ``exclude_id`` leaves the touchpoint being edited
    out of its own history."""
    ctx = _prepare(policy, donor, history, proposal, exclude_id)
    start = proposal.when.astimezone(UTC)
    findings = _static_findings(donor, proposal) + _timed_findings(ctx, start)
    findings.sort(key=lambda f: f.rule)
    soft = policy.soft_rules - UNSOFTENABLE
    warnings = soft | {Rule.NOT_PREFERRED_CHANNEL}
    reasons = tuple(
        Reason(f.rule, Severity.WARN if f.rule in warnings else Severity.BLOCK, f.message, f.params)
        for f in findings
    )
    fired = {f.rule for f in findings}
    if any(r.severity is Severity.BLOCK for r in reasons):
        outcome = Outcome.BLOCK
        next_allowed = None if fired & UNSOFTENABLE else _search(ctx, start, soft)
    else:
        outcome = Outcome.WARN if reasons else Outcome.ALLOW
        next_allowed = start
    return Verdict(
        verdict=outcome,
        rules=tuple(f.rule for f in findings),
        reasons=reasons,
        next_allowed=next_allowed,
        suggested_channel=_suggest_channel(policy, donor, ctx, fired, start),
    )


def _search(ctx: _Context, start: datetime, soft: frozenset[Rule]) -> datetime | None:
    """The earliest instant from ``start`` on at which no blocking, time-dependent rule fires."""
    limit = start + HORIZON
    candidate = start
    while True:
        releases = [f.release for f in _timed_findings(ctx, candidate) if f.rule not in soft]
        if not releases:
            return candidate
        if None in releases:
            return None
        later = max(r for r in releases if r is not None)
        if later <= candidate:  # a release that is not later would loop forever: a bug, say so
            raise RuntimeError(f"contact guard search stalled at {candidate.isoformat()}")
        if later > limit:
            return None
        candidate = later


def _static_findings(donor: DonorPreferences, proposal: Proposal) -> list[_Finding]:
    found: list[_Finding] = []
    if donor.do_not_contact:
        found.append(
            _Finding(
                Rule.DO_NOT_CONTACT,
                N_("This supporter has asked not to be contacted at all."),
                {},
                None,
            )
        )
    if proposal.channel in donor.opted_out_channels:
        found.append(
            _Finding(
                Rule.CHANNEL_OPTED_OUT,
                N_("This supporter has asked not to be contacted by {channel}."),
                {"channel": CHANNEL_LABELS[proposal.channel]},
                None,
            )
        )
    if donor.preferred_channels and proposal.channel not in donor.preferred_channels:
        found.append(
            _Finding(
                Rule.NOT_PREFERRED_CHANNEL,
                N_("This supporter prefers to be contacted by {preferred}, not by {channel}."),
                {
                    "preferred": ", ".join(CHANNEL_LABELS[c] for c in donor.preferred_channels),
                    "channel": CHANNEL_LABELS[proposal.channel],
                },
                None,
            )
        )
    return found


def _timed_findings(ctx: _Context, at: datetime) -> list[_Finding]:
    """The rules whose answer depends on the instant ``at`` (UTC)."""
    local = at.astimezone(ctx.tz)
    checks = (
        _quiet_period(ctx, at, local),
        _blackout(ctx, at, local),
        _quiet_days(ctx, at, local),
        _quiet_hours(ctx, at, local),
    )
    found = [f for f in checks if f is not None]
    if not ctx.exempt:
        for finding in (
            _window_cap(ctx, at),
            _ask_cap(ctx, at),
            _min_gap(ctx, at),
        ):
            if finding is not None:
                found.append(finding)
    return found


def _quiet_period(ctx: _Context, at: datetime, local: datetime) -> _Finding | None:
    day = local.date()
    hits = [p for p in ctx.quiet_periods if p.start <= day <= p.end]
    if not hits:
        return None
    last = max(hits, key=lambda p: p.end)
    return _Finding(
        Rule.QUIET_PERIOD,
        N_("This supporter asked for no contact from {start} to {end}."),
        {"start": last.start.isoformat(), "end": last.end.isoformat(), "reason": last.reason},
        _day_after(ctx.tz, last.end, at),
    )


def _blackout(ctx: _Context, at: datetime, local: datetime) -> _Finding | None:
    day = local.date()
    hits = [b for b in ctx.blackouts if b.start <= day <= b.end]
    if not hits:
        return None
    last = max(hits, key=lambda b: b.end)
    return _Finding(
        Rule.BLACKOUT,
        N_("The organisation has paused contact of this kind from {start} to {end}."),
        {
            "start": last.start.isoformat(),
            "end": last.end.isoformat(),
            "purpose": PURPOSE_LABELS[ctx.proposal.purpose],
        },
        _day_after(ctx.tz, last.end, at),
    )


def _quiet_hours(ctx: _Context, at: datetime, local: datetime) -> _Finding | None:
    quiet = ctx.quiet_hours
    if quiet is None:
        return None
    clock = local.time()
    if not quiet.contains(clock):
        return None
    end_day = local.date() if clock < quiet.end else local.date() + _DAY
    release = _first_instant(ctx.tz, datetime.combine(end_day, quiet.end), at)
    return _Finding(
        Rule.QUIET_HOURS,
        N_("No {channel} contact between {start} and {end}, the supporter's local time."),
        {
            "channel": CHANNEL_LABELS[ctx.proposal.channel],
            "start": quiet.start.strftime("%H:%M"),
            "end": quiet.end.strftime("%H:%M"),
        },
        _transition_before(ctx.tz, at, release),
    )


def _quiet_days(ctx: _Context, at: datetime, local: datetime) -> _Finding | None:
    quiet = ctx.quiet_days
    if quiet is None:
        return None
    day = local.date()
    if not quiet.contains(day):
        return None
    free = next((day + k * _DAY for k in range(1, 8) if not quiet.contains(day + k * _DAY)), None)
    release = None
    if free is not None:  # every day of the week quiet: waiting never helps
        release = _transition_before(ctx.tz, at, _first_instant(ctx.tz, datetime.combine(free, time()), at))
    weekday = WEEKDAY_LABELS[Weekday.of(day)]
    if quiet.channels:
        return _Finding(
            Rule.QUIET_DAYS,
            N_("{weekday} is a quiet day for {channels}, in the supporter's local time."),
            {"weekday": weekday, "channels": CHANNEL_PLURAL_LABELS[ctx.proposal.channel]},
            release,
        )
    return _Finding(
        Rule.QUIET_DAYS,
        N_("{weekday} is a quiet day: no contact at all, in the supporter's local time."),
        {"weekday": weekday},
        release,
    )


def _window_cap(ctx: _Context, at: datetime) -> _Finding | None:
    fired = _crowded(ctx.counted, at, ctx.window, ctx.max_in_window)
    if fired is None:
        return None
    count, release = fired
    return _Finding(
        Rule.WINDOW_CAP,
        N_("Contacts are limited to {n} in any {days} days; this would be contact number {count}."),
        {"n": ctx.max_in_window, "days": ctx.window.days, "count": count},
        release,
    )


def _ask_cap(ctx: _Context, at: datetime) -> _Finding | None:
    if ctx.asks is None:
        return None
    fired = _crowded(ctx.asks, at, ctx.ask_window, ctx.max_asks)
    if fired is None:
        return None
    count, release = fired
    return _Finding(
        Rule.ASK_CAP,
        N_(
            "Requests for a gift are limited to {n} in any {days} days; "
            "this would be request number {count}."
        ),
        {"n": ctx.max_asks, "days": ctx.ask_window.days, "count": count},
        release,
    )


def _crowded(
    times: Sequence[datetime], at: datetime, width: timedelta, limit: int
) -> tuple[int, datetime | None] | None:
    """Whether some window ``[s, s + width)`` holding ``at`` already has ``limit`` touchpoints.

    Returns (touchpoints in the fullest such window with this one added, release) or None.
    ``limit`` touchpoints ``t_i <= ... <= t_j`` with ``t_j - t_i < width`` share a window with
    exactly the instants of ``(t_j - width, t_i + width)``, so those groups decide.
    """
    if limit == 0:
        return 1 + _fullest(times, at, width), None
    lo = bisect_right(times, at - width)
    hi = bisect_left(times, at + width)
    release: datetime | None = None
    for i in range(lo, hi - limit + 1):
        if times[i + limit - 1] - times[i] < width:
            end = times[i] + width
            if release is None or end > release:
                release = end
    if release is None:
        return None
    return 1 + _fullest(times, at, width), release


def _fullest(times: Sequence[datetime], at: datetime, width: timedelta) -> int:
    """The most touchpoints any window ``[s, s + width)`` containing ``at`` holds.

    The count only drops as ``s`` passes a touchpoint, so the fullest windows start at a
    touchpoint in ``(at - width, at]`` or at ``at`` itself."""
    first = bisect_right(times, at - width)
    starts = [*times[first : bisect_right(times, at)], at]
    return max(bisect_left(times, s + width) - bisect_left(times, s) for s in starts)


def _min_gap(ctx: _Context, at: datetime) -> _Finding | None:
    times = ctx.counted
    lo = bisect_right(times, at - ctx.gap)
    hi = bisect_left(times, at + ctx.gap)
    if hi <= lo:
        return None
    nearest = min(times[lo:hi], key=lambda t: abs(t - at))
    return _Finding(
        Rule.MIN_GAP,
        N_(
            "There is already a contact on {other}; contacts need to be at least {days} days apart."
        ),
        {"other": nearest.astimezone(ctx.tz).date().isoformat(), "days": ctx.gap.days},
        times[hi - 1] + ctx.gap,
    )


# --- local time --------------------------------------------------------------------------------


def _day_after(tz: ZoneInfo, last: date, at: datetime) -> datetime | None:
    if last.year > LAST_YEAR:  # a range "until 9999-12-31" means for good
        return None
    release = _first_instant(tz, datetime.combine(last + _DAY, time()), at)
    return _transition_before(tz, at, release)


def _first_instant(tz: ZoneInfo, wall: datetime, after: datetime) -> datetime:
    """The first instant after ``after`` (UTC) at which the local clock reads ``wall`` (naive),
    or, when a DST jump skips ``wall``, the instant of the jump."""
    early = wall.replace(tzinfo=tz, fold=0).astimezone(UTC)
    late = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    if late < early:  # skipped: the offset changes somewhere in (late, early]
        return _offset_change(tz, late, early)
    return early if early > after or late == early else late


def _transition_before(tz: ZoneInfo, at: datetime, release: datetime) -> datetime:
    """``release``, or an earlier change of UTC offset after ``at``: clocks going back can leave
    a local range before the clock reaches its end, so such a change is worth trying first."""
    horizon = min(release, at + _TRANSITION_SPAN)
    if at.astimezone(tz).utcoffset() == horizon.astimezone(tz).utcoffset():
        return release
    return _offset_change(tz, at, horizon)


def _offset_change(tz: ZoneInfo, lo: datetime, hi: datetime) -> datetime:
    """The instant in ``(lo, hi]`` at which the UTC offset of ``lo`` gives way to that of ``hi``."""
    before = lo.astimezone(tz).utcoffset()
    while hi - lo > _TICK:
        mid = lo + (hi - lo) // 2
        if mid.astimezone(tz).utcoffset() == before:
            lo = mid
        else:
            hi = mid
    return hi


# --- suggestion --------------------------------------------------------------------------------

_CHANNEL_PROBLEMS: Final = frozenset(
    {Rule.CHANNEL_OPTED_OUT, Rule.QUIET_HOURS, Rule.QUIET_DAYS, Rule.NOT_PREFERRED_CHANNEL}
)


def _suggest_channel(
    policy: ContactPolicy,
    donor: DonorPreferences,
    ctx: _Context,
    fired: set[Rule],
    at: datetime,
) -> Channel | None:
    """Another channel the donor accepts, when the proposal's channel is part of the problem
    (another channel cannot help with caps, gaps or pauses, which count every channel)."""
    if donor.do_not_contact or not fired & _CHANNEL_PROBLEMS:
        return None
    quiet = policy.quiet_hours
    quiet_channels = frozenset() if quiet is None or quiet.empty else quiet.channels
    local = at.astimezone(ctx.tz)
    quiet_now = quiet is not None and quiet.contains(local.time())
    days = policy.quiet_days
    quiet_today = days is not None and days.contains(local.date())

    def acceptable(channel: Channel) -> bool:
        return (
            channel != ctx.proposal.channel
            and channel not in donor.opted_out_channels
            and not (quiet_now and channel in quiet_channels)
            and not (quiet_today and days is not None and days.covers(channel))
        )

    for channel in donor.preferred_channels:
        if acceptable(channel):
            return channel
    for channel in TOUCHPOINT_CHANNELS:
        if channel not in quiet_channels and acceptable(channel):
            return channel
    return None
