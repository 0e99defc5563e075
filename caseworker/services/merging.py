"""Merging two records of the same person: donors, or clients.

The user picks, field by field, which record's value the survivor keeps; everything attached to
the other record moves to the survivor in the same transaction (gifts, receipts with their numbers
unchanged, pledges and recurring gifts, soft credits, touchpoints, quiet periods, meetings and the
household for a donor; cases, their timeline, aid, contacts, consents, referrals, attachments,
tags, grant applications and meetings for a client). The merged-away record stays, as a pointer
(:class:`RecordMerge`) to the survivor, so old references still resolve; it leaves the lists and
is never contacted. The merge is one audited action.

"Possible duplicates" runs the dialogs' duplicate rules across the whole database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.orm import Session, aliased

from caseworker.db.models import (
    Case,
    CaseEvent,
    Client,
    ClientAttachment,
    ClientConsent,
    ClientContact,
    ClientReferral,
    ClientSearchKey,
    ClientTag,
    Disbursement,
    Donor,
    DonorQuietPeriod,
    ExternalId,
    Gift,
    GiftSchedule,
    GrantApplication,
    MeetingAttendee,
    Receipt,
    RecordMerge,
    SoftCredit,
    Touchpoint,
)
from caseworker.db.notices import changes_so_far
from caseworker.domain.clients import CLIENT_FIELDS, SIMILAR_NAME, name_similarity
from caseworker.domain.clients import display_name as client_display
from caseworker.domain.donors import search_name_for, sort_name_for
from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update
from caseworker.services.clients import _set_search_keys
from caseworker.services.donors import DONOR_FIELDS, donor_name
from caseworker.services.imports import refresh_summaries

# The fields a donor merge lets the user choose between (the giving summary is recomputed).
DONOR_CHOICE_FIELDS = ("kind", "first_name", "last_name", "organisation_name", "salutation", "email", "phone",
                       "address_line1", "address_line2", "city", "region", "postcode", "country", "timezone",
                       "relationship_manager_id", "household_id", "marketing_consent", "marketing_consent_source",
                       "marketing_consent_on", "gift_aid_declared_on", "notes")
CLIENT_CHOICE_FIELDS = tuple(f for f in CLIENT_FIELDS)


@dataclass(frozen=True)
class MergeSide:
    id: int
    name: str
    #: field -> value as shown
    values: Mapping[str, Any]
    version: int


@dataclass(frozen=True)
class DuplicatePair:
    first_id: int
    first_name: str
    second_id: int
    second_name: str
    reason: str


def merged_ids(record_type: str) -> Any:
    return select(RecordMerge.merged_id).where(RecordMerge.record_type == record_type)


def resolve(s: Session, record_type: str, ident: int) -> int:
    """The record *ident* now is: itself, or the survivor it was merged into (followed to the end)."""
    seen = {ident}
    while True:
        survivor = s.scalar(select(RecordMerge.survivor_id).where(RecordMerge.record_type == record_type,
                                                                  RecordMerge.merged_id == ident))
        if survivor is None or survivor in seen:
            return ident
        seen.add(survivor)
        ident = survivor


class MergeService(Service):
    # -- reading -------------------------------------------------------------------------------
    def donor_sides(self, first_id: int, second_id: int) -> tuple[MergeSide, MergeSide]:
        self.require(Action.READ_DONORS)
        with self.db.read() as s:
            sides = tuple(MergeSide(d.id, donor_name(d), {f: getattr(d, f) for f in DONOR_CHOICE_FIELDS}, d.version)
                          for d in (get_or_404(s, Donor, first_id, "Donor"), get_or_404(s, Donor, second_id, "Donor")))
            return sides[0], sides[1]

    def client_sides(self, first_id: int, second_id: int) -> tuple[MergeSide, MergeSide]:
        self.require(Action.READ_CLIENTS)
        with self.db.read() as s:
            sides = tuple(MergeSide(c.id, client_display(c.first_name, c.last_name, c.preferred_name),
                                    {f: getattr(c, f) for f in CLIENT_CHOICE_FIELDS}, c.version)
                          for c in (get_or_404(s, Client, first_id, "Client"), get_or_404(s, Client, second_id, "Client")))
            return sides[0], sides[1]

    def resolve(self, record_type: str, ident: int) -> int:
        self.require(Action.READ_DONORS if record_type == "donor" else Action.READ_CLIENTS)
        with self.db.read() as s:
            return resolve(s, record_type, ident)

    def donor_pairs(self, limit: int = 500) -> list[DuplicatePair]:
        """Pairs of donors the New donor check would flag: the same e-mail, or the same name and postcode."""
        self.require(Action.READ_DONORS)
        a, b = aliased(Donor), aliased(Donor)
        live = and_(a.id.not_in(merged_ids("donor")), b.id.not_in(merged_ids("donor")))
        by_email = (select(a.id, b.id, func.min("email")).join(b, and_(a.email == b.email, a.id < b.id))
                    .where(a.email != "", live).group_by(a.id, b.id))
        def postcode(d: Any) -> Any:
            return func.replace(func.lower(d.postcode), " ", "")

        by_name = (select(a.id, b.id, func.min("name")).join(b, and_(a.search_name == b.search_name, a.id < b.id))
                   .where(a.search_name != "", a.search_name != " ",
                          (postcode(a) == postcode(b)) | (a.postcode == "") | (b.postcode == ""), live)
                   .group_by(a.id, b.id))
        pairs: dict[tuple[int, int], str] = {}
        with self.db.read() as s:
            for stmt, reason in ((by_email, N_("the same e-mail")), (by_name, N_("the same name"))):
                for first, second, _ in s.execute(stmt.limit(limit)):
                    pairs.setdefault((first, second), reason)
            names = {d.id: donor_name(d) for d in s.scalars(
                select(Donor).where(Donor.id.in_({i for pair in pairs for i in pair})))}
        return [DuplicatePair(x, names.get(x, ""), y, names.get(y, ""), reason)
                for (x, y), reason in sorted(pairs.items())][:limit]

    def client_pairs(self, limit: int = 500) -> list[DuplicatePair]:
        """Pairs of clients the New client check would flag: born the same day, with names alike."""
        self.require(Action.READ_CLIENTS)
        days = (select(Client.date_of_birth).where(Client.date_of_birth.is_not(None), Client.anonymised_at.is_(None),
                                                   Client.id.not_in(merged_ids("client")))
                .group_by(Client.date_of_birth).having(func.count(Client.id) > 1))
        stmt = (select(Client.id, Client.first_name, Client.last_name, Client.preferred_name, Client.date_of_birth)
                .where(Client.date_of_birth.in_(days), Client.anonymised_at.is_(None),
                       Client.id.not_in(merged_ids("client")))
                .order_by(Client.date_of_birth, Client.id))
        by_day: dict[date, list[tuple[int, str, str, str]]] = {}
        with self.db.read() as s:
            for cid, first, last, preferred, born in s.execute(stmt):
                assert born is not None  # the query asks for these days of birth
                by_day.setdefault(born, []).append((cid, first, last, preferred))
        pairs = []
        for people in by_day.values():
            for i, (x, xf, xl, xp) in enumerate(people):
                for y, yf, yl, yp in people[i + 1:]:
                    if name_similarity(f"{xf} {xl}", f"{yf} {yl}") >= SIMILAR_NAME:
                        pairs.append(DuplicatePair(x, client_display(xf, xl, xp), y, client_display(yf, yl, yp),
                                                   N_("born the same day, with names alike")))
                        if len(pairs) >= limit:
                            return pairs
        return pairs

    # -- merging -------------------------------------------------------------------------------
    def merge_donors(self, survivor_id: int, merged_id: int, take_from_merged: Sequence[str] = (),
                     versions: tuple[int, int] | None = None) -> Changes:
        """Keep *survivor_id*, with the fields named in *take_from_merged* taken from the other record;
        move everything attached to *merged_id* to it, and leave *merged_id* as a pointer."""
        self.require(Action.EDIT_DONORS)
        self.require(Action.RECORD_GIFTS)
        self._check(survivor_id, merged_id, take_from_merged, DONOR_CHOICE_FIELDS)
        with self.db.transaction("Merge donors") as s:
            survivor, merged = self._pair(s, Donor, "donor", survivor_id, merged_id, versions)
            before = audit.snapshot(survivor, DONOR_FIELDS)
            for f in take_from_merged:
                setattr(survivor, f, getattr(merged, f))
            if survivor.household_id is None and merged.household_id is not None:
                survivor.household_id = merged.household_id
            survivor.sort_name = sort_name_for(survivor.kind, survivor.first_name, survivor.last_name,
                                               survivor.organisation_name)
            survivor.search_name = search_name_for(survivor.first_name, survivor.last_name,
                                                   survivor.organisation_name)
            survivor.do_not_contact = survivor.do_not_contact or merged.do_not_contact
            survivor.deceased = survivor.deceased or merged.deceased
            survivor.opted_out_channels = sorted(set(survivor.opted_out_channels or []) |
                                                 set(merged.opted_out_channels or []))
            self.stamp(survivor)
            moved = self._move_donor_records(s, survivor.id, merged.id)
            refresh_summaries(s, [survivor.id, merged.id])
            merged.do_not_contact = True
            merged.email = ""
            self.stamp(merged)
            s.add(RecordMerge(record_type="donor", merged_id=merged.id, survivor_id=survivor.id,
                              merged_by_id=self.actor.user_id))
            s.flush()
            changes = audit.diff(before, audit.snapshot(survivor, DONOR_FIELDS))
            audit.record(s, self.actor, kind="merge", record_type="donor", record_id=survivor.id,
                         changes={**changes, "merged_from": [None, merged.id], **moved})
            audit.record(s, self.actor, kind="merge", record_type="donor", record_id=merged.id,
                         changes={"merged_into": [None, survivor.id]})
            return changes_so_far(s)

    def merge_clients(self, survivor_id: int, merged_id: int, take_from_merged: Sequence[str] = (),
                      versions: tuple[int, int] | None = None) -> Changes:
        self.require(Action.EDIT_CLIENTS)
        self._check(survivor_id, merged_id, take_from_merged, CLIENT_CHOICE_FIELDS)
        with self.db.transaction("Merge clients") as s:
            survivor, merged = self._pair(s, Client, "client", survivor_id, merged_id, versions)
            if survivor.anonymised_at is not None or merged.anonymised_at is not None:
                raise RuleViolation(N_("An anonymised client cannot be merged."))
            before = audit.snapshot(survivor, CLIENT_FIELDS)
            for f in take_from_merged:
                setattr(survivor, f, getattr(merged, f))
            from caseworker.domain.clients import ClientFlags, phone_key, search_name

            survivor.search_name = search_name(survivor.first_name, survivor.last_name, survivor.preferred_name)
            survivor.phone_key = phone_key(survivor.phone)
            survivor.flag_bits = ClientFlags(survivor.safeguarding, survivor.interpreter_needed,
                                             survivor.interpreter_language, survivor.accessibility).bits
            self.stamp(survivor)
            moved = self._move_client_records(s, survivor.id, merged.id)
            s.flush()
            _set_search_keys(s, survivor)
            s.execute(delete(ClientSearchKey).where(ClientSearchKey.client_id == merged.id))
            merged.search_name = ""
            self.stamp(merged)
            s.add(RecordMerge(record_type="client", merged_id=merged.id, survivor_id=survivor.id,
                              merged_by_id=self.actor.user_id))
            s.flush()
            changes = audit.diff(before, audit.snapshot(survivor, CLIENT_FIELDS))
            audit.record(s, self.actor, kind="merge", record_type="client", record_id=survivor.id,
                         changes={**changes, "merged_from": [None, merged.id], **moved})
            audit.record(s, self.actor, kind="merge", record_type="client", record_id=merged.id,
                         changes={"merged_into": [None, survivor.id]})
            return changes_so_far(s)

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _check(survivor_id: int, merged_id: int, fields: Sequence[str], allowed: Sequence[str]) -> None:
        if survivor_id == merged_id:
            raise ValidationError("merged_id", N_("Choose two different records to merge."))
        unknown = [f for f in fields if f not in allowed]
        if unknown:
            raise ValidationError("fields", N_("These fields cannot be chosen in a merge: {fields}."),
                                  fields=", ".join(unknown))

    @staticmethod
    def _pair(s: Session, model: Any, record_type: str, survivor_id: int, merged_id: int,
              versions: tuple[int, int] | None) -> tuple[Any, Any]:
        what = record_type
        survivor = load_for_update(s, model, survivor_id, what, versions[0] if versions else None)
        merged = load_for_update(s, model, merged_id, what, versions[1] if versions else None)
        done = set(s.scalars(merged_ids(record_type).where(RecordMerge.merged_id.in_([survivor_id, merged_id]))))
        if done:
            raise RuleViolation(N_("{what} {ident} was already merged into another record."), what=what.title(),
                                ident=min(done))
        return survivor, merged

    @staticmethod
    def _move_donor_records(s: Session, survivor: int, merged: int) -> dict[str, list[Any]]:
        moved: dict[str, list[Any]] = {}
        # A soft credit of the merged donor on the survivor's own gift, or beside one of the survivor's,
        # would credit the survivor twice or for their own gift: those go.
        own_gifts = select(Gift.id).where(Gift.donor_id.in_([survivor, merged]))
        credited = select(SoftCredit.gift_id).where(SoftCredit.donor_id == survivor)
        s.execute(delete(SoftCredit).where(SoftCredit.donor_id == merged,
                                           SoftCredit.gift_id.in_(own_gifts.union(credited))))
        s.execute(delete(SoftCredit).where(SoftCredit.donor_id == survivor,
                                           SoftCredit.gift_id.in_(select(Gift.id).where(Gift.donor_id == merged))))
        for name, model in (("gifts", Gift), ("receipts", Receipt), ("soft_credits", SoftCredit),
                            ("schedules", GiftSchedule), ("touchpoints", Touchpoint),
                            ("quiet_periods", DonorQuietPeriod), ("meetings", MeetingAttendee)):
            ids = list(s.scalars(select(model.id).where(model.donor_id == merged)))
            if ids:
                s.execute(update(model).where(model.id.in_(ids)).values(donor_id=survivor)
                          .execution_options(synchronize_session=False))
                moved[f"moved_{name}"] = [None, len(ids)]
        s.execute(update(ExternalId).where(ExternalId.record_type == "donor", ExternalId.record_id == merged)
                  .values(record_id=survivor))
        s.expire_all()
        return moved

    @staticmethod
    def _move_client_records(s: Session, survivor: int, merged: int) -> dict[str, list[Any]]:
        moved: dict[str, list[Any]] = {}
        have = set(s.scalars(select(ClientTag.tag).where(ClientTag.client_id == survivor)))
        if have:
            s.execute(delete(ClientTag).where(ClientTag.client_id == merged, ClientTag.tag.in_(have)))
        for name, model in (("cases", Case), ("case_events", CaseEvent), ("aid", Disbursement),
                            ("contacts", ClientContact), ("consents", ClientConsent), ("referrals", ClientReferral),
                            ("attachments", ClientAttachment), ("tags", ClientTag), ("grants", GrantApplication),
                            ("meetings", MeetingAttendee)):
            ids = list(s.scalars(select(model.id).where(model.client_id == merged)))
            if ids:
                s.execute(update(model).where(model.id.in_(ids)).values(client_id=survivor)
                          .execution_options(synchronize_session=False))
                moved[f"moved_{name}"] = [None, len(ids)]
        s.execute(update(ExternalId).where(ExternalId.record_type == "client", ExternalId.record_id == merged)
                  .values(record_id=survivor))
        s.expire_all()
        return moved
