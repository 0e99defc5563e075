"""A person's data on request (GDPR articles 15, 17 and 20): everything held, or erased.

Export gathers everything held about one client or one donor (their record, what hangs off it,
and the audit trail about them) as plain JSON-ready sections; :mod:`caseworker.person_export`
writes it as JSON and as a readable PDF. Every export is audited.

Erase anonymises: the identity goes (names, contacts, addresses, notes, the name as printed on
receipts, the values the audit trail recorded about the person, and the name wherever it was
written in the free text of their cases, aid, gifts and contacts), while the records that carry
money and casework stay with their amounts, dates, receipt numbers and who-did-what-when. On
SQLite the erasing transaction zeroes what it deletes (``secure_delete``) and the file is then
checkpointed and vacuumed, so no copy of the name is left in the file or its write-ahead log.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, select, text, update
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.layout import attached_files, drop_mixed_views, restore_mixed_views
from caseworker.db.models import (
    AidRefusal,
    AuditEntry,
    Case,
    CaseEvent,
    Client,
    ClientAttachment,
    ClientConsent,
    ClientContact,
    ClientReferral,
    ClientTag,
    Disbursement,
    Donor,
    DonorQuietPeriod,
    ExternalId,
    Gift,
    GiftSchedule,
    GrantApplication,
    GuardBlock,
    Household,
    ImportBatchRecord,
    MeetingAttendee,
    Receipt,
    SoftCredit,
    Touchpoint,
)
from caseworker.db.notices import changes_so_far
from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import clean_text
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update
from caseworker.services.clients import REDACTED, _wipe
from caseworker.services.donors import DONOR_FIELDS, donor_name

ANONYMISED_DONOR = N_("Anonymised donor")
REMOVED = "[removed]"


@dataclass(frozen=True)
class PersonData:
    """Everything held about one person: ``sections`` maps a heading to a list of records (dicts)."""

    record_type: str
    record_id: int
    name: str
    sections: dict[str, list[dict[str, Any]]]

    def as_json(self) -> dict[str, Any]:
        return {"record_type": self.record_type, "id": self.record_id, "name": self.name,
                **{k: v for k, v in self.sections.items()}}


def _rows(s: Session, stmt: Any, *, skip: Iterable[str] = ()) -> list[dict[str, Any]]:
    skipped = {"updated_by_id", *skip}
    out = []
    for obj in s.scalars(stmt):
        row = {}
        for column in obj.__table__.columns:
            if column.key in skipped:
                continue
            value = getattr(obj, column.key, None)
            if isinstance(value, bytes):
                value = base64.b64encode(value).decode("ascii")
            row[column.key] = audit.json_safe(value)
        out.append(row)
    return out


def _one(s: Session, obj: Any) -> dict[str, Any]:
    return {c.key: audit.json_safe(getattr(obj, c.key)) for c in obj.__table__.columns if c.key != "updated_by_id"}


class PersonDataService(Service):
    def export(self, record_type: str, ident: int) -> PersonData:
        """Everything held about client or donor *ident*, audited as an export of their data."""
        self.require(Action.EXPORT_PERSON_DATA)
        self.require(Action.READ_CLIENTS if record_type == "client" else Action.READ_DONORS)
        with self.db.transaction("Export a person's data") as s:
            if record_type == "client":
                data = self._client(s, ident)
            elif record_type == "donor":
                data = self._donor(s, ident)
            else:
                raise ValidationError("record_type", N_("Choose a client or a donor."))
            audit.record(s, self.actor, kind="export", record_type=record_type, record_id=ident,
                         changes={"sections": [None, sorted(data.sections)]},
                         reason="person's data on request")
            return data

    def _client(self, s: Session, ident: int) -> PersonData:
        client = get_or_404(s, Client, ident, "Client")
        sections = {
            "record": [_one(s, client)],
            "contacts": _rows(s, select(ClientContact).where(ClientContact.client_id == ident)),
            "consents": _rows(s, select(ClientConsent).where(ClientConsent.client_id == ident)),
            "referrals": _rows(s, select(ClientReferral).where(ClientReferral.client_id == ident)),
            "attachments": _rows(s, select(ClientAttachment).where(ClientAttachment.client_id == ident)),
            "tags": [{"tag": t} for t in s.scalars(select(ClientTag.tag).where(ClientTag.client_id == ident))],
            "cases": _rows(s, select(Case).where(Case.client_id == ident)),
            "case_events": _rows(s, select(CaseEvent).where(CaseEvent.client_id == ident)),
            "aid": _rows(s, select(Disbursement).where(Disbursement.client_id == ident)),
            "aid_refusals": _rows(s, select(AidRefusal).where(AidRefusal.client_id == ident)),
            "grant_applications": _rows(s, select(GrantApplication).where(GrantApplication.client_id == ident)),
            "meetings": _rows(s, select(MeetingAttendee).where(MeetingAttendee.client_id == ident)),
            "audit_trail": self._trail(s, "client", [ident]),
        }
        return PersonData("client", ident, f"{client.first_name} {client.last_name}", sections)

    def _donor(self, s: Session, ident: int) -> PersonData:
        donor = get_or_404(s, Donor, ident, "Donor")
        gifts = select(Gift.id).where(Gift.donor_id == ident)
        sections = {
            "record": [_one(s, donor)],
            "household": _rows(s, select(Household).where(Household.id == donor.household_id)),
            "quiet_periods": _rows(s, select(DonorQuietPeriod).where(DonorQuietPeriod.donor_id == ident)),
            "gifts": _rows(s, select(Gift).where(Gift.donor_id == ident).order_by(Gift.gift_date)),
            "soft_credits": _rows(s, select(SoftCredit).where(SoftCredit.donor_id == ident)),
            "pledges_and_recurring_gifts": _rows(s, select(GiftSchedule).where(GiftSchedule.donor_id == ident)),
            "receipts": _rows(s, select(Receipt).where(Receipt.donor_id == ident).order_by(Receipt.number)),
            "touchpoints": _rows(s, select(Touchpoint).where(Touchpoint.donor_id == ident)),
            "guard_blocks": _rows(s, select(GuardBlock).where(GuardBlock.donor_id == ident)),
            "meetings": _rows(s, select(MeetingAttendee).where(MeetingAttendee.donor_id == ident)),
            "external_ids": [{"value": v} for v in s.scalars(
                select(ExternalId.value).where(ExternalId.record_type == "donor", ExternalId.record_id == ident))],
            "audit_trail": self._trail(s, "donor", [ident]) + self._trail(s, "gift", list(s.scalars(gifts))),
        }
        return PersonData("donor", ident, donor_name(donor), sections)

    @staticmethod
    def _trail(s: Session, record_type: str, ids: Sequence[int]) -> list[dict[str, Any]]:
        if not ids:
            return []
        stmt = (select(AuditEntry).where(AuditEntry.record_type == record_type, AuditEntry.record_id.in_(list(ids)))
                .order_by(AuditEntry.id))
        return [{"at": audit.json_safe(e.at), "action": e.action, "kind": e.kind, "record_type": e.record_type,
                 "record_id": e.record_id, "changes": e.changes, "reason": e.reason} for e in s.scalars(stmt)]

    # -- erasing -------------------------------------------------------------------------------
    def erase(self, record_type: str, ident: int, reason: str) -> Changes:
        """Anonymise client or donor *ident* on their request (see the module's notes)."""
        self.require(Action.ANONYMISE_CLIENTS)
        self.require(Action.READ_CLIENTS if record_type == "client" else Action.READ_DONORS)
        reason = clean_text(reason, "reason", max_chars=500)
        if not reason:
            raise ValidationError("reason", N_("Say on whose request and why the person's data is erased."))
        if record_type not in ("client", "donor"):
            raise ValidationError("record_type", N_("Choose a client or a donor."))
        with self.db.transaction("Erase a person's data") as s:
            if s.get_bind().dialect.name == "sqlite":
                # Deleted and overwritten content is zeroed rather than left in free space.
                s.execute(text("PRAGMA secure_delete = ON"))
            if record_type == "client":
                changes = self._erase_client(s, ident, reason)
            else:
                changes = self._erase_donor(s, ident, reason)
        self._compact()
        return changes

    def _erase_client(self, s: Session, ident: int, reason: str) -> Changes:
        client = load_for_update(s, Client, ident, "client", None)
        if client.anonymised_at is not None:
            raise RuleViolation(N_("This client was anonymised; the record can no longer be changed."))
        names = _name_parts(client.first_name, client.last_name, client.preferred_name, client.email)
        redacted = _wipe(s, client)
        cases = list(s.scalars(select(Case.id).where(Case.client_id == ident)))
        _scrub(s, Case, Case.id.in_(cases), ("title", "outcome"), names)
        _scrub(s, CaseEvent, CaseEvent.client_id == ident, ("text",), names)
        _scrub(s, Disbursement, Disbursement.client_id == ident, ("payee_name", "purpose", "void_reason"), names)
        _scrub(s, GrantApplication, GrantApplication.client_id == ident, ("title", "purpose"), names)
        s.execute(update(MeetingAttendee).where(MeetingAttendee.client_id == ident).values(name="", organisation=""))
        s.execute(delete(ExternalId).where(ExternalId.record_type == "client", ExternalId.record_id == ident))
        _redact(s, "client", [ident])
        _redact(s, "case", cases)
        _redact(s, "case_event", list(s.scalars(select(CaseEvent.id).where(CaseEvent.client_id == ident))))
        _redact(s, "disbursement", list(s.scalars(select(Disbursement.id).where(Disbursement.client_id == ident))))
        _forget_import_values(s, "client", ident)
        self.stamp(client)
        s.flush()
        audit.record(s, self.actor, kind="anonymise", record_type="client", record_id=ident,
                     changes={f: [REDACTED, REDACTED] for f in redacted}, reason=_scrubbed(reason, names))
        return changes_so_far(s)

    def _erase_donor(self, s: Session, ident: int, reason: str) -> Changes:
        donor = load_for_update(s, Donor, ident, "donor", None)
        names = _name_parts(donor.first_name, donor.last_name, donor.organisation_name, donor.email,
                            donor.salutation)
        held = [f for f in DONOR_FIELDS if getattr(donor, f) not in (None, "", False)]
        for f in ("first_name", "salutation", "email", "phone", "address_line1", "address_line2", "city", "region",
                  "postcode", "country", "notes", "marketing_consent_source", "timezone"):
            setattr(donor, f, "")
        donor.kind = "individual"
        donor.last_name = ANONYMISED_DONOR
        donor.organisation_name = ""
        donor.sort_name = ANONYMISED_DONOR
        donor.search_name = ""
        donor.do_not_contact = True
        donor.marketing_consent = False
        donor.marketing_consent_on = None
        donor.opted_out_channels, donor.preferred_channels = [], []
        if donor.household_id is not None:
            others = s.scalar(select(Donor.id).where(Donor.household_id == donor.household_id, Donor.id != ident)
                              .limit(1))
            if others is None:
                s.execute(update(Household).where(Household.id == donor.household_id).values(
                    name=ANONYMISED_DONOR, salutation="", address_line1="", address_line2="", city="", region="",
                    postcode="", country="", search_name=""))
                _redact(s, "household", [donor.household_id])
            donor.household_id = None
        gifts = list(s.scalars(select(Gift.id).where(Gift.donor_id == ident)))
        _scrub(s, Gift, Gift.donor_id == ident, ("note", "in_kind_description", "advantage_description",
                                                 "reference", "void_reason"), names)
        s.execute(update(Receipt).where(Receipt.donor_id == ident).values(donor_name=ANONYMISED_DONOR,
                                                                         donor_address=""))
        receipts = list(s.scalars(select(Receipt.id).where(Receipt.donor_id == ident)))
        s.execute(update(DonorQuietPeriod).where(DonorQuietPeriod.donor_id == ident).values(reason=""))
        s.execute(update(SoftCredit).where(SoftCredit.donor_id == ident).values(note=""))
        _scrub(s, Touchpoint, Touchpoint.donor_id == ident, ("notes", "override_reason", "cancelled_reason"), names)
        _scrub(s, GiftSchedule, GiftSchedule.donor_id == ident, ("cancelled_reason",), names)
        s.execute(update(MeetingAttendee).where(MeetingAttendee.donor_id == ident).values(name="", organisation=""))
        s.execute(delete(ExternalId).where(ExternalId.record_type == "donor", ExternalId.record_id == ident))
        _redact(s, "donor", [ident])
        _redact(s, "gift", gifts)
        _redact(s, "receipt", receipts)
        for record_type, model in (("touchpoint", Touchpoint), ("gift_schedule", GiftSchedule),
                                   ("soft_credit", SoftCredit), ("donor_quiet_period", DonorQuietPeriod)):
            _redact(s, record_type, list(s.scalars(select(model.id).where(model.donor_id == ident))))
        _forget_import_values(s, "donor", ident)
        self.stamp(donor)
        s.flush()
        audit.record(s, self.actor, kind="anonymise", record_type="donor", record_id=ident,
                     changes={f: [REDACTED, REDACTED] for f in held}, reason=_scrubbed(reason, names))
        return changes_so_far(s)

    def _compact(self) -> None:
        """Fold the write-ahead log into the file and rebuild it, so no old page keeps the name."""
        if self.db.dialect != "sqlite":
            return
        # On the driver's own connection: the engine wraps every statement of its connections in a
        # write transaction, and VACUUM cannot run inside one.
        raw = self.db.engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None  # None only once the connection is closed
            for schema in attached_files(driver):
                # A split database's connections read the mixed tables through temporary views of
                # the same names, which VACUUM would take for the tables: rebuild without them.
                drop_mixed_views(driver)
                try:
                    for statement in (f"PRAGMA {schema}.wal_checkpoint(TRUNCATE)", f"VACUUM {schema}",
                                      f"PRAGMA {schema}.wal_checkpoint(TRUNCATE)"):
                        driver.execute(statement)
                finally:
                    restore_mixed_views(driver)
        finally:
            raw.close()


def _name_parts(*values: str) -> list[str]:
    parts: list[str] = []
    for value in values:
        value = (value or "").strip()
        if not value:
            continue
        parts.append(value)
        parts.extend(w for w in re.split(r"[\s,]+", value) if len(w) >= 3)
    return sorted(set(parts), key=len, reverse=True)


def _scrubbed(text: str, names: Sequence[str]) -> str:
    """*text* (an erase's own reason, say) without the person's names in it."""
    if not names:
        return text
    return re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE).sub(REMOVED, text)


