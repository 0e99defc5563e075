"""The Insight section shows the dashboard's figures to managers, and to nobody else."""

from __future__ import annotations

import pytest

from caseworker.domain.permissions import Role
from caseworker.services.demo import generate
from caseworker.ui.sections.insight import InsightSection
from tests.insight.test_statistics_service import TODAY

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def demo_db(db):
    generate(db, seed=3, today=TODAY)
    return db


def test_managers_see_the_figures(demo_db, services_for, open_window) -> None:
    manager = services_for(Role.MANAGER)
    window = open_window(manager)
    section = next(s for s in window.sections if isinstance(s, InsightSection))
    window.show_section(section)
    expected = manager.statistics.dashboard(section.period())
    assert section.figures["resolved"].value.text() == str(expected.cases.resolved)
    assert section.cases_chart.categories and section.aid_chart.items
    assert section.accessibleName() == "Insight"


def test_caseworkers_and_fundraisers_have_no_insight_section(demo_db, services_for, open_window) -> None:
    for role in (Role.CASEWORKER, Role.FUNDRAISER):
        window = open_window(services_for(role))
        assert not any(isinstance(s, InsightSection) for s in window.sections)
