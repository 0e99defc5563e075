"""Insight's supporters view: donors retained, new, recovered and lapsed against the period before,
gift sizes, appeals, channels, thanks, contacts against the contact policy and the guard's blocks and
overrides by staff member, as tables that export to spreadsheets."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from caseworker.domain.errors import CaseworkerError
from caseworker.domain.statistics import Period
from caseworker.domain.supporters import Supporters
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import error_text, format_money, tr
from caseworker.ui.views.aid_grants import _Table
from caseworker.ui.views.service_quality import figure_text


class SupportersView(QWidget):
    def __init__(self, ctx: UiContext, period: Callable[[], Period], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period = period
        self.figures: Supporters | None = None
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        text = self._text
        self.summary = _Table(ctx, tr("Donors against the period before"), "supporters",
                              [tr("Figure"), tr("Value")], text, self)
        self.appeals = _Table(ctx, tr("Gifts by appeal"), "gifts-by-appeal",
                              [tr("Appeal"), tr("Gifts"), tr("Amount")], text, self)
        self.channels = _Table(ctx, tr("Gifts by channel"), "gifts-by-channel",
                               [tr("Channel"), tr("Gifts"), tr("Amount")], text, self)
        self.guard_by_staff = _Table(ctx, tr("Contact guard by staff member: blocks and overrides"),
                                     "guard-by-staff", [tr("Staff member"), tr("Blocked"), tr("Overrides")],
                                     text, self)
        grid = QGridLayout()
        grid.addWidget(self.summary, 0, 0, 2, 1)
        grid.addWidget(self.appeals, 0, 1)
        grid.addWidget(self.channels, 1, 1)
        grid.addWidget(self.guard_by_staff, 2, 1)
        column = QVBoxLayout(self)
        column.addWidget(self.status)
        column.addLayout(grid, 1)

    def _text(self, _column: int, value: Any) -> str:
        if value is None:
            return "—"
        if isinstance(value, Decimal):
            return format_money(value, self.ctx.org.currency)
        return str(value)

    def reload(self) -> None:
        period = self.period()
        self.ctx.read(lambda s: s.statistics.supporters(period), self.show_figures, self._failed)

    def show_figures(self, f: Supporters) -> None:
        self.figures = f
        self.status.setText(tr("{start} to {end}, against {before_start} to {before_end}").format(
            start=f.period.start.isoformat(), end=f.period.end.isoformat(),
            before_start=f.previous_period.start.isoformat(), before_end=f.previous_period.end.isoformat()))
        self.summary.model.set_rows([
            (tr("Donors"), f.donors), (tr("Donors in the period before"), f.donors_before),
            (tr("Retained (gave in both)"), f.retained),
            (tr("Retention"), figure_text("retention_rate", f.retention_rate)),
            (tr("New donors"), f.new), (tr("Recovered donors"), f.recovered),
            (tr("LYBUNT: gave in the period before, not this one"), f.lybunt),
            (tr("LYBUNT value (their giving the period before)"), f.lybunt_value),
            (tr("SYBUNT: gave earlier, in neither period"), f.sybunt),
            (tr("SYBUNT value (their earlier giving)"), f.sybunt_value),
            (tr("Given in the period"), f.value), (tr("Given in the period before"), f.value_before),
            (tr("Given by retained donors"), f.retained_value),
            (tr("Gifts"), f.gifts), (tr("Mean gift"), f.mean_gift), (tr("Median gift"), f.median_gift),
            (tr("Gifts thanked"), f.thanked), (tr("Gifts not thanked yet"), f.not_thanked),
            (tr("Median days to thank"), figure_text("days_to_thank", f.median_days_to_thank)),
            (tr("Donors contacted"), f.donors_contacted),
            (tr("Contacts the guard counts"), f.touchpoints),
            (tr("Most contacts to one donor"), f.most_to_one_donor),
            (tr("Contacts per donor in {days} days (the policy allows {most})").format(
                days=f.window_days, most=f.max_in_window),
             "—" if f.touchpoints_per_window is None else str(f.touchpoints_per_window)),
        ])
        self.appeals.model.set_rows([(g.label or tr("(no appeal)"), g.gifts, g.amount) for g in f.by_appeal])
        self.channels.model.set_rows([(g.label, g.gifts, g.amount) for g in f.by_channel])
        self.guard_by_staff.model.set_rows([(g.staff, g.blocks, g.overrides) for g in f.guard_by_staff])

    def _failed(self, exc: CaseworkerError) -> None:
        self.status.setText(error_text(exc))
