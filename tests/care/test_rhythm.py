"""Contact rhythm on the client's terms: check-ins due, warnings with the next slot, logging counts."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from caseworker.db.models import Client
from caseworker.domain.care import RhythmDraft
from caseworker.domain.cases import CaseDraft
from caseworker.domain.errors import NotPermitted, RuleViolation, ValidationErrors
from tests.care.conftest import CareOffice, set_zone


def _key_worker(o: CareOffice, client_id: int, user_id: int) -> None:
    with o.db.transaction("test: key worker") as s:
        s.get(Client, client_id).key_worker_id = user_id


def test_planning_outside_the_clients_days_and_hours_warns_with_the_next_slot(care_office: CareOffice) -> None:
    o = care_office
    set_zone(o.db, "Europe/London")
    o.priya.care.set_rhythm(o.client, RhythmDraft(14, "phone", frozenset({"tue", "thu"}), "10:00", "12:00"))
    # Monday 2 November 2026, 15:00 in London (GMT): wrong day and too late.
    when = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
    advice = o.priya.care.advise(o.client, when, "in_person")
    assert not advice.fits
    assert advice.texts() == [
        "Monday is not one of the client's days (Tuesday, Thursday).",
        "15:00 is outside the client's best times (10:00–12:00).",
        "The client asked for a phone call, not a visit.",
    ]
    assert advice.next_slot == datetime(2026, 11, 3, 10, 0, tzinfo=UTC)  # Tuesday 10:00
    assert advice.channel == "phone"
    good = o.priya.care.advise(o.client, datetime(2026, 11, 5, 11, 30, tzinfo=UTC), "phone")
    assert good.fits and good.texts() == [] and good.next_slot is None
    # Planned anyway: the task is saved with the advice beside it.
    task, advice, _ = o.priya.care.plan_contact(o.client, when, "phone")
    assert task.channel == "phone" and task.record_type == "client" and not advice.fits


def test_the_next_slot_follows_the_clients_wall_clock_across_dst(care_office: CareOffice) -> None:
    o = care_office
    set_zone(o.db, "Europe/Berlin")
    o.priya.care.set_rhythm(o.client, RhythmDraft(7, "phone", frozenset({"mon"}), "09:00", "11:00"))
    # Saturday 24 October, summer time; the next Monday (26 October) is in winter time.
    advice = o.priya.care.advise(o.client, datetime(2026, 10, 24, 10, 0, tzinfo=UTC), "phone")
    assert advice.next_slot == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)  # 09:00 CET


def test_bad_rhythm_input_names_the_fields(care_office: CareOffice) -> None:
    o = care_office
    with pytest.raises(ValidationErrors) as err:
        o.priya.care.set_rhythm(o.client, RhythmDraft("often", "pigeon", frozenset({"someday"}), "25:00", ""))
    assert {"every_days", "channel", "days", "best_from"} <= set(err.value.by_field())
    assert o.priya.care.rhythm(o.client) is None
    with pytest.raises(NotPermitted):
        o.joe.care.set_rhythm(o.client, RhythmDraft(14))


def test_check_ins_come_due_and_a_logged_call_moves_them_on(care_office: CareOffice) -> None:
    o = care_office
    _key_worker(o, o.client, o.priya.actor.user_id)
    o.priya.care.set_rhythm(o.client, RhythmDraft(14, "phone"))
    # Kept only while a case is open: none yet, so nothing is due.
    o.priya.care.now_override = datetime(2026, 11, 20, 12, tzinfo=UTC)
    assert o.priya.care.check_ins() == []
    o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=o.priya.actor.user_id))
    [row] = o.priya.care.check_ins()
    assert (row.due_on, row.state, row.last_contact) == (date(2026, 11, 16), "overdue", None)
    o.sam.care.now_override = o.priya.care.now_override
    assert o.sam.care.check_ins() == []  # not Sam's client
    assert [r.client_id for r in o.sam.care.check_ins(mine=False)] == [o.client]
    o.priya.cases.today_override = date(2026, 11, 20)
    o.priya.care.log_contact(o.client, "phone", "Spoke about the rent plan", on=date(2026, 11, 19))
    assert o.priya.care.check_ins() == []
    [row] = o.priya.care.check_ins(due_only=False)
    assert (row.last_contact, row.due_on, row.state) == (date(2026, 11, 19), date(2026, 12, 3), "ok")
    o.priya.care.now_override = datetime(2026, 12, 2, 12, tzinfo=UTC)
    assert [r.state for r in o.priya.care.check_ins()] == ["due"]
    # A text message counts too.
    o.priya.care.log_contact(o.client, "sms", "Reminder sent", on=date(2026, 12, 1))
    assert o.priya.care.check_ins() == []
    timeline = o.priya.cases.client_timeline(o.client)
    assert {"call", "message"} <= {e.kind for e in timeline}


def test_logging_a_contact_needs_a_case(care_office: CareOffice) -> None:
    o = care_office
    with pytest.raises(RuleViolation):
        o.priya.care.log_contact(o.client, "phone", "Hello")
