"""The case service on both engines: routing, the workflow, due dates, handoffs, notes and lists."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from caseworker.db.models import AuditEntry, CaseEvent
from caseworker.domain.cases import Acceptability, CaseDraft, CaseStatus, CategoryDraft, Resolution
from caseworker.domain.errors import ConflictError, NotPermitted, RuleViolation, ValidationError
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind
from caseworker.services.container import Services
from tests.cases.conftest import MONDAY, Office, worker

FRIDAY = date(2026, 11, 6)
NEXT_MONDAY = date(2026, 11, 9)


def open_housing(office: Office, by: Services | None = None, **kw):
    svc = (by or office.priya).cases
    draft = CaseDraft(office.client, office.housing, kw.pop("title", "Eviction notice"),
                      assignee_id=kw.pop("assignee_id", office.priya.actor.user_id), **kw)
    return svc.open_case(draft)[0]


def at(services: Services, day: date) -> Services:
    services.cases.today_override = day
    return services


# -- routing and opening ------------------------------------------------------------------------


def test_a_new_case_gets_the_least_loaded_specialist(office: Office) -> None:
    suggestion = office.sam.cases.suggest_assignee(office.housing)
    assert suggestion.user_id == office.priya.actor.user_id  # tie at 0: by name
    open_housing(office)
    suggestion = office.sam.cases.suggest_assignee(office.housing)
    assert suggestion.user_id == office.tom.actor.user_id
    assert "housing specialists" in suggestion.reason_text()


def test_a_category_without_specialists_goes_to_its_point_of_contact(office: Office) -> None:
    cat, _ = office.manager.cases.add_category(CategoryDraft("Immigration", 15, "immigration",
                                                             point_of_contact_id=office.sam.actor.user_id))
    assert office.priya.cases.suggest_assignee(cat.id).user_id == office.sam.actor.user_id


def test_the_worker_may_pick_someone_else_or_nobody(office: Office) -> None:
    case = open_housing(office, assignee_id=office.sam.actor.user_id)
    assert case.assignee_id == office.sam.actor.user_id and case.status == CaseStatus.ASSIGNED
    unassigned = open_housing(office, assignee_id=None)
    assert unassigned.status == CaseStatus.NEW and unassigned.assignee_id is None
    assigned, _ = office.priya.cases.assign(unassigned.id, office.tom.actor.user_id, unassigned.version)
    assert assigned.status == CaseStatus.ASSIGNED


def test_opening_writes_the_case_its_first_note_and_the_audit(office: Office) -> None:
    case = open_housing(office, first_note="Landlord served a section 21 notice.")
    assert case.reference == "C-%06d" % case.id
    assert case.due_on == NEXT_MONDAY  # 5 business days after a Monday
    timeline = office.priya.cases.case_timeline(case.id)
    assert [e.kind for e in timeline] == ["note", "status"]
    with office.db.read() as s:
        kinds = s.scalars(select(AuditEntry.kind).where(AuditEntry.record_type == "case",
                                                        AuditEntry.record_id == case.id)).all()
    assert "create" in kinds and "read" in kinds


def test_categories_are_managed_by_managers_only(office: Office) -> None:
    with pytest.raises(NotPermitted):
        office.priya.cases.add_category(CategoryDraft("Debt", 10, "debt"))
    with pytest.raises(ValidationError, match="already a category"):
        office.manager.cases.add_category(CategoryDraft("housing", 10))
    with pytest.raises(Exception, match="between 1 and"):
        office.manager.cases.add_category(CategoryDraft("Debt", 0))
    cats = {c.name: c for c in office.priya.cases.list_categories()}
    updated, _ = office.manager.cases.update_category(
        cats["Housing"].id, CategoryDraft("Housing", 8, "housing"), cats["Housing"].version)
    assert updated.target_days == 8
    with pytest.raises(ConflictError):
        office.manager.cases.update_category(cats["Housing"].id, CategoryDraft("Housing", 9, "housing"),
                                             cats["Housing"].version)


# -- the workflow through the service -----------------------------------------------------------


def test_the_whole_life_of_a_case(office: Office) -> None:
    svc = office.priya.cases
    case = open_housing(office)
    case, _ = svc.transition(case.id, CaseStatus.IN_PROGRESS, case.version)
    case, _ = svc.transition(case.id, CaseStatus.WAITING, case.version, waiting_on="third_party")
    case, _ = svc.escalate(case.id, "The council does not answer", case.version)
    assert case.status == CaseStatus.ESCALATED and case.escalation_level == 1
    case, _ = svc.resolve(case.id, Resolution("Rehoused", False, Acceptability.PARTLY, 3), case.version)
    assert case.resolution == Resolution("Rehoused", False, "partly", 3)
    assert case.resolved_on == MONDAY
    case, _ = svc.close(case.id, case.version)
    assert case.status == CaseStatus.CLOSED
    case, _ = svc.reopen(case.id, "The new flat fell through", case.version)
    assert case.status == CaseStatus.IN_PROGRESS and case.resolution is None
    headlines = [e.headline.format(**e.headline_params) for e in svc.case_timeline(case.id)]
    assert headlines[0] == "Reopened" and "Escalated to level 1" in headlines


def test_illegal_steps_are_refused_and_nothing_is_written(office: Office) -> None:
    svc = office.priya.cases
    case = open_housing(office)
    with pytest.raises(RuleViolation, match="closed only once it is resolved"):
        svc.close(case.id, case.version)
    with pytest.raises(RuleViolation, match="without an outcome"):
        svc.resolve(case.id, Resolution("", True, Acceptability.YES), case.version)
    with pytest.raises(RuleViolation, match="without an outcome"):
        svc.transition(case.id, CaseStatus.RESOLVED, case.version)
    with pytest.raises(RuleViolation, match="Only a resolved or closed case"):
        svc.reopen(case.id, "why not", case.version)
    after = svc.get(case.id)
    assert after.status == CaseStatus.ASSIGNED and after.version == case.version


def test_a_stale_form_is_refused(office: Office) -> None:
    case = open_housing(office)
    office.priya.cases.transition(case.id, CaseStatus.IN_PROGRESS, case.version)
    with pytest.raises(ConflictError, match="Priya"):
        office.tom.cases.transition(case.id, CaseStatus.WAITING, case.version, waiting_on="client")


# -- due dates -----------------------------------------------------------------------------------


def test_a_wait_on_the_client_pauses_the_clock(office: Office) -> None:
    svc = office.priya.cases
    case = open_housing(office)  # Monday, due next Monday
    at(office.priya, date(2026, 11, 3))  # Tuesday
    case, _ = svc.transition(case.id, CaseStatus.WAITING, case.version, waiting_on="client")
    assert case.paused and not case.overdue
    at(office.priya, date(2026, 11, 5))  # Thursday: two business days paused so far
    assert svc.get(case.id).due_on == date(2026, 11, 11)
    case = svc.get(case.id)
    case, _ = svc.transition(case.id, CaseStatus.IN_PROGRESS, case.version)
    assert case.paused_days == 2 and case.due_on == date(2026, 11, 11) and not case.paused


def test_a_wait_on_a_third_party_does_not_pause_the_clock(office: Office) -> None:
    svc = office.priya.cases
    case = open_housing(office)
    at(office.priya, date(2026, 11, 3))
    case, _ = svc.transition(case.id, CaseStatus.WAITING, case.version, waiting_on="third_party")
    at(office.priya, date(2026, 11, 10))
    case = svc.get(case.id)
    assert case.due_on == NEXT_MONDAY and case.overdue and not case.paused


def test_holidays_move_the_due_date(office: Office) -> None:
    settings = office.manager.settings.get()
    office.manager.settings.update(settings.with_changes(holidays=(date(2026, 11, 4),)))
    assert open_housing(office).due_on == date(2026, 11, 10)


def test_overdue_cases_are_marked_and_filtered(office: Office) -> None:
    svc = office.priya.cases
    late = open_housing(office, opened_on="2026-10-01")
    fresh = open_housing(office, title="Repairs")
    waiting = open_housing(office, title="Documents", opened_on="2026-10-01")
    svc.transition(waiting.id, CaseStatus.WAITING, waiting.version, waiting_on="client")
    ids = svc.list_ids(ListQuery().with_filter("overdue", True))
    assert ids == [late.id]
    rows = {r.id: r for r in svc.list_rows([late.id, fresh.id, waiting.id])}
    assert rows[late.id].overdue and not rows[fresh.id].overdue and not rows[waiting.id].overdue


# -- handoffs and reassignment --------------------------------------------------------------------


def test_a_handoff_is_accepted_by_the_new_worker(office: Office) -> None:
    case = open_housing(office)
    case, _ = office.priya.cases.hand_off(case.id, office.tom.actor.user_id,
                                          "Client prefers visits on Tuesdays.", case.version)
    assert case.pending_handoff is not None and case.assignee_id == office.priya.actor.user_id
    pending = office.tom.cases.my_pending_handoffs()
    assert [h.case_id for h in pending] == [case.id] and pending[0].note == "Client prefers visits on Tuesdays."
    with pytest.raises(RuleViolation, match="already waiting for a handoff"):
        office.priya.cases.hand_off(case.id, office.sam.actor.user_id, "again", None)
    with pytest.raises(RuleViolation, match="Only the worker"):
        office.sam.cases.accept_handoff(pending[0].id)
    office.tom.cases.accept_handoff(pending[0].id)
    assert office.tom.cases.get(case.id).assignee_id == office.tom.actor.user_id
    assert office.tom.cases.my_pending_handoffs() == []
    assert [c.id for c in office.tom.cases.my_open_cases()] == [case.id]
    texts = [e.text for e in office.tom.cases.case_timeline(case.id)]
    assert "Client prefers visits on Tuesdays." in texts  # the note stays in the timeline
    with pytest.raises(RuleViolation, match="already accepted"):
        office.tom.cases.accept_handoff(pending[0].id)


def test_a_handoff_can_be_returned_with_a_reason(office: Office) -> None:
    case = open_housing(office)
    office.priya.cases.hand_off(case.id, office.tom.actor.user_id, "Over to you", case.version)
    handoff = office.tom.cases.my_pending_handoffs()[0]
    with pytest.raises(ValidationError):
        office.tom.cases.return_handoff(handoff.id, "   ")
    office.tom.cases.return_handoff(handoff.id, "I am on leave next week")
    after = office.priya.cases.get(case.id)
    assert after.assignee_id == office.priya.actor.user_id and after.pending_handoff is None
    headlines = [e.headline.format(**e.headline_params) for e in office.priya.cases.case_timeline(case.id)]
    assert headlines[0] == "Tom returned the handoff"


def test_only_the_worker_or_a_manager_hands_a_case_off(office: Office) -> None:
    case = open_housing(office)
    with pytest.raises(RuleViolation, match="Only the case's worker"):
        office.sam.cases.hand_off(case.id, office.tom.actor.user_id, "mine now", case.version)
    office.manager.cases.hand_off(case.id, office.tom.actor.user_id, "Cover for Priya", case.version)


def test_a_manager_reassigns_all_cases_of_a_leaver_at_once(office: Office) -> None:
    cases = [open_housing(office, title=f"Case {i}") for i in range(5)]
    done = cases[0]
    office.priya.cases.resolve(done.id, Resolution("Done", True, Acceptability.YES), done.version)
    office.sam.cases.hand_off(open_housing(office, office.sam, assignee_id=office.sam.actor.user_id).id,
                              office.priya.actor.user_id, "for Priya", None)
    with pytest.raises(NotPermitted):
        office.tom.cases.reassign_all(office.priya.actor.user_id, office.tom.actor.user_id)
    moved, changes = office.manager.cases.reassign_all(office.priya.actor.user_id, office.tom.actor.user_id,
                                                       "Priya has left")
    assert moved == 4 and changes.ids(ChangeKind.CASE) == {c.id for c in cases[1:]}
    assert office.priya.cases.my_open_cases() == []
    assert len(office.tom.cases.my_open_cases()) == 4
    assert len(office.tom.cases.my_pending_handoffs()) == 1  # redirected from the leaver
    assert office.priya.cases.get(done.id).assignee_id == office.priya.actor.user_id  # history kept
    moved_case = office.tom.cases.get(cases[1].id)
    assert moved_case.version == cases[1].version + 1
    headline = office.tom.cases.case_timeline(cases[1].id)[0]
    assert headline.headline.format(**headline.headline_params) == "Reassigned from Priya to Tom"


# -- specialists ---------------------------------------------------------------------------------


def test_specialists_from_other_teams_are_recorded(office: Office) -> None:
    case = open_housing(office)
    case, _ = office.priya.cases.involve_specialist(case.id, office.sam.actor.user_id, "Benefits check")
    assert [(s.name, s.note) for s in case.specialists] == [("Sam", "Benefits check")]
    with pytest.raises(ValidationError, match="already involved"):
        office.priya.cases.involve_specialist(case.id, office.sam.actor.user_id, "")


# -- notes: confidentiality and history ----------------------------------------------------------


def test_notes_are_readable_by_case_staff_only(office: Office, services_for) -> None:
    case = open_housing(office, first_note="Client disclosed a health condition.")
    fundraiser = services_for(Role.FUNDRAISER)
    for call in (lambda: fundraiser.cases.case_timeline(case.id),
                 lambda: fundraiser.cases.client_timeline(office.client),
                 lambda: fundraiser.cases.add_entry(case.id, "note", "x"),
                 lambda: fundraiser.cases.get(case.id),
                 lambda: fundraiser.cases.list_ids(ListQuery())):
        with pytest.raises(NotPermitted):
            call()
    assert fundraiser.search.search("Eviction") == []
    for services in (office.manager, office.tom, services_for(Role.ADMIN)):
        assert any("health condition" in e.text for e in services.cases.case_timeline(case.id))


def test_reading_a_clients_notes_is_audited(office: Office) -> None:
    open_housing(office, first_note="x")
    office.tom.cases.client_timeline(office.client)
    with office.db.read() as s:
        who, which = s.execute(select(AuditEntry.user_id, AuditEntry.record_id).where(
            AuditEntry.kind == "read", AuditEntry.record_type == "client")).one()
    assert who == office.tom.actor.user_id and which == office.client


def test_calls_and_visits_share_one_timeline_per_client(office: Office) -> None:
    first = open_housing(office)
    second = open_housing(office, title="Benefits review")
    office.priya.cases.add_entry(first.id, "call", "Called the landlord", on="2026-10-30")
    office.priya.cases.add_entry(second.id, "visit", "Home visit")
    office.priya.cases.add_entry(office.priya.cases.open_case(CaseDraft(
        office.other_client, office.general, "Other person"))[0].id, "note", "not theirs")
    timeline = office.priya.cases.client_timeline(office.client)
    assert {e.case_id for e in timeline} == {first.id, second.id}
    assert timeline[-1].text == "Called the landlord"  # dated on the day of the call: oldest
    with pytest.raises(ValidationError, match="future"):
        office.priya.cases.add_entry(first.id, "call", "tomorrow", on="2026-11-03")


def test_editing_a_note_keeps_its_history_in_the_audit_log(office: Office) -> None:
    case = open_housing(office)
    entry, _ = office.priya.cases.add_entry(case.id, "note", "Rent is 900 a month")
    edited, _ = office.priya.cases.edit_entry(entry.id, "Rent is 950 a month", entry.version)
    assert edited.edited and edited.text == "Rent is 950 a month"
    with pytest.raises(ConflictError):
        office.priya.cases.edit_entry(entry.id, "stale", entry.version)
    with pytest.raises(RuleViolation, match="author or a manager"):
        office.tom.cases.edit_entry(entry.id, "not mine", edited.version)
    office.manager.cases.edit_entry(entry.id, "Rent is 955 a month", edited.version)
    history = office.manager.audit.for_record("case_event", entry.id)
    texts = [h.changes.get("text") for h in history if h.kind == "update"]
    assert texts == [["Rent is 950 a month", "Rent is 955 a month"], ["Rent is 900 a month", "Rent is 950 a month"]]
    status_event = office.priya.cases.case_timeline(case.id)[-1]
    with pytest.raises(RuleViolation, match="workflow steps cannot"):
        office.priya.cases.edit_entry(status_event.id, "rewrite history", status_event.version)


# -- the list ------------------------------------------------------------------------------------


def test_the_case_list_filters_and_sorts_in_sql(office: Office) -> None:
    svc = office.priya.cases
    a = open_housing(office, title="Mould in the bathroom", priority="urgent")
    b = svc.open_case(CaseDraft(office.other_client, office.benefits, "Universal credit appeal",
                                assignee_id=office.sam.actor.user_id, priority="low"))[0]
    c = open_housing(office, title="Deposit dispute", opened_on="2026-10-20")
    svc.resolve(c.id, Resolution("Deposit returned", True, Acceptability.YES, 5), c.version)
    q = ListQuery()
    assert set(svc.list_ids(q)) == {a.id, b.id}  # open by default
    assert set(svc.list_ids(q.with_filter("status", "all"))) == {a.id, b.id, c.id}
    assert svc.list_ids(q.with_filter("status", "resolved")) == [c.id]
    assert svc.list_ids(q.with_filter("mine", True)) == [a.id]
    assert svc.list_ids(q.with_filter("category", office.benefits)) == [b.id]
    assert svc.list_ids(q.with_filter("client", office.other_client)) == [b.id]
    assert svc.list_ids(q.with_text("mould")) == [a.id]
    assert svc.list_ids(q.with_text("bjorn")) == [b.id]  # a client's name, accents folded
    assert svc.list_ids(q.with_text(a.reference)) == [a.id]
    assert svc.list_ids(q.with_text("100%_")) == []
    assert svc.list_ids(q.sorted_by("priority")) == [a.id, b.id]
    assert svc.list_ids(q.sorted_by("priority", descending=True)) == [b.id, a.id]
    assert svc.list_ids(q.sorted_by("client_name")) == [b.id, a.id]  # Andersson before Yusuf
    for key in ("reference", "title", "category", "status", "assignee", "opened_on", "due_on"):
        assert set(svc.list_ids(q.sorted_by(key))) == {a.id, b.id}
    rows = svc.list_rows([b.id, a.id])
    assert [r.id for r in rows] == [b.id, a.id] and rows[0].assignee == "Sam"


def test_quick_search_finds_cases_by_reference_and_title(office: Office) -> None:
    case = open_housing(office, title="Mould in the bathroom")
    hits = office.tom.search.search(case.reference)
    assert [(h.kind, h.id) for h in hits if h.kind == "case"] == [("case", case.id)]
    assert any(h.id == case.id for h in office.tom.search.search("bathroom") if h.kind == "case")


def test_my_open_cases_are_sorted_by_due_date(office: Office) -> None:
    later = open_housing(office, title="Later")
    sooner = open_housing(office, title="Sooner", opened_on="2026-10-01")
    mine = office.priya.cases.my_open_cases()
    assert [c.id for c in mine] == [sooner.id, later.id] and mine[0].overdue


def test_a_deactivated_worker_cannot_be_given_cases(office: Office) -> None:
    office.manager.accounts.set_active(office.sam.actor.user_id, False)
    with pytest.raises(ValidationError, match="active colleague"):
        open_housing(office, assignee_id=office.sam.actor.user_id)
    assert office.sam.actor.user_id not in {c.user_id for c in office.priya.cases.workers()}


def test_a_fundraiser_cannot_take_cases(office: Office, db) -> None:
    joe = worker(db, office.manager, "joe", roles=(Role.FUNDRAISER,))
    with pytest.raises(ValidationError, match="does not work on cases"):
        open_housing(office, assignee_id=joe.actor.user_id)


def test_events_carry_the_client_for_the_client_timeline(office: Office) -> None:
    case = open_housing(office)
    with office.db.read() as s:
        assert set(s.scalars(select(CaseEvent.client_id).where(CaseEvent.case_id == case.id))) == {office.client}
