"""Votes and quorum recorded from the meeting's window, through operations, and printed in the
minutes; a wrong row is refused by its decision's name and nothing is saved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QTableWidgetItem

from caseworker import exports
from caseworker.db.database import Database
from caseworker.domain.meetings import Attendance, AttendeeDraft, AttendeeKind, MeetingDraft
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind
from caseworker.services.container import Services
from caseworker.ui.dialogs.meeting_dialogs import MinutesDialog, VotesDialog
from caseworker.ui.sections.calendar import CalendarSection
from tests.conftest import make_user
from tests.reports.conftest import Pdf


def test_the_board_records_votes_and_quorum_from_the_meetings_window(sqlite_db: Database, open_window, qtbot,
                                                                     tmp_path: Path) -> None:
    admin = Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER))
    start = datetime(2026, 3, 10, 18, tzinfo=UTC)
    meeting, _ = admin.meetings.create(MeetingDraft(
        "Board meeting", start, start + timedelta(hours=2), "Europe/London",
        attendees=(AttendeeDraft(AttendeeKind.STAFF, user_id=admin.actor.user_id),
                   AttendeeDraft(AttendeeKind.EXTERNAL, name="Dev Patel", organisation="Board"),
                   AttendeeDraft(AttendeeKind.EXTERNAL, name="Ruth Ellis", organisation="Board")),
        agenda=("Accounts",)))
    window = open_window(admin)
    section = next(s for s in window.sections if isinstance(s, CalendarSection))
    window.show_section(section)
    section.detail.show_meeting(meeting)
    view = section.detail
    assert not view.votes_button.isHidden() and view.votes_button.isEnabled()

    # Attendance and decisions through the minutes, as before.
    minutes = MinutesDialog(window.ctx, meeting, view)
    qtbot.addWidget(minutes)
    for a in meeting.attendees:
        combo = minutes._combos[a.id]
        combo.setCurrentIndex(combo.findData((Attendance.APOLOGIES if a.name == "Ruth Ellis" else
                                              Attendance.ATTENDED).value))
    minutes.decisions.setPlainText("Adopt the accounts\nRaise the hall fee")
    minutes.buttons.accepted.emit()
    assert minutes.saved is not None

    dialog = VotesDialog(window.ctx, meeting.id, view)
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled() and dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "Adopt the accounts"
    assert dialog.quorate.text() == "2 present; no quorum set."
    dialog.has_quorum.setChecked(True)
    dialog.quorum.setValue(3)
    assert dialog.quorate.text() == "2 present: not quorate, so its decisions need confirming."
    dialog.quorum.setValue(2)
    assert dialog.quorate.text() == "2 present: quorate."
    for c, value in enumerate(("Dev Patel", "Admin", "5", "1", "0"), start=1):
        dialog.table.setItem(0, c, QTableWidgetItem(value))
    for c, value in enumerate(("Dev Patel", "dev patel", "two", "", ""), start=1):
        dialog.table.setItem(1, c, QTableWidgetItem(value))
    dialog.buttons.accepted.emit()
    assert "“Raise the hall fee”, for:" in dialog.form.error_of("decisions")
    assert admin.board.board(meeting.id).quorum is None, "nothing saved"
    dialog.table.setItem(1, 3, QTableWidgetItem("2"))
    dialog.buttons.accepted.emit()
    error = dialog.form.error_of("decisions")
    assert "“Raise the hall fee”, seconder:" in error and "other than its proposer" in error
    assert admin.board.board(meeting.id).quorum is None, "a refused row saves nothing, the quorum neither"
    dialog.table.setItem(1, 2, QTableWidgetItem("Admin"))
    dialog.table.setItem(1, 4, QTableWidgetItem("4"))
    dialog.table.setItem(1, 5, QTableWidgetItem("1"))
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.changes.ids(ChangeKind.MEETING) == {meeting.id}
    board = admin.board.board(meeting.id)
    assert board.quorum == 2 and board.quorate
    assert [(d.proposer, d.seconder, d.votes_for, d.votes_against, d.abstentions) for d in board.decisions] == [
        ("Dev Patel", "Admin", 5, 1, 0), ("Dev Patel", "Admin", 2, 4, 1)]
    # The meeting beside the calendar shows the votes once the runner announces the change.
    assert "For 5, against 1, abstentions 0" in view.decisions.text()
    assert "Quorum 2" in view.decisions.text()

    out = tmp_path / "minutes.pdf"
    exports.export_document(admin, exports.Kind.MINUTES, meeting.id, out)
    pdf = Pdf(out)
    assert pdf.has("Proposed by Dev Patel, seconded by Admin. For 5, against 1, abstentions 0: carried.")
    assert pdf.has("For 2, against 4, abstentions 1: not carried.")
    assert pdf.has("The quorum is 2: the meeting was quorate.")
    assert [w.accessibleName() for w in (dialog.quorum, dialog.table)] == [
        "Quorum: people who must be present", "Decisions with their proposer, seconder and vote"]
