"""A fund's budget at a glance: paid, approved, requested and what is left."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from caseworker.domain.aid import BudgetUse
from caseworker.ui.i18n import format_money, tr

PAID = QColor("#2e7d32")
APPROVED = QColor("#66bb6a")
REQUESTED = QColor("#f9a825")


def budget_summary(use: BudgetUse, currency: str) -> str:
    money = lambda v: format_money(v, currency)  # noqa: E731
    if use.budget is None:
        return tr("No budget limit · paid {paid} · committed {committed}").format(
            paid=money(use.paid), committed=money(use.committed))
    return tr("Paid {paid} · approved {approved} · requested {requested} · left {left} of {budget}").format(
        paid=money(use.paid), approved=money(use.approved), requested=money(use.requested),
        left=money(use.remaining), budget=money(use.budget))


class BudgetBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._use: BudgetUse | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Budget use"))

    def set_use(self, use: BudgetUse | None, currency: str = "USD") -> None:
        self._use = use
        text = budget_summary(use, currency) if use is not None else ""
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 12)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Mid).lighter(130))
        painter.drawRoundedRect(rect, 4, 4)
        use = self._use
        if use is None or use.budget is None or use.budget <= 0:
            return
        x = rect.left()
        for amount, colour in ((use.paid, PAID), (use.approved, APPROVED), (use.requested, REQUESTED)):
            share = float(min(amount / use.budget, Decimal(1)))  # a pixel width, not money
            width = rect.width() * share
            if width <= 0:
                continue
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, rect.top(), min(width, rect.right() - x), rect.height()), 3, 3)
            x += width
