"""Client-care figures on hand-made data, computed in SQL on both engines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caseworker.db.models import ContactRhythm
from caseworker.domain.care import FeedbackDraft, RhythmDraft
from caseworker.domain.cases import Acceptability, CaseDraft, CategoryDraft, Resolution
from caseworker.domain.errors import NotPermitted
from caseworker.domain.statistics import Period
from tests.care.conftest import CareOffice


def test_first_response_feedback_and_check_ins_by_category_and_worker(care_office: CareOffice) -> None:
    o = care_office
    p = o.priya
    me = p.actor.user_id
    general, _ = o.manager.cases.add_category(CategoryDraft("General", 3))
    one, _ = p.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=me, opened_on="2026-10-26"))
    two, _ = p.cases.open_case(CaseDraft(o.client, general.id, "Form", assignee_id=me, opened_on="2026-10-27"))
    p.cases.open_case(CaseDraft(o.client, o.housing, "Repairs", assignee_id=me, opened_on="2026-10-29"))
    p.cases.add_entry(one.id, "note", "Not a contact", on="2026-10-26")
    p.cases.add_entry(one.id, "call", "First call", on="2026-10-28")  # 12:00 UTC: 2.5 days after opening
    p.cases.add_entry(two.id, "call", "Same day", on="2026-10-27")  # 0.5 days
    p.cases.add_entry(two.id, "visit", "Home visit", on="2026-10-31")
    p.care.set_rhythm(o.client, RhythmDraft(3))
    with o.db.transaction("test: rhythm began earlier") as s:
        s.query(ContactRhythm).one().started_on = date(2026, 10, 1)
    one = p.cases.get(one.id)
    p.cases.resolve(one.id, Resolution("Plan agreed", True, Acceptability.YES, 4), one.version)
    p.care.record_feedback(one.id, FeedbackDraft("partly", "no", 2, "Slow to call back"))

    period = Period(date(2026, 10, 1), date(2026, 11, 2))
    figures = o.manager.statistics.client_care(period, "category")
    rows = {g.group: g for g in figures.groups}
    assert set(rows) == {"General", "Housing"}
    general_row, housing = rows["General"], rows["Housing"]
    assert (general_row.cases_opened, general_row.first_response_cases, general_row.mean_first_response_days) == (
        1, 1, Decimal("0.5"))
    assert (housing.cases_opened, housing.first_response_cases, housing.mean_first_response_days) == (
        2, 1, Decimal("2.5"))
    assert (housing.feedback_count, housing.client_solved, housing.client_acceptable, housing.client_mean_treated) == (
        1, 0, 0, Decimal("2.0"))
    # The worker's verdict on the same case, side by side and unmixed.
    assert (housing.worker_acceptable, housing.worker_mean_satisfaction) == (1, Decimal("4.0"))
    assert general_row.feedback_count == 0
    # Contacts on 27, 28 and 31 October: the check-ins due on the 30th and 31st were both kept. The
    # one due 3 days after the rhythm began is not owed: the client had no case open then.
    assert (figures.check_ins_kept, figures.check_in_gaps) == (2, 2)
    assert [(g.group, g.check_ins_due, g.check_ins_kept) for g in figures.groups] == [
        ("General", 1, 1), ("Housing", 1, 1)]
    by_worker = o.manager.statistics.client_care(period, "worker")
    assert [(g.group, g.cases_opened, g.mean_first_response_days) for g in by_worker.groups] == [
        ("Priya", 3, Decimal("1.5"))]
    by_team = o.manager.statistics.client_care(period, "team")
    assert [g.group for g in by_team.groups] == ["—"]
    # A longer gap is not kept; a period before everything counts nothing.
    assert o.manager.statistics.client_care(Period(date(2025, 1, 1), date(2025, 2, 1))).groups == ()
    with pytest.raises(NotPermitted):
        p.statistics.client_care(period)


def test_a_gap_longer_than_the_rhythm_is_not_kept(care_office: CareOffice) -> None:
    o = care_office
    p = o.priya
    case, _ = p.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=p.actor.user_id,
                                          opened_on="2026-10-01"))
    for day in ("2026-10-05", "2026-10-12", "2026-10-30"):
        p.cases.add_entry(case.id, "call", "Check-in", on=day)
    p.care.set_rhythm(o.client, RhythmDraft(7))
    with o.db.transaction("test: rhythm began earlier") as s:
        s.query(ContactRhythm).one().started_on = date(2026, 10, 1)
    figures = o.manager.statistics.client_care(Period(date(2026, 10, 1), date(2026, 11, 2)))
    # Due on 8 October (a week after the rhythm began: kept on the 5th), the 12th (kept that day)
    # and the 19th (missed: the next call came on the 30th); the one due on 6 November is to come.
    assert (figures.check_ins_kept, figures.check_in_gaps, figures.kept_rate) == (2, 3, Decimal("0.667"))
