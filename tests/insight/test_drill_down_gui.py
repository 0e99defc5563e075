"""A manager clicks through Insight to the cases behind a figure, opens one and exports the table."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea

from caseworker.domain.permissions import Role
from caseworker.ui.sections.cases import CasesSection
from caseworker.ui.sections.insight import InsightSection
from caseworker.ui.views.service_quality import DrillDownDialog, write_model
from tests.insight.handmade import MARCH, build

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def window(db, admin, services_for, open_window, monkeypatch):
    made = build(db)
    monkeypatch.setattr(InsightSection, "period", lambda self: MARCH)
    window = open_window(services_for(Role.MANAGER))
    return window, made


def reveal(chart) -> None:
    """Scroll the chart into view (on a laptop screen the cards come first) and draw it."""
    parent = chart.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(chart)
    chart.repaint()


def insight(window) -> InsightSection:
    section = next(s for s in window.sections if isinstance(s, InsightSection))
    window.show_section(section)
    return section


def test_clicking_a_teams_bar_lists_its_housing_cases_that_missed_their_target(window, qtbot, tmp_path) -> None:
    window, made = window
    view = insight(window).quality
    assert view.by_choice.currentData() == "team"
    view.category_choice.setCurrentIndex(view.category_choice.findText("Housing"))
    assert view.breakdown.category_id == made.housing
    assert [c.label for c in view.chart.items] == ["North", "South", "No team"]
    assert view.cards["within_target_rate"].value.text() == "33 %"

    reveal(view.chart)  # scrolled to, as a user below the cards would; the bars are where they were drawn
    south = view.chart.hits[1].center().toPoint()
    qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=QPoint(south.x(), south.y()))
    dialog = view.dialogs[-1]
    assert isinstance(dialog, DrillDownDialog)
    assert [r.title for r in dialog.found.rows] == ["c2"] and dialog.model.rowCount() == 1
    assert "missed their target" in dialog.windowTitle()

    # Enter on the row opens the case in the Cases section.
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    cases = window.current_section()
    assert isinstance(cases, CasesSection)
    assert cases.detail.case is not None and cases.detail.case.id == made.cases["c2"]

    out = tmp_path / "missed.xlsx"
    write_model(dialog, view.ctx, dialog.model, out, dialog.windowTitle())
    sheet = load_workbook(out).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0][:2] == ["Case", "Title"] and rows[1][1] == "c2" and len(rows) == 2


def test_the_table_is_one_click_away_and_a_card_lists_its_cases(window, qtbot) -> None:
    window, made = window
    view = insight(window).quality
    qtbot.mouseClick(view.table_button, Qt.MouseButton.LeftButton)
    assert view.stack.currentWidget() is view.table
    assert view.table_model.rowCount() == 3
    labels = [view.table_model.rows[r][0] for r in range(3)]
    assert labels == ["North", "South", "No team"]
    qtbot.mouseClick(view.cards["open_at_end"].button, Qt.MouseButton.LeftButton)
    dialog = view.dialogs[-1]
    assert sorted(r.title for r in dialog.found.rows) == ["c5", "c6"]


def test_the_chart_answers_the_keyboard(window, qtbot) -> None:
    window, made = window
    view = insight(window).quality
    view.by_choice.setCurrentIndex(view.by_choice.findData("worker"))
    assert [c.label for c in view.chart.items] == ["Ann", "Bob (left)", "Cy", "Unassigned"]
    view.chart.setFocus()
    reveal(view.chart)
    qtbot.keyClick(view.chart, Qt.Key.Key_Down)
    qtbot.keyClick(view.chart, Qt.Key.Key_Down)
    qtbot.keyClick(view.chart, Qt.Key.Key_Return)
    assert [r.title for r in view.dialogs[-1].found.rows] == ["c2"]  # Bob's case that missed its target


def test_the_funders_tab_shows_a_grants_outputs(db, admin, services_for, open_window, monkeypatch) -> None:
    from tests.insight.test_grant_outputs import build_grant

    grant = build_grant(db)
    window = open_window(services_for(Role.MANAGER))
    section = insight(window)
    view = section.funders
    assert view.outputs is None  # counted when its tab is shown
    section.tabs.setCurrentWidget(view)
    assert view.grant_choice.currentData() == grant
    rows = dict((label, value) for label, value in view.model.rows)
    assert rows["People served"] == 4 and rows["New people served"] == 3
    assert rows["Language: Polish"] == 2
    assert [label for label, _n in view.ages.items][:2] == ["0–17", "18–24"]


def test_the_aid_and_grants_tab_and_its_export(db, admin, services_for, open_window, monkeypatch, tmp_path) -> None:
    from tests.insight.test_grant_outputs import MARCH as GRANT_MARCH
    from tests.insight.test_grant_outputs import build_grant

    build_grant(db)
    monkeypatch.setattr(InsightSection, "period", lambda self: GRANT_MARCH)
    window = open_window(services_for(Role.MANAGER))
    section = insight(window)
    section.tabs.setCurrentWidget(section.aid_grants)
    funds = section.aid_grants.funds.model
    assert funds.rows[0][0] == "Hardship" and funds.rows[0][4] == 2
    assert funds.data(funds.index(0, 9)) == "2026-03 $80.00"
    out = tmp_path / "funds.csv"
    write_model(section, section.ctx, funds, out, "Aid by fund")
    assert out.read_text(encoding="utf-8-sig").splitlines()[1].startswith("Hardship,,year,80.00,2,2,40.00,50.00")


def test_the_supporters_tab(db, admin, services_for, open_window, monkeypatch) -> None:
    from tests.insight.test_supporters import YEAR, build_gifts

    build_gifts(db)
    monkeypatch.setattr(InsightSection, "period", lambda self: YEAR)
    window = open_window(services_for(Role.MANAGER))
    section = insight(window)
    section.tabs.setCurrentWidget(section.supporters)
    rows = dict(section.supporters.summary.model.rows)
    assert (rows["Donors"], rows["New donors"], rows["Retention"]) == (3, 1, "50 %")
    assert section.supporters.guard_by_staff.model.rows == [("Ann", 0, 2)]


def test_the_supporters_tab_sets_contacts_beside_the_contact_policy(db, admin, services_for, open_window,
                                                                      monkeypatch) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import select

    from caseworker.db.models import Donor, Touchpoint
    from tests.insight.test_supporters import YEAR, build_gifts

    build_gifts(db)
    with db.transaction("Contacts") as s:
        d2 = s.scalar(select(Donor.id).where(Donor.first_name == "D2"))
        for month in (1, 2, 3):
            s.add(Touchpoint(donor_id=d2, when=datetime(2026, month, 5, 9, tzinfo=UTC), channel="email",
                             purpose="update", status="done"))
    monkeypatch.setattr(InsightSection, "period", lambda self: YEAR)
    section = insight(open_window(services_for(Role.MANAGER)))
    section.tabs.setCurrentWidget(section.supporters)
    rows = dict(section.supporters.summary.model.rows)
    assert (rows["Donors contacted"], rows["Contacts the guard counts"], rows["Most contacts to one donor"]) == (
        1, 3, 3)
    assert rows["Contacts per donor in 30 days (the policy allows 3)"] == "0.25"
