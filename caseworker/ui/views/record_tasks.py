"""A record's open tasks as a tab (a donor's, for now; a client's are on its Care tab)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.tasks import TaskRecord
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.care_dialogs import TaskDialog
from caseworker.ui.i18n import local_strftime, tr

OVERDUE = "error"


class RecordTasksTab(QWidget):
    def __init__(self, ctx: UiContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.record_id: int | None = None
        self.tasks: list[TaskRecord] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Open tasks on this record: tick one when it is done"))
        self.list.itemChanged.connect(self._ticked)
        self.new_button = QPushButton(icons.icon("plus"), tr("New &task…"), self)
        self.new_button.clicked.connect(self.new_task)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_donor(self, donor_id: int | None) -> None:
        self.set_record(donor_id)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.reload()

    def reload(self) -> None:
        if self.record_id is None:
            self._show([])
            return
        kind, ident = self.kind, self.record_id
        self.ctx.read(lambda s: s.tasks.list_tasks(record_type=kind, record_id=ident), self._show)

    def _show(self, tasks: list[TaskRecord]) -> None:
        self.tasks = tasks
        zone = self.ctx.zone
        self.list.blockSignals(True)
        self.list.clear()
        for t in tasks:
            due = local_strftime(t.due_at.astimezone(zone), '%a %d %b %H:%M') if t.due_at else tr("no date")
            item = QListWidgetItem(f"{t.title} — {due} · {t.assignee or t.team}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if t.overdue:
                item.setForeground(QColor(colour(OVERDUE)))
        if not tasks:
            item = QListWidgetItem(tr("No open tasks. New task… (or Ctrl+T) makes one."), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        task = next((t for t in self.tasks if t.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if task is not None and item.checkState() == Qt.CheckState.Checked:
            # Reloaded here too: not every section passes a task's change on to its detail.
            self.ctx.write(lambda s: s.tasks.complete_task(task.id, task.version), lambda _r: self.reload(),
                           lambda _e: self.reload())

    def new_task(self) -> None:
        if self.record_id is not None and TaskDialog.ask(self.ctx, self, record_type=self.kind,
                                                         record_id=self.record_id) is not None:
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        if self.record_id is not None and changes.touches(ChangeKind.TASK):
            self.reload()
