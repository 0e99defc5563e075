"""The organisation's contact policy: what the guard enforces, edited by managers.

The policy is stored as one row of JSON in the form the specification and ``caseworker guard
check`` use (``window_days``, ``quiet_hours``, ``blackouts``, ...), and read back through the same
parser, so a scenario file and the app can never disagree about what a key means. A key left out
takes its default; ``timezone`` left out is the organisation's own zone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.db.models import ContactPolicyRow, OrgSetting
from caseworker.db.notices import changes_so_far
from caseworker.domain.errors import ValidationError
from caseworker.domain.guard import Blackout, ContactPolicy, QuietDays, Weekday
from caseworker.domain.guard_scenario import parse_scenario
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services import audit
from caseworker.services.base import Service, load_for_update

POLICY_ID = 1
#: A new organisation never phones or visits supporters at the weekend until a manager says so.
NEW_ORGANISATION_QUIET_DAYS = QuietDays()
# parse_scenario reads a whole scenario; the policy is read with a proposal that never matters.
_ANY_PROPOSAL = {"when": "2000-01-01T00:00:00Z", "channel": "email", "purpose": "other"}


@dataclass(frozen=True)
class StoredPolicy:
    """The policy as the editor shows it: the parsed policy, its JSON and the row's version."""

    policy: ContactPolicy
    settings: dict[str, Any]
    version: int | None


def org_zone(s: Session) -> ZoneInfo:
    row = s.scalars(select(OrgSetting).where(OrgSetting.key == "timezone")).first()
    if row is None:
        return ZoneInfo("UTC")
    try:
        return ZoneInfo(json.loads(row.value))
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return ZoneInfo("UTC")


def parse_policy(settings: dict[str, Any], default_zone: ZoneInfo) -> ContactPolicy:
    """The stored JSON as a policy; raises ValidationError naming the offending key."""
    data = dict(settings)
    if not data.get("timezone"):
        data["timezone"] = default_zone.key
    try:
        return parse_scenario({"policy": data, "proposal": _ANY_PROPOSAL}).policy
    except ValidationError as exc:
        field = exc.field.removeprefix("policy.")
        raise ValidationError(field, exc.message, **exc.params) from None


def policy_to_json(policy: ContactPolicy, *, zone_given: bool = True) -> dict[str, Any]:
    """The policy in the specification's JSON form (what :func:`parse_policy` reads back)."""
    quiet: dict[str, Any] | None = None
    if policy.quiet_hours is not None and not policy.quiet_hours.empty:
        quiet = {
            "start": policy.quiet_hours.start.strftime("%H:%M"),
            "end": policy.quiet_hours.end.strftime("%H:%M"),
            "channels": sorted(c.value for c in policy.quiet_hours.channels),
        }
    data: dict[str, Any] = {
        "window_days": policy.window_days,
        "max_in_window": policy.max_in_window,
        "min_gap_days": policy.min_gap_days,
        "ask_window_days": policy.ask_window_days,
        "max_asks_in_window": policy.max_asks_in_window,
        "exempt_purposes": sorted(p.value for p in policy.exempt_purposes),
        "quiet_hours": quiet,
        "quiet_days": _quiet_days_json(policy.quiet_days),
        "blackouts": [_blackout_json(b) for b in policy.blackouts],
        "soft_rules": sorted(r.value for r in policy.soft_rules),
    }
    if zone_given:
        data["timezone"] = policy.timezone.key
    return data


def _quiet_days_json(quiet: QuietDays | None) -> dict[str, Any] | None:
    if quiet is None or quiet.empty:
        return None
    return {"days": [day.value for day in Weekday if day in quiet.days],
            "channels": sorted(c.value for c in quiet.channels)}


def new_organisation_policy(zone: ZoneInfo) -> ContactPolicy:
    """The policy in force before a manager saves one."""
    return ContactPolicy(timezone=zone, quiet_days=NEW_ORGANISATION_QUIET_DAYS)


def _blackout_json(blackout: Blackout) -> dict[str, Any]:
    return {"start": blackout.start.isoformat(), "end": blackout.end.isoformat(),
            "purposes": sorted(p.value for p in blackout.purposes)}


def load_policy(s: Session) -> ContactPolicy:
    """The policy in force, read in the caller's session (defaults until a manager saves one)."""
    row = s.get(ContactPolicyRow, POLICY_ID)
    zone = org_zone(s)
    if row is None:
        return new_organisation_policy(zone)
    return parse_policy(row.settings or {}, zone)


class ContactPolicyService(Service):
    def get(self) -> StoredPolicy:
        """Everyone who plans contacts reads the policy (the guard's verdicts depend on it)."""
        self.require(Action.READ_DONORS)
        with self.db.read() as s:
            row = s.get(ContactPolicyRow, POLICY_ID)
            policy = load_policy(s)
            settings = dict(row.settings) if row is not None else policy_to_json(policy, zone_given=False)
            return StoredPolicy(policy, settings, row.version if row is not None else None)

    def update(self, settings: dict[str, Any], expected_version: int | None = None
               ) -> tuple[StoredPolicy, Changes]:
        """Save the policy; every key is checked before anything is written."""
        self.require(Action.EDIT_CONTACT_POLICY)
        with self.db.transaction("Change the contact policy") as s:
            policy = parse_policy(settings, org_zone(s))
            stored = policy_to_json(policy, zone_given=bool(settings.get("timezone")))
            row = s.get(ContactPolicyRow, POLICY_ID)
            if row is None:
                before = policy_to_json(new_organisation_policy(org_zone(s)), zone_given=False)
                row = ContactPolicyRow(id=POLICY_ID, settings=stored)
                self.stamp(row)
                s.add(row)
                s.flush()
            else:
                row = load_for_update(s, ContactPolicyRow, POLICY_ID, "contact policy", expected_version)
                before = dict(row.settings or {})
                row.settings = stored
                self.stamp(row)
                s.flush()
            changes = audit.diff(before, stored)
            if changes:
                audit.record(s, self.actor, kind="update", record_type="contact policy",
                             record_id=POLICY_ID, changes=changes)
            return StoredPolicy(policy, stored, row.version), changes_so_far(s)


def blackout_today(policy: ContactPolicy, today: date) -> Blackout | None:
    """The blackout in force today, if any (shown above the planner)."""
    return next((b for b in policy.blackouts if b.start <= today <= b.end), None)


__all__ = ["ContactPolicyService", "StoredPolicy", "load_policy", "new_organisation_policy", "parse_policy",
           "policy_to_json"]
