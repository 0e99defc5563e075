"""Insight's service-quality view: every figure by category, team, worker, support level or month,
against the period before; a chart of one figure with its table one click away; clicking a bar, a
row or a card lists the cases behind it, which open in the Cases section.

Every figure comes from the statistics service through the runner (off the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.errors import CaseworkerError
from caseworker.domain.service_quality import (
    COHORT_OF,
    DIMENSION_LABELS,
    DRILL_COLUMNS,
    FIGURES,
    Breakdown,
    Cohort,
    Dimension,
    DrillDown,
    GroupFigures,
)
from caseworker.domain.statistics import Period
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import error_text, tr, tr_domain
from caseworker.ui.models.plain_table import PlainTableModel
from caseworker.ui.widgets.charts import CompareChart, Compared
from caseworker.ui.widgets.flow_layout import FlowLayout

TABLE_FILTER = "Excel (*.xlsx);;CSV (*.csv)"

# The figures a chart can show, and what clicking one of its bars lists: the cohort's cases,
# narrowed to the ones that make the figure what it is (the misses of "within target").
CHART_FIGURES: dict[str, str | None] = {
    "within_target_rate": "missed_target",
    "median_days_to_resolve": None,
    "p90_days_to_resolve": None,
    "acceptable_rate": None,
    "alone_rate": "with_specialist",
    "escalation_rate": "escalated",
    "mean_escalation_level": "escalated",
    "median_days_to_first_response": "first_responded",
    "p90_days_to_first_response": "first_responded",
    "median_open_age_days": None,
    "p90_open_age_days": None,
    "overdue_at_end": "overdue_at_end",
    "handoffs_per_case": None,
    "reopened": "reopened",
    "mean_satisfaction": "satisfaction_responses",
    "opened": None,
    "resolved": None,
    "open_at_end": None,
    "check_ins_kept_rate": "check_ins_missed",
    "check_ins_due": None,
}
CARDS = ("resolved", "within_target_rate", "acceptable_rate", "alone_rate", "escalation_rate",
         "median_days_to_resolve", "p90_days_to_resolve", "median_days_to_first_response", "open_at_end",
         "mean_satisfaction", "check_ins_kept_rate")
DESCRIPTIONS = {f.name: f.description for f in FIGURES}


def figure_text(name: str, value: Any) -> str:
    """A figure as a manager reads it: rates in per cent, days with one decimal, "—" for no data."""
    if value is None:
        return "—"
    if name.endswith("_rate"):
        return f"{(Decimal(value) * 100).quantize(Decimal('1'))} %"
    if "days" in name:
        return tr("{days} d").format(days=value)
    return str(value)


def group_label(g: GroupFigures) -> str:
    """A group's name; the service's own words ("No team", "Unassigned") translated, people's and
    categories' names as they are."""
    label = tr_domain(g.label) if g.key in ("none", "all") else g.label
    return label + (tr(" (left)") if g.inactive else "")


def drill_target(name: str) -> tuple[Cohort, str | None]:
    return COHORT_OF[name], CHART_FIGURES.get(name)


class FigureCard(QFrame):
    """One total figure, the period before under it; a click lists the cases behind it."""

    def __init__(self, name: str, on_click: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—", self)
        self.value.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.before = QLabel("", self)
        self.before.setStyleSheet("color: palette(placeholder-text);")
        self.caption = QLabel(tr_domain(DESCRIPTIONS[name]), self)
        self.caption.setWordWrap(True)
        self.button = QPushButton(tr("Cases…"), self)
        self.button.setToolTip(tr("List the cases behind this figure"))
        self.button.setAccessibleName(tr("List the cases: {figure}").format(figure=tr_domain(DESCRIPTIONS[name])))
        self.button.clicked.connect(lambda: on_click(name))
        row = QHBoxLayout()
        row.addWidget(self.value)
        row.addStretch(1)
        row.addWidget(self.button)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.before)
        box.addWidget(self.caption)

    def set(self, current: Any, previous: Any) -> None:
        self.value.setText(figure_text(self.name, current))
        self.before.setText(tr("period before: {value}").format(value=figure_text(self.name, previous)))
        self.button.setAccessibleDescription(f"{self.value.text()}; {self.before.text()}")


