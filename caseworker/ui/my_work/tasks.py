"""My work: the reminders whose time has come, my tasks (overdue in red) and my clients' check-ins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from caseworker.domain.care import RECORD_LABELS, RecordKind
from caseworker.domain.channels import CHANNEL_PHRASES, Channel
from caseworker.domain.guard import WEEKDAY_LABELS, Weekday
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.care import CheckInRow
from caseworker.services.tasks import TaskRecord
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.care_dialogs import LogContactDialog, TaskDialog
from caseworker.ui.i18n import local_strftime, tr, tr_domain
from caseworker.ui.my_work.base import MyWorkPanel
from caseworker.ui.my_work.deadlines import fit_height, open_in_window
from caseworker.ui.widgets.flag_strip import flag_item

OVERDUE = "error"


class MyTasksPanel(MyWorkPanel):
    """Tasks given to me or my team, soonest due first; tick one when it is done."""

    @classmethod
    def title(cls) -> str:
        return tr("My tasks")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tasks: list[TaskRecord] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("My tasks, soonest due first: tick one when it is done, Enter opens "
                                       "its record"))
        self.list.itemChanged.connect(self._ticked)
        self.list.itemActivated.connect(self._open)
        self.body.addWidget(self.list)
        row = QHBoxLayout()
        self.new_button = QPushButton(icons.icon("plus"), tr("New task…"), self)
        self.new_button.setToolTip(tr("A task of your own (Ctrl+T makes one on the record in view)"))
        self.new_button.clicked.connect(self.new_task)
        self.edit_button = QPushButton(icons.icon("pencil"), tr("Change…"), self)
        self.edit_button.clicked.connect(self.edit_task)
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def refresh(self) -> None:
        self.ctx.read(lambda s: s.tasks.my_tasks(), self._show)

    def _show(self, tasks: list[TaskRecord]) -> None:
        self._tasks = tasks
        zone = self.ctx.zone
        late = sum(1 for t in tasks if t.overdue)
        self.setTitle(tr("My tasks ({n}, {late} overdue)").format(n=len(tasks), late=late) if late
                      else tr("My tasks ({n})").format(n=len(tasks)))
        self.list.blockSignals(True)
        self.list.clear()
        for t in tasks:
            if t.due_at is None:
                due = tr("no date")
            elif t.overdue:
                due = tr("overdue since {when}").format(when=local_strftime(t.due_at.astimezone(zone), '%a %d %b %H:%M'))
            else:
                due = tr("due {when}").format(when=local_strftime(t.due_at.astimezone(zone), '%a %d %b %H:%M'))
            about = f" · {tr_domain(RECORD_LABELS[RecordKind(t.record_type)])}: {t.record_label}" \
                if t.record_type else ""
            team = f" · {tr('team')} {t.team}" if t.team else ""
            repeat = " ↻" if t.rrule else ""
            item = QListWidgetItem(self.list)
            flag_item(item, t.client_flags, f"{t.title}{repeat} — {due}{about}{team}")
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if t.overdue:
                item.setForeground(QColor(colour(OVERDUE)))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
        if not tasks:
            item = QListWidgetItem(tr("No open tasks. New task… or Ctrl+T on a record makes one."), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        fit_height(self.list)
        self.list.blockSignals(False)

    def current_task(self) -> TaskRecord | None:
        item = self.list.currentItem()
        ident = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((t for t in self._tasks if t.id == ident), None)

    def new_task(self) -> None:
        TaskDialog.ask(self.ctx, self)

    def edit_task(self) -> None:
        task = self.current_task()
        if task is not None:
            TaskDialog.ask(self.ctx, self, task=task)

    def _ticked(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        task = next((t for t in self._tasks if t.id == ident), None)
        if task is None or item.checkState() != Qt.CheckState.Checked:
            return
        self.ctx.write(lambda s: s.tasks.complete_task(task.id, task.version), failed=lambda _e: self.refresh())

    def _open(self, item: QListWidgetItem) -> None:
        task = next((t for t in self._tasks if t.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if task is not None and task.record_type and task.record_id is not None:
            open_in_window(self, task.record_type, task.record_id)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.TASK):
            self.refresh()

    def item_count(self) -> int:
        return len(self._tasks)


class CheckInsPanel(MyWorkPanel):
    """Clients I am key worker for whose check-in is due or overdue, by their rhythm."""

    required = Action.READ_CLIENTS

    @classmethod
    def title(cls) -> str:
        return tr("Check-ins due")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._rows: list[CheckInRow] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Clients due a check-in: Enter opens the client"))
        self.list.itemActivated.connect(self._open)
        self.body.addWidget(self.list)
        row = QHBoxLayout()
        self.plan_button = QPushButton(icons.icon("calendar"), tr("&Plan a contact…"), self)
        self.plan_button.setToolTip(tr("Plan a call or visit at a time that suits the client"))
        self.plan_button.clicked.connect(self.plan)
        self.log_button = QPushButton(icons.icon("phone"), tr("&Log a contact…"), self)
        self.log_button.setToolTip(tr("A call, visit or message counts as the check-in"))
        self.log_button.clicked.connect(self.log)
        row.addWidget(self.plan_button)
        row.addWidget(self.log_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def refresh(self) -> None:
        self.ctx.read(lambda s: s.care.check_ins(), self._show)

    def _show(self, rows: list[CheckInRow]) -> None:
        self._rows = rows
        self.setTitle(tr("Check-ins due ({n})").format(n=len(rows)))
        self.list.clear()
        for r in rows:
            state = tr("overdue since {day}").format(day=local_strftime(r.due_on, '%a %d %b')) if r.state == "overdue" \
                else tr("due {day}").format(day=local_strftime(r.due_on, '%a %d %b'))
            last = tr("last contact {day}").format(day=local_strftime(r.last_contact, '%d %b')) if r.last_contact \
                else tr("no contact yet")
            terms = [tr_domain(CHANNEL_PHRASES[Channel(r.channel)])] if r.channel else []
            if r.days:
                terms.append(", ".join(tr_domain(WEEKDAY_LABELS[Weekday(d)])[:3] for d in r.days))
            if r.best_from:
                terms.append(f"{r.best_from}–{r.best_to}")
            wishes = f" · {tr('prefers')} {' '.join(terms)}" if terms else ""
            item = QListWidgetItem(f"{r.client_name} — {state} ({tr('every {n} days').format(n=r.every_days)}, "
                                   f"{last}){wishes}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, r.client_id)
            if r.state == "overdue":
                item.setForeground(QColor(colour(OVERDUE)))
        if not rows:
            item = QListWidgetItem(tr("Every client is in touch on their rhythm."), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.setCurrentRow(0 if rows else -1)
        fit_height(self.list)

    def current_row(self) -> CheckInRow | None:
        item = self.list.currentItem()
        ident = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((r for r in self._rows if r.client_id == ident), None)

    def plan(self) -> None:
        row = self.current_row()
        if row is not None:
            TaskDialog.ask(self.ctx, self, record_type="client", record_id=row.client_id,
                           record_label=row.client_name, channel=row.channel or "phone")

    def log(self) -> None:
        row = self.current_row()
        if row is not None:
            LogContactDialog.ask(self.ctx, row.client_id, row.client_name, row.channel, self)

    def _open(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident is not None:
            open_in_window(self, "client", ident)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.CHECK_IN, ChangeKind.CASE, ChangeKind.CLIENT):
            self.refresh()

    def item_count(self) -> int:
        return len(self._rows)
