"""One meeting (or one occurrence of a series): when, who, agenda, minutes, decisions, actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.clock import utcnow
from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_
from caseworker.domain.meetings import (
    ATTENDANCE_LABELS,
    Attendance,
    AttendeeKind,
    MeetingDetail,
    TimelineEntry,
)
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.board import BoardRecord
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.aid_dialogs import ReasonDialog
from caseworker.ui.dialogs.meeting_dialogs import (
    ActionItemDialog,
    MeetingDialog,
    MinutesDialog,
    Scope,
    VotesDialog,
    ask_scope,
    show_error,
)
from caseworker.ui.export import export_document
from caseworker.ui.i18n import channel_title, local_strftime, tr, tr_domain
from caseworker.ui.views.grant_detail import heading, muted
from caseworker.ui.widgets.flag_strip import SAFEGUARDING_COLOUR, flags_text, flags_tooltip

ATTENDANCE_MARKS = {Attendance.INVITED: "○", Attendance.ATTENDED: "●", Attendance.APOLOGIES: "◐",
                    Attendance.ABSENT: "✕"}
KIND_NAMES = {AttendeeKind.STAFF: "", AttendeeKind.CLIENT: "client", AttendeeKind.DONOR: "donor",
              AttendeeKind.EXTERNAL: "outside"}


def when_text(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    a, b = start.astimezone(zone), end.astimezone(zone)
    if a.date() == b.date():
        return f"{local_strftime(a, '%a %d %b %Y')}, {a:%H:%M}–{b:%H:%M}"
    return f"{local_strftime(a, '%a %d %b %Y %H:%M')} – {local_strftime(b, '%a %d %b %Y %H:%M')}"


class MeetingDetailView(QScrollArea):
    """What is saved here is announced by the runner; :meth:`on_changes` shows the meeting anew."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: MeetingDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(tr("Meeting"))
        inner = QWidget(self)
        self.setWidget(inner)
        col = QVBoxLayout(inner)
        col.setContentsMargins(16, 12, 16, 12)
        self.title = QLabel(inner)
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.when = QLabel(inner)
        self.when.setStyleSheet("font-size: 13px;")
        self.where = muted("", inner)
        self.series = muted("", inner)
        for w in (self.title, self.when, self.where, self.series):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            col.addWidget(w)
        can_edit = ctx.actor.can(Action.EDIT_MEETINGS)
        bar, second = QHBoxLayout(), QHBoxLayout()
        self.edit_button = self._button("pencil", tr("&Edit…"), self._edit, bar)
        self.minutes_button = self._button("file-text", tr("&Minutes…"), self._minutes, bar)
        self.votes_button = self._button("check", tr("&Votes and quorum…"), self._votes, bar)
        self.votes_button.setToolTip(tr("The quorum, and who proposed and seconded each decision and how the vote went"))
        self.action_button = self._button("list-checks", tr("Add &action…"), self._add_action, bar)
        self.cancel_button = self._button("ban", tr("Ca&ncel…"), self._cancel, second)
        self.export_button = self._button("download", tr("E&xport .ics…"), self._export, second)
        self.pdf_button = QPushButton(icons.icon("file-down"), tr("Export PDF"), self)
        self.pdf_button.setAccessibleName(tr("Export the agenda or minutes as PDF"))
        pdf_menu = QMenu(self.pdf_button)
        pdf_menu.addAction(tr("Agenda"), lambda: self._export_pdf("agenda"))
        pdf_menu.addAction(tr("Minutes"), lambda: self._export_pdf("minutes"))
        self.pdf_button.setMenu(pdf_menu)
        second.addWidget(self.pdf_button)
        for b in (self.edit_button, self.minutes_button, self.votes_button, self.action_button, self.cancel_button):
            b.setVisible(can_edit)
        bar.addStretch(1)
        second.addStretch(1)
        col.addLayout(bar)
        col.addLayout(second)
        col.addWidget(heading(tr("People"), inner))
        self.people = QLabel(inner)
        self.people.setWordWrap(True)
        self.people.setTextFormat(Qt.TextFormat.RichText)
        self.people.setAccessibleName(tr("People and attendance"))
        col.addWidget(self.people)
        col.addWidget(heading(tr("Agenda"), inner))
        self.agenda = QLabel(inner)
        self.agenda.setWordWrap(True)
        col.addWidget(self.agenda)
        col.addWidget(heading(tr("Minutes"), inner))
        self.minutes = QLabel(inner)
        self.minutes.setWordWrap(True)
        self.minutes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.minutes.setAccessibleName(tr("Minutes"))
        col.addWidget(self.minutes)
        col.addWidget(heading(tr("Decisions"), inner))
        self.decisions = QLabel(inner)
        self.decisions.setWordWrap(True)
        col.addWidget(self.decisions)
        col.addWidget(heading(tr("Action items"), inner))
        self.actions = QListWidget(inner)
        self.actions.setAccessibleName(tr("Action items"))
        self.actions.setMaximumHeight(140)
        self.actions.setWordWrap(True)
        self.actions.itemChanged.connect(self._action_ticked)
        col.addWidget(self.actions)
        from caseworker.ui.views.record_tasks import RecordTasksTab

        col.addWidget(heading(tr("Tasks"), inner))
        self.tasks = RecordTasksTab(ctx, "meeting", inner)
        self.tasks.list.setMaximumHeight(140)
        col.addWidget(self.tasks)
        col.addStretch(1)

    def _button(self, icon: str, text: str, slot, bar: QHBoxLayout) -> QPushButton:
        button = QPushButton(icons.icon(icon), text, self)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    def _export_pdf(self, kind: str) -> None:
        m = self.meeting
        if m is None:
            return
        occurrence = m.recurrence_id if self.is_virtual_occurrence else None
        # Named by its day (agenda-2026-11-10.pdf): a meeting's title may name the client.
        day = (occurrence or m.start).astimezone(self.ctx.org.zone).date().isoformat()
        export_document(self, self.ctx, kind, m.id, occurrence=occurrence, reference=day)

    # -- showing -------------------------------------------------------------------------------
    @property
    def is_virtual_occurrence(self) -> bool:
        """An occurrence of a series with nothing of its own yet (computed from the series)."""
        m = self.meeting
        return m is not None and m.series_id == m.id

    def show_meeting(self, m: MeetingDetail) -> None:
        self.meeting = m
        if self.tasks.record_id != m.id:
            self.tasks.set_record(m.id)
        zone = m.zone
        org_zone = self.ctx.zone
        self.title.setText(m.title + (" " + tr("(cancelled)") if m.cancelled else ""))
        when = when_text(m.start, m.end, zone) + f"  ({m.timezone})"
        if zone.key != org_zone.key and m.start.astimezone(zone).utcoffset() != m.start.astimezone(org_zone).utcoffset():
            when += "\n" + tr("{when} in {zone}").format(when=when_text(m.start, m.end, org_zone), zone=org_zone.key)
        self.when.setText(when)
        self.where.setText(" · ".join(x for x in (channel_title(m.channel), m.location) if x))
        if m.rule is not None:
            template, values = m.rule.describe()
            self.series.setText(tr_domain(template, **values))
        elif m.series_id is not None:
            self.series.setText(tr("One occurrence of a repeating meeting"))
        else:
            self.series.setText("")
        self.series.setVisible(bool(self.series.text()))
        lines = []
        for a in m.attendees:
            kind = KIND_NAMES[a.kind]
            extra = f" <span style='color: gray'>({tr(kind)}{', ' + escape(a.organisation) if a.organisation else ''})</span>" \
                if kind else ""
            flags = flags_text(a.client_flags)
            flagged = f" <b style='color: {SAFEGUARDING_COLOUR}'>{escape(flags)}</b>" if flags else ""
            lines.append(f"{ATTENDANCE_MARKS[a.attendance]} {escape(tr_domain(a.name))}{flagged}{extra} — "
                         f"{tr_domain(ATTENDANCE_LABELS[a.attendance])}")
        self.people.setText("<br>".join(lines) or tr("Nobody invited yet."))
        flagged_people = [f"{a.name}: {flags_tooltip(a.client_flags)}" for a in m.attendees if flags_text(a.client_flags)]
        self.people.setToolTip("\n".join(flagged_people))
        self.agenda.setText("\n".join(f"{i}. {a.title}" for i, a in enumerate(m.agenda, start=1)) or tr("No agenda."))
        if m.rule is not None:
            self.minutes.setText(tr("Each occurrence has its own minutes: open one in the calendar."))
        else:
            self.minutes.setText(m.minutes or tr("No minutes yet."))
        self.decisions.setText("\n".join(f"• {d}" for d in m.decisions) or "—")
        if m.rule is None and not self.is_virtual_occurrence:
            meeting_id = m.id
            self.ctx.read(lambda s: s.board.board(meeting_id), self._show_board)
        self.actions.blockSignals(True)
        self.actions.clear()
        for item in m.actions:
            due = f" — {tr('due')} {local_strftime(item.due_on, '%d %b')}" if item.due_on else ""
            entry = QListWidgetItem(f"{item.text} ({item.owner}){due}", self.actions)
            entry.setData(Qt.ItemDataRole.UserRole, (item.id, item.version))
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
        if not m.actions:
            QListWidgetItem(tr("None."), self.actions).setFlags(Qt.ItemFlag.NoItemFlags)
        self.actions.blockSignals(False)
        for b in (self.edit_button, self.minutes_button, self.action_button, self.cancel_button):
            b.setEnabled(not m.cancelled)
        self.minutes_button.setEnabled(not m.cancelled and m.rule is None)
        self.votes_button.setEnabled(not m.cancelled and m.rule is None)
        self.action_button.setEnabled(not m.cancelled and m.rule is None)

    def _show_board(self, board: BoardRecord) -> None:
        """Each decision with who proposed and seconded it and the vote; the quorum."""
        if self.meeting is None or self.meeting.id != board.meeting_id:
            return
        lines = []
        for d in board.decisions:
            line = f"• {d.text}"
            if d.proposer:
                line += " — " + tr("proposed by {p}, seconded by {s}").format(p=d.proposer, s=d.seconder or "—")
            if d.votes_for is not None:
                line += ". " + tr("For {f}, against {a}, abstentions {x}").format(
                    f=d.votes_for, a=d.votes_against or 0, x=d.abstentions or 0)
            lines.append(line)
        if board.quorum is not None:
            lines.append(tr("Quorum {q}: {n} present, {verdict}.").format(
                q=board.quorum, n=board.present, verdict=tr("quorate") if board.quorate else tr("not quorate")))
        self.decisions.setText("\n".join(lines) or "—")

    def show_occurrence(self, series_id: int, key: datetime) -> None:
        self.ctx.read(lambda s: s.meetings.occurrence(series_id, key), self.show_meeting,
                      lambda exc: show_error(self, exc))

    def on_changes(self, changes: Changes) -> None:
        """Show the meeting again when a change touched it (here or anywhere else)."""
        self.tasks.on_changes(changes)
        m = self.meeting
        if m is None or not changes.mentions(ChangeKind.MEETING, m.id):
            return
        if self.is_virtual_occurrence:
            assert m.recurrence_id is not None
            self.show_occurrence(m.id, m.recurrence_id)
        else:
            meeting_id = m.id
            self.ctx.read(lambda s: s.meetings.get(meeting_id), self._still_shown)

    def _still_shown(self, m: MeetingDetail) -> None:
        if self.meeting is not None and self.meeting.id == m.id:
            self.show_meeting(m)

    # -- actions -------------------------------------------------------------------------------
    def _after(self, result: tuple[MeetingDetail, Changes] | None) -> None:
        if result is not None:
            self.show_meeting(result[0])

    def _own_record(self, then: Callable[[MeetingDetail], None]) -> None:
        """Hand *then* the meeting to write minutes or actions on: an occurrence is detached first."""
        m = self.meeting
        if m is None:
            return
        if not self.is_virtual_occurrence:
            then(m)
            return
        series_id, key = m.id, m.recurrence_id
        assert key is not None

        def detached(result: tuple[MeetingDetail, Changes]) -> None:
            self.show_meeting(result[0])
            then(result[0])

        self.ctx.write(lambda s: s.meetings.detach_occurrence(series_id, key), detached,
                       lambda exc: show_error(self, exc))

    def _edit(self) -> None:
        m = self.meeting
        if m is None:
            return
        zone = m.timezone
        if m.series_id is not None:
            choice = ask_scope(self, tr("Edit meeting"))
            if choice is None:
                return
            if choice == "series":
                series_id = m.series_id
                self.ctx.read(lambda s: s.meetings.get(series_id), lambda master: self._after(
                    MeetingDialog.ask(self.ctx, zone=zone, scope=Scope(master), parent=self)))
                return
            key = m.recurrence_id
            assert key is not None
            self._after(MeetingDialog.ask(self.ctx, zone=zone, scope=Scope(m, m.series_id, key), parent=self))
            return
        self._after(MeetingDialog.ask(self.ctx, zone=zone, scope=Scope(m), parent=self))

    def _minutes(self) -> None:
        self._own_record(lambda m: self._after(MinutesDialog.ask(self.ctx, m, self)))

    def _votes(self) -> None:
        # The saved votes are announced with the meeting, which on_changes then shows again.
        self._own_record(lambda m: VotesDialog.ask(self.ctx, m.id, self))

    def _add_action(self) -> None:
        today = utcnow().astimezone(self.ctx.zone).date()
        # The new item is announced with its meeting, which on_changes then shows again.
        self._own_record(lambda m: ActionItemDialog.ask(self.ctx, m, today=today, parent=self))

    def _action_ticked(self, entry: QListWidgetItem) -> None:
        ident = entry.data(Qt.ItemDataRole.UserRole)
        if ident is None:
            return
        action_id, version = ident
        done = entry.checkState() == Qt.CheckState.Checked
        self.ctx.write(lambda s: s.meetings.set_action_done(action_id, done, version))

    def _cancel(self) -> None:
        m = self.meeting
        if m is None:
            return
        if m.series_id is not None:
            choice = ask_scope(self, tr("Cancel meeting"))
            if choice is None:
                return
            if choice == "this":
                key = m.recurrence_id
                assert key is not None
                when = when_text(m.start, m.end, m.zone)
                if QMessageBox.question(self, tr("Cancel this occurrence"),
                                        tr("Cancel “{title}” on {when}? The rest of the series stays.").format(
                                            title=m.title, when=when)) != QMessageBox.StandardButton.Yes:
                    return
                series_id = m.series_id
                self.ctx.write(lambda s: s.meetings.cancel_occurrence(series_id, key), lambda _r: self._cleared())
                return
            series_id = m.series_id
            self.ctx.read(lambda s: s.meetings.get(series_id), self._cancel_meeting)
            return
        self._cancel_meeting(m)

    def _cancel_meeting(self, m: MeetingDetail) -> None:
        reason = ReasonDialog.ask(tr("Cancel meeting"), tr("Cancel “{title}”{series}? It stays on record as cancelled.")
                                  .format(title=m.title, series=tr(" and every occurrence") if m.is_series else ""),
                                  tr("Cancel meeting"), self)
        if reason:
            meeting_id, version = m.id, m.version
            self.ctx.write(lambda s: s.meetings.cancel(meeting_id, reason, version), self._after)

    def _cleared(self) -> None:
        self.meeting = None
        self.tasks.set_record(None)
        self.title.setText(tr("Occurrence cancelled."))
        for w in (self.when, self.where, self.series, self.people, self.agenda, self.minutes, self.decisions):
            w.setText("")
        self.actions.clear()

    def _export(self) -> None:
        m = self.meeting
        if m is None:
            return
        target = m.series_id or m.id
        default = str(Path.home() / f"{''.join(c for c in m.title if c.isalnum() or c in ' -_').strip() or 'meeting'}.ics")
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export to calendar file"), default,
                                                    tr("iCalendar files (*.ics)"))
        if not path:
            return
        # Read on the worker, then written there too: nothing of it touches the GUI thread.
        self.ctx.read(lambda s: s.ics.meeting_ics(target),
                      lambda data: self.ctx.runner.run(lambda: write_calendar_file(Path(path), data)))


