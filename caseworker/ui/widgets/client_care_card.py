"""Insight's client-care card: first response time, check-ins kept on rhythm, and the client's own
feedback beside the worker's verdict, by category, team or worker."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.care import ClientCareFigures
from caseworker.domain.statistics import Period
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import tr
from caseworker.ui.widgets.record_list import fit_table


def _num(value: Decimal | None) -> str:
    return "—" if value is None else str(value)


def _share(part: int, whole: int) -> str:
    return "—" if not whole else f"{part} ({round(100 * part / whole)} %)"


class ClientCareCard(QGroupBox):
    def __init__(self, ctx: UiContext, period: Callable[[], Period], parent: QWidget | None = None) -> None:
        super().__init__(tr("Client care: what clients said, beside the worker's verdict"), parent)
        self.ctx = ctx
        self._period = period
        self.figures: ClientCareFigures | None = None
        self.by = QComboBox(self)
        self.by.setAccessibleName(tr("Group the client-care figures by"))
        for key, text in (("category", tr("By category")), ("team", tr("By team")), ("worker", tr("By worker"))):
            self.by.addItem(text, key)
        self.by.currentIndexChanged.connect(lambda _i: self.reload())
        self.kept = QLabel(self)
        self.kept.setAccessibleName(tr("Check-ins kept on rhythm"))
        headers = [tr("Group"), tr("Cases\nopened"), tr("First response\n(days)"), tr("Feedback\ngiven"),
                   tr("Solved\n(client)"), tr("Acceptable\n(client)"), tr("Acceptable\n(worker)"),
                   tr("Treated 1–5\n(client)"), tr("Satisfaction 1–5\n(worker)"), tr("Check-ins kept\n(on rhythm)")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(tr("Client-care figures"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_table(self.table)  # the figures' titles whole, the group names giving way first
        self.table.setMinimumHeight(220)
        top = QHBoxLayout()
        top.addWidget(self.by)
        top.addWidget(self.kept, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def reload(self) -> None:
        period, by = self._period(), self.by.currentData()
        self.ctx.read(lambda s: s.statistics.client_care(period, by), self.show_figures)

    def show_figures(self, f: ClientCareFigures) -> None:
        self.figures = f
        self.kept.setText(tr("Check-ins kept on the client's rhythm: {kept}").format(
            kept=_share(f.check_ins_kept, f.check_in_gaps)))
        self.table.setRowCount(len(f.groups))
        for row, g in enumerate(f.groups):
            cells = [g.group, str(g.cases_opened), _num(g.mean_first_response_days), str(g.feedback_count),
                     _share(g.client_solved, g.feedback_count), _share(g.client_acceptable, g.feedback_count),
                     _share(g.worker_acceptable, g.feedback_count), _num(g.client_mean_treated),
                     _num(g.worker_mean_satisfaction), _share(g.check_ins_kept, g.check_ins_due)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
