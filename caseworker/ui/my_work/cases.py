"""My work: the signed-in worker's open cases by due date, and cases handed to them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from caseworker.domain.cases import CaseRow, HandoffRow
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.case_dialogs import ReasonDialog
from caseworker.ui.i18n import local_strftime, tr
from caseworker.ui.my_work.base import MyWorkPanel
from caseworker.ui.my_work.deadlines import fit_height, open_in_window
from caseworker.ui.views.case_detail import OVERDUE_COLOUR, status_text
from caseworker.ui.widgets.flag_strip import flag_item


class MyCasesPanel(MyWorkPanel):
    """Open cases assigned to me, soonest due first; overdue ones in red and bold."""

    required = Action.READ_CASES

    @classmethod
    def title(cls) -> str:
        return tr("My open cases")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._rows: list[CaseRow] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("My open cases, soonest due first: Enter opens one"))
        self.list.itemActivated.connect(self._open)
        self.body.addWidget(self.list)

    def refresh(self) -> None:
        self.ctx.read(lambda s: s.cases.my_open_cases(), self._show)

    def _show(self, rows: list[CaseRow]) -> None:
        self._rows = rows
        self.list.clear()
        overdue = sum(1 for r in rows if r.overdue)
        self.setTitle(tr("My open cases ({n}, {late} overdue)").format(n=len(rows), late=overdue) if overdue
                      else tr("My open cases ({n})").format(n=len(rows)))
        for r in rows:
            if r.overdue:
                due = tr("overdue since {day}").format(day=local_strftime(r.due_on, '%d %b'))
            elif r.status == "waiting" and r.waiting_on == "client":
                due = tr("paused, waiting on the client")
            else:
                due = tr("due {day}").format(day=local_strftime(r.due_on, '%a %d %b'))
            text = f"{r.reference}  {r.title} — {r.client_name} · {status_text(r.status)} · {due}"
            item = QListWidgetItem(self.list)
            # The flags lead the row: a worker opening a case to phone the client reads them first.
            flag_item(item, r.client_flags, text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            if r.overdue:
                item.setForeground(QColor(colour(OVERDUE_COLOUR)))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
        if not rows:
            item = QListWidgetItem(tr("No open cases are assigned to you."), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        fit_height(self.list, 10)

    def _open(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            open_in_window(self, "case", case_id)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.CASE):
            self.refresh()

    def item_count(self) -> int:
        return len(self._rows)


class HandoffsPanel(MyWorkPanel):
    """Cases colleagues handed to me: accept to take them, or return them with a reason."""

    required = Action.EDIT_CASES

    @classmethod
    def title(cls) -> str:
        return tr("Cases handed to me")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._rows: list[HandoffRow] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Cases handed to me"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._open)
        self.list.currentRowChanged.connect(lambda _r: self._enable())
        self.accept_button = QPushButton(icons.icon("check"), tr("&Accept"), self)
        self.accept_button.setAccessibleName(tr("Accept the handoff"))
        self.return_button = QPushButton(icons.icon("undo-2"), tr("Re&turn…"), self)
        self.return_button.setAccessibleName(tr("Return the handoff with a reason"))
        self.accept_button.clicked.connect(self._accept)
        self.return_button.clicked.connect(self._return)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.return_button)
        row.addStretch(1)
        self.body.addWidget(self.list)
        self.body.addLayout(row)
        self.setVisible(False)

    def refresh(self) -> None:
        self.ctx.read(lambda s: s.cases.my_pending_handoffs(), self._show)

    def _show(self, rows: list[HandoffRow]) -> None:
        self._rows = rows
        self.list.clear()
        for h in rows:
            text = tr("{ref}  {title} — {client}, from {giver}").format(
                ref=h.reference, title=h.title, client=h.client_name, giver=h.from_user)
            if h.note:
                text += "\n“" + h.note + "”"
            item = QListWidgetItem(self.list)
            flag_item(item, h.client_flags, text)
            item.setData(Qt.ItemDataRole.UserRole, h)
        self.setVisible(bool(rows))
        if rows:
            self.list.setCurrentRow(0)
            fit_height(self.list, 6)
        self._enable()

    def _current(self) -> HandoffRow | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _enable(self) -> None:
        has = self._current() is not None
        self.accept_button.setEnabled(has)
        self.return_button.setEnabled(has)

    def _accept(self) -> None:
        h = self._current()
        if h is not None:
            # The runner's notice (a case and a handoff changed) refreshes this list and My cases.
            handoff_id = h.id
            self.ctx.write(lambda s: s.cases.accept_handoff(handoff_id))

    def _return(self) -> None:
        h = self._current()
        if h is None:
            return
        # The dialog sends the return itself (its submit runs on the runner's worker); the
        # runner's notice then refreshes this list.
        handoff_id = h.id
        ReasonDialog.ask(self.ctx, tr("Return {ref}").format(ref=h.reference),
                         tr("The case stays with {name}. Tell them why you cannot take it.").format(
                             name=h.from_user), tr("Return"),
                         lambda s, reason: s.cases.return_handoff(handoff_id, reason), self)

    def _open(self, item: QListWidgetItem) -> None:
        h = item.data(Qt.ItemDataRole.UserRole)
        if h is not None:
            open_in_window(self, "case", h.case_id)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.CASE, ChangeKind.HANDOFF):
            self.refresh()

    def item_count(self) -> int:
        return len(self._rows)
