"""Quiet days in the office: a new organisation keeps weekends quiet for calls and visits, bulk
planning moves a weekend appeal to the Monday, and the window says which day it suggests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from caseworker.domain.guard import Outcome, QuietDays, Rule
from caseworker.domain.permissions import Role
from caseworker.services.planning import PlanRequest
from caseworker.ui.dialogs.policy_dialog import PolicyDialog
from caseworker.ui.dialogs.touchpoint_dialog import set_wall_clock
from caseworker.ui.sections.planner import PlannerSection
from tests.touchpoints.conftest import add_donor


def next_saturday(hour: int = 14) -> datetime:
    """A Saturday afternoon (UTC, the test organisation's zone) at least two days ahead."""
    day = datetime.now(UTC).replace(hour=hour, minute=0, second=0, microsecond=0) + timedelta(days=2)
    return day + timedelta(days=(5 - day.weekday()) % 7)


@pytest.fixture
def weekend_office(services_for):
    """An organisation whose contact policy was never saved: the new-organisation defaults."""
    return services_for(Role.FUNDRAISER)


def test_a_new_organisation_keeps_weekends_quiet_for_calls_and_visits(weekend_office):
    policy = weekend_office.contact_policy.get().policy
    assert policy.quiet_days == QuietDays()
    donor = add_donor(weekend_office)
    saturday = next_saturday()
    call = weekend_office.touchpoints.preview(donor, saturday, "phone", "update")
    assert call.verdict is Outcome.BLOCK and Rule.QUIET_DAYS in call.rules
    monday_morning = (saturday + timedelta(days=2)).replace(hour=9)
    assert call.next_allowed == monday_morning
    assert weekend_office.touchpoints.preview(donor, saturday, "email", "update").verdict is Outcome.ALLOW


def test_a_weekend_appeal_moves_each_blocked_donor_to_monday(weekend_office):
    donors = tuple(add_donor(weekend_office, f"Donor{i}") for i in range(4))
    saturday = next_saturday()
    request = PlanRequest(donors, saturday, "phone", "ask", campaign="Spring")
    preview = weekend_office.planning.preview(request)
    assert {i.verdict for i in preview.items} == {Outcome.BLOCK}
    monday = (saturday + timedelta(days=2)).replace(hour=9)
    assert {i.next_allowed for i in preview.items} == {monday}
    result, _ = weekend_office.planning.apply(request, move_blocked=True)
    assert (result.scheduled, result.moved) == (0, 4)
    for donor in donors:
        [planned] = weekend_office.touchpoints.history(donor)
        assert planned.when == monday and planned.when.weekday() == 0


def test_a_weekend_letter_appeal_is_not_moved(weekend_office):
    donors = tuple(add_donor(weekend_office, f"Donor{i}") for i in range(2))
    preview = weekend_office.planning.preview(PlanRequest(donors, next_saturday(), "letter", "ask"))
    assert {i.verdict for i in preview.items} == {Outcome.ALLOW}


@pytest.fixture
def british_english():
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.mark.sqlite_only
def test_the_planner_shows_the_weekday_it_moves_to(qtbot, open_window, weekend_office, british_english):
    donors = [add_donor(weekend_office, f"Donor{i}") for i in range(3)]
    window = open_window(weekend_office)
    section = window.section_of(PlannerSection)
    window.show_section(section)
    planner = section.planner
    planner.use_donors(donors)
    saturday = next_saturday()
    set_wall_clock(planner.when, saturday, window.ctx.org.zone)
    planner.channel.setCurrentIndex(planner.channel.findData("phone"))
    planner.purpose.setCurrentIndex(planner.purpose.findData("update"))
    qtbot.mouseClick(planner.preview_button, Qt.MouseButton.LeftButton)
    assert planner.model.rowCount() == 3
    monday = saturday + timedelta(days=2)
    expected = f"Monday {monday.day} {monday:%b %Y}, 09:00"
    for row in range(3):
        assert planner.model.index(row, 2).data() == expected
        assert "Saturday is a quiet day for phone calls" in planner.model.index(row, 3).data()
    qtbot.mouseClick(planner.apply_button, Qt.MouseButton.LeftButton)
    assert planner.last_result.moved == 3


@pytest.mark.sqlite_only
def test_the_policy_editor_edits_quiet_days(qtbot, open_window, services_for):
    manager = services_for(Role.MANAGER)
    window = open_window(manager)
    dialog = PolicyDialog(window.ctx, manager.contact_policy.get(), window)
    qtbot.addWidget(dialog)
    assert dialog.quiet_days_on.isChecked()
    assert [d for d, box in dialog.quiet_weekdays.items() if box.isChecked()] == ["sat", "sun"]
    assert [c for c, box in dialog.quiet_day_channels.items() if box.isChecked()] == ["phone", "visit"]
    for box in dialog.quiet_weekdays.values():
        assert box.accessibleName()
    dialog.quiet_weekdays["fri"].setChecked(True)
    dialog.quiet_weekdays["sat"].setChecked(False)
    dialog.quiet_day_channels["email"].setChecked(True)
    dialog.submit()
    stored = manager.contact_policy.get()
    assert stored.settings["quiet_days"] == {"days": ["fri", "sun"], "channels": ["email", "phone", "visit"]}
    # Every channel unticked: quiet days cover every channel.
    dialog = PolicyDialog(window.ctx, stored, window)
    qtbot.addWidget(dialog)
    for box in dialog.quiet_day_channels.values():
        box.setChecked(False)
    dialog.submit()
    assert manager.contact_policy.get().policy.quiet_days.channels == frozenset()
    # Switched off: no quiet days at all.
    dialog = PolicyDialog(window.ctx, manager.contact_policy.get(), window)
    qtbot.addWidget(dialog)
    dialog.quiet_days_on.setChecked(False)
    assert not dialog.quiet_weekdays["sun"].isEnabled()
    dialog.submit()
    assert manager.contact_policy.get().policy.quiet_days is None
