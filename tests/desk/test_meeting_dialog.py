"""The meeting dialog: no picker floating over the form, and nobody listed twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QWidget

from caseworker.db.database import Database
from caseworker.db.models import MeetingAttendee
from caseworker.domain.meetings import AttendeeDraft, AttendeeKind, MeetingDraft
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from caseworker.ui.dialogs.meeting_dialogs import MeetingDialog, Scope
from tests.conftest import make_user, ui_context

START = datetime(2026, 11, 10, 10, tzinfo=UTC)


def _rect_in(dialog: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())


@pytest.mark.sqlite_only
@pytest.mark.parametrize("role", [Role.FUNDRAISER, Role.CASEWORKER])
def test_no_picker_floats_over_the_title(sqlite_db: Database, qtbot, role: Role) -> None:
    make_user(sqlite_db, "admin", Role.ADMIN)
    services = Services(sqlite_db, make_user(sqlite_db, "someone", role))
    dialog = MeetingDialog(ui_context(services), zone="UTC")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    title_label = next(label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.title)
    label_rect = _rect_in(dialog, title_label)
    for picker in (dialog.client, dialog.donor):
        if picker.isVisible():
            assert not _rect_in(dialog, picker).intersects(label_rect)
    # The role sees the picker it may use, and no other.
    assert dialog.client.isVisible() == (role is Role.CASEWORKER)
    assert dialog.donor.isVisible() == (role is Role.FUNDRAISER)


def _meeting_with_a_repeated_attendee(db: Database) -> tuple[Services, int]:
    services = Services(db, make_user(db, "admin", Role.ADMIN, Role.MANAGER))
    me = services.actor.user_id
    meeting, _ = services.meetings.create(MeetingDraft(
        "Trustees", START, START + timedelta(hours=1), "UTC",
        attendees=(AttendeeDraft(AttendeeKind.STAFF, user_id=me), AttendeeDraft(AttendeeKind.STAFF, user_id=me),
                   AttendeeDraft(AttendeeKind.EXTERNAL, name="Jo Bloggs"),
                   AttendeeDraft(AttendeeKind.EXTERNAL, name=" jo  bloggs "))))
    # A row left by an older version, before the service refused repeats.
    with db.transaction("test: repeated row") as s:
        s.add(MeetingAttendee(meeting_id=meeting.id, kind="staff", user_id=me, name="", organisation="",
                              attendance="invited"))
    return services, meeting.id


def test_a_meeting_lists_each_attendee_once(db: Database) -> None:
    services, meeting_id = _meeting_with_a_repeated_attendee(db)
    meeting = services.meetings.get(meeting_id)
    assert sorted(a.kind.value for a in meeting.attendees) == ["external", "staff"]
    saved, _ = services.meetings.update(meeting_id, MeetingDraft(
        "Trustees", START, START + timedelta(hours=1), "UTC",
        attendees=tuple(AttendeeDraft(a.kind, user_id=a.ref_id if a.kind is AttendeeKind.STAFF else None,
                                      name=a.name if a.kind is AttendeeKind.EXTERNAL else "")
                        for a in meeting.attendees)), meeting.version)
    assert len(saved.attendees) == 2
    with db.read() as s:
        from sqlalchemy import func, select

        rows = s.scalar(select(func.count()).select_from(MeetingAttendee)
                        .where(MeetingAttendee.meeting_id == meeting_id))
    assert rows == 2


@pytest.mark.sqlite_only
def test_the_edit_dialog_shows_each_attendee_once(sqlite_db: Database, qtbot) -> None:
    services, meeting_id = _meeting_with_a_repeated_attendee(sqlite_db)
    dialog = MeetingDialog(ui_context(services), zone="UTC", scope=Scope(services.meetings.get(meeting_id)))
    qtbot.addWidget(dialog)
    assert dialog.attendee_list.count() == 2
