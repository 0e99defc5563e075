"""One case: what it is, where it stands, the steps it can take next, and its timeline.

The buttons offered are the workflow's next steps for the case as loaded (the service says which
statuses are one step away), so a worker is never shown a step the rules would refuse; the
service still checks every step. :class:`TimelineList` is shared with the client's Cases tab.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedLayout,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.cases import (
    ACCEPTABILITY_LABELS,
    EVENT_LABELS,
    PRIORITY_LABELS,
    STATUS_LABELS,
    WAITING_LABELS,
    WRITTEN_KINDS,
    Acceptability,
    CaseDetail,
    CaseStatus,
    EventKind,
    Priority,
    TimelineEntry,
    WaitingOn,
)
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.palette import PILL_TEXT, STATUS_PILLS
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.container import Services
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.case_dialogs import (
    HandoffDialog,
    NewCaseDialog,
    NoteDialog,
    ReasonDialog,
    ResolveDialog,
    SpecialistDialog,
)
from caseworker.ui.export import export_document
from caseworker.ui.i18n import error_text, local_strftime, tr, tr_domain
from caseworker.ui.widgets.flag_strip import FlagStrip
from caseworker.ui.widgets.flow_layout import FlowLayout

# Calm status colours: a tint for the pill, readable on light and dark palettes.
STATUS_COLOURS = {status: STATUS_PILLS[status.value] for status in CaseStatus}
OVERDUE_COLOUR = "error"
# (horizontal, vertical) padding of a timeline entry, in pixels.
ENTRY_PADDING = (4, 6)


def status_text(status: str) -> str:
    return tr_domain(STATUS_LABELS[CaseStatus(status)])


def priority_text(priority: str) -> str:
    return tr_domain(PRIORITY_LABELS[Priority(priority)])


class TimelineList(QListWidget):
    """Timeline entries, newest first: notes, calls and visits in full, workflow steps in grey."""

    edit_requested = Signal(object)  # a TimelineEntry the user may correct

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, show_case: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._show_case = show_case
        self.setAccessibleName(tr("Timeline"))
        self.setWordWrap(True)
        # Entries wrap to the pane's width as it changes; the timeline never scrolls sideways.
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAlternatingRowColors(False)
        self.setSpacing(2)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setStyleSheet(f"QListWidget::item {{ padding: {ENTRY_PADDING[1]}px {ENTRY_PADDING[0]}px; "
                           "border-bottom: 1px solid palette(midlight); }")
        self.itemActivated.connect(self._activated)
        self.entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.entries = entries
        self.clear()
        zone = self.ctx.zone
        for e in entries:
            when = e.at.astimezone(zone)
            kind = tr_domain(EVENT_LABELS[EventKind(e.kind)])
            headline = tr_domain(e.headline, **e.headline_params)
            parts = [_when(when), kind if headline == kind else headline]
            if e.author:
                parts.append(e.author)
            if self._show_case:
                parts.append(e.reference)
            if e.edited:
                parts.append(tr("edited"))
            text = "  ·  ".join(parts)
            if e.text:
                text += "\n" + e.text
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, e)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            if e.kind not in WRITTEN_KINDS:
                # Muted, in the same font: a smaller one was measured at the list's size and cut off.
                item.setForeground(self.palette().placeholderText())
        if not entries:
            item = QListWidgetItem(tr("Nothing in the timeline yet."), self)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._measure()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._measure()

    def _measure(self) -> None:
        """Give every entry the height its text takes wrapped at the list's width.

        Qt measured an entry once, at whatever width the pane had then; after the pane narrowed,
        the last line of a note was cut off."""
        width = self.viewport().width() - 2 * self.spacing()
        # The style draws the text inside the padding and its own focus margins, both sides.
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        text_width = width - 2 * ENTRY_PADDING[0] - 2 * margin - 2
        if text_width <= 0:
            return
        for i in range(self.count()):
            item = self.item(i)
            metrics = QFontMetrics(item.font())
            text = metrics.boundingRect(QRect(0, 0, text_width, 100_000), int(Qt.TextFlag.TextWordWrap),
                                        item.text())
            item.setSizeHint(QSize(width, text.height() + 2 * ENTRY_PADDING[1] + 1))

    def current_entry(self) -> TimelineEntry | None:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _activated(self, item: QListWidgetItem) -> None:
        entry = item.data(Qt.ItemDataRole.UserRole)
        if entry is not None and entry.kind in WRITTEN_KINDS:
            self.edit_requested.emit(entry)


def _when(at: datetime) -> str:
    return local_strftime(at, "%a %d %b %Y, %H:%M")


class CaseDetailView(QWidget):
    """The right-hand side of the Cases section (and what a case opens to)."""

    client_requested = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: CaseDetail | None = None
        self._showing: int | None = None
        # What the last "Introduce the team" did, in words (also shown in the status bar).
        self.last_message = ""
        self.setAccessibleName(tr("Case"))

        self.empty = QLabel(tr("Choose a case on the left to see it here — or Ctrl+N to open one."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 14px;")

        page = QWidget(self)
        self.heading = QLabel(page)
        self.heading.setObjectName("case-heading")
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_pill = QLabel(page)
        self.status_pill.setObjectName("status-pill")
        self.status_pill.setAccessibleName(tr("Status"))
        self.client_link = QLabel(page)
        self.client_link.setObjectName("case-client")
        self.client_link.setAccessibleName(tr("Client"))
        self.client_link.setTextFormat(Qt.TextFormat.RichText)
        self.client_link.linkActivated.connect(lambda _l: self.case and self.client_requested.emit(self.case.client_id))
        # The client's flags come right under their name: what to know before phoning or visiting.
        self.flags = FlagStrip(page)
        self.notice = QLabel(page)
        self.notice.setObjectName("case-notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("Notice"))

        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        facts.setVerticalSpacing(4)
        self.facts: dict[str, QLabel] = {}
        layout_facts = [("category", tr("Category")), ("priority", tr("Priority")), ("assignee", tr("Worker")),
                        ("opened", tr("Opened")), ("due", tr("Due")), ("level", tr("Support level")),
                        ("specialists", tr("Specialists")), ("resolution", tr("Resolution"))]
        for i, (key, caption) in enumerate(layout_facts):
            cap = QLabel(caption, page)
            cap.setStyleSheet("color: palette(placeholder-text);")
            cap.setWordWrap(True)  # "Nivel de apoyo" in two lines rather than a wider pane
            value = QLabel(page)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(caption)
            value.setObjectName(f"fact-{key}")
            row, col = divmod(i, 2)
            if key == "resolution":
                # The resolution is a sentence: across the pane it takes two lines, not nine.
                row, col = row + col, 0
                facts.addWidget(cap, row, 0)
                facts.addWidget(value, row, 1, 1, 3)
            else:
                facts.addWidget(cap, row, col * 2)
                facts.addWidget(value, row, col * 2 + 1)
            self.facts[key] = value
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)

        self.buttons: dict[str, QPushButton] = {}
        steps = FlowLayout()
        for key, icon, text, slot in (
            ("start", "arrow-right", tr("&Start work"), self._start),
            ("wait", "clock", tr("&Wait…"), None),
            ("resume", "arrow-right", tr("Res&ume"), self._start),
            ("handoff", "send", tr("&Hand off…"), self._hand_off),
            ("resolve", "circle-check", tr("&Resolve…"), self._resolve),
            ("close", "check", tr("&Close"), self._close),
            ("reopen", "undo-2", tr("Re&open…"), self._reopen),
        ):
            button = QPushButton(icons.icon(icon), text, page)
            button.setObjectName(f"case-{key}")
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            if slot is not None:
                button.clicked.connect(slot)
            steps.addWidget(button)
            self.buttons[key] = button
        wait_menu = QMenu(self.buttons["wait"])
        wait_menu.addAction(tr_domain(WAITING_LABELS[WaitingOn.CLIENT]), lambda: self._wait(WaitingOn.CLIENT))
        wait_menu.addAction(tr_domain(WAITING_LABELS[WaitingOn.THIRD_PARTY]),
                            lambda: self._wait(WaitingOn.THIRD_PARTY))
        self.buttons["wait"].setMenu(wait_menu)
        self.more = QToolButton(page)
        self.more.setText(tr("More"))
        self.more.setAccessibleName(tr("More actions"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more_menu = QMenu(self.more)
        self.escalate_action = more_menu.addAction(icons.icon("triangle-alert"), tr("&Escalate…"), self._escalate)
        self.specialist_action = more_menu.addAction(icons.icon("users"), tr("Involve a specialist…"),
                                                     self._involve)
        self.introduce_action = more_menu.addAction(icons.icon("languages"), tr("&Introduce the team to the client"),
                                                    self._introduce)
        self.introduce_action.setToolTip(tr("In the client's language and by their channel: an e-mail or a letter "
                                            "in the outbox, or a call to make with its script"))
        self.more.setMenu(more_menu)
        steps.addWidget(self.more)
        self.export_button = QPushButton(icons.icon("file-down"), tr("Export PDF"), page)
        self.export_button.setObjectName("case-export")
        self.export_button.setAccessibleName(tr("Export the case summary as PDF"))
        self.export_button.setToolTip(tr("The case summary as a PDF (notes only for roles that may read them)"))
        self.export_button.clicked.connect(self._export)
        steps.addWidget(self.export_button)
        self.intro_button = QPushButton(icons.icon("printer"), tr("&Introduction letter"), page)
        self.intro_button.setToolTip(tr("A letter introducing the client's worker and team, as a PDF"))
        self.intro_button.clicked.connect(lambda: self.case is not None and export_document(
            self, self.ctx, "introduction", self.case.id))
        steps.addWidget(self.intro_button)
        self.feedback_button = QPushButton(icons.icon("heart-handshake"), tr("Client's &feedback…"), page)
        self.feedback_button.setToolTip(tr("The client's own view of the outcome, beside your verdict"))
        self.feedback_button.clicked.connect(self._feedback)
        steps.addWidget(self.feedback_button)

        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        timeline_bar = QHBoxLayout()
        caption = QLabel(tr("Timeline"), page)
        caption.setStyleSheet("font-weight: 600; font-size: 14px;")
        timeline_bar.addWidget(caption)
        timeline_bar.addStretch(1)
        # The buttons wrap under one another on a narrow pane (longer words in Spanish or Arabic,
        # 125% scaling) rather than widening the section past the screen.
        entry_buttons = FlowLayout()
        timeline_bar.addLayout(entry_buttons, 3)
        for key, icon, text, tip, kind in (
                ("note", "pencil", tr("&Note"), tr("Add a note"), EventKind.NOTE),
                ("call", "phone", tr("C&all"), tr("Log a call"), EventKind.CALL),
                ("visit", "map-pin", tr("&Visit"), tr("Log a visit"), EventKind.VISIT)):
            button = QPushButton(icons.icon(icon), text, page)
            button.setObjectName(f"case-{key}")
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(lambda _=False, k=kind: self._add_entry(k))
            entry_buttons.addWidget(button)
            self.buttons[key] = button
        self.timeline = TimelineList(ctx, page)
        self.timeline.edit_requested.connect(self._edit_entry)
        can_write = ctx.actor.can(Action.WRITE_CASE_NOTES)
        for key in ("note", "call", "visit"):
            self.buttons[key].setVisible(can_write)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status_pill, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 8, 8, 8)
        column.addLayout(top)
        column.addWidget(self.client_link)
        column.addWidget(self.flags)
        column.addWidget(self.notice)
        column.addLayout(facts)
        column.addLayout(steps)
        from caseworker.ui.views.record_tasks import RecordTasksTab

        self.tasks = RecordTasksTab(ctx, "case", page)
        self.tasks.setMaximumHeight(120)
        self.tasks.setAccessibleName(tr("Tasks on this case"))
        column.addWidget(self.tasks)
        column.addWidget(line)
        column.addLayout(timeline_bar)
        column.addWidget(self.timeline, 1)

        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(page)

    # -- showing ---------------------------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        if case_id is None:
            self.case = None
            self._showing = None
            self._stack.setCurrentWidget(self.empty)
            return
        notes = self.ctx.actor.can(Action.READ_CASE_NOTES)
        self._showing = case_id
        self.ctx.read(lambda s: (s.cases.get(case_id), s.cases.case_timeline(case_id) if notes else []),
                      lambda found: self._arrived(case_id, *found), lambda exc: self._refused(case_id, exc))

    def _arrived(self, case_id: int, case: CaseDetail, timeline: list[TimelineEntry]) -> None:
        if case_id != self._showing:  # another case was asked for meanwhile
            return
        self._fill(case)
        self.timeline.set_entries(timeline)
        if self.tasks.record_id != case_id:
            self.tasks.set_record(case_id)
        self._stack.setCurrentIndex(1)

    def _refused(self, case_id: int, exc: CaseworkerError) -> None:
        if case_id != self._showing:
            return
        self.case = None
        self.empty.setText(error_text(exc))
        self._stack.setCurrentWidget(self.empty)

    def reload(self) -> None:
        if self.case is not None:
            self.show_case(self.case.id)

    def on_changes(self, changes: Changes) -> None:
        if self.case is not None and changes.mentions(ChangeKind.CASE, self.case.id):
            self.reload()
        self.tasks.on_changes(changes)

    def _fill(self, case: CaseDetail) -> None:
        self.case = case
        self.heading.setText(f"{case.reference}  {case.title}")
        tint = STATUS_COLOURS[CaseStatus(case.status)]
        label = status_text(case.status)
        if case.status == CaseStatus.WAITING and case.waiting_on:
            label = tr_domain(WAITING_LABELS[WaitingOn(case.waiting_on)])
        self.status_pill.setText(label)
        self.status_pill.setStyleSheet(f"color: {PILL_TEXT}; background: {tint}; border-radius: 9px; "
                                       "padding: 2px 10px; font-weight: 600;")
        self.client_link.setText(tr("Client: <a href='client'>{name}</a>").format(name=_escape(case.client_name)))
        self.flags.set_flags(case.client_flags)
        self.facts["category"].setText(case.category)
        self.facts["priority"].setText(priority_text(case.priority))
        self.facts["assignee"].setText(case.assignee or tr("Not assigned"))
        self.facts["opened"].setText(local_strftime(case.opened_on, "%d %b %Y"))
        due = local_strftime(case.due_on, "%d %b %Y")
        if case.status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
            due = tr("{due} (target {days} business days)").format(due=due, days=case.target_days)
        elif case.paused:
            due = tr("{due} — paused while waiting on the client").format(due=due)
        elif case.overdue:
            due = tr("{due} — overdue").format(due=due)
        self.facts["due"].setText(due)
        self.facts["due"].setStyleSheet(f"color: {colour(OVERDUE_COLOUR)}; font-weight: 600;" if case.overdue else "")
        self.facts["level"].setText(str(case.escalation_level) if case.escalation_level else tr("First line"))
        self.facts["specialists"].setText(", ".join(s.name for s in case.specialists) or "—")
        self.facts["resolution"].setText(_resolution_text(case))
        notices = []
        if case.pending_handoff is not None:
            notices.append(tr("Handed to {name}, waiting for them to accept.").format(
                name=case.pending_handoff.to_user))
        self.notice.setText(" ".join(notices))
        self.notice.setVisible(bool(notices))
        self.notice.setStyleSheet("background: palette(alternate-base); padding: 6px; border-radius: 4px;")
        self._enable(case)

    def _enable(self, case: CaseDetail) -> None:
        can_edit = self.ctx.actor.can(Action.EDIT_CASES)
        nxt = case.next_statuses
        status = CaseStatus(case.status)
        finished = status in (CaseStatus.RESOLVED, CaseStatus.CLOSED)
        shown = {
            "start": status in (CaseStatus.NEW, CaseStatus.ASSIGNED) and CaseStatus.IN_PROGRESS in nxt
            and case.assignee_id is not None,
            "resume": status in (CaseStatus.WAITING, CaseStatus.ESCALATED),
            "wait": CaseStatus.WAITING in nxt and not finished,
            "handoff": not finished and case.pending_handoff is None,
            "resolve": CaseStatus.RESOLVED in nxt,
            "close": CaseStatus.CLOSED in nxt,
            "reopen": finished,
        }
        for key, visible in shown.items():
            self.buttons[key].setVisible(can_edit and visible)
        self.more.setVisible(can_edit and not finished)
        self.escalate_action.setEnabled(CaseStatus.ESCALATED in nxt)
        self.feedback_button.setVisible(can_edit and finished)

    # -- actions ---------------------------------------------------------------------------------
    def _run(self, action: Callable[[Services], Any]) -> None:
        self.ctx.write(action, lambda _r: self.reload())

    def _export(self) -> None:
        if self.case is not None:
            export_document(self, self.ctx, "case-summary", self.case.id)

    def _feedback(self) -> None:
        from caseworker.ui.dialogs.care_dialogs import FeedbackDialog

        if self.case is not None:
            FeedbackDialog.ask(self.ctx, self.case.id, self.case.reference, self)

    def _start(self) -> None:
        case = self.case
        if case is not None:
            self._run(lambda s: s.cases.transition(case.id, CaseStatus.IN_PROGRESS, case.version))

    def _wait(self, on: WaitingOn) -> None:
        case = self.case
        if case is not None:
            self._run(lambda s: s.cases.transition(case.id, CaseStatus.WAITING, case.version, waiting_on=on))

    def _close(self) -> None:
        case = self.case
        if case is None:
            return
        answer = QMessageBox.question(self, tr("Close case"), tr("Close {ref}? It can be reopened later.").format(
            ref=case.reference))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda s: s.cases.close(case.id, case.version))

    def _hand_off(self) -> None:
        if self.case is not None and HandoffDialog.ask(self.ctx, self.case, self) is not None:
            self.reload()

    def _escalate(self) -> None:
        case = self.case
        if case is None:
            return
        if ReasonDialog.ask(self.ctx, tr("Escalate {ref}").format(ref=case.reference),
                            tr("The case moves to support level {level}. Say why, for whoever picks it up.")
                            .format(level=case.escalation_level + 1), tr("Escalate"),
                            lambda s, reason: s.cases.escalate(case.id, reason, case.version), self) is not None:
            self.reload()

    def _resolve(self) -> None:
        if self.case is not None and ResolveDialog.ask(self.ctx, self.case, self) is not None:
            self.reload()

    def _reopen(self) -> None:
        case = self.case
        if case is None:
            return
        if ReasonDialog.ask(self.ctx, tr("Reopen {ref}").format(ref=case.reference),
                            tr("The case goes back to in progress and its resolution is cleared (the "
                               "timeline keeps it)."), tr("Reopen"),
                            lambda s, reason: s.cases.reopen(case.id, reason, case.version), self) is not None:
            self.reload()

    def _introduce(self) -> None:
        case = self.case
        if case is None:
            return

        def done(result: Any) -> None:
            from caseworker.domain.introductions import DELIVERY_HEADLINES, LANGUAGE_NAMES, Delivery

            intro = result[0]
            message = tr_domain(DELIVERY_HEADLINES[Delivery(intro.delivery)],
                                language=tr_domain(LANGUAGE_NAMES.get(intro.written_in, intro.written_in)))
            self.last_message = message
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(message, 8000)
            self.reload()

        self.ctx.write(lambda s: s.care.introduce(case.id), done)

    def _involve(self) -> None:
        if self.case is not None and SpecialistDialog.ask(self.ctx, self.case, self) is not None:
            self.reload()

    def _add_entry(self, kind: EventKind) -> None:
        if self.case is not None and NoteDialog.ask(self.ctx, self.case.id, kind=kind, parent=self) is not None:
            self.reload()

    def _edit_entry(self, entry: TimelineEntry) -> None:
        if self.case is not None and NoteDialog.ask(self.ctx, self.case.id, entry=entry, parent=self) is not None:
            self.reload()


def _resolution_text(case: CaseDetail) -> str:
    r = case.resolution
    if r is None:
        return "—"
    how = tr("alone") if r.resolved_alone else tr("with a specialist")
    acceptable = tr_domain(ACCEPTABILITY_LABELS[Acceptability(r.acceptable)])
    score = tr(", satisfaction {n}/5").format(n=r.satisfaction) if r.satisfaction else ""
    return tr("{outcome} ({how}; acceptable: {acceptable}{score})").format(
        outcome=r.outcome, how=how, acceptable=acceptable.lower(), score=score)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ClientCasesTab(QWidget):
    """The Cases tab of a client's file: their cases, and one timeline across all of them.

    Reading the timeline is audited, so it is loaded only when the tab is actually on screen.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self._stale = True
        self.setAccessibleName(tr("The client's cases"))
        self.cases = QListWidget(self)
        self.cases.setAccessibleName(tr("The client's cases: Enter opens one"))
        self.cases.itemActivated.connect(self._open)
        self.new_button = QPushButton(icons.icon("plus"), tr("Open a case…"), self)
        self.new_button.setAccessibleName(tr("Open a case for this client"))
        self.new_button.clicked.connect(self._new_case)
        self.new_button.setVisible(ctx.actor.can(Action.EDIT_CASES))
        self.timeline = TimelineList(ctx, self, show_case=True)
        bar = QHBoxLayout()
        caption = QLabel(tr("Cases"), self)
        caption.setStyleSheet("font-weight: 600;")
        bar.addWidget(caption)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        timeline_caption = QLabel(tr("Timeline of all the client's cases"), self)
        timeline_caption.setStyleSheet("font-weight: 600;")
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.cases, 1)
        column.addWidget(timeline_caption)
        column.addWidget(self.timeline, 2)

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:  # noqa: N802 - load on first sight, not on every client shown
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> None:
        self._stale = False
        if self.client_id is None:
            self.cases.clear()
            self.timeline.set_entries([])
            return
        client_id, notes = self.client_id, self.ctx.actor.can(Action.READ_CASE_NOTES)
        self.ctx.read(lambda s: (s.cases.client_cases(client_id), s.cases.client_timeline(client_id) if notes else []),
                      lambda found: self._show(client_id, *found), lambda exc: self._refused(client_id, exc))

    def _refused(self, client_id: int, exc: CaseworkerError) -> None:
        if client_id == self.client_id:
            self.cases.clear()
            QListWidgetItem(error_text(exc), self.cases).setFlags(Qt.ItemFlag.NoItemFlags)

    def _show(self, client_id: int, rows: list, entries: list[TimelineEntry]) -> None:
        if client_id != self.client_id:
            return
        self.cases.clear()
        for r in rows:
            due = ""
            if r.status not in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
                due = " · " + (tr("overdue since {day}") if r.overdue else tr("due {day}")).format(
                    day=local_strftime(r.due_on, "%d %b %Y"))
            item = QListWidgetItem(f"{r.reference}  {r.title} — {r.category} · {status_text(r.status)}"
                                   f" · {r.assignee or tr('not assigned')}{due}", self.cases)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            if r.overdue:
                item.setForeground(QColor(colour(OVERDUE_COLOUR)))
        if not rows:
            item = QListWidgetItem(tr("No cases for this client yet — “Open a case…” starts one."), self.cases)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.timeline.set_entries(entries)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.CASE) and self.client_id is not None:
            self.set_client(self.client_id)

    def _open(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        window = self.window()
        if case_id is not None and hasattr(window, "open_record"):
            window.open_record("case", case_id)

    def _new_case(self) -> None:
        if self.client_id is None:
            return
        client_id = self.client_id
        self.ctx.read(lambda s: s.clients.get(client_id).name, lambda name: self._open_new_case(client_id, name))

    def _open_new_case(self, client_id: int, name: str) -> None:
        case = NewCaseDialog.ask(self.ctx, client=(client_id, name), parent=self)
        if case is not None:
            self.set_client(client_id)
