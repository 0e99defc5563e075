"""Tasks: role limits, recurring tasks, reminders shown once (across restarts), on both engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from caseworker.domain.care import RecordKind, TaskDraft
from caseworker.domain.cases import CaseDraft
from caseworker.domain.errors import NotFound, NotPermitted, ValidationError, ValidationErrors
from caseworker.domain.records import ChangeKind
from caseworker.services.container import Services
from tests.care.conftest import NOW, CareOffice, set_zone


def test_a_task_on_a_client_is_hidden_from_a_fundraiser_and_one_on_a_donor_from_a_caseworker(
        care_office: CareOffice) -> None:
    o = care_office
    on_client, _ = o.priya.tasks.add_task(TaskDraft("Ring the landlord", NOW + timedelta(days=1),
                                                    RecordKind.CLIENT, o.client))
    on_donor, _ = o.joe.tasks.add_task(TaskDraft("Thank the patron", NOW + timedelta(days=1),
                                                 RecordKind.DONOR, o.donor))
    own, _ = o.joe.tasks.add_task(TaskDraft("Order stamps", NOW + timedelta(days=2)))
    assert [t.id for t in o.priya.tasks.list_tasks()] == [on_client.id]
    assert o.priya.tasks.list_tasks()[0].record_label == "Yusuf, Amina"
    assert [t.id for t in o.joe.tasks.list_tasks()] == [on_donor.id, own.id]
    # A manager sees both sides.
    assert {t.id for t in o.manager.tasks.list_tasks()} == {on_client.id, on_donor.id, own.id}
    with pytest.raises(NotFound):
        o.joe.tasks.get(on_client.id)
    with pytest.raises(NotFound):
        o.priya.tasks.complete_task(on_donor.id, on_donor.version)
    with pytest.raises(NotPermitted):
        o.joe.tasks.add_task(TaskDraft("Peek", None, RecordKind.CASE, 1))
    with pytest.raises(NotPermitted):
        o.joe.tasks.list_tasks(record_type="client", record_id=o.client)


def test_a_task_on_a_client_cannot_be_given_to_a_fundraiser(care_office: CareOffice) -> None:
    o = care_office
    with pytest.raises(ValidationError) as err:
        o.priya.tasks.add_task(TaskDraft("Visit", None, RecordKind.CLIENT, o.client,
                                         assignee_id=o.joe.actor.user_id))
    assert err.value.field == "assignee_id"
    assert o.manager.tasks.list_tasks() == []


def test_bad_task_input_names_each_field_and_saves_nothing(care_office: CareOffice) -> None:
    o = care_office
    with pytest.raises(ValidationErrors) as err:
        o.priya.tasks.add_task(TaskDraft("", None, "planet", None, priority="whenever", rrule="FREQ=WEEKLY",
                                         remind_minutes=-5))
    assert {"title", "record_type", "priority", "due_at", "remind_minutes"} <= set(err.value.by_field())
    with pytest.raises(ValidationError) as one:
        o.priya.tasks.add_task(TaskDraft("Call", None, RecordKind.CLIENT, 99999))
    assert one.value.field == "record_id"
    assert o.manager.tasks.list_tasks(include_finished=True) == []


def test_overdue_and_mine(care_office: CareOffice) -> None:
    o = care_office
    late, _ = o.priya.tasks.add_task(TaskDraft("Late", NOW - timedelta(hours=1)))
    later, _ = o.priya.tasks.add_task(TaskDraft("Later", NOW + timedelta(hours=1), priority="urgent"))
    o.sam.tasks.add_task(TaskDraft("Sam's", NOW - timedelta(days=3)))
    o.manager.tasks.add_task(TaskDraft("For Priya", NOW + timedelta(hours=1), assignee_id=o.priya.actor.user_id))
    assert late.overdue and not later.overdue
    assert [t.title for t in o.priya.tasks.list_tasks(mine=True)] == ["Late", "Later", "For Priya"]
    assert [t.title for t in o.priya.tasks.list_tasks(overdue=True)] == ["Late"]
    o.priya.tasks.complete_task(late.id, late.version)
    assert o.priya.tasks.list_tasks(overdue=True) == []


def test_a_weekly_task_done_makes_the_next_at_the_same_wall_time_across_dst(care_office: CareOffice) -> None:
    o = care_office
    set_zone(o.db, "Europe/Berlin")
    # Monday 19 October 2026, 09:00 in Berlin (summer time, UTC+2); clocks go back on 25 October.
    first = datetime(2026, 10, 19, 7, 0, tzinfo=UTC)
    task, _ = o.priya.tasks.add_task(TaskDraft("Team huddle notes", first, rrule="FREQ=WEEKLY"))
    follow, changes = o.priya.tasks.complete_task(task.id, task.version)
    assert follow is not None and follow.due_at == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)  # 09:00 CET
    assert changes.ids(ChangeKind.TASK) == {task.id, follow.id}
    assert [t.id for t in o.priya.tasks.list_tasks()] == [follow.id]
    # A series with an end stops making tasks.
    once, _ = o.priya.tasks.add_task(TaskDraft("Twice only", first, rrule="FREQ=DAILY;COUNT=2"))
    second, _ = o.priya.tasks.complete_task(once.id, once.version)
    assert second is not None
    third, _ = o.priya.tasks.complete_task(second.id, second.version)
    assert third is None


def test_a_task_reminder_is_shown_once_even_across_restarts(care_office: CareOffice) -> None:
    o = care_office
    due = NOW + timedelta(hours=3)
    task, _ = o.priya.tasks.add_task(TaskDraft("Send the form", due, remind_minutes=60))
    assert o.priya.tasks.due_reminders() == []  # fires at due - 1 h, two hours from now
    # The app was closed when the reminder fell due; it is shown at the next start, once.
    later = Services(o.db, o.priya.actor)
    later.tasks.now_override = NOW + timedelta(hours=5)
    shown = later.tasks.due_reminders()
    assert [(r.source_type, r.source_id, r.fire_at) for r in shown] == [("task", task.id, due - timedelta(hours=1))]
    assert later.tasks.mark_shown([r.id for r in shown])[0] == 1
    restarted = Services(o.db, o.priya.actor)
    restarted.tasks.now_override = NOW + timedelta(hours=6)
    assert restarted.tasks.due_reminders() == []
    assert restarted.tasks.mark_shown([shown[0].id])[0] == 0
    assert [r.id for r in restarted.tasks.shown_reminders()] == [shown[0].id]
    # Nobody else may stamp or see it.
    assert o.sam.tasks.mark_shown([shown[0].id])[0] == 0


def test_a_day_before_reminder_keeps_the_wall_time_across_dst_and_moves_with_the_task(
        care_office: CareOffice) -> None:
    o = care_office
    set_zone(o.db, "Europe/Berlin")
    due = datetime(2026, 10, 26, 8, 0, tzinfo=UTC)  # Monday 09:00 CET, the day after clocks went back
    task, _ = o.priya.tasks.add_task(TaskDraft("Court papers", due, remind_minutes=24 * 60))
    o.priya.tasks.now_override = datetime(2026, 10, 25, 7, 59, tzinfo=UTC)
    assert o.priya.tasks.due_reminders() == []
    o.priya.tasks.now_override = datetime(2026, 10, 25, 8, 0, tzinfo=UTC)  # Sunday 09:00 CET
    [reminder] = o.priya.tasks.due_reminders()
    assert reminder.fire_at == datetime(2026, 10, 25, 8, 0, tzinfo=UTC)
    # Moved a week on: the unshown reminder follows it; done tasks remind nobody.
    task, _ = o.priya.tasks.update_task(task.id, TaskDraft("Court papers", due + timedelta(days=7),
                                                           remind_minutes=24 * 60), task.version)
    assert o.priya.tasks.due_reminders() == []
    o.priya.tasks.now_override = due + timedelta(days=6, hours=1)
    assert len(o.priya.tasks.due_reminders()) == 1
    o.priya.tasks.complete_task(task.id, task.version)
    assert o.priya.tasks.due_reminders() == []


def test_a_team_task_reminds_each_member_who_may_see_it(care_office: CareOffice) -> None:
    from caseworker.db.models import Team, User

    o = care_office
    with o.db.transaction("test: team") as s:
        team = Team(name="Housing")
        s.add(team)
        s.flush()
        for uid in (o.priya.actor.user_id, o.sam.actor.user_id, o.joe.actor.user_id):
            s.get(User, uid).team_id = team.id
        team_id = team.id
    task, _ = o.manager.tasks.add_task(TaskDraft("Rota", NOW + timedelta(minutes=30), RecordKind.CLIENT,
                                                 o.client, team_id=team_id, remind_minutes=30))
    assert [r.source_id for r in o.priya.tasks.due_reminders()] == [task.id]
    assert [r.source_id for r in o.sam.tasks.due_reminders()] == [task.id]
    assert o.joe.tasks.due_reminders() == []
    assert [t.id for t in o.sam.tasks.list_tasks(mine=True)] == [task.id]
    assert o.joe.tasks.list_tasks(mine=True) == []


def test_a_case_reminds_its_worker_two_business_days_before_it_is_due_and_on_escalation(
        care_office: CareOffice) -> None:
    o = care_office
    # Housing: 5 business days from Monday 2 November is Monday 9 November; two business days
    # before is Thursday 5 November, at 09:00.
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent arrears",
                                                assignee_id=o.priya.actor.user_id))
    assert str(case.due_on) == "2026-11-09"
    o.priya.tasks.now_override = datetime(2026, 11, 5, 8, 59, tzinfo=UTC)
    assert o.priya.tasks.due_reminders() == []
    o.priya.tasks.now_override = datetime(2026, 11, 5, 9, 0, tzinfo=UTC)
    [r] = o.priya.tasks.due_reminders()
    assert (r.source_type, r.source_id, r.kind, r.due) == ("case", case.id, "due", "2026-11-09")
    o.priya.tasks.mark_shown([r.id])
    assert o.priya.tasks.due_reminders() == []
    # A per-category rule: five business days before, i.e. Monday 2 November.
    from caseworker.services.tasks import ReminderRules
    o.manager.tasks.set_reminder_rules(ReminderRules(2, {o.housing: 5}))
    with pytest.raises(NotPermitted):
        o.priya.tasks.set_reminder_rules(ReminderRules(1))
    # The escalation reminds at once (the timeline stamps it with the real clock), and only once.
    detail = o.priya.cases.get(case.id)
    o.priya.cases.escalate(case.id, "Landlord threatens eviction", detail.version)
    o.priya.tasks.now_override = datetime.now(UTC) + timedelta(minutes=1)
    [escalated] = o.priya.tasks.due_reminders()
    assert (escalated.kind, escalated.source_id) == ("escalation", case.id)
    o.priya.tasks.mark_shown([escalated.id])
    assert o.priya.tasks.due_reminders() == []
    # Days later an old escalation is not announced to someone who had not checked meanwhile.
    o.sam.tasks.now_override = datetime.now(UTC) + timedelta(days=4)
    assert o.sam.tasks.due_reminders() == []


def test_an_overdue_case_does_not_remind_and_a_missed_reminder_comes_at_the_next_start(
        care_office: CareOffice) -> None:
    o = care_office
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=o.priya.actor.user_id))
    # The app was closed all of Thursday 5 and Friday 6 November; it starts on Friday afternoon.
    o.priya.tasks.now_override = datetime(2026, 11, 6, 15, tzinfo=UTC)
    [r] = o.priya.tasks.due_reminders()
    assert r.fire_at == datetime(2026, 11, 5, 9, tzinfo=UTC)
    # Once the case is overdue (Tuesday 10 November) a reminder never written is not written.
    later = Services(o.db, o.priya.actor)
    later.tasks.now_override = datetime(2026, 11, 10, 12, tzinfo=UTC)
    assert [x.id for x in later.tasks.due_reminders()] == [r.id]
    old, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Old", assignee_id=o.priya.actor.user_id,
                                               opened_on="2026-10-01"))
    assert old.overdue
    assert [x.source_id for x in later.tasks.due_reminders()] == [case.id]


def test_a_case_reminder_skips_the_weekend_and_holidays(care_office: CareOffice) -> None:
    import json

    from caseworker.db.models import OrgSetting

    o = care_office
    with o.db.transaction("test: holidays") as s:
        s.add(OrgSetting(key="holidays", value=json.dumps(["2026-11-06"])))
    # General: 3 business days from Wednesday 4 November with Friday 6 off is Tuesday 10 November;
    # two business days before is Thursday 5 November (Monday 9, then Friday 6 is a holiday).
    from caseworker.domain.cases import CategoryDraft
    cat, _ = o.manager.cases.add_category(CategoryDraft("General", 3))
    o.priya.cases.today_override = datetime(2026, 11, 4).date()
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, cat.id, "Form", assignee_id=o.priya.actor.user_id))
    assert str(case.due_on) == "2026-11-10"
    o.priya.tasks.now_override = datetime(2026, 11, 5, 9, 0, tzinfo=UTC)
    [r] = o.priya.tasks.due_reminders()
    assert r.fire_at == datetime(2026, 11, 5, 9, 0, tzinfo=UTC)
