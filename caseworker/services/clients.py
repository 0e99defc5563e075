"""Clients: their files, the list of 100,000, and the name other records show for them.

Every public method is one user action in one transaction; changes land in the audit log with
each field's value before and after. Searching compares normalised name words
(``client_search_keys``) with an index range, so a prefix finds a client by any of their names
on both engines, whatever case or accents were typed.

Other capabilities that mention a client call :func:`client_label` (or :func:`client_labels`):
it gives the client's name to those who may read clients and "a client" to everyone else.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnDefault, Select, UnaryExpression, and_, delete, func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from caseworker.db.base import utcnow
from caseworker.db.models import (
    AuditEntry,
    Client,
    ClientAttachment,
    ClientConsent,
    ClientContact,
    ClientReferral,
    ClientSearchKey,
    ClientTag,
    RecordMerge,
    User,
)
from caseworker.db.notices import changes_so_far
from caseworker.domain.clients import (
    A_CLIENT,
    CLIENT_FIELDS,
    FLAG_ACCESSIBILITY,
    FLAG_INTERPRETER,
    FLAG_SAFEGUARDING,
    SIMILAR_NAME,
    AttachmentRecord,
    ClientDraft,
    ClientFlags,
    ClientRecord,
    ClientRow,
    ConsentDraft,
    ConsentRecord,
    ContactDraft,
    ContactRecord,
    DuplicateCandidate,
    OutcomeDraft,
    PossibleDuplicates,
    ReferralDraft,
    ReferralRecord,
    display_name,
    name_similarity,
    name_words,
    phone_key,
    phone_query_key,
    search_name,
    validate_attachment,
    validate_client,
    validate_consent,
    validate_contact,
    validate_outcome,
    validate_referral,
    with_flag,
)
from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import clean_text
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action
from caseworker.domain.records import Actor, Changes, SearchHit
from caseworker.services import audit
from caseworker.services.audit import escape_like
from caseworker.services.base import Service, get_or_404, load_for_update
from caseworker.services.org_settings import load_org_settings
from caseworker.services.search import search_provider

MAX_SEARCH_WORDS = 5
MAX_DUPLICATES = 5
REDACTED = "(removed)"
CONTACT_FIELDS = ("client_id", "kind", "value", "label", "active")
CONSENT_FIELDS = ("client_id", "topic", "given", "given_on", "method", "note")
REFERRAL_FIELDS = ("client_id", "agency", "reason", "referred_on", "outcome", "outcome_on", "outcome_note")
ATTACHMENT_FIELDS = ("client_id", "title", "mime_type", "size", "sha256")
_PHONE_QUERY = re.compile(r"^\+?[\d\s().-]{4,}$")
Ts = TypeVarTuple("Ts")


@dataclass(frozen=True)
class AttachmentFile:
    """An attachment's content, to show or save where the user chooses."""

    title: str
    mime_type: str
    data: bytes


# -- helpers other capabilities use -----------------------------------------------------------
def client_label(session: Session, actor: Actor, client_id: int | None) -> str:
    """The client's name for someone who may read clients; "a client" for anyone else."""
    if client_id is None:
        return A_CLIENT
    return client_labels(session, actor, [client_id]).get(client_id, A_CLIENT)


def client_labels(session: Session, actor: Actor, client_ids: Iterable[int]) -> dict[int, str]:
    """:func:`client_label` for many clients in one query (for lists)."""
    ids = {i for i in client_ids if i is not None}
    if not ids:
        return {}
    if not actor.can(Action.READ_CLIENTS):
        return dict.fromkeys(ids, A_CLIENT)
    rows = session.execute(select(Client.id, Client.first_name, Client.last_name, Client.preferred_name)
                           .where(Client.id.in_(ids)))
    found = {cid: display_name(first, last, preferred) for cid, first, last, preferred in rows}
    return {i: found.get(i, A_CLIENT) for i in ids}


def client_flags_of(session: Session, actor: Actor, client_ids: Iterable[int | None]) -> dict[int, ClientFlags]:
    """The flags of many clients in one query, for rows that mention them; none for roles that may not read clients."""
    ids = {i for i in client_ids if i is not None}
    if not ids or not actor.can(Action.READ_CLIENTS):
        return {}
    rows = session.execute(select(Client.id, Client.safeguarding, Client.interpreter_needed,
                                  Client.interpreter_language, Client.accessibility).where(Client.id.in_(ids)))
    return {cid: ClientFlags(safeguarding, interpreter, language, accessibility)
            for cid, safeguarding, interpreter, language, accessibility in rows}


