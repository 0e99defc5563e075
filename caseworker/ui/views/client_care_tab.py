"""The client file's "Care" tab: your team (who looks after the client, with each person's role),
the contact rhythm on the client's terms, and the tasks on the client."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.channels import CHANNEL_PHRASES, Channel
from caseworker.domain.guard import WEEKDAY_LABELS, Weekday
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.care import RhythmRecord, TeamMember
from caseworker.services.tasks import TaskRecord
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.care_dialogs import LogContactDialog, RhythmDialog, TaskDialog
from caseworker.ui.i18n import local_strftime, tr, tr_domain

if TYPE_CHECKING:
    from caseworker.services.container import Services

OVERDUE = "error"


def rhythm_text(r: RhythmRecord | None) -> str:
    if r is None or not r.active:
        return tr("No contact rhythm yet: set one to see check-ins on the key worker's My work.")
    parts = [tr("Every {n} days").format(n=r.every_days)]
    if r.channel:
        parts.append(tr("by {channel}").format(channel=tr_domain(CHANNEL_PHRASES[Channel(r.channel)])))
    if r.days:
        parts.append(tr("on {days}").format(days=", ".join(tr_domain(WEEKDAY_LABELS[Weekday(d)]) for d in r.days)))
    if r.best_from:
        parts.append(tr("between {start} and {end}").format(start=r.best_from, end=r.best_to))
    if r.while_case_open:
        parts.append(tr("while a case is open"))
    return " ".join(parts) + "."


class ClientCareTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.client_name = ""
        self.rhythm: RhythmRecord | None = None
        self.team: list[TeamMember] = []
        self.tasks: list[TaskRecord] = []
        can_edit = ctx.actor.can(Action.EDIT_CLIENTS)

        team_box = QGroupBox(tr("Your team"), self)
        self.team_list = QListWidget(team_box)
        self.team_list.setAccessibleName(tr("The client's team, with each person's role"))
        self.team_list.setWordWrap(True)
        self.team_list.setMaximumHeight(130)
        QVBoxLayout(team_box).addWidget(self.team_list)

        rhythm_box = QGroupBox(tr("Contact rhythm"), self)
        self.rhythm_label = QLabel(rhythm_box)
        self.rhythm_label.setWordWrap(True)
        self.rhythm_label.setAccessibleName(tr("Contact rhythm"))
        self.rhythm_button = QPushButton(icons.icon("clock"), tr("Set &rhythm…"), rhythm_box)
        self.rhythm_button.setVisible(can_edit)
        self.rhythm_button.clicked.connect(self.set_rhythm)
        self.log_button = QPushButton(icons.icon("phone"), tr("&Log a contact…"), rhythm_box)
        self.log_button.setVisible(ctx.actor.can(Action.WRITE_CASE_NOTES))
        self.log_button.clicked.connect(self.log_contact)
        row = QHBoxLayout()
        row.addWidget(self.rhythm_button)
        row.addWidget(self.log_button)
        row.addStretch(1)
        rv = QVBoxLayout(rhythm_box)
        rv.addWidget(self.rhythm_label)
        rv.addLayout(row)

        tasks_box = QGroupBox(tr("Tasks on this client"), self)
        self.task_list = QListWidget(tasks_box)
        self.task_list.setAccessibleName(tr("Open tasks on this client"))
        self.task_button = QPushButton(icons.icon("plus"), tr("New &task…"), tasks_box)
        self.task_button.clicked.connect(self.new_task)
        tv = QVBoxLayout(tasks_box)
        tv.addWidget(self.task_list)
        tv.addWidget(self.task_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.addWidget(team_box)
        layout.addWidget(rhythm_box)
        layout.addWidget(tasks_box, 1)

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        detail = self.parent()
        while detail is not None and not hasattr(detail, "client"):
            detail = detail.parent()
        record = getattr(detail, "client", None)
        self.client_name = getattr(record, "name", "") or ""
        self.reload()

    def reload(self) -> None:
        client = self.client_id
        if client is None:
            self._show((None, [], []))
            return

        def load(s: Services) -> tuple[Any, list[TeamMember], list[TaskRecord]]:
            return (s.care.rhythm(client), s.care.your_team(client),
                    s.tasks.list_tasks(record_type="client", record_id=client))

        self.ctx.read(load, self._show)

    def _show(self, data: tuple[Any, list[TeamMember], list[TaskRecord]]) -> None:
        self.rhythm, self.team, self.tasks = data
        self.rhythm_label.setText(rhythm_text(self.rhythm))
        self.team_list.clear()
        for m in self.team:
            role = tr_domain(m.role, **m.role_params)
            detail = ", ".join(p for p in (m.job_title, m.phone, m.hours) if p)
            QListWidgetItem(f"{m.name} — {role}" + (f" ({detail})" if detail else ""), self.team_list)
        if not self.team:
            item = QListWidgetItem(tr("Nobody yet: the team is introduced when a case is assigned."), self.team_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.task_list.clear()
        zone = self.ctx.zone
        for t in self.tasks:
            due = local_strftime(t.due_at.astimezone(zone), '%a %d %b %H:%M') if t.due_at else tr("no date")
            who = t.assignee or t.team
            item = QListWidgetItem(f"{t.title} — {due} · {who}", self.task_list)
            if t.overdue:
                item.setForeground(QColor(colour(OVERDUE)))
        if not self.tasks:
            item = QListWidgetItem(tr("No open tasks on this client."), self.task_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def set_rhythm(self) -> None:
        if self.client_id is not None:
            RhythmDialog.ask(self.ctx, self.client_id, self.rhythm, self)

    def log_contact(self) -> None:
        if self.client_id is not None:
            LogContactDialog.ask(self.ctx, self.client_id, self.client_name,
                                 self.rhythm.channel if self.rhythm else "", self)

    def new_task(self) -> None:
        if self.client_id is not None:
            TaskDialog.ask(self.ctx, self, record_type="client", record_id=self.client_id,
                           record_label=self.client_name, channel=self.rhythm.channel if self.rhythm else "")

    def on_changes(self, changes: Changes) -> None:
        if self.client_id is not None and changes.touches(ChangeKind.TASK, ChangeKind.CHECK_IN, ChangeKind.CASE,
                                                          ChangeKind.CLIENT):
            self.reload()
