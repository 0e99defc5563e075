"""The organigram edited by managers: routing follows it at once; a leaver's work handed on in one step."""

from __future__ import annotations

import pytest

from caseworker.db.models import AuditEntry
from caseworker.domain.care import RecordKind, TaskDraft
from caseworker.domain.cases import CaseDraft, CategoryDraft
from caseworker.domain.errors import NotPermitted, ValidationError, ValidationErrors
from caseworker.domain.records import ChangeKind
from caseworker.services.organigram import PersonDraft, TeamDraft
from tests.care.conftest import CareOffice, pinned
from tests.cases.conftest import worker


def test_a_new_team_takes_the_next_case_of_its_category(care_office: CareOffice) -> None:
    o = care_office
    benefits, _ = o.manager.cases.add_category(CategoryDraft("Benefits", 10))
    # Before: Priya and Sam both have no cases; the name decides (Priya).
    assert o.priya.cases.suggest_assignee(benefits.id).user_id == o.priya.actor.user_id
    team, changes = o.manager.organigram.save_team(None, TeamDraft(
        "Welfare", member_ids=frozenset({o.sam.actor.user_id}), category_ids=frozenset({benefits.id}),
        point_of_contact_id=o.sam.actor.user_id, phone="0161 555 0100", email="welfare@example.org"))
    assert changes.touches(ChangeKind.TEAM) and team.member_ids == (o.sam.actor.user_id,)
    suggestion = o.priya.cases.suggest_assignee(benefits.id)
    assert suggestion.user_id == o.sam.actor.user_id
    assert suggestion.reason.format(**suggestion.params).endswith("in the Welfare team, which handles Benefits.")
    assert [c.user_id for c in suggestion.ranked] == [o.sam.actor.user_id, o.priya.actor.user_id]
    # The specialty set in the organigram steers within the team at once.
    kim = pinned(worker(o.db, o.manager, "kim"))
    o.manager.organigram.save_team(team.id, TeamDraft("Welfare", member_ids=frozenset(
        {o.sam.actor.user_id, kim.actor.user_id}), category_ids=frozenset({benefits.id})), team.version)
    o.manager.cases.update_category(benefits.id, CategoryDraft("Benefits", 10, "benefits", team_id=team.id),
                                    o.manager.cases.list_categories()[0].version)
    o.manager.organigram.save_person(kim.actor.user_id, PersonDraft(frozenset({"Benefits"}), "Welfare adviser"))
    suggestion = o.priya.cases.suggest_assignee(benefits.id)
    assert suggestion.user_id == kim.actor.user_id
    assert "benefits specialists of the Welfare team" in suggestion.reason.format(**suggestion.params)
    with o.db.read() as s:
        assert s.query(AuditEntry).filter_by(record_type="team", kind="create").count() == 1
        joined = s.query(AuditEntry).filter_by(record_type="user", record_id=kim.actor.user_id).all()
        assert any(e.changes.get("team_id") == [None, team.id] for e in joined)
    with pytest.raises(NotPermitted):
        o.priya.organigram.save_team(None, TeamDraft("Rebels"))


def test_bad_organigram_input_names_the_field(care_office: CareOffice) -> None:
    o = care_office
    o.manager.organigram.save_team(None, TeamDraft("Welfare"))
    with pytest.raises(ValidationError) as err:
        o.manager.organigram.save_team(None, TeamDraft("welfare"))
    assert err.value.field == "name"
    with pytest.raises(ValidationErrors) as errs:
        o.manager.organigram.save_person(o.sam.actor.user_id, PersonDraft(
            work_days=frozenset({"funday"}), work_from="17:00", work_to="09:00", backup_id=o.sam.actor.user_id))
    assert {"work_days", "work_to", "backup_id"} <= set(errs.value.by_field())


def test_a_leaver_hands_on_cases_and_tasks_in_one_step_by_workload(care_office: CareOffice) -> None:
    o = care_office
    tom = pinned(worker(o.db, o.manager, "tom", "housing"))
    cases = [o.priya.cases.open_case(CaseDraft(o.client, o.housing, f"Case {i}",
                                               assignee_id=o.priya.actor.user_id))[0] for i in range(4)]
    task, _ = o.priya.tasks.add_task(TaskDraft("Chase the council", None, RecordKind.CASE, cases[0].id))
    own, _ = o.priya.tasks.add_task(TaskDraft("Return the laptop", None))
    o.manager.organigram.save_person(o.priya.actor.user_id, PersonDraft(backup_id=o.sam.actor.user_id))
    result, changes = o.manager.organigram.hand_on(o.priya.actor.user_id, None, "Priya leaves in December")
    assert (result.cases, result.tasks) == (4, 2)
    # Tom is the only other housing specialist, but routing shares by workload among specialists
    # first: all four go to him; the case task follows its case, the other goes to her backup.
    assert result.shared == {"Tom": 4}
    assert {o.manager.cases.get(c.id).assignee_id for c in cases} == {tom.actor.user_id}
    assert o.manager.tasks.get(task.id).assignee_id == tom.actor.user_id
    assert o.manager.tasks.get(own.id).assignee_id == o.sam.actor.user_id
    assert o.priya.cases.my_open_cases() == []
    timeline = o.manager.cases.case_timeline(cases[0].id)
    assert any(e.kind == "handoff" and "Priya leaves" in e.text for e in timeline)
    assert any("Tom is now your worker" in e.text for e in timeline)
    with o.db.read() as s:
        assert s.query(AuditEntry).filter_by(record_type="case", reason="Priya leaves in December").count() == 4
    assert changes.ids(ChangeKind.CASE) == {c.id for c in cases}


def test_a_leavers_cases_go_to_the_chosen_person(care_office: CareOffice) -> None:
    o = care_office
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=o.priya.actor.user_id))
    result, _ = o.manager.organigram.hand_on(o.priya.actor.user_id, o.sam.actor.user_id)
    assert result.shared == {"Sam": 1}
    assert o.manager.cases.get(case.id).assignee_id == o.sam.actor.user_id
    with pytest.raises(NotPermitted):
        o.sam.organigram.hand_on(o.priya.actor.user_id, o.sam.actor.user_id)
