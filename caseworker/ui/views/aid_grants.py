"""Insight's aid and grants view: tables of funds, refusals over caps and budgets, grant reports met
on time, the pipeline, funders and spending against awards,
each exported to CSV or XLSX. The figures come from the statistics service through the runner."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.aid_grants import AidAndGrants
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.statistics import Period
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import error_text, format_money, tr
from caseworker.ui.models.plain_table import PlainTableModel
from caseworker.ui.views.service_quality import export_model, figure_text
from caseworker.ui.widgets.record_list import fit_table


class _Table(QWidget):
    def __init__(self, ctx: UiContext, title: str, stem: str, headers: list[str],
                 text: Callable[[int, Any], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PlainTableModel(headers, text, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.view.setSortingEnabled(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        fit_table(self.view)  # within the pane: no sideways scrolling on a laptop
        heading = QLabel(f"<b>{title}</b>", self)
        heading.setWordWrap(True)  # a long title in another language wraps rather than widening the view
        export = QPushButton(tr("Export…"), self)
        export.setAccessibleName(tr("Export {table} as a spreadsheet").format(table=title))
        export.clicked.connect(lambda: export_model(self, ctx, self.model, stem, title))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(export)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.view)


class AidGrantsView(QWidget):
    def __init__(self, ctx: UiContext, period: Callable[[], Period], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period = period
        self.figures: AidAndGrants | None = None
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        money = self._money
        self.funds = _Table(ctx, tr("Aid by fund"), "aid-by-fund", [
            tr("Fund"), tr("Budget"), tr("Budget per"), tr("Paid"), tr("Payments"), tr("Clients"),
            tr("Mean per client"), tr("Largest to one client"), tr("Pending"), tr("Paid by month")],
            lambda c, v: v if isinstance(v, str) else (money(v) if isinstance(v, Decimal) else
                                                       "—" if v is None else str(v)), self)
        self.pipeline = _Table(ctx, tr("Grant pipeline (all applications now)"), "grant-pipeline",
                               [tr("Stage"), tr("Applications"), tr("Requested")],
                               lambda c, v: money(v) if isinstance(v, Decimal) else str(v), self)
        self.funders = _Table(ctx, tr("Success by funder (decided, submitted in the period)"), "grant-funders",
                              [tr("Funder"), tr("Awarded"), tr("Declined"), tr("Success rate"), tr("Requested"),
                               tr("Awarded amount")], self._funder_text, self)
        self.spending = _Table(ctx, tr("Spending against awards"), "grant-spending",
                               [tr("Grant"), tr("Funder"), tr("Awarded"), tr("Spent"), tr("Share spent")],
                               self._spending_text, self)
        self.refusals = _Table(ctx, tr("Disbursements refused over a cap or a budget"), "aid-refusals",
                               [tr("Fund"), tr("Month"), tr("Over the client's cap"), tr("Over the budget"),
                                tr("Refused")], lambda c, v: str(v), self)
        self.reports = _Table(ctx, tr("Grant reports due in the period"), "grant-reports-on-time",
                              [tr("Reports"), tr("Count")], lambda c, v: str(v), self)
        grid = QGridLayout()
        grid.addWidget(self.funds, 0, 0, 1, 2)
        grid.addWidget(self.refusals, 1, 0)
        grid.addWidget(self.reports, 1, 1)
        grid.addWidget(self.pipeline, 2, 0)
        grid.addWidget(self.funders, 2, 1)
        grid.addWidget(self.spending, 3, 0, 1, 2)
        column = QVBoxLayout(self)
        column.addWidget(self.status)
        column.addLayout(grid, 1)

    def _money(self, value: Decimal | None) -> str:
        return "—" if value is None else format_money(value, self.ctx.org.currency)

    def _funder_text(self, column: int, value: Any) -> str:
        if column == 3:
            return figure_text("success_rate", value)
        return self._money(value) if isinstance(value, Decimal) else str(value)

    def _spending_text(self, column: int, value: Any) -> str:
        if column == 4:
            return figure_text("spent_rate", value)
        return self._money(value) if isinstance(value, Decimal) else str(value)

    def reload(self) -> None:
        period = self.period()
        self.ctx.read(lambda s: s.statistics.aid_and_grants(period), self.show_figures, self._failed)

    def show_figures(self, f: AidAndGrants) -> None:
        self.figures = f
        self.status.setText(tr("{start} to {end}").format(start=f.period.start.isoformat(),
                                                          end=f.period.end.isoformat()))
        self.funds.model.set_rows([
            (u.fund, u.budget, u.budget_period, u.paid, u.payments, u.clients, u.mean_per_client,
             u.largest_per_client, u.pending, ", ".join(f"{m} {self._money(v)}" for m, v in u.by_month))
            for u in f.funds])
        self.pipeline.model.set_rows([(s.stage, s.applications, s.requested) for s in f.pipeline])
        self.funders.model.set_rows([(x.funder, x.awarded, x.declined, x.success_rate, x.requested,
                                      x.awarded_amount) for x in f.funders])
        self.spending.model.set_rows([(g.title, g.funder, g.awarded, g.spent, g.spent_share) for g in f.spending])
        self.refusals.model.set_rows([(r.fund, r.month, r.over_client_cap, r.over_budget, r.total)
                                      for r in f.cap_refusals])
        r = f.reports
        self.reports.model.set_rows([
            (tr("Submitted on or before the due date"), r.on_time), (tr("Submitted late"), r.late),
            (tr("Not submitted, overdue"), r.missed), (tr("Not due yet"), r.pending),
            (tr("Met on time"), figure_text("on_time_rate", r.on_time_rate))])

    def _failed(self, exc: CaseworkerError) -> None:
        self.status.setText(error_text(exc))