class ServiceQualityView(QWidget):
    def __init__(self, ctx: UiContext, period: Callable[[], Period], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period = period
        self.breakdown: Breakdown | None = None
        self.totals: Breakdown | None = None
        self.dialogs: list[DrillDownDialog] = []

        self.by_choice = QComboBox(self)
        self.by_choice.setAccessibleName(tr("Break down by"))
        for dimension in (Dimension.TEAM, Dimension.CATEGORY, Dimension.WORKER, Dimension.LEVEL, Dimension.MONTH):
            self.by_choice.addItem(tr_domain(DIMENSION_LABELS[dimension]), dimension.value)
        self.category_choice = QComboBox(self)
        self.category_choice.setAccessibleName(tr("Cases of category"))
        self.category_choice.addItem(tr("All categories"), None)
        self.figure_choice = QComboBox(self)
        self.figure_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.figure_choice.setMinimumContentsLength(28)
        self.figure_choice.setAccessibleName(tr("Figure shown in the chart"))
        for name in CHART_FIGURES:
            self.figure_choice.addItem(tr_domain(DESCRIPTIONS[name]), name)
        self.table_button = QPushButton(tr("Show table"), self)
        self.table_button.setCheckable(True)
        self.table_button.setAccessibleName(tr("Show the chart's table"))
        self.table_button.toggled.connect(self._toggle_table)
        self.export_button = QPushButton(tr("Export table…"), self)
        self.export_button.setAccessibleName(tr("Export the table as a spreadsheet"))
        self.export_button.clicked.connect(self.export_table)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Status"))

        # The choices wrap on a laptop's screen; each keeps its caption beside it.
        controls = FlowLayout()
        for label, widget in ((tr("Break down by:"), self.by_choice), (tr("Cases:"), self.category_choice),
                              (tr("Figure:"), self.figure_choice)):
            pair = QWidget(self)
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(label, pair)
            caption.setBuddy(widget)
            pair_row.addWidget(caption)
            pair_row.addWidget(widget)
            controls.addWidget(pair)
        controls.addWidget(self.table_button)
        controls.addWidget(self.export_button)

        self.cards = {name: FigureCard(name, self.drill_total, self) for name in CARDS}
        # The cards wrap to fit the window: five to a row on a wide screen, fewer on a laptop.
        cards = FlowLayout()
        # One width for every card, so the wrapped rows line up as a grid.
        card_width = max(card.sizeHint().width() for card in self.cards.values())
        for card in self.cards.values():
            card.setFixedWidth(card_width)
            cards.addWidget(card)

        self.chart = CompareChart(tr("Within target"), self)
        self.chart.setMinimumHeight(260)
        self.chart.activated.connect(self._bar_clicked)
        self.table_model = PlainTableModel([], self._table_text, self)
        self.table = QTableView(self)
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(tr("The figures of every group"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._row_activated)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.table)

        column = QVBoxLayout(self)
        column.addLayout(controls)
        column.addWidget(self.status)
        column.addLayout(cards)
        column.addWidget(self.stack, 1)

        self.by_choice.currentIndexChanged.connect(lambda _i: self.reload())
        self.category_choice.currentIndexChanged.connect(lambda _i: self.reload())
        self.figure_choice.currentIndexChanged.connect(lambda _i: self._show_chart())
        self._categories_loaded = False

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        if not self._categories_loaded:
            self._categories_loaded = True
            self.ctx.read(lambda s: s.cases.list_categories(include_inactive=True), self._set_categories)
        period, dimension, category = self.period(), self.dimension(), self.category_choice.currentData()
        self.status.setText(tr("Counting…"))
        self.ctx.read(lambda s: s.statistics.breakdown(period, dimension, category_id=category),
                      self.show_breakdown, self._failed)

    def _set_categories(self, categories: list[Any]) -> None:
        self.category_choice.blockSignals(True)
        for category in categories:
            self.category_choice.addItem(category.name, category.id)
        self.category_choice.blockSignals(False)

    def dimension(self) -> Dimension:
        return Dimension(self.by_choice.currentData())

    def figure(self) -> str:
        return self.figure_choice.currentData()

    def show_breakdown(self, b: Breakdown) -> None:
        self.breakdown = b
        self.status.setText(tr("{start} to {end}, against {before_start} to {before_end}").format(
            start=b.period.start.isoformat(), end=b.period.end.isoformat(),
            before_start=b.previous_period.start.isoformat(), before_end=b.previous_period.end.isoformat()))
        for name, card in self.cards.items():
            card.set(getattr(b.total.current, name), getattr(b.total.previous, name))
        self._show_chart()
        headers = [tr_domain(DIMENSION_LABELS[b.dimension])]
        for f in FIGURES:
            headers += [f.name, tr("{name} (before)").format(name=f.name)]
        self.table_model.headers = headers
        self.table_model.set_rows([self._row(g) for g in b.groups])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    @staticmethod
    def _row(g: GroupFigures) -> tuple[Any, ...]:
        now, before = g.current.as_dict(), g.previous.as_dict()
        cells: list[Any] = [group_label(g)]
        for f in FIGURES:
            cells += [now[f.name], before[f.name]]
        return (*cells, g.key)

    def _table_text(self, column: int, value: Any) -> str:
        if column == 0:
            return str(value)
        return figure_text(FIGURES[(column - 1) // 2].name, value)

    def _show_chart(self) -> None:
        b = self.breakdown
        if b is None:
            return
        name = self.figure()
        self.chart.value_text = lambda v: figure_text(name, v)
        self.chart.maximum = Decimal(1) if name.endswith("_rate") else None
        self.chart.set_data(tr_domain(DESCRIPTIONS[name]), [
            Compared(group_label(g), getattr(g.current, name),
                     getattr(g.previous, name)) for g in b.groups])

    def _toggle_table(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.table if on else self.chart)
        self.table_button.setText(tr("Show chart") if on else tr("Show table"))

    def _failed(self, exc: CaseworkerError) -> None:
        self.status.setText(error_text(exc))

    # -- drill-down ----------------------------------------------------------------------------
    def _bar_clicked(self, index: int) -> None:
        if self.breakdown is not None and 0 <= index < len(self.breakdown.groups):
            self.drill(self.breakdown.groups[index], self.figure())

    def _row_activated(self, index: QModelIndex) -> None:
        key = self.table_model.rows[index.row()][-1]
        group = next(g for g in self.breakdown.groups if g.key == key)
        column = index.column()
        self.drill(group, FIGURES[(column - 1) // 2].name if column > 0 else self.figure())

    def drill_total(self, name: str) -> None:
        if self.breakdown is not None:
            self.drill(self.breakdown.total, name, dimension=Dimension.TOTAL)

    def drill(self, group: GroupFigures, name: str, dimension: Dimension | None = None) -> None:
        b = self.breakdown
        dimension = dimension or b.dimension
        cohort, figure = drill_target(name)
        category = b.category_id
        title = tr("{group}: {figure}").format(group=group_label(group), figure=tr_domain(DESCRIPTIONS[name]))
        if figure == "missed_target":
            title = tr("{group}: resolved cases that missed their target").format(group=group_label(group))
        elif figure == "check_ins_missed":
            title = tr("{group}: cases with a check-in missed").format(group=group_label(group))
        if category is not None:
            title += " — " + self.category_choice.currentText()
        self.ctx.read(lambda s: s.statistics.drill_down(b.period, dimension, group.key, cohort, figure,
                                                        category_id=category),
                      lambda found: self._show_drill(title, found), self._failed)

    def _show_drill(self, title: str, found: DrillDown) -> None:
        dialog = DrillDownDialog(self.ctx, title, found, self)
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.show()

    # -- export --------------------------------------------------------------------------------
    def export_table(self) -> None:
        if self.breakdown is None:
            return
        export_model(self, self.ctx, self.table_model, f"insight-by-{self.dimension().value}",
                     tr("Figures by {dimension}").format(dimension=self.by_choice.currentText()))


def export_model(parent: QWidget, ctx: UiContext, model: PlainTableModel, stem: str, title: str) -> None:
    """Ask where, then write the model's rows (raw values, not the formatted text) off the GUI thread."""
    from caseworker.ui.export import documents_folder

    chosen, chosen_filter = QFileDialog.getSaveFileName(parent, tr("Export table"),
                                                        str(documents_folder() / f"{stem}.xlsx"), TABLE_FILTER)
    if not chosen:
        return
    path = Path(chosen)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + (".csv" if "csv" in chosen_filter.lower() else ".xlsx"))
    write_model(parent, ctx, model, path, title)


def write_model(parent: QWidget, ctx: UiContext, model: PlainTableModel, path: Path, title: str) -> None:
    from caseworker.reports.tables import write_table

    headers = list(model.headers)
    rows = [r[:len(headers)] for r in model.rows]

    def done(written: Path) -> None:
        status = getattr(parent, "status", None)
        if isinstance(status, QLabel):
            status.setText(tr("Wrote {file}").format(file=written.name))

    def failed(exc: Exception) -> None:
        QMessageBox.warning(parent, tr("Export table"), error_text(exc) if isinstance(exc, CaseworkerError)
                            else str(exc))

    ctx.runner.run(lambda: write_table(path, headers, rows, title=title), done, failed)


class DrillDownDialog(QDialog):
    """The cases behind one figure: sortable, each opened with a double click or Enter, exportable."""

    def __init__(self, ctx: UiContext, title: str, found: DrillDown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found = found
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(980, 520)
        shown = len(found.rows)
        count = tr("{count} cases").format(count=found.total) if shown == found.total else \
            tr("the first {shown} of {count} cases").format(shown=shown, count=found.total)
        heading = QLabel(f"<b>{title}</b> — {count}", self)
        heading.setWordWrap(True)
        columns = [(key, label) for key, label in DRILL_COLUMNS if key != "client" or any(
            r.client is not None for r in found.rows)]
        self.keys = [k for k, _l in columns]
        self.model = PlainTableModel([tr_domain(label) for _k, label in columns], self._text, self)
        self.model.set_rows([(*(getattr(r, k) for k in self.keys), r.case_id) for r in found.rows])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Cases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda index: self.open_case(index.row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(tr("Open case"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setAccessibleName(tr("Open the selected case"))
        self.open_button.clicked.connect(self._open_selected)
        self.export_button = buttons.addButton(tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setAccessibleName(tr("Export these cases as a spreadsheet"))
        self.export_button.clicked.connect(lambda: export_model(self, ctx, self.model, "insight-cases", title))
        buttons.rejected.connect(self.reject)
        self.status = QLabel("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        if found.rows:
            self.table.selectRow(0)
        self.table.setFocus()

    def _text(self, column: int, value: Any) -> str:
        if value is None:
            return "—"
        if isinstance(value, bool):
            return tr("yes") if value else tr("no")
        return value.isoformat() if hasattr(value, "isoformat") else str(value)

    def case_id_at(self, row: int) -> int:
        return self.model.rows[row][-1]

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_case(rows[0].row())

    def open_case(self, row: int) -> None:
        window = self.parent().window() if self.parent() is not None else None
        if window is not None and hasattr(window, "open_record"):
            window.open_record("case", self.case_id_at(row))
