"""Reading a guard scenario (the JSON form of the specification) into the engine's types.

A scenario is ``{"policy": {...}, "donor": {...}, "history": [...], "proposal": {...}}``. Omitted
keys take the defaults (the organisation's time zone defaults to UTC here, and a history item
without ``status`` is ``done``); unknown keys are ignored, so a history item may carry notes.
Anything else that is not as the specification says raises :class:`ValidationError` whose
``field`` is the path to the offending value (``"policy.quiet_hours.start"``,
``"history[2].when"``). The database layer builds the same types from stored rows instead.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, Final, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from caseworker.domain.channels import TOUCHPOINT_CHANNELS, Channel
from caseworker.domain.errors import ValidationError
from caseworker.domain.guard import (
    Blackout,
    ContactPolicy,
    DonorPreferences,
    Proposal,
    Purpose,
    QuietDays,
    QuietHours,
    QuietPeriod,
    Rule,
    Touch,
    TouchStatus,
    Verdict,
    Weekday,
)
from caseworker.domain.i18n import N_

__all__ = ["Scenario", "parse_scenario", "verdict_to_json"]

_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK: Final = re.compile(r"\d{2}:\d{2}(:\d{2})?")
_E = TypeVar("_E", bound=enum.Enum)
# The guard counts touchpoints only: a meeting's or a client's own channels are no scenario's.
_ALLOWED: Final[Mapping[type[enum.Enum], tuple[Any, ...]]] = {Channel: TOUCHPOINT_CHANNELS}
_T = TypeVar("_T")
_MISSING: Final = object()


@dataclass(frozen=True, slots=True)
class Scenario:
    policy: ContactPolicy
    donor: DonorPreferences
    history: tuple[Touch, ...]
    proposal: Proposal


def parse_scenario(data: object) -> Scenario:
    """The scenario ``data`` (decoded JSON) as engine types; raises ValidationError."""
    root = _object(data, "scenario")
    policy = _policy(_object(_get(root, "policy", {}), "policy"))
    donor = _donor(_object(_get(root, "donor", {}), "donor"))
    history = tuple(
        _touch(_object(item, f"history[{i}]"), f"history[{i}]")
        for i, item in enumerate(_list(_get(root, "history", []), "history"))
    )
    if root.get("proposal") is None:
        raise ValidationError("proposal", N_("The scenario has no proposal."))
    proposal = _proposal(_object(root["proposal"], "proposal"))
    return Scenario(policy, donor, history, proposal)


def verdict_to_json(verdict: Verdict) -> dict[str, Any]:
    """The verdict as the command line prints it: instants in UTC with a ``Z``."""
    return {
        "verdict": verdict.verdict.value,
        "rules": [rule.value for rule in verdict.rules],
        "next_allowed": _instant_text(verdict.next_allowed),
        "messages": [reason.text() for reason in verdict.reasons],
        "suggested_channel": verdict.suggested_channel.value if verdict.suggested_channel else None,
    }


def _instant_text(value: datetime | None) -> str | None:
    if value is None:
        return None
    text = value.astimezone(UTC).isoformat()
    return text.removesuffix("+00:00") + "Z"


# --- the parts of a scenario -------------------------------------------------------------------


def _policy(data: Mapping[str, Any]) -> ContactPolicy:
    defaults = ContactPolicy()
    kwargs: dict[str, Any] = {
        "timezone": _zone(data.get("timezone"), "policy.timezone") or ZoneInfo("UTC"),
        "exempt_purposes": _enum_set(
            data, "exempt_purposes", Purpose, "policy", defaults.exempt_purposes
        ),
        "quiet_hours": _quiet_hours(data.get("quiet_hours", _MISSING)),
        "quiet_days": _quiet_days(data.get("quiet_days")),
        "blackouts": tuple(
            _blackout(_object(item, f"policy.blackouts[{i}]"), f"policy.blackouts[{i}]")
            for i, item in enumerate(_list(_get(data, "blackouts", []), "policy.blackouts"))
        ),
        "soft_rules": _enum_set(data, "soft_rules", Rule, "policy", frozenset()),
    }
    for name in (
        "window_days",
        "max_in_window",
        "min_gap_days",
        "ask_window_days",
        "max_asks_in_window",
    ):
        kwargs[name] = _int(data, name, "policy", getattr(defaults, name))
    with _within("policy"):
        return ContactPolicy(**kwargs)


def _quiet_hours(data: object) -> QuietHours | None:
    if data is _MISSING:
        return QuietHours()
    if data is None:
        return None
    obj = _object(data, "policy.quiet_hours")
    defaults = QuietHours()
    return QuietHours(
        start=_clock(_get(obj, "start", None), "policy.quiet_hours.start") or defaults.start,
        end=_clock(_get(obj, "end", None), "policy.quiet_hours.end") or defaults.end,
        channels=_enum_set(obj, "channels", Channel, "policy.quiet_hours", defaults.channels),
    )


def _quiet_days(data: object) -> QuietDays | None:
    """``{"days": [...], "channels": [...]}``; no channels (or an empty list) covers them all."""
    if data is None:
        return None
    obj = _object(data, "policy.quiet_days")
    days = frozenset(_enum_list(obj, "days", Weekday, "policy.quiet_days"))
    channels = _enum_set(obj, "channels", Channel, "policy.quiet_days", frozenset())
    return QuietDays(days, channels) if days else None


def _blackout(data: Mapping[str, Any], path: str) -> Blackout:
    start, end = _range(data, path)
    purposes = _enum_set(data, "purposes", Purpose, path, frozenset())
    with _within(path):
        return Blackout(start, end, purposes)


def _donor(data: Mapping[str, Any]) -> DonorPreferences:
    do_not_contact = _get(data, "do_not_contact", False)
    if not isinstance(do_not_contact, bool):
        raise ValidationError("donor.do_not_contact", N_("This must be true or false."))
    preferred = _enum_list(data, "preferred_channels", Channel, "donor")
    kwargs: dict[str, Any] = {
        "timezone": _zone(data.get("timezone"), "donor.timezone"),
        "do_not_contact": do_not_contact,
        "opted_out_channels": _enum_set(data, "opted_out_channels", Channel, "donor", frozenset()),
        "preferred_channels": tuple(dict.fromkeys(preferred)),
        "quiet_periods": tuple(
            _quiet_period(_object(item, f"donor.quiet_periods[{i}]"), f"donor.quiet_periods[{i}]")
            for i, item in enumerate(_list(_get(data, "quiet_periods", []), "donor.quiet_periods"))
        ),
    }
    for name in ("window_days", "max_in_window", "min_gap_days"):
        kwargs[name] = _int(data, name, "donor", None)
    with _within("donor"):
        return DonorPreferences(**kwargs)


def _quiet_period(data: Mapping[str, Any], path: str) -> QuietPeriod:
    start, end = _range(data, path)
    reason = _get(data, "reason", "")
    if not isinstance(reason, str):
        raise ValidationError(f"{path}.reason", N_("This must be text."))
    with _within(path):
        return QuietPeriod(start, end, reason)


def _touch(data: Mapping[str, Any], path: str) -> Touch:
    ident = data.get("id")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, (int, str))):
        raise ValidationError(f"{path}.id", N_("This must be a number or text."))
    when = _instant(data.get("when"), f"{path}.when")
    channel = _enum(data.get("channel"), Channel, f"{path}.channel")
    purpose = _enum(data.get("purpose"), Purpose, f"{path}.purpose")
    status = _enum(_get(data, "status", TouchStatus.DONE.value), TouchStatus, f"{path}.status")
    with _within(path):
        return Touch(when, channel, purpose, status, ident)


def _proposal(data: Mapping[str, Any]) -> Proposal:
    when = _instant(data.get("when"), "proposal.when")
    channel = _enum(data.get("channel"), Channel, "proposal.channel")
    purpose = _enum(data.get("purpose"), Purpose, "proposal.purpose")
    with _within("proposal"):
        return Proposal(when, channel, purpose)


# --- values ------------------------------------------------------------------------------------


def _get(data: Mapping[str, Any], key: str, default: object) -> Any:
    """``data[key]``, with JSON null meaning the same as leaving the key out."""
    value = data.get(key)
    return default if value is None else value


@contextmanager
def _within(path: str) -> Iterator[None]:
    """Report a record's own validation errors at their place in the scenario."""
    try:
        yield
    except ValidationError as error:
        raise ValidationError(f"{path}.{error.field}", error.message, **error.params) from None


