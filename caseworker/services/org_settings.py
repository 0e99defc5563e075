"""Reading and changing the organisation's settings (stored in the database, shared by all)."""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, fields
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.db.database import Database
from caseworker.db.models import OrgSetting
from caseworker.db.notices import changes_so_far
from caseworker.domain.donors import DEFAULT_SEGMENTS, SegmentRule
from caseworker.domain.org import OrgSettings, ReceiptStyle, validate_org_settings
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services import audit
from caseworker.services.base import Service

#: Pictures kept in the (encrypted) database; the audit trail says that one changed, never copies it.
IMAGES = frozenset({"logo_png", "receipt_signature_png"})


def _encode(name: str, value: Any) -> Any:
    if name == "segments":
        return {k: str(v) if isinstance(v, Decimal) else v for k, v in asdict(value).items()}
    if name in IMAGES:
        return None if value is None else base64.b64encode(value).decode("ascii")
    if name == "holidays":
        return [d.isoformat() for d in value]
    if isinstance(value, tuple):
        return list(value)
    return value.value if isinstance(value, ReceiptStyle) else value


def _decode(name: str, raw: Any) -> Any:
    if name == "segments":
        known = {f.name for f in fields(SegmentRule)}
        stored: dict[str, Any] = {k: Decimal(v) if isinstance(getattr(DEFAULT_SEGMENTS, k), Decimal) else v
                                  for k, v in raw.items() if k in known}
        return SegmentRule(**stored)
    if name in IMAGES:
        return None if raw is None else base64.b64decode(raw)
    if name == "holidays":
        return tuple(date.fromisoformat(d) for d in raw)
    if name == "address":
        return tuple(raw)
    if name == "receipt_style":
        return ReceiptStyle(raw)
    return raw


def _shown_logo(encoded: str) -> str | None:
    # The trail says that the picture changed, never copies it.
    return None if json.loads(encoded) is None else "(image)"


def load_org_settings(db: Database) -> OrgSettings:
    """The settings every role may read (the letterhead, the zone, the currency)."""
    with db.read() as s:
        return org_settings_in(s)


def org_settings_in(s: Session) -> OrgSettings:
    """The organisation's settings, read in the caller's own transaction: a write that depends on
    them (a gift's currency, a receipt's year) sees the ones it commits with."""
    stored = {row.key: json.loads(row.value) for row in s.scalars(select(OrgSetting))}
    known = {f.name for f in fields(OrgSettings)}
    return OrgSettings(**{k: _decode(k, v) for k, v in stored.items() if k in known})


def segment_rule_in(s: Session) -> SegmentRule:
    """The organisation's donor segment figures, read in the caller's own transaction."""
    value = s.scalar(select(OrgSetting.value).where(OrgSetting.key == "segments"))
    return DEFAULT_SEGMENTS if value is None else _decode("segments", json.loads(value))


class OrgSettingsService(Service):
    def get(self) -> OrgSettings:
        return load_org_settings(self.db)

    def update(self, new: OrgSettings) -> tuple[OrgSettings, Changes]:
        self.require(Action.EDIT_SETTINGS)
        new = validate_org_settings(new)
        with self.db.transaction("Change the organisation's settings") as s:
            rows = {row.key: row for row in s.scalars(select(OrgSetting))}
            changes: dict[str, list[Any]] = {}
            defaults = OrgSettings()
            for name in (f.name for f in fields(OrgSettings)):
                encoded = json.dumps(_encode(name, getattr(new, name)))
                row = rows.get(name)
                # A setting never saved reads as its default, so that is its "before".
                old = row.value if row is not None else json.dumps(_encode(name, getattr(defaults, name)))
                if old == encoded:
                    continue
                if row is None:
                    row = OrgSetting(key=name, value=old)
                    s.add(row)
                changes[name] = ([_shown_logo(old), _shown_logo(encoded)] if name in IMAGES
                                 else [json.loads(old), json.loads(encoded)])
                row.value = encoded
                self.stamp(row)
            if changes:
                audit.record(s, self.actor, kind="update", record_type="settings", record_id=None,
                             changes=changes)
            return new, changes_so_far(s)
