"""My work: gifts waiting for a thank-you, oldest first, against the organisation's target."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.mail import ThankYouRow
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import format_money, tr
from caseworker.ui.my_work.base import MyWorkPanel
from caseworker.ui.my_work.deadlines import fit_height, open_in_window

SHOWN = 8


class ThankYousPanel(MyWorkPanel):
    required = Action.READ_GIFTS

    @classmethod
    def title(cls) -> str:
        return tr("Gifts to thank")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._rows: list[ThankYouRow] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Gifts waiting for a thank-you: Enter opens the queue"))
        self.list.itemActivated.connect(lambda _item: open_in_window(self, "thank-you", 0))
        self.body.addWidget(self.list)

    @classmethod
    def visible_to(cls, actor) -> bool:
        return actor.can(Action.READ_GIFTS) and actor.can(Action.PLAN_TOUCHPOINTS)

    def refresh(self) -> None:
        self.ctx.read(lambda s: s.mail.thank_you_queue(200), self._show)

    def _show(self, rows: list[ThankYouRow]) -> None:
        self._rows = rows
        self.list.clear()
        for r in rows[:SHOWN]:
            item = QListWidgetItem(tr("{donor}: {amount} on {day} — {days} days waiting").format(
                donor=r.donor_name, amount=format_money(r.amount, r.currency), day=r.gift_date.isoformat(),
                days=r.days_waiting), self.list)
            if r.overdue:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        if len(rows) > SHOWN:
            QListWidgetItem(tr("… and {n} more in the thank-you queue").format(n=len(rows) - SHOWN), self.list)
        if not rows:
            item = QListWidgetItem(tr("Every gift has been thanked."), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        fit_height(self.list)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.GIFT, ChangeKind.MESSAGE):
            self.refresh()

    def item_count(self) -> int:
        return len(self._rows)