def write_calendar_file(path: Path, data: bytes) -> None:
    """Write an export; a disk or permission problem comes back as words the user can act on."""
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise StorageError(N_("The file could not be written: {reason}"), reason=exc.strerror or str(exc)) from exc


class ClientMeetingsTab(QWidget):
    """A tab of the client's file: the meetings the client was invited to, newest first."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Meetings with this client"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._open)
        self.empty = muted(tr("No meetings with this client yet — plan one in the Calendar (Ctrl+N there)."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        if client_id is None:
            self._show(None, [])
        else:
            self.ctx.read(lambda s: s.meetings.client_timeline(client_id), lambda found: self._show(client_id, found))

    def _show(self, client_id: int | None, entries: list[TimelineEntry]) -> None:
        if client_id != self.client_id:
            return  # another client was opened meanwhile
        self.list.clear()
        zone = self.ctx.zone
        for e in entries:
            text = (f"{local_strftime(e.at.astimezone(zone), '%a %d %b %Y %H:%M')} — {e.title} · "
                    f"{channel_title(e.channel)}"
                    f" · {tr_domain(ATTENDANCE_LABELS[e.attendance])}")
            if e.minutes:
                text += "\n" + (e.minutes if len(e.minutes) < 200 else e.minutes[:200] + "…")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, e.meeting_id)
        self.list.setVisible(bool(entries))
        self.empty.setVisible(not entries)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.MEETING) and self.client_id is not None:
            self.set_client(self.client_id)

    def _open(self, item: QListWidgetItem) -> None:
        window = self.window()
        if hasattr(window, "open_record"):
            window.open_record("meeting", item.data(Qt.ItemDataRole.UserRole))