def _object(value: object, path: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(path, N_("This must be an object ({{...}})."))
    return value


def _list(value: object, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValidationError(path, N_("This must be a list ([...])."))
    return value


def _text(value: object, path: str, what: str) -> str:
    if value is None:
        raise ValidationError(path, N_("{what} is missing."), what=what)
    if not isinstance(value, str):
        raise ValidationError(path, N_("{what} must be text."), what=what)
    return value


def _enum(value: object, kind: type[_E], path: str) -> _E:
    text = _text(value, path, "A value")
    members: tuple[_E, ...] = _ALLOWED.get(kind, tuple(kind))
    for member in members:
        if member.value == text:
            return member
    known = ", ".join(str(member.value) for member in members)
    raise ValidationError(path, N_("'{value}' is not one of: {known}."), value=text, known=known)


def _enum_list(data: Mapping[str, Any], key: str, kind: type[_E], parent: str) -> list[_E]:
    path = f"{parent}.{key}"
    items = _list(_get(data, key, []), path)
    return [_enum(item, kind, f"{path}[{i}]") for i, item in enumerate(items)]


def _enum_set(
    data: Mapping[str, Any], key: str, kind: type[_E], parent: str, default: frozenset[_E]
) -> frozenset[_E]:
    if data.get(key) is None:
        return default
    return frozenset(_enum_list(data, key, kind, parent))


def _int(data: Mapping[str, Any], key: str, parent: str, default: _T) -> int | _T:
    value = data.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{parent}.{key}", N_("This must be a whole number."))
    return value


def _zone(value: object, path: str) -> ZoneInfo | None:
    if value is None:
        return None
    name = _text(value, path, "A time zone")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(path, N_("'{name}' is not a known time zone."), name=name) from None


def _instant(value: object, path: str) -> datetime:
    text = _text(value, path, "A time")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            path, N_("'{value}' is not a date and time (ISO 8601)."), value=text
        ) from None
    if parsed.tzinfo is None:
        raise ValidationError(
            path,
            N_("'{value}' has no UTC offset; write it like 2026-03-10T15:00:00Z."),
            value=text,
        )
    return parsed


def _date(value: object, path: str) -> date:
    text = _text(value, path, "A date")
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            path, N_("'{value}' is not a date like 2026-03-10."), value=text
        ) from None


def _clock(value: object, path: str) -> time | None:
    if value is None:
        return None
    text = _text(value, path, "A time of day")
    try:
        if not _CLOCK.fullmatch(text):
            raise ValueError(text)
        return time.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            path, N_("'{value}' is not a time of day like 20:00."), value=text
        ) from None


def _range(data: Mapping[str, Any], path: str) -> tuple[date, date]:
    start = _date(data.get("start"), f"{path}.start")
    return start, _date(data.get("end"), f"{path}.end")
