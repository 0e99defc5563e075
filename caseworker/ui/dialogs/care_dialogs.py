"""Dialogs of client care: a task (on the record in view, or on its own), a contact with a client
logged as their check-in, and the client's feedback at resolution.

Every service call is an operation on the runner's worker: the choices of assignee and the
advice on a planned contact are reads, the save is one write whose Changes the runner announces.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.care import (
    PRIORITY_LABELS,
    RECORD_LABELS,
    Advice,
    Answer,
    FeedbackDraft,
    FeedbackMethod,
    RecordKind,
    TaskDraft,
    TaskPriority,
)
from caseworker.domain.channels import CLIENT_CHANNELS
from caseworker.domain.errors import CaseworkerError
from caseworker.services.tasks import TaskRecord
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import channel_title, local_strftime, tr, tr_domain
from caseworker.ui.widgets.form import Form

if TYPE_CHECKING:
    from caseworker.services.container import Services

REPEATS = (("", "Does not repeat"), ("FREQ=DAILY", "Every day"), ("FREQ=WEEKLY", "Every week"),
           ("FREQ=WEEKLY;INTERVAL=2", "Every two weeks"), ("FREQ=MONTHLY", "Every month"))
REMINDERS = ((None, "No reminder"), (15, "15 minutes before"), (60, "1 hour before"), (24 * 60, "1 day before"),
             (2 * 24 * 60, "2 days before"))
WARNING = "warning"


class _Dialog(QDialog):
    """A form with OK and Cancel whose OK runs :meth:`call` as one write on the runner's worker."""

    def __init__(self, ctx: UiContext, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = Form(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def call(self) -> Callable[[Services], Any]:
        raise NotImplementedError

    def submit(self) -> None:
        self.form.clear_errors()
        self.buttons.setEnabled(False)
        self.ctx.write(self.call(), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, error: CaseworkerError) -> None:
        self.buttons.setEnabled(True)
        self.form.show_error(error)
        self.adjustSize()


def _datetime_edit(parent: QWidget, ctx: UiContext, when: datetime | None) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy HH:mm")
    edit.setTimeZone(QTimeZone(ctx.zone.key.encode()))
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int((when or datetime.now(UTC)).timestamp()),
                                                  QTimeZone(ctx.zone.key.encode())))
    return edit


