"""My work: action items meetings gave the signed-in user, soonest due first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from caseworker.domain.clock import utcnow
from caseworker.domain.meetings import ActionItemRecord
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import local_strftime, tr
from caseworker.ui.my_work.base import MyWorkPanel
from caseworker.ui.my_work.deadlines import fit_height, open_in_window

OVERDUE = "error"


class ActionItemsPanel(MyWorkPanel):
    required = Action.READ_MEETINGS

    @classmethod
    def title(cls) -> str:
        return tr("My action items")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._items: list[ActionItemRecord] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("My action items: tick one when it is done"))
        self.list.itemChanged.connect(self._ticked)
        self.list.itemActivated.connect(self._open)
        self.body.addWidget(self.list)

    def refresh(self) -> None:
        self.ctx.read(lambda s: s.meetings.my_action_items(), self._show)

    def _show(self, items: list[ActionItemRecord]) -> None:
        self._items = items
        today = utcnow().astimezone(self.ctx.zone).date()
        self.list.blockSignals(True)
        self.list.clear()
        for a in items:
            due = tr("no date") if a.due_on is None else (
                tr("overdue since {day}").format(day=local_strftime(a.due_on, '%d %b')) if a.due_on < today
                else tr("due {day}").format(day=local_strftime(a.due_on, '%a %d %b')))
            item = QListWidgetItem(f"{a.text} — {due} · {a.meeting_title}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, (a.id, a.version, a.meeting_id))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if a.due_on is not None and a.due_on < today:
                item.setForeground(QColor(colour(OVERDUE)))
        if not items:
            item = QListWidgetItem(tr("No open action items."), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        fit_height(self.list)
        self.list.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident is None or item.checkState() != Qt.CheckState.Checked:
            return
        action_id, version, _meeting = ident
        # Done, it leaves the list through the runner's notice; refused, the list is read again.
        self.ctx.write(lambda s: s.meetings.set_action_done(action_id, True, version),
                       failed=lambda _error: self.refresh())

    def _open(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident is not None:
            open_in_window(self, "meeting", ident[2])

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.ACTION_ITEM, ChangeKind.MEETING):
            self.refresh()

    def item_count(self) -> int:
        return len(self._items)

