"""Change notices made by the transaction, not written by hand.

Every flush of a write session reports the rows it inserted, updated or deleted; :data:`NOTICES`
says which record kinds (and whose ids) each mapped class stands for, so a case note touches its
case, a gift its donor and a meeting attendee the meeting and the client who attends. What the
ORM cannot see — a bulk statement over a table, a write through the driver — is noticed by the
statement's table (``do_orm_execute``) or, for driver writes, by :func:`notice` from the code
that made it.

A mapped class missing from both :data:`NOTICES` and :data:`QUIET` is a programming error the
test suite catches, so a new table cannot forget to tell the views about itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Table, event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from caseworker.db import models as m
from caseworker.domain.records import ChangeKind, Changes

K = ChangeKind

#: Mapped class → the kinds a change to one of its rows touches, each with the attribute that
#: holds that record's id (``None``: the kind as a whole, as for the organisation's settings).
NOTICES: dict[type, tuple[tuple[ChangeKind, str | None], ...]] = {
    m.ActionItem: ((K.ACTION_ITEM, "id"), (K.MEETING, "meeting_id")),
    m.AgendaItem: ((K.MEETING, "meeting_id"),),
    m.Case: ((K.CASE, "id"),),
    m.CaseCategory: ((K.CASE_CATEGORY, "id"),),
    # A contact logged on the timeline is also the client's latest check-in.
    m.CaseEvent: ((K.CASE, "case_id"), (K.CHECK_IN, "client_id")),
    m.CaseSpecialist: ((K.CASE, "case_id"),),
    m.Client: ((K.CLIENT, "id"),),
    m.ClientAttachment: ((K.CLIENT, "client_id"),),
    m.ClientConsent: ((K.CLIENT, "client_id"),),
    m.ClientContact: ((K.CLIENT, "client_id"),),
    m.ClientFeedback: ((K.CASE, "case_id"),),
    m.ClientReferral: ((K.CLIENT, "client_id"),),
    m.ClientSearchKey: ((K.CLIENT, "client_id"),),
    m.ClientTag: ((K.CLIENT, "client_id"),),
    m.ContactPolicyRow: ((K.CONTACT_POLICY, "id"),),
    m.DbRoleLogin: ((K.USER, "user_id"),),
    m.DbRoleSettings: ((K.SETTINGS, None),),
    # A client's contact rhythm is both on the client's file and what the check-ins list is made of.
    m.ContactRhythm: ((K.CLIENT, "client_id"), (K.CHECK_IN, "client_id")),
    m.DecisionVote: ((K.MEETING, "meeting_id"),),
    m.Disbursement: ((K.DISBURSEMENT, "id"), (K.FUND, "fund_id"), (K.CLIENT, "client_id")),
    m.Donor: ((K.DONOR, "id"), (K.HOUSEHOLD, "household_id")),
    m.DonorQuietPeriod: ((K.DONOR, "donor_id"),),
    m.Fund: ((K.FUND, "id"),),
    m.Funder: ((K.FUNDER, "id"),),
    m.FunderContact: ((K.FUNDER, "funder_id"),),
    m.FunderProgramme: ((K.FUNDER, "funder_id"),),
    m.Gift: ((K.GIFT, "id"), (K.DONOR, "donor_id")),
    m.GiftAidDeclaration: ((K.DONOR, "donor_id"),),
    m.GiftSchedule: ((K.GIFT_SCHEDULE, "id"), (K.DONOR, "donor_id")),
    m.GiftThanks: ((K.GIFT, "gift_id"), (K.MESSAGE, "message_id")),
    m.GrantApplication: ((K.GRANT, "id"),),
    m.GrantBudgetLine: ((K.GRANT, "grant_id"),),
    m.GrantDocument: ((K.GRANT, "grant_id"),),
    m.GrantOutcome: ((K.GRANT, "grant_id"),),
    m.GrantReportSubmission: ((K.GRANT, "grant_id"),),
    m.GrantSpending: ((K.GRANT, "grant_id"), (K.DISBURSEMENT, "disbursement_id")),
    m.GrantTarget: ((K.GRANT, "grant_id"),),
    m.Handoff: ((K.HANDOFF, "id"), (K.CASE, "case_id")),
    m.Household: ((K.HOUSEHOLD, "id"),),
    m.ImportBatch: ((K.IMPORT_BATCH, "id"),),
    m.ImportBatchRecord: ((K.IMPORT_BATCH, "batch_id"),),
    m.Meeting: ((K.MEETING, "id"), (K.MEETING, "series_id")),
    # An attendee is on the meeting and on the client's (or donor's) file.
    m.MeetingAttendee: ((K.MEETING, "meeting_id"), (K.CLIENT, "client_id"), (K.DONOR, "donor_id")),
    m.MeetingDecision: ((K.MEETING, "meeting_id"),),
    m.MeetingException: ((K.MEETING, "meeting_id"),),
    m.MeetingQuorum: ((K.MEETING, "meeting_id"),),
    m.MessageTemplate: ((K.TEMPLATE, "id"),),
    m.MessageTemplateVersion: ((K.TEMPLATE, "template_id"),),
    m.OrgSetting: ((K.SETTINGS, None),),
    m.OutboxMessage: ((K.MESSAGE, "id"), (K.DONOR, "donor_id"), (K.CASE, "case_id")),
    m.Receipt: ((K.RECEIPT, "id"), (K.DONOR, "donor_id")),
    m.ReceiptGift: ((K.RECEIPT, "receipt_id"), (K.GIFT, "gift_id")),
    m.SoftCredit: ((K.GIFT, "gift_id"), (K.DONOR, "donor_id")),
    m.StaffProfile: ((K.USER, "user_id"),),
    m.Task: ((K.TASK, "id"),),
    m.Team: ((K.TEAM, "id"),),
    m.TeamProfile: ((K.TEAM, "team_id"),),
    m.Touchpoint: ((K.TOUCHPOINT, "id"), (K.DONOR, "donor_id")),
    m.User: ((K.USER, "id"), (K.TEAM, "team_id")),
    m.UserRole: ((K.USER, "user_id"),),
    m.UserSpecialty: ((K.USER, "user_id"),),
}

#: Mapped classes whose rows no view shows as they change: the audit trail and bookkeeping that
#: rides along with an action already noticed through its records.
QUIET: frozenset[type] = frozenset({
    m.AidRefusal,  # a refused payment changes nothing on screen; Insight reads it when asked
    m.AuditEntry,
    m.ExternalId,  # an import's link from another system's id to the record it made
    m.GuardBlock,  # as with aid refusals
    m.ImportMapping,
    m.ReceiptCounter,
    m.RecordMerge,  # the merged records themselves are noticed
    m.Reminder,  # stamped as shown; the tray reads them on its own timer
})

_BY_TABLE: dict[str, tuple[tuple[ChangeKind, str | None], ...]] = {
    cls.__table__.name: spec for cls, spec in NOTICES.items()  # type: ignore[attr-defined]
}
_COLLECTED = "caseworker_changes"


@dataclass
class _Collected:
    records: dict[ChangeKind, set[int]] = field(default_factory=dict)

    def add(self, kind: ChangeKind, ids: Iterable[int]) -> None:
        self.records.setdefault(kind, set()).update(ids)

    def changes(self) -> Changes:
        return Changes({kind: frozenset(ids) for kind, ids in self.records.items()})


def collect(session: Session) -> None:
    """From now on *session* collects the changes its flushes make (see :func:`changes_so_far`)."""
    session.info[_COLLECTED] = _Collected()


def notice(session: Session, kind: ChangeKind, *ids: int) -> None:
    """Tell the transaction about a write the ORM does not see (made through the driver)."""
    collected: _Collected | None = session.info.get(_COLLECTED)
    if collected is not None:
        collected.add(kind, ids)


def changes_so_far(session: Session) -> Changes:
    """What this write transaction has changed so far: pending writes are flushed first, so a
    service returns ``record, changes_so_far(s)`` as the last line of its transaction."""
    session.flush()
    collected: _Collected | None = session.info.get(_COLLECTED)
    return collected.changes() if collected is not None else Changes()


def _ids_of(obj: object, attribute: str) -> list[int]:
    """The id in *attribute*, and the one it held before this flush if it was moved."""
    state = inspect(obj)
    # Read what the row already holds: loading an attribute of a deleted row would fail.
    value = state.dict.get(attribute)
    found = [value] if value is not None else []
    if attribute != "id":
        history = state.attrs[attribute].history
        found.extend(v for v in history.deleted or () if v is not None)
    return found


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    collected: _Collected | None = session.info.get(_COLLECTED)
    if collected is None:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        spec = NOTICES.get(type(obj))
        if spec is None:
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        for kind, attribute in spec:
            collected.add(kind, _ids_of(obj, attribute) if attribute else ())


@event.listens_for(Session, "do_orm_execute")
def _bulk_statement(state: ORMExecuteState) -> None:
    collected: _Collected | None = state.session.info.get(_COLLECTED)
    if collected is None or not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if isinstance(table, Table):
        # Which rows a bulk statement touched is not known here: the kinds as a whole.
        for kind, _attribute in _BY_TABLE.get(table.name, ()):
            collected.add(kind, ())
