"""The neglect lists over the database: overdue, LYBUNT/SYBUNT, late against rhythm, pestered."""

from __future__ import annotations

from datetime import date

from caseworker.domain.gifts import GiftDraft
from caseworker.domain.guard import Outcome
from caseworker.services.touchpoints import TouchpointDraft
from tests.touchpoints.conftest import add_donor
from tests.touchpoints.test_touchpoint_service import at


def _gift(services, donor: int, amount: str, day: date) -> None:
    services.gifts.record_gift(GiftDraft(donor, amount, day))


def test_overdue_sorted_by_giving_and_by_manager(fundraiser):
    small = add_donor(fundraiser, "Small")
    large = add_donor(fundraiser, "Large")
    cared = add_donor(fundraiser, "Cared")
    planned = add_donor(fundraiser, "Planned")
    add_donor(fundraiser, "Nocontact", do_not_contact=True)
    today = date.today()
    _gift(fundraiser, small, "10.00", today)
    _gift(fundraiser, large, "900.00", today)
    fundraiser.touchpoints.log(TouchpointDraft(cared, at(-3), "email", "update"))
    fundraiser.touchpoints.plan(TouchpointDraft(planned, at(5), "email", "update"))
    rows = fundraiser.neglect.overdue()
    assert [r.id for r in rows][:2] == [large, small]
    assert {r.id for r in rows} == {large, small}
    me = fundraiser.actor.user_id
    record = fundraiser.donors.get(small)
    from dataclasses import replace

    from caseworker.services.donors import draft_of

    fundraiser.donors.update_donor(small, replace(draft_of(record), relationship_manager_id=me),
                                   expected_version=record.version)
    assert [r.id for r in fundraiser.neglect.overdue(manager_id=me)] == [small]


def test_lybunt_sybunt_and_rhythm(fundraiser):
    today = date.today()
    lybunt = add_donor(fundraiser, "Lastyear")
    sybunt = add_donor(fundraiser, "Someyear")
    current = add_donor(fundraiser, "Thisyear")
    _gift(fundraiser, lybunt, "50.00", date(today.year - 1, 6, 1))
    _gift(fundraiser, sybunt, "70.00", date(today.year - 3, 6, 1))
    _gift(fundraiser, current, "20.00", date(today.year, 1, 1))
    assert [r.id for r in fundraiser.neglect.lybunt()] == [lybunt]
    assert [r.id for r in fundraiser.neglect.sybunt()] == [sybunt]
    for year in (3, 2, 1):
        _gift(fundraiser, current, "5.00", date(today.year - year, 1, 1))
    monthly = add_donor(fundraiser, "Monthly")
    for month in (1, 2, 3):
        _gift(fundraiser, monthly, "5.00", date(today.year - 1, month, 1))
    late = {r.id: r for r in fundraiser.neglect.late_against_rhythm()}
    assert monthly in late and late[monthly].interval_days in (28, 29, 30, 31)
    assert current not in late


def test_pestered_lists_donors_near_their_limits(fundraiser):
    busy = add_donor(fundraiser, "Busy")
    calm = add_donor(fundraiser, "Calm")
    fundraiser.touchpoints.log(TouchpointDraft(busy, at(-10), "email", "update"))
    fundraiser.touchpoints.plan(TouchpointDraft(busy, at(5), "email", "update"))
    fundraiser.touchpoints.log(TouchpointDraft(calm, at(-100), "email", "update"))
    rows = fundraiser.neglect.pestered()
    assert [r.id for r in rows] == [busy] and rows[0].in_window == 2 and rows[0].window_limit == 3
    assert fundraiser.touchpoints.preview(busy, at(20), "email", "update").verdict is Outcome.ALLOW