def matching_clients(stmt: Select[*Ts], text: str) -> Select[*Ts]:
    """*stmt* narrowed to clients one of whose names starts with each word of *text*.

    Each word is a range on the indexed key (``key >= 'mar' AND key < 'mas'``), which both engines
    answer from the index whatever their collation; the LIKE keeps the range exact.
    """
    text = text.strip()
    if _PHONE_QUERY.match(text) and sum(ch.isdigit() for ch in text) >= 4:
        inner = aliased(Client)
        return stmt.where(Client.id.in_(select(inner.id).where(*_prefix(inner.phone_key, phone_query_key(text)))))
    for word in name_words(text)[:MAX_SEARCH_WORDS]:
        stmt = stmt.where(Client.id.in_(select(ClientSearchKey.client_id)
                                        .where(*_prefix(ClientSearchKey.key, word))))
    return stmt


def _prefix(column: Any, prefix: str) -> list[Any]:
    """Conditions for "*column* starts with *prefix*" that an ordinary index answers."""
    conditions = [column.like(escape_like(prefix) + "%", escape="\\")]
    if prefix and ord(prefix[-1]) < 0x10FFFF:
        conditions += [column >= prefix, column < prefix[:-1] + chr(ord(prefix[-1]) + 1)]
    return conditions


@search_provider("client", Action.READ_CLIENTS)
def search_clients(s: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    stmt = (select(Client.id, Client.first_name, Client.last_name, Client.preferred_name,
                   Client.date_of_birth, Client.safeguarding, Client.interpreter_needed,
                   Client.interpreter_language, Client.accessibility)
            .where(Client.anonymised_at.is_(None)))
    stmt = matching_clients(stmt, text).order_by(Client.search_name, Client.id).limit(limit)
    return [SearchHit("client", cid, display_name(first, last, preferred),
                      born.isoformat() if born else "",
                      ClientFlags(safeguarding, interpreter, language, accessibility))
            for cid, first, last, preferred, born, safeguarding, interpreter, language, accessibility
            in s.execute(stmt)]


# -- the service ------------------------------------------------------------------------------
_FLAG_BITS = {"safeguarding": FLAG_SAFEGUARDING, "interpreter": FLAG_INTERPRETER,
              "accessibility": FLAG_ACCESSIBILITY}
_SORTS = {
    "name": (Client.search_name,),
    "date_of_birth": (Client.date_of_birth,),
    "phone": (Client.phone,),
    "key_worker": (User.display_name,),
    "created_at": (Client.created_at,),
}


class ClientService(Service):
    # -- the list -------------------------------------------------------------------------------
    def list_ids(self, query: ListQuery) -> list[int]:
        """Ids of the clients that match *query*, in its order (filter and sort in SQL).

        Filters: ``flag`` (safeguarding | interpreter | accessibility | any), ``key_worker_id``
        (a user id), ``tag`` (a tag), ``anonymised`` (True to include anonymised clients).
        """
        self.require(Action.READ_CLIENTS)
        stmt = select(Client.id)
        if not query.filter("anonymised"):
            stmt = stmt.where(Client.anonymised_at.is_(None))
        # A client merged into another stays on record as a pointer, out of the list.
        stmt = stmt.where(Client.id.not_in(select(RecordMerge.merged_id).where(RecordMerge.record_type == "client")))
        stmt = matching_clients(stmt, query.text) if query.text.strip() else stmt
        # Each filter is a subquery on its own index: the outer query then walks the list index
        # in order, so SQLite never trades the ordered index for a row-by-row table scan.
        inner = aliased(Client)
        flag = query.filter("flag")
        if flag in _FLAG_BITS:
            stmt = stmt.where(Client.id.in_(select(inner.id).where(inner.flag_bits.in_(
                with_flag(_FLAG_BITS[flag])))))
        elif flag == "any":
            stmt = stmt.where(Client.id.in_(select(inner.id).where(inner.flag_bits > 0)))
        if query.filter("key_worker_id") is not None:
            stmt = stmt.where(Client.id.in_(select(inner.id).where(
                inner.key_worker_id == int(query.filter("key_worker_id")))))
        if query.filter("tag"):
            stmt = stmt.where(Client.id.in_(select(ClientTag.client_id)
                                            .where(ClientTag.tag == str(query.filter("tag")))))
        keys = _SORTS.get(query.sort, _SORTS["name"])
        if query.sort == "key_worker":
            stmt = stmt.outerjoin(User, User.id == Client.key_worker_id)
        order: list[UnaryExpression[Any] | InstrumentedAttribute[Any]] = [
            k.desc() if query.descending else k for k in keys]
        order.append(Client.id.desc() if query.descending else Client.id)
        with self.db.read() as s:
            return list(s.scalars(stmt.order_by(*order)))

    def list_rows(self, ids: Sequence[int]) -> list[ClientRow]:
        self.require(Action.READ_CLIENTS)
        if not ids:
            return []
        stmt = (select(Client.id, Client.first_name, Client.last_name, Client.preferred_name,
                       Client.date_of_birth, Client.phone, User.display_name, Client.safeguarding,
                       Client.interpreter_needed, Client.interpreter_language, Client.accessibility)
                .outerjoin(User, User.id == Client.key_worker_id).where(Client.id.in_(list(ids))))
        with self.db.read() as s:
            rows = {
                r[0]: ClientRow(r[0], display_name(r[1], r[2], r[3]), f"{r[2]}, {r[1]}", r[4], r[5],
                                r[6] or "", ClientFlags(r[7], r[8], r[9], r[10]))
                for r in s.execute(stmt)
            }
        return [rows[i] for i in ids if i in rows]

    def tags_in_use(self) -> list[str]:
        self.require(Action.READ_CLIENTS)
        with self.db.read() as s:
            return list(s.scalars(select(ClientTag.tag).distinct().order_by(ClientTag.tag)))

    # -- one client -----------------------------------------------------------------------------
    def get(self, client_id: int) -> ClientRecord:
        """The client's whole file (flags first) for the detail view."""
        self.require(Action.READ_CLIENTS)
        with self.db.read() as s:
            return _record(s, get_or_404(s, Client, client_id, "Client"))

    def possible_duplicates(self, draft: ClientDraft, exclude_id: int | None = None) -> list[DuplicateCandidate]:
        """Clients born the same day whose names are alike (case, accents and order ignored)."""
        self.require(Action.READ_CLIENTS)
        draft = validate_client(draft, today=self._today(), region=self._region())
        with self.db.read() as s:
            return _duplicates(s, draft, exclude_id)

    def create(self, draft: ClientDraft, *, confirmed: bool = False) -> tuple[ClientRecord, Changes]:
        """Add a client. Raises :class:`PossibleDuplicates` (nothing written) when someone born the
        same day has a similar name, unless the user *confirmed* this is a different person."""
        self.require(Action.EDIT_CLIENTS)
        draft = validate_client(draft, today=self._today(), region=self._region())
        with self.db.transaction("Add client") as s:
            _check_key_worker(s, draft.key_worker_id)
            if not confirmed:
                candidates = _duplicates(s, draft, None)
                if candidates:
                    raise PossibleDuplicates(candidates)
            client = Client()
            _apply(client, draft)
            self.stamp(client)
            s.add(client)
            s.flush()
            _set_search_keys(s, client)
            _set_tags(s, client.id, draft.tags)
            audit.record_created(s, self.actor, "client", client, CLIENT_FIELDS)
            if draft.tags:
                audit.record(s, self.actor, kind="update", record_type="client", record_id=client.id,
                             changes={"tags": [[], list(draft.tags)]})
            return _record(s, client), changes_so_far(s)

    def update(self, client_id: int, draft: ClientDraft, expected_version: int) -> tuple[ClientRecord, Changes]:
        self.require(Action.EDIT_CLIENTS)
        draft = validate_client(draft, today=self._today(), region=self._region())
        with self.db.transaction("Change client") as s:
            client = load_for_update(s, Client, client_id, "client", expected_version)
            _refuse_if_anonymised(client)
            _check_key_worker(s, draft.key_worker_id)
            before = audit.snapshot(client, CLIENT_FIELDS) | {"tags": _tags_of(s, client.id)}
            _apply(client, draft)
            after = audit.snapshot(client, CLIENT_FIELDS) | {"tags": list(draft.tags)}
            changes = audit.diff(before, after)
            if changes:
                # Touching the row moves its version even when only the tags (another table)
                # changed, so a colleague's open form notices.
                client.updated_at = utcnow()
                self.stamp(client)
                audit.record(s, self.actor, kind="update", record_type="client", record_id=client.id,
                             changes=changes)
            _set_search_keys(s, client)
            _set_tags(s, client.id, draft.tags)
            s.flush()
            return _record(s, client), changes_so_far(s)

    # -- contacts, consents, referrals ----------------------------------------------------------
    def add_contact(self, client_id: int, draft: ContactDraft) -> tuple[ClientRecord, Changes]:
        self.require(Action.EDIT_CLIENTS)
        draft = validate_contact(draft, region=self._region())
        with self.db.transaction("Add client contact") as s:
            client = self._live_client(s, client_id)
            contact = ClientContact(client_id=client.id, kind=draft.kind, value=draft.value, label=draft.label)
            self.stamp(contact)
            s.add(contact)
            audit.record_created(s, self.actor, "client_contact", contact, CONTACT_FIELDS)
            return _record(s, client), changes_so_far(s)

    def remove_contact(self, contact_id: int, reason: str = "") -> tuple[ClientRecord, Changes]:
        """A contact that no longer works stops showing; the trail keeps what it was."""
        self.require(Action.EDIT_CLIENTS)
        reason = clean_text(reason, "reason", max_chars=500)
        with self.db.transaction("Remove client contact") as s:
            contact = load_for_update(s, ClientContact, contact_id, "contact", None)
            client = self._live_client(s, contact.client_id)
            if contact.active:
                contact.active = False
                self.stamp(contact)
                audit.record(s, self.actor, kind="void", record_type="client_contact", record_id=contact.id,
                             changes={"active": [True, False]}, reason=reason)
            return _record(s, client), changes_so_far(s)

    def add_consent(self, client_id: int, draft: ConsentDraft) -> tuple[ClientRecord, Changes]:
        """Record what the client agreed to or withdrew; earlier records stay as history."""
        self.require(Action.EDIT_CLIENTS)
        draft = validate_consent(draft, today=self._today())
        with self.db.transaction("Record consent") as s:
            client = self._live_client(s, client_id)
            consent = ClientConsent(client_id=client.id, topic=draft.topic, given=draft.given,
                                    given_on=draft.given_on, method=draft.method, note=draft.note,
                                    recorded_by_id=self.actor.user_id)
            self.stamp(consent)
            s.add(consent)
            audit.record_created(s, self.actor, "client_consent", consent, CONSENT_FIELDS)
            return _record(s, client), changes_so_far(s)

    def add_referral(self, client_id: int, draft: ReferralDraft) -> tuple[ClientRecord, Changes]:
        self.require(Action.EDIT_CLIENTS)
        draft = validate_referral(draft, today=self._today())
        with self.db.transaction("Refer client") as s:
            client = self._live_client(s, client_id)
            referral = ClientReferral(client_id=client.id, agency=draft.agency, reason=draft.reason,
                                      referred_on=draft.referred_on, made_by_id=self.actor.user_id)
            self.stamp(referral)
            s.add(referral)
            audit.record_created(s, self.actor, "client_referral", referral, REFERRAL_FIELDS)
            return _record(s, client), changes_so_far(s)

    def record_referral_outcome(self, referral_id: int, draft: OutcomeDraft,
                                expected_version: int) -> tuple[ClientRecord, Changes]:
        self.require(Action.EDIT_CLIENTS)
        with self.db.transaction("Record referral outcome") as s:
            referral = load_for_update(s, ClientReferral, referral_id, "referral", expected_version)
            client = self._live_client(s, referral.client_id)
            draft = validate_outcome(draft, referred_on=referral.referred_on, today=self._today())
            assert not isinstance(draft.outcome_on, str)  # validated: a date, or None while pending
            before = audit.snapshot(referral, REFERRAL_FIELDS)
            referral.outcome, referral.outcome_on, referral.outcome_note = (
                draft.outcome, draft.outcome_on, draft.note)
            self.stamp(referral)
            audit.record_updated(s, self.actor, "client_referral", referral, before, REFERRAL_FIELDS)
            return _record(s, client), changes_so_far(s)

    # -- attachments ----------------------------------------------------------------------------
    def add_attachment(self, client_id: int, name: str, data: bytes) -> tuple[ClientRecord, Changes]:
        """Keep a file (at most 10 MB) inside the database; its type is read from its content."""
        self.require(Action.EDIT_CLIENTS)
        self.require(Action.READ_ATTACHMENTS)
        title, mime = validate_attachment(name, data)
        with self.db.transaction("Attach file") as s:
            client = self._live_client(s, client_id)
            attachment = ClientAttachment(client_id=client.id, title=title, mime_type=mime, size=len(data),
                                          sha256=hashlib.sha256(data).hexdigest(), content=data,
                                          uploaded_by_id=self.actor.user_id)
            self.stamp(attachment)
            s.add(attachment)
            audit.record_created(s, self.actor, "client_attachment", attachment, ATTACHMENT_FIELDS)
            return _record(s, client), changes_so_far(s)

    def attachment_content(self, attachment_id: int) -> AttachmentFile:
        """Open an attachment; the reading is written to the audit log."""
        self.require(Action.READ_ATTACHMENTS)
        with self.db.transaction("Open attachment") as s:
            attachment = get_or_404(s, ClientAttachment, attachment_id, "Attachment")
            if attachment.voided_at is not None:
                raise RuleViolation(N_("This attachment was removed: {reason}"), reason=attachment.void_reason)
            audit.record(s, self.actor, kind="read", record_type="client_attachment", record_id=attachment.id)
            return AttachmentFile(attachment.title, attachment.mime_type, bytes(attachment.content))

    def void_attachment(self, attachment_id: int, reason: str) -> tuple[ClientRecord, Changes]:
        """Remove an attachment from view (kept on record, with the reason)."""
        self.require(Action.EDIT_CLIENTS)
        reason = clean_text(reason, "reason", max_chars=500)
        if not reason:
            raise ValidationError("reason", N_("Say why the attachment is removed."))
        with self.db.transaction("Remove attachment") as s:
            attachment = load_for_update(s, ClientAttachment, attachment_id, "attachment", None)
            client = self._live_client(s, attachment.client_id)
            if attachment.voided_at is None:
                attachment.voided_at, attachment.void_reason = utcnow(), reason
                self.stamp(attachment)
                audit.record(s, self.actor, kind="void", record_type="client_attachment",
                             record_id=attachment.id, reason=reason)
            return _record(s, client), changes_so_far(s)

    # -- anonymising ----------------------------------------------------------------------------
    def anonymise(self, client_id: int, reason: str) -> Changes:
        """On the person's request: remove everything that identifies them, keep the statistics.

        The record, its cases and aid stay (money and casework are never deleted); names, birth
        date, contacts, notes, attachments' content and tags go. Earlier audit entries about the
        client keep who did what and when, but their recorded values are redacted too — otherwise
        the trail would keep what the person asked to have removed.
        """
        self.require(Action.ANONYMISE_CLIENTS)
        reason = clean_text(reason, "reason", max_chars=500)
        if not reason:
            raise ValidationError("reason", N_("Say on whose request and why the client is anonymised."))
        with self.db.transaction("Anonymise client") as s:
            client = load_for_update(s, Client, client_id, "client", None)
            _refuse_if_anonymised(client)
            redacted = _wipe(s, client)
            self.stamp(client)
            s.flush()
            audit.record(s, self.actor, kind="anonymise", record_type="client", record_id=client.id,
                         changes={f: [REDACTED, REDACTED] for f in redacted}, reason=reason)
            return changes_so_far(s)

    # -- helpers --------------------------------------------------------------------------------
    def _live_client(self, s: Session, client_id: int) -> Client:
        client = get_or_404(s, Client, client_id, "Client")
        _refuse_if_anonymised(client)
        return client

    def _today(self) -> date:
        return datetime.now(load_org_settings(self.db).zone).date()

    def _region(self) -> str | None:
        return load_org_settings(self.db).phone_region


# -- module helpers ---------------------------------------------------------------------------
def _apply(client: Client, draft: ClientDraft) -> None:
    derived = {
        "search_name": search_name(draft.first_name, draft.last_name, draft.preferred_name),
        "phone_key": phone_key(draft.phone),
        "flag_bits": ClientFlags(draft.safeguarding, draft.interpreter_needed, draft.interpreter_language,
                                 draft.accessibility).bits,
    }
    for name, value in [*((f, getattr(draft, f)) for f in CLIENT_FIELDS), *derived.items()]:
        if getattr(client, name, None) != value:
            setattr(client, name, value)


def _refuse_if_anonymised(client: Client) -> None:
    if client.anonymised_at is not None:
        raise RuleViolation(N_("This client was anonymised; the record can no longer be changed."))


def _check_key_worker(s: Session, user_id: int | None) -> None:
    if user_id is None:
        return
    active = s.scalar(select(User.active).where(User.id == user_id))
    if not active:
        raise ValidationError("key_worker_id", N_("Choose an active colleague as key worker."))


def _set_search_keys(s: Session, client: Client) -> None:
    wanted = name_words(client.first_name, client.last_name, client.preferred_name)
    have = list(s.scalars(select(ClientSearchKey.key).where(ClientSearchKey.client_id == client.id)))
    if sorted(have) == sorted(wanted):
        return
    s.execute(delete(ClientSearchKey).where(ClientSearchKey.client_id == client.id))
    s.add_all(ClientSearchKey(client_id=client.id, key=w) for w in wanted)


def _tags_of(s: Session, client_id: int) -> list[str]:
    return list(s.scalars(select(ClientTag.tag).where(ClientTag.client_id == client_id).order_by(ClientTag.tag)))


def _set_tags(s: Session, client_id: int, tags: tuple[str, ...]) -> None:
    have = set(_tags_of(s, client_id))
    wanted = set(tags)
    if have - wanted:
        s.execute(delete(ClientTag).where(ClientTag.client_id == client_id, ClientTag.tag.in_(have - wanted)))
    s.add_all(ClientTag(client_id=client_id, tag=t) for t in sorted(wanted - have))


def _duplicates(s: Session, draft: ClientDraft, exclude_id: int | None) -> list[DuplicateCandidate]:
    return find_duplicate_clients(s, [draft], exclude_id)[0]


def find_duplicate_clients(s: Session, drafts: Sequence[ClientDraft],
                           exclude_id: int | None = None) -> list[list[DuplicateCandidate]]:
    """For each (validated) draft, clients born the same day whose names are alike: the New client
    dialog's check, and the import's for many rows in one query."""
    days = {d.date_of_birth for d in drafts if isinstance(d.date_of_birth, date)}
    by_day: dict[date, list[tuple[int, str, str, str]]] = {}
    if days:
        stmt = (select(Client.id, Client.first_name, Client.last_name, Client.preferred_name, Client.date_of_birth)
                .where(Client.date_of_birth.in_(days), Client.anonymised_at.is_(None),
                       Client.id.not_in(select(RecordMerge.merged_id).where(RecordMerge.record_type == "client"))))
        if exclude_id is not None:
            stmt = stmt.where(Client.id != exclude_id)
        for cid, first, last, preferred, born in s.execute(stmt.order_by(Client.id)):
            assert born is not None  # the query asks for these days of birth
            by_day.setdefault(born, []).append((cid, first, last, preferred))
    result: list[list[DuplicateCandidate]] = []
    for draft in drafts:
        if not isinstance(draft.date_of_birth, date):
            result.append([])
            continue
        wanted = f"{draft.first_name} {draft.last_name}"
        found = []
        for cid, first, last, preferred in by_day.get(draft.date_of_birth, ()):
            score = max(name_similarity(wanted, f"{first} {last}"),
                        name_similarity(wanted, f"{preferred} {last}") if preferred else 0.0)
            if score >= SIMILAR_NAME:
                found.append(DuplicateCandidate(cid, display_name(first, last, preferred), draft.date_of_birth,
                                                score))
        found.sort(key=lambda c: -c.similarity)
        result.append(found[:MAX_DUPLICATES])
    return result


def _wipe(s: Session, client: Client) -> list[str]:
    """Clear what identifies the client; returns the fields that held something."""
    held = [f for f in CLIENT_FIELDS if getattr(client, f) not in (None, "", False)]
    for f in CLIENT_FIELDS:
        column = Client.__table__.c[f]
        default = column.default.arg if isinstance(column.default, ColumnDefault) and not callable(
            column.default.arg) else None
        setattr(client, f, default)
    client.first_name, client.last_name = N_("Anonymised"), N_("client")
    client.search_name, client.phone_key, client.flag_bits = "", "", 0
    client.anonymised_at = utcnow()
    s.execute(delete(ClientSearchKey).where(ClientSearchKey.client_id == client.id))
    tags = _tags_of(s, client.id)
    if tags:
        held.append("tags")
        s.execute(delete(ClientTag).where(ClientTag.client_id == client.id))
    s.execute(update(ClientContact).where(ClientContact.client_id == client.id)
              .values(value=REDACTED, label="", active=False))
    s.execute(update(ClientConsent).where(ClientConsent.client_id == client.id).values(note=""))
    s.execute(update(ClientReferral).where(ClientReferral.client_id == client.id)
              .values(reason="", outcome_note=""))
    s.execute(update(ClientAttachment).where(ClientAttachment.client_id == client.id)
              .values(content=b"", title=REDACTED, voided_at=func.coalesce(ClientAttachment.voided_at, utcnow()),
                      void_reason=N_("Removed when the client was anonymised")))
    _redact_trail(s, client.id)
    return held


def _redact_trail(s: Session, client_id: int) -> None:
    owned = {
        "client": [client_id],
        "client_contact": list(s.scalars(select(ClientContact.id).where(ClientContact.client_id == client_id))),
        "client_consent": list(s.scalars(select(ClientConsent.id).where(ClientConsent.client_id == client_id))),
        "client_referral": list(s.scalars(select(ClientReferral.id).where(ClientReferral.client_id == client_id))),
        "client_attachment": list(s.scalars(select(ClientAttachment.id)
                                            .where(ClientAttachment.client_id == client_id))),
    }
    for record_type, ids in owned.items():
        if not ids:
            continue
        entries = s.scalars(select(AuditEntry).where(and_(AuditEntry.record_type == record_type,
                                                          AuditEntry.record_id.in_(ids))))
        for entry in entries:
            if entry.changes:
                entry.changes = {k: [REDACTED, REDACTED] for k in entry.changes}


def _record(s: Session, client: Client) -> ClientRecord:
    cid = client.id
    contacts = s.scalars(select(ClientContact).where(ClientContact.client_id == cid, ClientContact.active.is_(True))
                         .order_by(ClientContact.id)).all()
    consents = s.scalars(select(ClientConsent).where(ClientConsent.client_id == cid)
                         .order_by(ClientConsent.given_on.desc(), ClientConsent.id.desc())).all()
    attachments = s.execute(select(ClientAttachment.id, ClientAttachment.title, ClientAttachment.mime_type,
                                   ClientAttachment.size, ClientAttachment.created_at,
                                   ClientAttachment.uploaded_by_id, ClientAttachment.voided_at,
                                   ClientAttachment.void_reason)
                            .where(ClientAttachment.client_id == cid).order_by(ClientAttachment.id.desc())).all()
    referrals = s.scalars(select(ClientReferral).where(ClientReferral.client_id == cid)
                          .order_by(ClientReferral.referred_on.desc(), ClientReferral.id.desc())).all()
    user_ids = {client.key_worker_id, *(c.recorded_by_id for c in consents), *(a[5] for a in attachments),
                *(r.made_by_id for r in referrals)} - {None}
    names: dict[int | None, str] = {}
    if user_ids:
        names = {uid: name for uid, name in s.execute(select(User.id, User.display_name)
                                                      .where(User.id.in_(user_ids)))}
    return ClientRecord(
        id=cid, first_name=client.first_name, last_name=client.last_name,
        preferred_name=client.preferred_name, date_of_birth=client.date_of_birth,
        flags=ClientFlags(client.safeguarding, client.interpreter_needed, client.interpreter_language,
                          client.accessibility),
        phone=client.phone, email=client.email, address=client.address, postcode=client.postcode,
        language=client.language, contact_channel=client.contact_channel, contact_times=client.contact_times,
        key_worker_id=client.key_worker_id, key_worker=names.get(client.key_worker_id, ""),
        needs=client.needs, notes=client.notes, tags=tuple(_tags_of(s, cid)),
        gender=client.gender, household_size=client.household_size,
        anonymised=client.anonymised_at is not None, version=client.version, created_at=client.created_at,
        contacts=tuple(ContactRecord(c.id, c.kind, c.value, c.label, c.version) for c in contacts),
        consents=tuple(ConsentRecord(c.id, c.topic, c.given, c.given_on, c.method, c.note,
                                     names.get(c.recorded_by_id, "")) for c in consents),
        attachments=tuple(AttachmentRecord(a[0], a[1], a[2], a[3], a[4], names.get(a[5], ""),
                                           a[6] is not None, a[7]) for a in attachments),
        referrals=tuple(ReferralRecord(r.id, r.agency, r.reason, r.referred_on, names.get(r.made_by_id, ""),
                                       r.outcome, r.outcome_on, r.outcome_note, r.version) for r in referrals),
    )

