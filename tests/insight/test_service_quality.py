"""Every service-quality figure checked exactly against a hand-made database, on both engines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caseworker.domain.errors import NotPermitted, ValidationError
from caseworker.domain.permissions import Role
from caseworker.domain.service_quality import FIGURE_NAMES, QualityFigures, previous_period
from caseworker.domain.statistics import Period
from tests.insight.handmade import FEBRUARY, MARCH, build

D = Decimal


@pytest.fixture
def made(db, admin):
    return build(db)


@pytest.fixture
def manager(services_for):
    return services_for(Role.MANAGER)


def test_march_in_total(made, manager) -> None:
    b = manager.statistics.breakdown(MARCH)
    assert b.previous_period == FEBRUARY
    assert b.total.current == QualityFigures(
        opened=4, resolved=4, within_target=2, within_target_rate=D("0.5"),
        acceptable_yes=2, acceptable_partly=1, acceptable_no=1, acceptable_rate=D("0.5"),
        resolved_alone=3, with_specialist=1, alone_rate=D("0.75"),
        escalated=2, escalation_rate=D("0.5"), mean_escalation_level=D("1.50"),
        median_days_to_resolve=D("21.0"), p90_days_to_resolve=D("43.3"),
        handoffs_per_case=D("0.25"), reopened=1, satisfaction_responses=3, mean_satisfaction=D("3.67"),
        first_responded=3, median_days_to_first_response=D("1.0"), p90_days_to_first_response=D("2.6"),
        open_at_end=2, overdue_at_end=1, median_open_age_days=D("8.5"), p90_open_age_days=D("14.5"))


def test_the_period_before_counts_the_reopened_case_as_open_not_resolved(made, manager) -> None:
    before = manager.statistics.breakdown(MARCH).total.previous
    assert before == QualityFigures(
        opened=2, resolved=1, within_target=1, within_target_rate=D("1"), acceptable_yes=1, acceptable_rate=D("1"),
        resolved_alone=1, alone_rate=D("1"), escalation_rate=D("0"), median_days_to_resolve=D("36.0"),
        p90_days_to_resolve=D("36.0"), handoffs_per_case=D("0"), satisfaction_responses=1,
        mean_satisfaction=D("3.00"), first_responded=2, median_days_to_first_response=D("1.5"),
        p90_days_to_first_response=D("1.9"), open_at_end=2, overdue_at_end=0, median_open_age_days=D("22.5"),
        p90_open_age_days=D("26.1"))
    # The same figures asked for directly.
    assert manager.statistics.breakdown(FEBRUARY).total.current == before


def test_by_team_with_a_worker_who_left_and_cases_without_a_worker(made, manager) -> None:
    groups = {g.key: g for g in manager.statistics.breakdown(MARCH, "team").groups}
    assert [g.label for g in groups.values()] == ["North", "South", "No team"]
    north, south, none = groups[str(made.north)], groups[str(made.south)], groups["none"]
    assert (north.current.resolved, north.current.within_target_rate) == (3, D("0.6667"))
    assert (south.current.resolved, south.current.within_target_rate, south.current.open_at_end) == (1, D("0"), 1)
    assert (none.current.opened, none.current.resolved, none.current.within_target_rate) == (1, 0, None)
    assert north.previous.resolved == 1 and south.previous.resolved == 0


def test_by_worker_keeps_the_leaver_and_says_so(made, manager) -> None:
    groups = {g.label: g for g in manager.statistics.breakdown(MARCH, "worker").groups}
    assert list(groups) == ["Ann", "Bob", "Cy", "Unassigned"]
    assert groups["Bob"].inactive and not groups["Ann"].inactive
    assert groups["Bob"].current.handoffs_per_case == D("1.00")
    assert (groups["Ann"].current.resolved, groups["Ann"].current.median_days_to_resolve) == (2, D("15.5"))
    assert groups["Cy"].current.reopened == 1 and groups["Cy"].current.median_days_to_resolve == D("52.0")


def test_by_category_and_by_support_level(made, manager) -> None:
    by_category = {g.label: g.current for g in manager.statistics.breakdown(MARCH, "category").groups}
    assert (by_category["Housing"].resolved, by_category["Housing"].within_target) == (3, 1)
    assert (by_category["Debt"].resolved, by_category["Debt"].overdue_at_end) == (1, 1)
    levels = {g.key: g.current for g in manager.statistics.breakdown(MARCH, "level").groups}
    assert sorted(levels) == ["0", "1", "2"]
    assert (levels["0"].resolved, levels["1"].resolved, levels["2"].resolved) == (2, 1, 1)
    assert levels["2"].mean_escalation_level == D("2.00") and levels["0"].mean_escalation_level is None


def test_one_categorys_cases_by_team(made, manager) -> None:
    b = manager.statistics.breakdown(MARCH, "team", category_id=made.housing)
    rates = {g.label: g.current.within_target_rate for g in b.groups}
    assert rates == {"North": D("0.5"), "South": D("0"), "No team": None}
    assert b.total.current.resolved == 3


def test_by_month_compares_each_month_with_the_one_before(made, manager) -> None:
    b = manager.statistics.breakdown(Period(date(2026, 2, 1), date(2026, 3, 31)), "month")
    assert [g.key for g in b.groups] == ["2026-02", "2026-03"]
    february, march = b.groups
    assert march.current == manager.statistics.breakdown(MARCH).total.current
    assert march.previous == february.current
    assert february.previous.resolved == 0 and february.previous.open_at_end == 1  # c7, open at January's end
    assert b.previous_period == Period(date(2025, 12, 1), date(2026, 1, 31))


def test_an_empty_period_has_no_rates(made, manager) -> None:
    b = manager.statistics.breakdown(Period(date(2020, 1, 1), date(2020, 1, 31)), "team")
    assert b.groups == ()
    figures = b.total.current.as_dict()
    assert figures == QualityFigures().as_dict()
    assert all(figures[name] is None for name in ("within_target_rate", "median_days_to_resolve",
                                                  "mean_satisfaction", "p90_open_age_days"))


def test_figure_names_are_stable() -> None:
    assert FIGURE_NAMES == tuple(QualityFigures().as_dict())
    assert FIGURE_NAMES[:4] == ("opened", "resolved", "within_target", "within_target_rate")


def test_previous_period() -> None:
    assert previous_period(Period(date(2026, 3, 1), date(2026, 5, 31))) == Period(date(2025, 12, 1),
                                                                                 date(2026, 2, 28))
    assert previous_period(Period(date(2026, 3, 10), date(2026, 3, 19))) == Period(date(2026, 2, 28),
                                                                                  date(2026, 3, 9))


def test_drill_down_lists_the_cases_behind_a_figure(made, manager) -> None:
    stats = manager.statistics
    missed = stats.drill_down(MARCH, "team", str(made.north), "resolved", "missed_target")
    assert [r.title for r in missed.rows] == ["c4"] and missed.total == 1
    row = missed.rows[0]
    assert (row.days, row.within_target, row.worker, row.category, row.client) == (52, False, "Cy", "Housing",
                                                                                   "Quist, Alma")
    resolved = stats.drill_down(MARCH, "total", "all", "resolved")
    assert sorted(r.title for r in resolved.rows) == ["c1", "c2", "c3", "c4"]
    open_cases = stats.drill_down(MARCH, "worker", str(made.bob), "open", "overdue_at_end")
    assert [(r.title, r.days) for r in open_cases.rows] == [("c5", 16)]
    march = stats.drill_down(Period(date(2026, 2, 1), date(2026, 3, 31)), "month", "2026-02", "open")
    assert sorted(r.title for r in march.rows) == ["c3", "c4"]
    no_worker = stats.drill_down(MARCH, "worker", "none", "opened")
    assert [r.title for r in no_worker.rows] == ["c6"]
    housing = stats.drill_down(MARCH, "team", str(made.north), "resolved", category_id=made.housing)
    assert sorted(r.title for r in housing.rows) == ["c1", "c4"]
    limited = stats.drill_down(MARCH, "total", "all", "resolved", limit=2)
    assert (len(limited.rows), limited.total) == (2, 4)


def test_drill_down_refuses_a_figure_of_another_group_of_cases(made, manager) -> None:
    with pytest.raises(ValidationError) as err:
        manager.statistics.drill_down(MARCH, "total", "all", "opened", "within_target")
    assert err.value.field == "figure"
    with pytest.raises(ValidationError):
        manager.statistics.drill_down(MARCH, "total", "all", "resolved", "median_days_to_resolve")


def test_a_period_that_ends_before_it_starts_is_refused(made, manager) -> None:
    with pytest.raises(ValidationError) as err:
        manager.statistics.breakdown(Period(date(2026, 3, 31), date(2026, 3, 1)))
    assert err.value.field == "end"


def test_only_managers_see_breakdowns(made, services_for) -> None:
    for role in (Role.CASEWORKER, Role.FUNDRAISER):
        with pytest.raises(NotPermitted):
            services_for(role).statistics.breakdown(MARCH)
        with pytest.raises(NotPermitted):
            services_for(role).statistics.drill_down(MARCH, "total", "all", "resolved")