def _scrub(s: Session, model: Any, where: Any, fields: Sequence[str], names: Sequence[str]) -> None:
    """Replace the person's names wherever they were written in these free-text fields."""
    if not names:
        return
    pattern = re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)
    columns = [getattr(model, f) for f in fields]
    for row in s.execute(select(model.id, *columns).where(where)):
        changed = {}
        for f, value in zip(fields, row[1:]):
            if isinstance(value, str) and value and pattern.sub(REMOVED, value) != value:
                changed[f] = pattern.sub(REMOVED, value)
        if changed:
            s.execute(update(model).where(model.id == row[0]).values(**changed)
                      .execution_options(synchronize_session=False))


def _redact(s: Session, record_type: str, ids: Sequence[int]) -> None:
    """Keep who did what to these records and when; forget the values recorded."""
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        for entry in s.scalars(select(AuditEntry).where(and_(AuditEntry.record_type == record_type,
                                                             AuditEntry.record_id.in_(chunk)))):
            if entry.changes and entry.kind not in ("import", "undo"):
                entry.changes = {k: [REDACTED, REDACTED] for k in entry.changes}


def _forget_import_values(s: Session, record_type: str, ident: int) -> None:
    s.execute(update(ImportBatchRecord).where(ImportBatchRecord.record_type == record_type,
                                              ImportBatchRecord.record_id == ident).values(before={}))


__all__ = ["PersonData", "PersonDataService", "utcnow"]
