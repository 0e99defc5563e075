"""My work: the signed-in relationship manager's donors who are overdue for a contact,
largest givers first, with the contacts they have planned in the next two weeks."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.neglect import NeglectRow
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import format_money, tr
from caseworker.ui.my_work.base import MyWorkPanel
from caseworker.ui.my_work.deadlines import fit_height, open_in_window

SHOWN = 50
OVERDUE = "warning"


def overdue_text(row: NeglectRow, currency: str) -> str:
    if row.last_contact is None:
        since = tr("no contact on record")
    else:
        days = (datetime.now(UTC) - row.last_contact).days
        since = tr("last contact {days} days ago").format(days=days)
    return tr("{name} — {since} (every {cadence} days) · {given} given").format(
        name=row.name, since=since, cadence=row.cadence, given=format_money(row.lifetime_total, currency))


class StewardshipPanel(MyWorkPanel):
    required = Action.READ_DONORS

    @classmethod
    def title(cls) -> str:
        return tr("My donors to contact")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._rows: list[NeglectRow] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("My donors overdue for a contact: Enter opens the donor"))
        self.list.itemActivated.connect(self._open)
        self.body.addWidget(self.list)

    def refresh(self) -> None:
        me = self.ctx.actor.user_id
        self.ctx.read(lambda s: s.neglect.overdue(manager_id=me), self._show)

    def _show(self, rows: list[NeglectRow]) -> None:
        self._rows = rows
        self.list.clear()
        currency = self.ctx.org.currency
        for row in rows[:SHOWN]:
            item = QListWidgetItem(overdue_text(row, currency), self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.last_contact is None or (row.days_overdue or 0) > row.cadence:
                item.setForeground(QColor(colour(OVERDUE)))
        if len(rows) > SHOWN:
            more = QListWidgetItem(tr("…and {n} more in the Planner's Neglected list.").format(n=len(rows) - SHOWN),
                                   self.list)
            more.setFlags(Qt.ItemFlag.NoItemFlags)
        if not rows:
            item = QListWidgetItem(tr("Every donor you look after has been contacted within their cadence."),
                                   self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        fit_height(self.list)

    def _open(self, item: QListWidgetItem) -> None:
        donor_id = item.data(Qt.ItemDataRole.UserRole)
        if donor_id is not None:
            open_in_window(self, "donor", donor_id)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.TOUCHPOINT, ChangeKind.DONOR):
            self.refresh()

    def item_count(self) -> int:
        return len(self._rows)
