"""Insight: how fast cases are resolved, escalations, aid by fund, grant success, donor retention."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.clock import today_in
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.domain.statistics import Dashboard, Period
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import format_money, tr
from caseworker.ui.sections.base import Section
from caseworker.ui.views.aid_grants import AidGrantsView
from caseworker.ui.views.grant_outputs import GrantOutputsView
from caseworker.ui.views.service_quality import ServiceQualityView
from caseworker.ui.views.supporters import SupportersView
from caseworker.ui.widgets.charts import PALETTE, BarChart, HBarChart, Series

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{(value * 100).quantize(Decimal('1'))} %"


class KeyFigure(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—", self)
        self.value.setStyleSheet("font-size: 22px; font-weight: 600;")
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        self.caption.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.value)
        box.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleDescription(text)


class InsightSection(Section):
    required = Action.VIEW_STATISTICS
    icon_name = "chart-column"

    @classmethod
    def title(cls) -> str:
        return tr("Insight")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("insight")
        self.dashboard: Dashboard | None = None
        self._stale = True
        self.period_choice = QComboBox(self)
        self.period_choice.setAccessibleName(tr("Period"))
        for key, label in (("12m", tr("Last 12 months")), ("year", tr("This calendar year")),
                           ("last-year", tr("Last calendar year")), ("fiscal", tr("This fiscal year"))):
            self.period_choice.addItem(label, key)
        self.period_choice.currentIndexChanged.connect(lambda _i: self.reload())
        self.export_button = QPushButton(icons.icon("file-down"), tr("Export PDF…"), self)
        self.export_button.setToolTip(tr("The dashboard as a PDF report for the board"))
        self.export_button.clicked.connect(self.export_pdf)
        top = QHBoxLayout()
        heading = QLabel(tr("Insight"), self)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(tr("Period:"), self))
        top.addWidget(self.period_choice)
        top.addWidget(self.export_button)

        self.figures = {key: KeyFigure(caption, self) for key, caption in (
            ("resolved", tr("cases resolved")), ("target", tr("resolved within their target")),
            ("satisfaction", tr("mean satisfaction (1–5)")), ("open", tr("open cases now (overdue)")),
            ("aid", tr("aid paid out")), ("grants", tr("grant success rate")),
            ("retention", tr("donor retention this year")),
            ("thanks", tr("median days to thank a gift (within target)")))}
        figures_row = QHBoxLayout()
        for figure in self.figures.values():
            figures_row.addWidget(figure)

        self.cases_chart = BarChart(tr("Cases opened and resolved"), self)
        self.median_chart = BarChart(tr("Median days to resolve"), self)
        self.escalation_chart = BarChart(tr("Escalations"), self)
        self.acceptable_chart = HBarChart(tr("Was the outcome acceptable to the client?"), self)
        self.aid_chart = HBarChart(tr("Aid paid by fund"), self)
        self.retention_chart = BarChart(tr("Donors and retention"), self)
        self.grants_chart = HBarChart(tr("Grant applications submitted in the period"), self)
        grid = QGridLayout()
        charts = [self.cases_chart, self.median_chart, self.escalation_chart, self.acceptable_chart,
                  self.aid_chart, self.grants_chart, self.retention_chart]
        for i, chart in enumerate(charts):
            grid.addWidget(chart, i // 2, i % 2)

        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addLayout(figures_row)
        column.addLayout(grid, 1)
        from caseworker.ui.widgets.client_care_card import ClientCareCard

        self.care_card = ClientCareCard(ctx, self.period, inner)
        column.addWidget(self.care_card)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(tr("Insight figures"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.quality = ServiceQualityView(self.ctx, self.period, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Insight views"))
        self.tabs.addTab(self.quality, tr("Service quality"))
        self.overview = scroll
        self.tabs.addTab(scroll, tr("Overview"))
        self.funders = GrantOutputsView(self.ctx, self)
        self.tabs.addTab(self.funders, tr("Funders"))
        self.aid_grants = AidGrantsView(self.ctx, self.period, self)
        self.tabs.addTab(self.aid_grants, tr("Aid and grants"))
        self.supporters = SupportersView(self.ctx, self.period, self)
        self.tabs.addTab(self.supporters, tr("Supporters"))
        self.tabs.currentChanged.connect(self._load_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def period(self) -> Period:
        today = today_in(self.ctx.zone)
        key = self.period_choice.currentData()
        if key == "year":
            return Period(date(today.year, 1, 1), today)
        if key == "last-year":
            return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
        if key == "fiscal":
            start, _end = self.ctx.org.fiscal_year_of(today)
            return Period(start, today)
        return Period.twelve_months_to(today)

    def activate(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Count again what the visible tab shows; the other tabs when they are next shown (the
        runner has one worker for the whole window, so nothing unseen queues ahead of a save)."""
        self._stale = False
        self._tabs_stale = {self.quality, self.overview, self.funders, self.aid_grants, self.supporters}
        self._load_tab(self.tabs.currentIndex())

    def _load_tab(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        tabs_stale = getattr(self, "_tabs_stale", set())
        if tab not in tabs_stale:
            return
        tabs_stale.discard(tab)
        if tab is self.quality:
            self.quality.reload()
        elif tab is self.funders:
            self.funders.reload()
        elif tab is self.aid_grants:
            self.aid_grants.reload()
        elif tab is self.supporters:
            self.supporters.reload()
        else:
            period = self.period()
            self.ctx.read(lambda s: s.statistics.dashboard(period), self.show_dashboard)
            self.ctx.read(lambda s: s.mail.time_to_thank(period.start, period.end), self.show_time_to_thank)
            self.care_card.reload()

    def show_time_to_thank(self, figures: tuple[int, float | None, int, float]) -> None:
        count, median, within, target = figures
        if not count or median is None:
            self.figures["thanks"].set("–")
            return
        self.figures["thanks"].set(tr("{median:g} d ({share:.0%} within {target:g} d)").format(
            median=median, share=within / count, target=target))

    def show_dashboard(self, d: Dashboard) -> None:
        self.dashboard = d
        money = lambda v: format_money(v, d.currency)  # noqa: E731
        c = d.cases
        self.figures["resolved"].set(str(c.resolved))
        self.figures["target"].set(percent(c.within_target_rate))
        self.figures["satisfaction"].set("—" if c.mean_satisfaction is None else str(c.mean_satisfaction))
        self.figures["open"].set(f"{c.open_now} ({c.overdue_now})")
        self.figures["aid"].set(money(sum((v for _f, v in d.aid_by_fund), Decimal(0))))
        self.figures["grants"].set(percent(d.grants.success_rate))
        self.figures["retention"].set(percent(d.retention[-1].rate) if d.retention else "—")

        months = [f"{tr(MONTHS[m.month.month - 1])} {m.month.year % 100:02d}" for m in c.by_month]
        self.cases_chart.set_data(months, [
            Series(tr("opened"), tuple(m.opened for m in c.by_month), PALETTE[0]),
            Series(tr("resolved"), tuple(m.resolved for m in c.by_month), PALETTE[1])])
        self.median_chart.set_data(months, [Series(tr("median days"), tuple(
            m.median_days_to_resolve or Decimal(0) for m in c.by_month), PALETTE[4])])
        self.escalation_chart.set_data(months, [Series(tr("escalations"), tuple(m.escalations for m in c.by_month),
                                                       PALETTE[3])])
        labels = {"yes": tr("Yes"), "partly": tr("Partly"), "no": tr("No")}
        self.acceptable_chart.set_data([(labels[k], c.acceptable.get(k, 0)) for k in ("yes", "partly", "no")])
        self.aid_chart.value_text = money
        self.aid_chart.set_data(list(d.aid_by_fund))
        g = d.grants
        self.grants_chart.set_data([(tr("awarded"), g.awarded), (tr("declined"), g.declined),
                                    (tr("awaiting a decision"), g.pending)])
        self.retention_chart.set_data([str(r.year) for r in d.retention], [
            Series(tr("donors"), tuple(r.donors for r in d.retention), PALETTE[0]),
            Series(tr("gave again after the year before"), tuple(r.retained for r in d.retention), PALETTE[1])])

    def export_pdf(self) -> None:
        from caseworker.ui.export import export_dashboard

        if self.dashboard is not None and self.overview not in getattr(self, "_tabs_stale", set()):
            export_dashboard(self, self.ctx, self.dashboard)
            return
        # The overview has not been counted for this period yet: count it, then export.
        period = self.period()

        def counted(d: Dashboard) -> None:
            self.show_dashboard(d)
            self._tabs_stale.discard(self.overview)
            export_dashboard(self, self.ctx, d)

        self.ctx.read(lambda s: s.statistics.dashboard(period), counted)

    def on_changes(self, changes: Changes) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()
