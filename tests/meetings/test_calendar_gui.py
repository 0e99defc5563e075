"""The Calendar section and the meeting dialogs, driven through their widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from caseworker.db.base import utcnow
from caseworker.domain.meetings import Attendance, AttendeeDraft, AttendeeKind, MeetingDraft
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind
from caseworker.domain.recurrence import Frequency, SeriesRule
from caseworker.services.calendar import EntryKind
from caseworker.services.container import Services
from caseworker.ui.dialogs.meeting_dialogs import ActionItemDialog, MeetingDialog, MinutesDialog
from caseworker.ui.my_work.action_items import ActionItemsPanel
from caseworker.ui.sections.calendar import CalendarSection, week_start
from tests.conftest import make_user


@pytest.fixture
def office(sqlite_db) -> Services:
    return Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER))


def calendar_of(window) -> CalendarSection:
    section = next(s for s in window.sections if isinstance(s, CalendarSection))
    window.show_section(section)
    return section


def weekly_from_today(office: Services, title: str = "Team meeting", **kw) -> int:
    today = utcnow().date()
    start = datetime.combine(today, datetime.min.time(), UTC).replace(hour=10)
    attendees = (AttendeeDraft(AttendeeKind.STAFF, user_id=office.actor.user_id),)
    m, _ = office.meetings.create(MeetingDraft(title, start, start + timedelta(hours=1), "UTC",
                                               rule=SeriesRule(Frequency.WEEKLY, count=8), attendees=attendees, **kw))
    return m.id


def test_week_and_month_navigation_by_keyboard(office, open_window, qtbot) -> None:
    series = weekly_from_today(office)
    window = open_window(office)
    section = calendar_of(window)
    view = section.view
    today = utcnow().date()
    assert view.visible_range()[0] == week_start(today)
    assert [e.title for e in view.entries if e.kind is EntryKind.MEETING] == ["Team meeting"]
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.visible_range()[0] == week_start(today) + timedelta(weeks=1)
    assert [e.occurrence_key.date() for e in view.entries] == [today + timedelta(weeks=1)]
    qtbot.keyClick(view, Qt.Key.Key_T)
    assert view.visible_range()[0] == week_start(today)
    section.month_button.click()
    first, last = view.visible_range()
    assert (last - first).days == 41 and first <= today.replace(day=1)
    expected = [today + timedelta(weeks=k) for k in range(8) if today + timedelta(weeks=k) <= last]
    assert [e.day for e in view.entries if e.record_id == series] == expected
    # Down selects the first entry, Enter shows it beside the calendar.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert section.side.currentWidget() is section.detail
    assert section.detail.title.text() == "Team meeting"
    view.grab()  # paints both the grid and the entries without error


def test_new_series_through_the_dialog_warns_of_double_booking(office, open_window, qtbot, monkeypatch) -> None:
    other = make_user(office.db, "sam", Role.CASEWORKER)
    next_monday = week_start(utcnow().date()) + timedelta(weeks=1)
    busy = datetime.combine(next_monday, datetime.min.time(), UTC).replace(hour=10, minute=30)
    office.meetings.create(MeetingDraft("Home visit", busy, busy + timedelta(hours=1), "UTC",
                                        attendees=(AttendeeDraft(AttendeeKind.STAFF, user_id=other.user_id),)))
    window = open_window(office)
    section = calendar_of(window)
    dialog = MeetingDialog(window.ctx, zone="UTC", parent=section)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Supervision")
    # A meeting's modes, in the one vocabulary of channels.
    assert [dialog.channel.itemText(i) for i in range(dialog.channel.count())] == [
        "In person", "Phone", "Video call", "Site visit"]
    dialog.day.setDate(QDate(next_monday.year, next_monday.month, next_monday.day))
    dialog.start_time.setTime(QTime(10, 0))
    dialog.end_time.setTime(QTime(11, 0))
    dialog.repeat.setCurrentIndex(2)  # every other week
    assert "Every other week on Monday" == dialog.repeat.currentText()
    dialog.ends.setCurrentIndex(dialog.ends.findData("count"))
    dialog.count.setValue(4)
    dialog.staff.setCurrentIndex(dialog.staff.findData(other.user_id))
    dialog._add_staff()
    dialog._update_warnings()
    assert "Sam is already in “Home visit”" in dialog.warnings.text()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Save)
    dialog.buttons.accepted.emit()
    assert asked and dialog.saved is not None
    assert dialog.saved.rule == SeriesRule(Frequency.WEEKLY, interval=2, weekdays=(0,), count=4)
    assert {a.name for a in dialog.saved.attendees} == {"Admin", "Sam"}


def test_minutes_and_action_items_of_one_occurrence_reach_my_work(office, open_window, qtbot) -> None:
    series = weekly_from_today(office)
    window = open_window(office)
    section = calendar_of(window)
    key = next(e.occurrence_key for e in section.view.entries if e.record_id == series)
    section.detail.show_occurrence(series, key)
    assert section.detail.is_virtual_occurrence
    found = []
    section.detail._own_record(found.append)
    (own,) = found
    assert own.series_id == series and own.id != series
    minutes = MinutesDialog(window.ctx, own, section)
    qtbot.addWidget(minutes)
    minutes._everyone_attended()
    minutes.minutes.setPlainText("Agreed the rota.")
    minutes.decisions.setPlainText("Rota starts Monday")
    minutes.buttons.accepted.emit()
    assert minutes.saved.attendees[0].attendance is Attendance.ATTENDED
    action = ActionItemDialog(window.ctx, minutes.saved, today=utcnow().date(), parent=section)
    qtbot.addWidget(action)
    qtbot.keyClicks(action.text, "Print the rota")
    action.buttons.accepted.emit()
    # The runner announced the new item: My work and the meeting shown beside the calendar list it.
    panel = next(p for p in window.sections[0].panels if isinstance(p, ActionItemsPanel))
    assert "Print the rota" in panel.list.item(0).text()
    assert "Print the rota" in section.detail.actions.item(0).text()
    panel.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert office.meetings.my_action_items() == []


def test_a_meeting_in_another_zone_shows_both_times(office, open_window) -> None:
    start = datetime(2026, 7, 1, 9, tzinfo=ZoneInfo("America/New_York"))
    m, _ = office.meetings.create(MeetingDraft("Call with funder", start, start + timedelta(hours=1),
                                               "America/New_York"))
    window = open_window(office)
    section = calendar_of(window)
    section.open_record("meeting", m.id)
    assert section.view.anchor == date(2026, 7, 1)
    text = section.detail.when.text()
    assert "09:00–10:00" in text and "13:00–14:00 in UTC" in text


def test_exporting_the_shown_range(office, open_window, tmp_path, monkeypatch) -> None:
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    weekly_from_today(office)
    window = open_window(office)
    section = calendar_of(window)
    target = tmp_path / "week.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    section.export_range()
    (event,) = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Team meeting" and event["rrule"]["COUNT"] == [8]
    assert "Exported" in window.statusBar().currentMessage()


def accepting(fill):
    """A stand-in for ``exec()``: fill the open dialog, press OK, and answer as exec would."""
    def exec_(dialog) -> int:
        fill(dialog)
        dialog.buttons.accepted.emit()
        return dialog.result()
    return exec_


def test_a_series_changed_from_one_occurrence_shows_its_new_title(office, open_window, monkeypatch) -> None:
    from caseworker.ui.views import meeting_detail

    series = weekly_from_today(office)
    window = open_window(office)
    section = calendar_of(window)
    entry = next(i for i, e in enumerate(section.view.entries) if e.record_id == series)
    section.view.select(entry)
    assert section.detail.is_virtual_occurrence
    monkeypatch.setattr(meeting_detail, "ask_scope", lambda *a: "series")
    monkeypatch.setattr(MeetingDialog, "exec", accepting(lambda d: d.title.setText("Staff meeting")))
    section.detail.edit_button.click()
    assert section.detail.title.text() == "Staff meeting"
    assert [e.title for e in section.view.entries if e.record_id == series] == ["Staff meeting"]
    assert office.meetings.get(series).title == "Staff meeting"


def test_cancelling_one_occurrence_or_a_whole_meeting(office, open_window, monkeypatch) -> None:
    from caseworker.ui.dialogs.aid_dialogs import ReasonDialog
    from caseworker.ui.views import meeting_detail

    series = weekly_from_today(office)
    window = open_window(office)
    section = calendar_of(window)
    first = next(i for i, e in enumerate(section.view.entries) if e.record_id == series)
    section.view.select(first)
    monkeypatch.setattr(meeting_detail, "ask_scope", lambda *a: "this")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    section.detail.cancel_button.click()
    assert section.detail.meeting is None and section.detail.title.text() == "Occurrence cancelled."
    assert [e for e in section.view.entries if e.record_id == series and not e.done] == []

    start = datetime.combine(utcnow().date(), datetime.min.time(), UTC).replace(hour=15)
    one_off, _ = office.meetings.create(MeetingDraft("Board", start, start + timedelta(hours=1), "UTC"))
    section.open_record("meeting", one_off.id)
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: "Chair is ill"))
    section.detail.cancel_button.click()
    assert section.detail.title.text() == "Board (cancelled)"
    assert office.meetings.get(one_off.id).cancelled


def test_an_action_ticked_in_the_meeting_is_stored_and_shown_again(office, open_window) -> None:
    start = datetime.combine(utcnow().date(), datetime.min.time(), UTC).replace(hour=9)
    m, _ = office.meetings.create(MeetingDraft("Supervision", start, start + timedelta(hours=1), "UTC"))
    item, _ = office.meetings.add_action_item(m.id, "Call the landlord", office.actor.user_id, None)
    window = open_window(office)
    section = calendar_of(window)
    section.open_record("meeting", m.id)
    entry = section.detail.actions.item(0)
    assert "Call the landlord" in entry.text() and entry.checkState() == Qt.CheckState.Unchecked
    entry.setCheckState(Qt.CheckState.Checked)
    assert office.meetings.my_action_items() == []
    # Shown again from the stored meeting, so a second tick has the new version to check against.
    assert section.detail.meeting.actions[0].done
    section.detail.actions.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert [a.text for a in office.meetings.my_action_items()] == ["Call the landlord"]


def test_the_meeting_dialog_reads_its_warnings_and_saves_in_the_background(office, qtbot, monkeypatch) -> None:
    """With the real, threaded runner the form never waits for the database: colleagues and the
    double-booking warning arrive later, and Save asks about the clash and closes once saved."""
    from caseworker.settings import Settings
    from caseworker.ui.context import UiContext
    from caseworker.ui.runner import Runner

    other = make_user(office.db, "sam", Role.CASEWORKER)
    start = datetime.combine(utcnow().date() + timedelta(days=3), datetime.min.time(), UTC).replace(hour=10)
    office.meetings.create(MeetingDraft("Home visit", start, start + timedelta(hours=1), "UTC",
                                        attendees=(AttendeeDraft(AttendeeKind.STAFF, user_id=other.user_id),)))
    runner = Runner()
    try:
        ctx = UiContext(office, runner, Settings(), office.settings.get())
        dialog = MeetingDialog(ctx, zone="UTC", start=start)
        qtbot.addWidget(dialog)
        assert dialog.staff.count() == 0 and not dialog.staff.isEnabled()
        qtbot.waitUntil(lambda: dialog.staff.findData(other.user_id) >= 0, timeout=10000)
        dialog.title.setText("Supervision")
        dialog.staff.setCurrentIndex(dialog.staff.findData(other.user_id))
        dialog._add_staff()
        qtbot.waitUntil(lambda: "Sam is already in “Home visit”" in dialog.warnings.text(), timeout=10000)
        asked = []
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Save)
        dialog.buttons.accepted.emit()
        assert dialog.saved is None and not asked  # the clash check is still on its way
        qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
        assert asked and dialog.result() == dialog.DialogCode.Accepted
        assert dialog.changes.ids(ChangeKind.MEETING) == {dialog.saved.id}
        assert office.meetings.get(dialog.saved.id).title == "Supervision"
    finally:
        runner.shutdown()
