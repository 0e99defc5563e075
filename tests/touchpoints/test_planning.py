"""Bulk planning: preview every donor's verdict, then schedule, move or leave out in one go."""

from __future__ import annotations

import pytest

from caseworker.domain.guard import Outcome, TouchStatus
from caseworker.domain.records import ChangeKind
from caseworker.services.planning import PlanningCancelled, PlanRequest
from caseworker.services.touchpoints import TouchpointDraft
from tests.touchpoints.conftest import add_donor
from tests.touchpoints.test_touchpoint_service import at


def _donors(services):
    free = add_donor(services, "Free")
    busy = add_donor(services, "Busy")
    gone = add_donor(services, "Gone", do_not_contact=True)
    picky = add_donor(services, "Picky", preferred_channels=("email",))
    services.touchpoints.plan(TouchpointDraft(busy, at(9), "phone", "update"))
    return free, busy, gone, picky


def test_preview_and_apply_moving_blocked(fundraiser):
    free, busy, gone, picky = _donors(fundraiser)
    request = PlanRequest((free, busy, gone, picky), at(10), "letter", "ask", campaign="Winter")
    seen: list[tuple[int, int]] = []
    preview = fundraiser.planning.preview(request, lambda d, t: seen.append((d, t)) or True)
    verdicts = {i.donor_id: i for i in preview.items}
    assert verdicts[free].verdict is Outcome.ALLOW
    assert verdicts[picky].verdict is Outcome.WARN
    assert verdicts[busy].verdict is Outcome.BLOCK and verdicts[busy].next_allowed == at(16)
    assert verdicts[gone].verdict is Outcome.BLOCK and verdicts[gone].next_allowed is None
    assert preview.count(Outcome.BLOCK) == 2 and preview.movable == 1
    assert seen == [(0, 4), (4, 4)]

    result, changes = fundraiser.planning.apply(request, move_blocked=True)
    assert (result.scheduled, result.moved, result.left_out) == (2, 1, 0 + 1)
    assert changes.ids(ChangeKind.DONOR) == {free, busy, picky}
    moved = [t for t in fundraiser.touchpoints.history(busy) if t.purpose.value == "ask"]
    assert moved[0].when == at(16) and moved[0].campaign == "Winter"
    assert fundraiser.touchpoints.history(gone) == []


def test_apply_leaving_blocked_out_and_cancel_writes_nothing(fundraiser):
    free, busy, gone, picky = _donors(fundraiser)
    request = PlanRequest((free, busy, gone, picky), at(10), "email", "update")
    with pytest.raises(PlanningCancelled):
        fundraiser.planning.apply(request, progress=lambda done, total: done < total)
    assert [t for t in fundraiser.touchpoints.history(free)] == []
    result, _ = fundraiser.planning.apply(request, move_blocked=False)
    assert (result.scheduled, result.moved, result.left_out) == (2, 0, 2)
    assert [t.status for t in fundraiser.touchpoints.history(free)] == [TouchStatus.PLANNED]


def test_apply_reevaluates_inside_its_transaction(fundraiser):
    """A contact planned after the preview still counts when the plan is applied."""
    free = add_donor(fundraiser, "Free")
    request = PlanRequest((free,), at(10), "email", "update")
    assert fundraiser.planning.preview(request).items[0].verdict is Outcome.ALLOW
    fundraiser.touchpoints.plan(TouchpointDraft(free, at(11), "phone", "update"))
    result, _ = fundraiser.planning.apply(request, move_blocked=False)
    assert (result.scheduled, result.left_out) == (0, 1)


def test_segment_choice_uses_the_donor_list(fundraiser):
    from caseworker.domain.listing import ListQuery

    ids = _donors(fundraiser)
    assert sorted(fundraiser.planning.donor_ids(ListQuery())) == sorted(ids)
    chosen = fundraiser.planning.donor_ids(ListQuery().with_filter("contactable", True))
    assert ids[2] not in chosen
