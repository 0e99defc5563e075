"""Times are shown and typed in the organisation's zone, or the user's own; UTC stays inside."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QLabel

from caseworker.domain.permissions import Role
from caseworker.settings import Settings, load_settings
from caseworker.ui.dialogs.touchpoint_dialog import TouchpointDialog
from caseworker.ui.sections.administration import ThisComputerPage
from tests.conftest import ui_context
from tests.touchpoints.conftest import add_donor

pytestmark = pytest.mark.sqlite_only

# Sunday 14 February 2027, 17:00 UTC: 09:00 in Los Angeles, 17:00 in London.
SUNDAY = datetime(2027, 2, 14, 17, 0, tzinfo=UTC)


@pytest.fixture
def office(services_for):
    services = services_for(Role.MANAGER)
    services.settings.update(replace(services.settings.get(), timezone="America/Los_Angeles"))
    return services


def _caption(dialog: TouchpointDialog) -> str:
    return next(label.text() for label in dialog.findChildren(QLabel) if label.buddy() is dialog.when)


def _dialog(qtbot, ctx, donor_id: int) -> TouchpointDialog:
    dialog = TouchpointDialog(ctx, donor_id, "Ada Okafor", mode="plan")
    qtbot.addWidget(dialog)
    dialog.set_when(SUNDAY)
    return dialog


def test_the_contact_dialog_shows_and_takes_the_organisations_local_time(office, qtbot) -> None:
    ctx = ui_context(office)
    dialog = _dialog(qtbot, ctx, add_donor(office))
    assert "Los Angeles" in _caption(dialog)
    assert "UTC" not in _caption(dialog)
    assert dialog.when.text() == "Sun 2027-02-14 09:00"  # the weekday shows
    # The user types half past ten, their time: stored as 18:30 UTC.
    dialog.when.setDateTime(QDateTime(QDate(2027, 2, 14), QTime(10, 30), QTimeZone.utc()))
    assert dialog.draft().when.astimezone(UTC) == datetime(2027, 2, 14, 18, 30, tzinfo=UTC)


def test_a_users_own_zone_wins_over_the_organisations(office, qtbot) -> None:
    ctx = ui_context(office)
    ctx.settings = Settings(time_zone="Europe/London")
    dialog = _dialog(qtbot, ctx, add_donor(office))
    assert "London" in _caption(dialog)
    assert dialog.when.text() == "Sun 2027-02-14 17:00"
    dialog.when.setDateTime(QDateTime(QDate(2027, 2, 14), QTime(9, 0), QTimeZone.utc()))
    assert dialog.draft().when.astimezone(UTC) == datetime(2027, 2, 14, 9, 0, tzinfo=UTC)


def test_this_computer_keeps_the_users_zone_and_refuses_an_unknown_one(office, qtbot) -> None:
    ctx = ui_context(office)
    page = ThisComputerPage(ctx)
    qtbot.addWidget(page)
    assert ctx.zone.key == "America/Los_Angeles"
    assert "America/Los_Angeles" in page.time_zone.currentText()  # the organisation's, named

    page.time_zone.setEditText("Mars/Olympus_Mons")
    page.save()
    assert "Mars/Olympus_Mons" in page.form.error_of("time_zone")
    assert load_settings().time_zone == "" and ctx.zone.key == "America/Los_Angeles"

    page.time_zone.setCurrentIndex(page.time_zone.findData("Europe/London"))
    page.save()
    assert not page.form.error_of("time_zone")
    assert load_settings().time_zone == "Europe/London"
    assert ctx.zone.key == "Europe/London"
    assert "Europe/London" in page.status.text()


def test_the_backups_list_shows_when_each_was_taken_in_the_offices_zone(office, qtbot, monkeypatch) -> None:
    import time

    from caseworker.ui.backups_page import BackupsPage

    # The computer itself keeps UTC, so a time left in the computer's zone would show 8 hours off.
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        made, _ = office.backups.make_now()
        page = BackupsPage(ui_context(office))
        qtbot.addWidget(page)
        page.reload()
        shown = page.table.item(0, 0).text()
        expected = made.taken_at.astimezone(ZoneInfo("America/Los_Angeles")).strftime("%Y-%m-%d %H:%M")
        assert shown == expected
        assert shown != made.taken_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
    finally:
        monkeypatch.undo()
        time.tzset()
