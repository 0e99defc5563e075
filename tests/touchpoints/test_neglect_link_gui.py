"""From the donors section, one click shows the neglected donors in the Planner."""

from __future__ import annotations

import pytest

from caseworker.domain.permissions import Role
from caseworker.ui.sections.donors import DonorsSection
from caseworker.ui.sections.planner import PlannerSection

pytestmark = pytest.mark.sqlite_only


def test_one_click_from_donors_to_the_neglect_lists(db, services_for, open_window) -> None:
    window = open_window(services_for(Role.FUNDRAISER))
    donors = next(s for s in window.sections if isinstance(s, DonorsSection))
    window.show_section(donors)
    donors.neglect_button.click()
    planner = window.current_section()
    assert isinstance(planner, PlannerSection)
    assert planner.tabs.currentWidget() is planner.neglect
