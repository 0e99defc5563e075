"""The right-hand side of the Grants section: one application, or one funder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.clock import utcnow
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.grant_reports import REPORT_STATE_LABELS, ScheduledReport
from caseworker.domain.grants import STAGE_LABELS, Stage, next_stages
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services.grants import FunderRecord, GrantDetail
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.aid_dialogs import ReasonDialog
from caseworker.ui.dialogs.grant_dialogs import (
    BudgetLineDialog,
    GrantDialog,
    GrantTargetsDialog,
    ProgrammeDialog,
    ReportSubmittedDialog,
    SpendingDialog,
    StageDialog,
)
from caseworker.ui.export import export_document
from caseworker.ui.i18n import error_text, format_money, local_strftime, tr, tr_domain

STAGE_COLOURS = {
    Stage.PROSPECT: "#6b7280", Stage.DRAFTING: "#2563eb", Stage.SUBMITTED: "#7c3aed", Stage.AWARDED: "#15803d",
    Stage.DECLINED: "#9f1239", Stage.WITHDRAWN: "#6b7280", Stage.REPORTING: "#0f766e", Stage.CLOSED: "#374151",
}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: 600; font-size: 13px; margin-top: 10px;")
    return label


def muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def stage_badge(stage: Stage) -> str:
    colour = STAGE_COLOURS[stage]
    return (f"<span style='color: white; background: {colour}; padding: 2px 8px; border-radius: 8px;'>"
            f"&nbsp;{tr_domain(STAGE_LABELS[stage])}&nbsp;</span>")


def small_table(columns: list[str], parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels(columns)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setFrameShape(QFrame.Shape.StyledPanel)
    return table


def cell(text: str, *, right: bool = False, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(_RIGHT)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


class GrantDetailView(QScrollArea):
    """One application: its facts, key dates, checklist, budget with balances, and spending.

    What is saved here is announced by the runner; the section refreshes what it touched."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.grant: GrantDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(tr("Grant application"))
        inner = QWidget(self)
        self.setWidget(inner)
        col = QVBoxLayout(inner)
        col.setContentsMargins(16, 12, 16, 12)

        self.title = QLabel(inner)
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.subtitle = muted("", inner)
        self.stage = QLabel(inner)
        self.stage.setTextFormat(Qt.TextFormat.RichText)
        col.addWidget(self.title)
        col.addWidget(self.subtitle)
        col.addWidget(self.stage)

        can_edit = ctx.actor.can(Action.EDIT_GRANTS)
        bar = QHBoxLayout()
        self.edit_button = self._button(icons.icon("pencil"), tr("&Edit…"), self._edit, bar)
        self.stage_button = self._button(icons.icon("arrow-right"), tr("&Move stage…"), self._move, bar)
        self.targets_button = self._button(icons.icon("list-checks"), tr("&Targets…"), self._targets, bar)
        self.targets_button.setAccessibleName(tr("Targets and outcomes"))
        self.targets_button.setToolTip(tr("What the application promised: targets, outcomes reached, the "
                                          "demographics the funder asks for and the report's narrative"))
        bar.addStretch(1)
        self.pdf_button = QPushButton(icons.icon("file-down"), tr("Export PDF"), self)
        self.pdf_button.setAccessibleName(tr("Export the grant as PDF"))
        pdf_menu = QMenu(self.pdf_button)
        pdf_menu.addAction(tr("Application summary"), lambda: self._export_pdf("grant-application"))
        pdf_menu.addAction(tr("Grant report for its reporting period"), lambda: self._export_pdf("grant-report"))
        self.pdf_button.setMenu(pdf_menu)
        bar.addWidget(self.pdf_button)
        col.addLayout(bar)
        for b in (self.edit_button, self.stage_button, self.targets_button):
            b.setVisible(can_edit)

        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fact_labels: dict[str, QLabel] = {}
        for key, caption in (("applicant", tr("Applying for")), ("requested", tr("Requested")),
                             ("awarded", tr("Awarded")), ("owner", tr("Owner")), ("period", tr("Grant period")),
                             ("reports", tr("Reports")), ("purpose", tr("Purpose")), ("notes", tr("Notes"))):
            label = QLabel(inner)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(caption)
            self.facts.addRow(caption + ":", label)
            self.fact_labels[key] = label
        col.addLayout(self.facts)

        col.addWidget(heading(tr("Key dates"), inner))
        self.dates = QLabel(inner)
        self.dates.setTextFormat(Qt.TextFormat.RichText)
        self.dates.setAccessibleName(tr("Key dates"))
        col.addWidget(self.dates)

        col.addWidget(heading(tr("Reports to the funder"), inner))
        self.reports = small_table([tr("Due"), tr("Submitted"), tr("By"), tr("State")], inner,
                                   tr("Reports to the funder"))
        self.reports.setMaximumHeight(170)
        col.addWidget(self.reports)
        reports_bar = QHBoxLayout()
        self.submitted_button = self._button(icons.icon("check"), tr("Mark report su&bmitted…"),
                                             self._mark_submitted, reports_bar)
        self.submitted_button.setAccessibleName(tr("Mark the chosen report submitted"))
        self.submitted_button.setVisible(can_edit)
        reports_bar.addStretch(1)
        col.addLayout(reports_bar)
        self.schedule: list[ScheduledReport] = []

        col.addWidget(heading(tr("Checklist"), inner))
        self.checklist = QListWidget(inner)
        self.checklist.setAccessibleName(tr("Checklist of documents"))
        self.checklist.itemChanged.connect(self._document_ticked)
        col.addWidget(self.checklist)
        docs_bar = QHBoxLayout()
        self.add_document_button = self._button(icons.icon("file-plus"), tr("Add &document…"), self._add_document, docs_bar)
        self.add_document_button.setVisible(can_edit)
        docs_bar.addStretch(1)
        col.addLayout(docs_bar)

        from caseworker.ui.views.record_tasks import RecordTasksTab

        col.addWidget(heading(tr("Tasks"), inner))
        self.tasks = RecordTasksTab(ctx, "grant", inner)
        self.tasks.list.setMaximumHeight(140)
        col.addWidget(self.tasks)

        self.money_box = QWidget(inner)
        money = QVBoxLayout(self.money_box)
        money.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.money_box)
        money.addWidget(heading(tr("Budget"), inner))
        self.budget_note = muted("", inner)
        money.addWidget(self.budget_note)
        self.budget = small_table([tr("Category"), tr("Budget"), tr("Spent"), tr("Remaining")], inner, tr("Budget"))
        self.budget.setMaximumHeight(170)
        money.addWidget(self.budget)
        money_bar = QHBoxLayout()
        self.add_line_button = self._button(icons.icon("plus"), tr("Add budget &line…"), self._add_line, money_bar)
        self.spend_button = self._button(icons.icon("hand-coins"), tr("Record &spending…"), self._spend, money_bar)
        self.void_button = self._button(icons.icon("ban"), tr("&Void spending…"), self._void, money_bar)
        money_bar.addStretch(1)
        money.addLayout(money_bar)
        for b in (self.add_line_button, self.spend_button, self.void_button):
            b.setVisible(can_edit)

        money.addWidget(heading(tr("Spending"), inner))
        self.spending = small_table([tr("What for"), tr("Line"), tr("Date"), tr("Amount")], inner, tr("Spending"))
        self.spending.setMinimumHeight(160)
        money.addWidget(self.spending)
        col.addStretch(1)

    def _button(self, icon, text: str, slot: Callable[[], None], bar: QHBoxLayout) -> QPushButton:
        button = QPushButton(icon, text, self)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    # -- showing -------------------------------------------------------------------------------
    def show_grant(self, g: GrantDetail) -> None:
        self.grant = g
        if self.tasks.record_id != g.id:
            self.tasks.set_record(g.id)
        row = g.row
        money = lambda amount: format_money(amount, row.currency)  # noqa: E731 - a local shorthand
        self.title.setText(row.title)
        self.subtitle.setText(" · ".join(x for x in (row.funder, row.programme) if x))
        self.stage.setText(stage_badge(row.stage))
        values = {
            "applicant": tr_domain(row.applicant),
            "requested": money(row.requested),
            "awarded": money(row.awarded) if row.awarded is not None else "—",
            "owner": row.owner or "—",
            "period": f"{g.period_start} – {g.period_end}" if g.period_start and g.period_end else "—",
            "reports": self._reports_text(g),
            "purpose": g.purpose or "—",
            "notes": g.notes or "—",
        }
        for key, label in self.fact_labels.items():
            label.setText(values[key])
        self._show_dates(g)
        grant_id = g.id
        self.ctx.read(lambda s: s.grant_reports.schedule(grant_id), self._show_reports)
        self._show_checklist(g)
        self._show_budget(g)
        self.stage_button.setEnabled(bool(next_stages(row.stage)))
        funded = g.balance is not None and row.stage in (Stage.AWARDED, Stage.REPORTING)
        self.add_line_button.setEnabled(funded)
        self.spend_button.setEnabled(funded and bool(g.balance and g.balance.lines))

    @staticmethod
    def _reports_text(g: GrantDetail) -> str:
        if g.report_first_due is None:
            return "—"
        if not g.report_rule:
            return tr("One report, due {day}").format(day=g.report_first_due.isoformat())
        from caseworker.domain.recurrence import SeriesRule

        template, values = SeriesRule.from_rrule(g.report_rule).describe()
        return tr("{schedule}, from {day}").format(schedule=tr_domain(template, **values),
                                                  day=g.report_first_due.isoformat())

    def _show_reports(self, schedule: list[ScheduledReport]) -> None:
        if self.grant is None or any(r.grant_id != self.grant.id for r in schedule):
            return  # an answer for a grant no longer shown
        self.schedule = schedule
        self.reports.setRowCount(len(schedule))
        for r, report in enumerate(schedule):
            items = [cell(report.due_on.isoformat()),
                     cell(report.submitted_on.isoformat() if report.submitted_on else "—"),
                     cell(report.submitted_by or "—"), cell(tr_domain(REPORT_STATE_LABELS[report.state]))]
            for c, item in enumerate(items):
                item.setData(Qt.ItemDataRole.UserRole, report.due_on)
                self.reports.setItem(r, c, item)
        self.reports.resizeColumnsToContents()
        # The first report still owed is where a user most likely wants to act.
        owed = next((i for i, x in enumerate(schedule) if x.submitted_on is None), None)
        if owed is not None:
            self.reports.selectRow(owed)
        self.submitted_button.setEnabled(owed is not None)

    def _mark_submitted(self) -> None:
        if self.grant is None:
            return
        row = self.reports.currentRow()
        report = self.schedule[row] if 0 <= row < len(self.schedule) else None
        if report is None or report.submitted_on is not None:
            QMessageBox.information(self, tr("Reports to the funder"),
                                    tr("Choose a report that is not marked submitted yet."))
            return
        today = utcnow().astimezone(self.ctx.org.zone).date()
        result = ReportSubmittedDialog.ask(self.ctx, self.grant.id, report.due_on, today=today, parent=self)
        if result is not None:
            self._show_reports(result[0])

    def _show_dates(self, g: GrantDetail) -> None:
        today = utcnow().astimezone(self.ctx.zone).date()
        lines = []
        for k in g.key_dates:
            style = "color: palette(placeholder-text);" if k.on < today else ""
            soon = (k.on - today).days
            when = tr("today") if soon == 0 else (tr("in {n} days").format(n=soon) if 0 < soon <= 30 else "")
            lines.append(f"<div style='{style}'>{local_strftime(k.on, '%a %d %b %Y')} — {tr_domain(k.label)}"
                         f"{' <b>(' + when + ')</b>' if when else ''}</div>")
        if g.submitted_on:
            lines.insert(0, f"<div style='color: palette(placeholder-text);'>{local_strftime(g.submitted_on, '%a %d %b %Y')} — "
                            f"{tr('Submitted')}</div>")
        self.dates.setText("".join(lines) or tr("No dates yet."))

    def _show_checklist(self, g: GrantDetail) -> None:
        self.checklist.blockSignals(True)
        self.checklist.clear()
        can_edit = self.ctx.actor.can(Action.EDIT_GRANTS)
        for doc in g.documents:
            text = doc.name if doc.required else tr("{name} (optional)").format(name=doc.name)
            item = QListWidgetItem(text, self.checklist)
            item.setData(Qt.ItemDataRole.UserRole, (doc.id, doc.version))
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if can_edit:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if doc.done else Qt.CheckState.Unchecked)
        if not g.documents:
            item = QListWidgetItem(tr("No documents listed — add the ones the funder asks for."), self.checklist)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.checklist.blockSignals(False)
        rows = min(max(self.checklist.count(), 1), 8)
        self.checklist.setFixedHeight(rows * self.checklist.sizeHintForRow(0) + 2 * self.checklist.frameWidth() + 4)

    def _show_budget(self, g: GrantDetail) -> None:
        currency = g.row.currency
        b = g.balance
        self.budget.setRowCount(0)
        # A budget and its spending exist only once money has been awarded.
        self.money_box.setVisible(b is not None)
        if b is not None:
            self.budget_note.setText(tr("Awarded {awarded} · spent {spent} · remaining {remaining} · "
                                        "not yet budgeted {unallocated}").format(
                awarded=format_money(b.awarded, currency), spent=format_money(b.spent, currency),
                remaining=format_money(b.remaining, currency), unallocated=format_money(b.unallocated, currency)))
            rows = [(line.category, line.budget, line.spent, line.remaining, False) for line in b.lines]
            rows.append((tr("Total"), b.budgeted, b.spent, b.budgeted - b.spent, True))
            self.budget.setRowCount(len(rows))
            for r, (category, budget, spent, remaining, bold) in enumerate(rows):
                self.budget.setItem(r, 0, cell(category, bold=bold))
                for c, amount in enumerate((budget, spent, remaining), start=1):
                    item = cell(format_money(amount, currency), right=True, bold=bold)
                    if c == 3 and amount < 0:
                        item.setForeground(Qt.GlobalColor.red)
                    self.budget.setItem(r, c, item)
            self.budget.resizeColumnsToContents()
            self.budget.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.spending.setRowCount(len(g.spending))
        for r, x in enumerate(g.spending):
            what = x.description or "—"
            if x.disbursement_id is not None:
                what = tr("{what} (aid disbursement {n})").format(what=what, n=x.disbursement_id)
            if x.voided:
                what = tr("{what} — void: {reason}").format(what=what, reason=x.void_reason)
            items = [cell(what), cell(x.category), cell(x.spent_on.isoformat()),
                     cell(format_money(x.amount, currency), right=True)]
            for c, item in enumerate(items):
                item.setData(Qt.ItemDataRole.UserRole, x.id)
                if x.voided:
                    item.setForeground(Qt.GlobalColor.gray)
                    font = item.font()
                    font.setStrikeOut(c == 3)
                    item.setFont(font)
                self.spending.setItem(r, c, item)
        self.spending.resizeColumnsToContents()
        self.spending.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.void_button.setEnabled(any(not x.voided for x in g.spending))

    # -- actions -------------------------------------------------------------------------------
    def _saved(self, result: tuple[GrantDetail, Changes] | None) -> None:
        """A dialog or an action here saved: show the grant as it is now (the runner announces
        the change to everything else)."""
        if result is not None:
            self.show_grant(result[0])

    def _edit(self) -> None:
        if self.grant is not None:
            self._saved(GrantDialog.ask(self.ctx, self.grant, currency=self.ctx.org.currency, parent=self))

    def _export_pdf(self, kind: str) -> None:
        g = self.grant
        if g is None:
            return
        if kind == "grant-application":
            export_document(self, self.ctx, kind, g.id)
            return
        # Without a period the service takes the grant's own reporting period (the report due
        # most recently), which is what the funder asks to be reported on.
        export_document(self, self.ctx, kind, g.id)

    def _targets(self) -> None:
        if self.grant is not None:
            GrantTargetsDialog.ask(self.ctx, self.grant.id, self)

    def _move(self) -> None:
        if self.grant is not None:
            self._saved(StageDialog.ask(self.ctx, self.grant, self))

    def _add_document(self) -> None:
        if self.grant is None:
            return
        name = ReasonDialog.ask(tr("Add document"), tr("Name a document the funder asks for."), tr("Add"), self)
        if name:
            grant_id = self.grant.id
            self.ctx.write(lambda s: s.grants.add_document(grant_id, name), self._saved)

    def _document_ticked(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident is None:
            return
        doc_id, version = ident
        done = item.checkState() == Qt.CheckState.Checked
        self.ctx.write(lambda s: s.grants.set_document_done(doc_id, done, version), self._saved, self._failed)

    def _failed(self, error: CaseworkerError) -> None:
        """Put the tick back as it is stored, then say why it did not change."""
        if self.grant is not None:
            grant_id = self.grant.id
            self.ctx.read(lambda s: s.grants.get(grant_id), self.show_grant)
        QMessageBox.warning(self, tr("Grants"), error_text(error))

    def _add_line(self) -> None:
        if self.grant is not None:
            self._saved(BudgetLineDialog.ask(self.ctx, self.grant, self))

    def _spend(self) -> None:
        if self.grant is not None:
            today = utcnow().astimezone(self.ctx.zone).date()
            self._saved(SpendingDialog.ask(self.ctx, self.grant, today=today, parent=self))

    def _void(self) -> None:
        if self.grant is None:
            return
        row = self.spending.currentRow()
        item = self.spending.item(row, 0) if row >= 0 else None
        spend = next((x for x in self.grant.spending if item is not None
                      and x.id == item.data(Qt.ItemDataRole.UserRole) and not x.voided), None)
        if spend is None:
            QMessageBox.information(self, tr("Void spending"), tr("Choose a spending line that is not void first."))
            return
        reason = ReasonDialog.ask(
            tr("Void spending"),
            tr("Void {amount} spent on {day} ({what})? It stays on record, marked void, and the line gets "
               "the money back.").format(amount=format_money(spend.amount, self.grant.row.currency),
                                         day=spend.spent_on.isoformat(), what=spend.description or spend.category),
            tr("Void"), self)
        if reason:
            sid, version = spend.id, spend.version
            self.ctx.write(lambda s: s.grants.void_spending(sid, reason, version), self._saved)


class FunderView(QScrollArea):
    """One funder: how to reach them, their programmes and people, and what they gave.

    A programme added here is announced by the runner; the section shows the funder again."""

    new_application = Signal(int)  # funder id
    edit_requested = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.funder: FunderRecord | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(tr("Funder"))
        inner = QWidget(self)
        self.setWidget(inner)
        col = QVBoxLayout(inner)
        col.setContentsMargins(16, 12, 16, 12)
        self.name = QLabel(inner)
        self.name.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.summary = muted("", inner)
        col.addWidget(self.name)
        col.addWidget(self.summary)
        bar = QHBoxLayout()
        can_edit = ctx.actor.can(Action.EDIT_GRANTS)
        self.edit_button = QPushButton(icons.icon("pencil"), tr("&Edit…"), inner)
        self.edit_button.clicked.connect(lambda: self.funder and self.edit_requested.emit(self.funder.id))
        self.programme_button = QPushButton(icons.icon("plus"), tr("Add &programme…"), inner)
        self.programme_button.clicked.connect(self._add_programme)
        self.apply_button = QPushButton(icons.icon("file-plus"), tr("New &application…"), inner)
        self.apply_button.clicked.connect(lambda: self.funder and self.new_application.emit(self.funder.id))
        for b in (self.edit_button, self.programme_button, self.apply_button):
            b.setVisible(can_edit)
            bar.addWidget(b)
        bar.addStretch(1)
        col.addLayout(bar)
        self.contact = QLabel(inner)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact.setWordWrap(True)
        col.addWidget(self.contact)
        col.addWidget(heading(tr("Programmes"), inner))
        self.programmes = QLabel(inner)
        self.programmes.setWordWrap(True)
        col.addWidget(self.programmes)
        col.addWidget(heading(tr("People"), inner))
        self.people = QLabel(inner)
        self.people.setWordWrap(True)
        self.people.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.people)
        col.addStretch(1)

    def show_funder(self, f: FunderRecord) -> None:
        self.funder = f
        self.name.setText(f.name + ("" if f.active else " " + tr("(inactive)")))
        self.summary.setText(tr("{n} applications · {amount} awarded").format(
            n=f.applications, amount=format_money(f.awarded_total, self.ctx.org.currency)))
        self.contact.setText("\n".join(x for x in (f.website, f.email, f.phone) if x) or tr("No contact details yet."))
        self.programmes.setText("\n".join(f"• {p.name}" for p in f.programmes) or tr("None listed."))
        self.people.setText("\n".join(f"{c.name} — {c.role}  {c.email}".rstrip() for c in f.contacts)
                            or tr("None listed."))

    def _add_programme(self) -> None:
        if self.funder is not None:
            ProgrammeDialog.ask(self.ctx, self.funder.id, self)

