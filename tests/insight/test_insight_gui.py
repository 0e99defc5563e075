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
    assert section.dashboard is None  # the overview is counted when its tab is first shown
    section.tabs.setCurrentWidget(section.overview)
    expected = manager.statistics.dashboard(section.period())
    assert section.figures["resolved"].value.text() == str(expected.cases.resolved)
    assert section.cases_chart.categories and section.aid_chart.items
    assert section.accessibleName() == "Insight"


def test_caseworkers_and_fundraisers_have_no_insight_section(demo_db, services_for, open_window) -> None:
    for role in (Role.CASEWORKER, Role.FUNDRAISER):
        window = open_window(services_for(role))
        assert not any(isinstance(s, InsightSection) for s in window.sections)


def test_the_board_pdf_is_counted_first_when_the_overview_was_not_shown(demo_db, services_for, open_window,
                                                                         monkeypatch, tmp_path) -> None:
    import caseworker.ui.export as export

    target = tmp_path / "board.pdf"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: target)
    monkeypatch.setattr(export, "open_file", lambda path: None)
    window = open_window(services_for(Role.MANAGER))
    section = next(s for s in window.sections if isinstance(s, InsightSection))
    window.show_section(section)
    assert section.dashboard is None
    section.export_pdf()
    assert section.dashboard is not None and target.read_bytes().startswith(b"%PDF")
