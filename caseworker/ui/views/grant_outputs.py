"""Insight's funders view: a grant's outputs over its own period, as a table, a chart and the PDF
page that goes into the grant report. Services are called through the runner only."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.errors import CaseworkerError
from caseworker.domain.grant_outputs import GrantOutputs
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import error_text, format_money, tr, tr_domain
from caseworker.ui.models.plain_table import PlainTableModel
from caseworker.ui.views.service_quality import export_model
from caseworker.ui.widgets.charts import PALETTE, HBarChart


class GrantOutputsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outputs: GrantOutputs | None = None
        self.grant_choice = QComboBox(self)
        self.grant_choice.setAccessibleName(tr("Grant"))
        self.grant_choice.currentIndexChanged.connect(lambda _i: self.load())
        self.pdf_button = QPushButton(tr("Export PDF…"), self)
        self.pdf_button.setAccessibleName(tr("The grant's outputs as a PDF page for the grant report"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.table_button = QPushButton(tr("Export table…"), self)
        self.table_button.setAccessibleName(tr("Export the outputs as a spreadsheet"))
        self.table_button.clicked.connect(self.export_table)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        caption = QLabel(tr("Grant:"), self)
        caption.setBuddy(self.grant_choice)
        top.addWidget(caption)
        top.addWidget(self.grant_choice, 1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.table_button)

        self.model = PlainTableModel([tr("Output"), tr("Figure")], parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("The grant's outputs"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ages = HBarChart(tr("Age on the last day of the period"), self)
        self.languages = HBarChart(tr("Languages"), self)
        for chart in (self.ages, self.languages):
            chart.colour = PALETTE[0]  # as on the PDF page
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        charts = QVBoxLayout()
        charts.addWidget(self.ages)
        charts.addWidget(self.languages)
        body.addLayout(charts, 1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.status)
        column.addLayout(body, 1)
        self._listed = False

    def reload(self) -> None:
        if not self._listed:
            self._listed = True
            self.ctx.read(lambda s: s.statistics.grants_with_outputs(), self._set_grants, self._failed)
        else:
            self.load()

    def _set_grants(self, grants: list[tuple[int, str]]) -> None:
        self.grant_choice.blockSignals(True)
        self.grant_choice.clear()
        for grant_id, label in grants:
            self.grant_choice.addItem(label, grant_id)
        self.grant_choice.blockSignals(False)
        if not grants:
            self.status.setText(tr("No grant has been awarded yet: outputs are reported for awarded grants."))
        self.load()

    def load(self) -> None:
        grant_id = self.grant_choice.currentData()
        if grant_id is None:
            return
        self.ctx.read(lambda s: s.statistics.grant_outputs(grant_id), self.show_outputs, self._failed)

    def show_outputs(self, o: GrantOutputs) -> None:
        self.outputs = o
        money = lambda v: format_money(v, o.currency)  # noqa: E731
        self.status.setText(tr("{title} for {funder}, {start} to {end}").format(
            title=o.title, funder=o.funder, start=o.period.start.isoformat(), end=o.period.end.isoformat()))
        rows: list[tuple[str, Any]] = [
            (tr("People served"), o.people_served), (tr("New people served"), o.new_people),
            (tr("Cases opened"), o.cases_opened), (tr("Cases resolved"), o.cases_resolved),
            (tr("Aid payments"), o.aid_payments), (tr("Aid paid"), money(o.aid_amount)),
            (tr("Awarded"), money(o.awarded) if o.awarded is not None else None),
            (tr("Spent from this grant"), money(o.spent)),
            (tr("People reached through its spending"), o.reached),
            (tr("Aid paid through its spending"), money(o.reached_amount)),
        ]
        rows += [(tr("Aid from {fund}").format(fund=f.fund), money(f.amount)) for f in o.aid_by_fund]
        rows += [(tr("Age {band}").format(band=tr_domain(t.label)), t.people) for t in o.age_bands]
        rows += [(tr("Language: {name}").format(name=tr_domain(t.label)), t.people) for t in o.languages]
        rows += [(tr("Area: {name}").format(name=tr_domain(t.label)), t.people) for t in o.districts]
        rows += [(tr("Gender: {name}").format(name=tr_domain(t.label)), t.people) for t in o.genders]
        rows += [(tr("Household size: {size}").format(size=tr_domain(t.label)), t.people) for t in o.household_sizes]
        if o.not_recorded:
            rows.append((tr("Not recorded"), ", ".join(tr_domain(w) for w in o.not_recorded)))
        self.model.set_rows(rows)
        self.ages.set_data([(tr_domain(t.label), t.people) for t in o.age_bands])
        self.languages.set_data([(tr_domain(t.label), t.people) for t in o.languages])

    def _failed(self, exc: CaseworkerError) -> None:
        self.status.setText(error_text(exc))

    def export_pdf(self) -> None:
        from caseworker.ui.export import export_document

        if self.outputs is not None:
            export_document(self, self.ctx, "grant-outputs", self.outputs.grant_id)

    def export_table(self) -> None:
        if self.outputs is not None:
            export_model(self, self.ctx, self.model, f"grant-outputs-{self.outputs.grant_id}",
                         tr("Grant outputs"))