def _instant(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


class TaskDialog(_Dialog):
    """A new task (on a record or on its own), or a change to one; on a client it can plan a
    contact, and the client's wishes are checked as the time and channel are chosen."""

    def __init__(self, ctx: UiContext, *, record_type: str = "", record_id: int | None = None,
                 record_label: str = "", task: TaskRecord | None = None, channel: str = "",
                 when: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Change task") if task else tr("New task"), tr("Save"), parent)
        self._task = task
        self.record_type = task.record_type if task else record_type
        self.record_id = task.record_id if task else record_id
        form = self.form
        about = task.record_label if task else record_label
        if self.record_type:
            label = QLabel(f"{tr_domain(RECORD_LABELS[RecordKind(self.record_type)])}: {about}", self)
            label.setAccessibleName(tr("The task is about"))
            form.add_row(label)
        self.title = form.add("title", tr("&Title:"), QLineEdit(task.title if task else "", self))
        self.due = form.add("due_at", tr("&Due:"), _datetime_edit(self, ctx, task.due_at if task else when))
        self.priority = form.add("priority", tr("&Priority:"), QComboBox(self))
        for p in TaskPriority:
            self.priority.addItem(tr_domain(PRIORITY_LABELS[p]), p.value)
        self.priority.setCurrentIndex(self.priority.findData(task.priority if task else TaskPriority.NORMAL.value))
        self.assignee = form.add("assignee_id", tr("&For:"), QComboBox(self))
        self.assignee.addItem(tr("Me"), ("user", ctx.actor.user_id))
        self.repeat = form.add("rrule", tr("&Repeat:"), QComboBox(self))
        for rule, text in REPEATS:
            self.repeat.addItem(tr(text), rule)
        if task and self.repeat.findData(task.rrule) < 0:
            self.repeat.addItem(task.rrule, task.rrule)
        self.repeat.setCurrentIndex(max(0, self.repeat.findData(task.rrule if task else "")))
        self.remind = form.add("remind_minutes", tr("Re&mind me:"), QComboBox(self))
        for minutes, text in REMINDERS:
            self.remind.addItem(tr(text), minutes)
        self.remind.setCurrentIndex(max(0, self.remind.findData(task.remind_minutes if task else None)))
        self.channel = QComboBox(self)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet(f"color: {colour(WARNING)};")
        self.advice.setAccessibleName(tr("Whether the time suits the client"))
        self.advice.hide()
        self.use_slot_button = QPushButton(tr("&Use the next time that suits them"), self)
        self.use_slot_button.clicked.connect(self.use_next_slot)
        self.use_slot_button.hide()
        if self.record_type == RecordKind.CLIENT:
            form.add("channel", tr("&Contact by:"), self.channel)
            self.channel.addItem(tr("Not a contact"), "")
            for c in CLIENT_CHANNELS:
                self.channel.addItem(channel_title(c), c.value)
            self.channel.setCurrentIndex(max(0, self.channel.findData(task.channel if task else channel)))
            form.add_row(self.advice)
            form.add_row(self.use_slot_button)
            self.channel.currentIndexChanged.connect(lambda _i: self.check_advice())
            self.due.dateTimeChanged.connect(lambda _d: self.check_advice())
        self.notes = form.add("notes", tr("&Notes:"), QPlainTextEdit(task.notes if task else "", self))
        self.notes.setFixedHeight(80)
        self.title.setFocus()
        self.advice_value: Advice | None = None
        record_type = self.record_type
        ctx.read(lambda s: s.tasks.assignee_choices(record_type), self._fill_assignees)
        self.check_advice()

    def _fill_assignees(self, choices: tuple[list[tuple[int, str]], list[tuple[int, str]]]) -> None:
        people, teams = choices
        me = self.ctx.actor.user_id
        chosen = self.assignee.currentData()
        for uid, name in people:
            if uid != me:
                self.assignee.addItem(name, ("user", uid))
        for tid, name in teams:
            self.assignee.addItem(tr("Team: {name}").format(name=name), ("team", tid))
        task = self._task
        if task is not None and chosen == ("user", me):
            # Until the choices arrive only "Me" is listed; the task's own assignee is shown once they do.
            chosen = ("team", task.team_id) if task.team_id else ("user", task.assignee_id)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(chosen)))

    def check_advice(self) -> None:
        channel = self.channel.currentData() if self.record_type == RecordKind.CLIENT else ""
        if not channel or self.record_id is None:
            self.advice.hide()
            self.use_slot_button.hide()
            return
        client, when = self.record_id, _instant(self.due)
        self.ctx.read(lambda s: s.care.advise(client, when, channel), self._show_advice, lambda _e: None)

    def _show_advice(self, advice: Advice) -> None:
        self.advice_value = advice
        self.use_slot_button.setVisible(advice.next_slot is not None)
        if advice.fits:
            self.advice.hide()
            return
        lines = [tr_domain(message).format(**params) for message, params in advice.reasons]
        if advice.next_slot is not None:
            local = advice.next_slot.astimezone(self.ctx.zone)
            lines.append(tr("The next time that suits them: {when}.").format(
                when=local_strftime(local, '%A %d %B %H:%M')))
        self.advice.setText("\n".join(lines))
        self.advice.show()

    def use_next_slot(self) -> None:
        if self.advice_value is not None and self.advice_value.next_slot is not None:
            self.due.setDateTime(QDateTime.fromSecsSinceEpoch(int(self.advice_value.next_slot.timestamp()),
                                                              QTimeZone(self.ctx.zone.key.encode())))

    def draft(self) -> TaskDraft:
        kind, ident = self.assignee.currentData() or ("user", self.ctx.actor.user_id)
        return TaskDraft(self.title.text(), _instant(self.due), self.record_type or "", self.record_id,
                         ident if kind == "user" else None, ident if kind == "team" else None,
                         self.priority.currentData(), self.notes.toPlainText(), self.repeat.currentData() or "",
                         self.remind.currentData(),
                         (self.channel.currentData() or "") if self.record_type == RecordKind.CLIENT else "")

    def call(self) -> Callable[[Services], Any]:
        draft, task = self.draft(), self._task
        if task is not None:
            return lambda s: s.tasks.update_task(task.id, draft, task.version)
        return lambda s: s.tasks.add_task(draft)

    @classmethod
    def ask(cls, ctx: UiContext, parent: QWidget | None = None, **kwargs: Any) -> Any:
        dialog = cls(ctx, parent=parent, **kwargs)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class LogContactDialog(_Dialog):
    """A call, visit or message with the client, logged on their case; it counts as the check-in."""

    def __init__(self, ctx: UiContext, client_id: int, client_name: str, channel: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Log a contact with {name}").format(name=client_name), tr("Log"), parent)
        self._client = client_id
        self.channel = self.form.add("channel", tr("&How:"), QComboBox(self))
        for c in CLIENT_CHANNELS:
            self.channel.addItem(channel_title(c), c.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel or "phone")))
        self.on = self.form.add("on", tr("&Date:"), QDateEdit(self))
        self.on.setCalendarPopup(True)
        today = datetime.now(UTC).astimezone(ctx.zone).date()
        self.on.setDate(QDate(today.year, today.month, today.day))
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.text = self.form.add("text", tr("&What was said:"), QPlainTextEdit(self))
        self.text.setFixedHeight(110)
        self.text.setFocus()

    def call(self) -> Callable[[Services], Any]:
        client, channel = self._client, self.channel.currentData()
        text, on = self.text.toPlainText(), self.on.date().toString("yyyy-MM-dd")
        return lambda s: s.care.log_contact(client, channel, text, on)

    @classmethod
    def ask(cls, ctx: UiContext, client_id: int, client_name: str, channel: str = "",
            parent: QWidget | None = None) -> Any:
        dialog = cls(ctx, client_id, client_name, channel, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


ANSWER_LABELS = {Answer.YES: "Yes", Answer.PARTLY: "Partly", Answer.NO: "No"}
METHOD_LABELS = {FeedbackMethod.PHONE: "On the phone", FeedbackMethod.VISIT: "At a visit",
                 FeedbackMethod.PAPER: "On the printed form"}


class FeedbackDialog(_Dialog):
    """The client's own answers after resolution, written down as they gave them."""

    def __init__(self, ctx: UiContext, case_id: int, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("The client's feedback on {ref}").format(ref=reference), tr("Record"), parent)
        self._case = case_id
        intro = QLabel(tr("Ask the client, and write down their answers in their words. Your own verdict "
                          "stays on the resolution."), self)
        intro.setWordWrap(True)
        self.form.add_row(intro)
        self.print_button = QPushButton(tr("&Print the form for a visit…"), self)
        self.print_button.setToolTip(tr("The questions as a PDF the client fills in; type their answers here after"))
        self.print_button.clicked.connect(self.print_form)
        self.form.add_row(self.print_button)
        self.solved = self._answers("solved", tr("Was it &solved?"))
        self.acceptable = self._answers("acceptable", tr("Was the outcome &acceptable?"))
        self.treated = self.form.add("treated", tr("How were you &treated (1–5)?"), QSpinBox(self))
        self.treated.setRange(1, 5)
        self.treated.setValue(4)
        self.method = self.form.add("method", tr("&Asked:"), QComboBox(self))
        for m, text in METHOD_LABELS.items():
            self.method.addItem(tr(text), m.value)
        self.comment = self.form.add("comment", tr("In their &words:"), QPlainTextEdit(self))
        self.comment.setFixedHeight(90)

    def print_form(self) -> None:
        from caseworker.ui.export import export_document

        export_document(self, self.ctx, "feedback-form", self._case)

    def _answers(self, key: str, label: str) -> QComboBox:
        box = self.form.add(key, label, QComboBox(self))
        for a, text in ANSWER_LABELS.items():
            box.addItem(tr(text), a.value)
        return box

    def call(self) -> Callable[[Services], Any]:
        draft = FeedbackDraft(self.solved.currentData(), self.acceptable.currentData(), self.treated.value(),
                              self.comment.toPlainText(), self.method.currentData())
        case = self._case
        return lambda s: s.care.record_feedback(case, draft)

    @classmethod
    def ask(cls, ctx: UiContext, case_id: int, reference: str, parent: QWidget | None = None) -> Any:
        dialog = cls(ctx, case_id, reference, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


__all__ = ["FeedbackDialog", "LogContactDialog", "RhythmDialog", "TaskDialog"]


class RhythmDialog(_Dialog):
    """How often and how the client wants to be checked in with: their channel, days and hours."""

    def __init__(self, ctx: UiContext, client_id: int, rhythm: Any = None, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QCheckBox, QHBoxLayout

        from caseworker.domain.guard import WEEKDAY_LABELS, Weekday

        super().__init__(ctx, tr("Contact rhythm"), tr("Save"), parent)
        self._client, self._rhythm = client_id, rhythm
        self.every = self.form.add("every_days", tr("Check in &every:"), QSpinBox(self))
        self.every.setRange(1, 365)
        self.every.setSuffix(tr(" days"))
        self.every.setValue(rhythm.every_days if rhythm else 14)
        self.channel = self.form.add("channel", tr("&By:"), QComboBox(self))
        self.channel.addItem(tr("Any channel"), "")
        for c in CLIENT_CHANNELS:
            self.channel.addItem(channel_title(c), c.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(rhythm.channel if rhythm else "")))
        days = QWidget(self)
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.days: dict[str, QCheckBox] = {}
        for d in Weekday:
            box = QCheckBox(tr_domain(WEEKDAY_LABELS[d])[:3], days)
            box.setAccessibleName(tr_domain(WEEKDAY_LABELS[d]))
            box.setChecked(bool(rhythm) and d.value in rhythm.days)
            self.days[d.value] = box
            row.addWidget(box)
        days.setAccessibleName(tr("The client's days (none: any day)"))
        self.form.add("days", tr("On their &days:"), days)
        self.best_from = self.form.add("best_from", tr("Best times &from:"), QLineEdit(rhythm.best_from if rhythm else "",
                                                                                     self))
        self.best_to = self.form.add("best_to", tr("&Until:"), QLineEdit(rhythm.best_to if rhythm else "", self))
        for edit in (self.best_from, self.best_to):
            edit.setPlaceholderText("10:00")
            edit.setMaximumWidth(90)
        self.while_open = self.form.add("while_case_open", tr("&Only while a case is open:"), QCheckBox(self))
        self.while_open.setChecked(rhythm.while_case_open if rhythm else True)

    def call(self) -> Callable[[Services], Any]:
        from caseworker.domain.care import RhythmDraft

        draft = RhythmDraft(self.every.value(), self.channel.currentData() or "",
                            frozenset(d for d, box in self.days.items() if box.isChecked()),
                            self.best_from.text(), self.best_to.text(), self.while_open.isChecked())
        client, version = self._client, (self._rhythm.version if self._rhythm else None)
        return lambda s: s.care.set_rhythm(client, draft, version)

    @classmethod
    def ask(cls, ctx: UiContext, client_id: int, rhythm: Any = None, parent: QWidget | None = None) -> Any:
        dialog = cls(ctx, client_id, rhythm, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
