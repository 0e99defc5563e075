"""Planning, logging, moving and cancelling touchpoints under the guard, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from caseworker.db.models import AuditEntry, Touchpoint
from caseworker.domain.errors import NotPermitted, RuleViolation, ValidationError, ValidationErrors
from caseworker.domain.guard import Outcome, Rule, TouchStatus
from caseworker.domain.records import ChangeKind
from caseworker.services.touchpoints import ContactBlocked, ContactNeedsConfirmation, TouchpointDraft
from tests.touchpoints.conftest import add_donor


def at(days: int, hour: int = 14) -> datetime:
    base = datetime.now(UTC).replace(hour=hour, minute=0, second=0, microsecond=0)
    return base + timedelta(days=days)


def test_plan_allowed_then_gap_blocks_with_next_allowed(fundraiser):
    donor = add_donor(fundraiser)
    tp, changes = fundraiser.touchpoints.plan(TouchpointDraft(donor, at(10), "email", "update", "Hello"))
    assert tp.status is TouchStatus.PLANNED and tp.staff_name and changes.touches(ChangeKind.TOUCHPOINT)
    verdict = fundraiser.touchpoints.preview(donor, at(12), "email", "update")
    assert verdict.verdict is Outcome.BLOCK and Rule.MIN_GAP in verdict.rules
    assert verdict.next_allowed == at(17)
    with pytest.raises(ContactBlocked) as caught:
        fundraiser.touchpoints.plan(TouchpointDraft(donor, at(12), "email", "update"))
    assert caught.value.verdict.next_allowed == at(17)
    assert len(fundraiser.touchpoints.history(donor)) == 1


def test_history_is_shared_between_staff(fundraiser, services_for):
    from caseworker.domain.permissions import Role

    colleague = services_for(Role.FUNDRAISER)
    donor = add_donor(fundraiser)
    fundraiser.touchpoints.log(TouchpointDraft(donor, at(-2), "phone", "thanks"))
    colleague.touchpoints.plan(TouchpointDraft(donor, at(20), "letter", "ask"))
    with pytest.raises(ContactBlocked) as caught:
        fundraiser.touchpoints.plan(TouchpointDraft(donor, at(40), "email", "ask"))
    assert Rule.ASK_CAP in caught.value.verdict.rules
    staff = {t.staff_name for t in colleague.touchpoints.history(donor)}
    assert len(staff) == 2


def test_warning_needs_confirmation(fundraiser):
    donor = add_donor(fundraiser, preferred_channels=("email",))
    with pytest.raises(ContactNeedsConfirmation) as caught:
        fundraiser.touchpoints.plan(TouchpointDraft(donor, at(3), "letter", "update"))
    assert caught.value.verdict.suggested_channel.value == "email"
    assert fundraiser.touchpoints.history(donor) == []
    tp, _ = fundraiser.touchpoints.plan(TouchpointDraft(donor, at(3), "letter", "update"), confirm=True)
    assert tp.channel.value == "letter"


def test_block_override_needs_a_manager_and_a_reason(db, fundraiser, manager):
    donor = add_donor(fundraiser, opted_out_channels=("phone",))
    draft = TouchpointDraft(donor, at(5), "phone", "thanks")
    with pytest.raises(NotPermitted):
        fundraiser.touchpoints.plan(draft, override_reason="They asked us to call")
    with pytest.raises(ValidationError):
        manager.touchpoints.plan(draft, override_reason="  ")
    tp, _ = manager.touchpoints.plan(draft, override_reason="They phoned and asked us to call back")
    assert tp.overridden and tp.override_by == manager.actor.display_name
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.kind == "override")).one()
        assert entry.record_id == tp.id and entry.reason == "They phoned and asked us to call back"
        assert entry.changes["rules"] == ["channel_opted_out"]
    kinds = [e.kind for e in manager.touchpoints.timeline(donor)]
    assert "override" in kinds and "touchpoint" in kinds


def test_move_leaves_itself_out_and_cancel_stops_counting(fundraiser):
    donor = add_donor(fundraiser)
    first, _ = fundraiser.touchpoints.plan(TouchpointDraft(donor, at(10), "email", "update"))
    moved, _ = fundraiser.touchpoints.move(first.id, at(12), expected_version=first.version)
    assert moved.when == at(12)
    second_when = at(16)
    with pytest.raises(ContactBlocked):
        fundraiser.touchpoints.plan(TouchpointDraft(donor, second_when, "email", "update"))
    fundraiser.touchpoints.cancel(moved.id, "Wrong donor", expected_version=moved.version)
    tp, _ = fundraiser.touchpoints.plan(TouchpointDraft(donor, second_when, "email", "update"))
    with pytest.raises(RuleViolation):
        fundraiser.touchpoints.move(moved.id, at(30))
    done, _ = fundraiser.touchpoints.mark_done(tp.id, "Went well")
    assert done.status is TouchStatus.DONE and "Went well" in done.notes


def test_validation_before_anything_is_written(fundraiser):
    donor = add_donor(fundraiser)
    with pytest.raises(ValidationError) as caught:
        fundraiser.touchpoints.plan(TouchpointDraft(donor, at(3), "pigeon", "ask"))
    assert caught.value.field == "channel"
    with pytest.raises(ValidationErrors) as both:
        fundraiser.touchpoints.plan(TouchpointDraft(donor, at(3), "pigeon", "gossip"))
    assert set(both.value.by_field()) == {"channel", "purpose"}
    with pytest.raises(ValidationError):
        fundraiser.touchpoints.log(TouchpointDraft(donor, at(3), "email", "ask"))


def test_meeting_occurrences(fundraiser):
    donor = add_donor(fundraiser)
    weekly = [at(7 * i + 1) for i in range(4)]
    preview = fundraiser.touchpoints.preview_for_meeting(donor, weekly, "visit", "update")
    assert [v.verdict for _w, v in preview] == [Outcome.ALLOW] * 3 + [Outcome.BLOCK]
    results = fundraiser.touchpoints.plan_for_meeting(donor, weekly, "visit", "update", meeting_id=77)
    assert [v.verdict for _w, v in results] == [Outcome.ALLOW] * 3 + [Outcome.BLOCK]
    again = fundraiser.touchpoints.plan_for_meeting(donor, weekly[:2], "visit", "update", meeting_id=77)
    assert [v.verdict for _w, v in again] == [Outcome.ALLOW] * 2
    live = [t for t in fundraiser.touchpoints.history(donor) if t.status is TouchStatus.PLANNED]
    assert len(live) == 2 and {t.meeting_id for t in live} == {77}


def test_caseworker_cannot_plan(services_for, fundraiser):
    from caseworker.domain.permissions import Role

    donor = add_donor(fundraiser)
    with pytest.raises(NotPermitted):
        services_for(Role.CASEWORKER).touchpoints.plan(TouchpointDraft(donor, at(3), "email", "ask"))


def test_policy_is_stored_and_drives_the_guard(db, fundraiser, manager):
    donor = add_donor(fundraiser)
    stored = manager.contact_policy.get()
    assert stored.version == 1 and stored.settings["min_gap_days"] == 7  # saved once, by the fixture
    settings = dict(stored.settings, min_gap_days=1, soft_rules=["window_cap"],
                    blackouts=[{"start": at(50).date().isoformat(), "end": at(52).date().isoformat()}])
    saved, _ = manager.contact_policy.update(settings)
    assert saved.policy.min_gap_days == 1
    with pytest.raises(NotPermitted):
        fundraiser.contact_policy.update(settings)
    with pytest.raises(ValidationError) as caught:
        manager.contact_policy.update(dict(settings, window_days=0), expected_version=saved.version)
    assert caught.value.field == "window_days"
    fundraiser.touchpoints.plan(TouchpointDraft(donor, at(10), "email", "update"))
    assert fundraiser.touchpoints.preview(donor, at(12), "email", "update").verdict is Outcome.ALLOW
    assert Rule.BLACKOUT in fundraiser.touchpoints.preview(donor, at(51), "email", "update").rules
    with db.read() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.record_type == "contact policy")).first()
        assert s.scalars(select(Touchpoint)).first().when == at(10)
