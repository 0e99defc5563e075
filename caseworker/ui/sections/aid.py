"""Aid: the funds with their budget bars, the disbursements made from them, and their workflow."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.aid import KIND_LABELS, STATUS_LABELS, AidStatus
from caseworker.domain.clock import today_in
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.aid import DisbursementRow, FundRecord
from caseworker.services.list_export import ListKind
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.aid_dialogs import DisbursementDialog, FundDialog, ReasonDialog
from caseworker.ui.i18n import format_money, tr, tr_domain
from caseworker.ui.list_export import export_button
from caseworker.ui.models.lazy_table import Column, RowSource
from caseworker.ui.sections.base import Section
from caseworker.ui.widgets.budget_bar import BudgetBar, budget_summary
from caseworker.ui.widgets.flag_strip import FlagStrip, flags_text, flags_tooltip
from caseworker.ui.widgets.record_list import RecordList

STATUS_COLOURS = {AidStatus.REQUESTED: "warning", AidStatus.VOID: "muted"}


class ClientAidTab(QWidget):
    """A client's aid history with what each fund has given, on the client's own page."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(tr("Aid totals by fund"))
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(tr("Aid given to this client"))
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("Fund"), tr("Kind"), tr("Amount"), tr("Status"),
                                              tr("Payee")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        box = QVBoxLayout(self)
        box.addWidget(self.totals)
        box.addWidget(self.table, 1)

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        self.table.setRowCount(0)
        if self.client_id is None:
            self.totals.clear()
            return
        client_id = self.client_id
        self.ctx.read(lambda s: s.aid.client_aid(client_id), lambda history: self._show(client_id, history))

    def _show(self, client_id: int, history: Any) -> None:
        if client_id != self.client_id:
            return
        if history.totals_by_fund:
            self.totals.setText(tr("Given so far (voids excluded): {totals}").format(totals=", ".join(
                f"{fund} {format_money(total, currency)}" for fund, currency, total in history.totals_by_fund)))
        else:
            self.totals.setText(tr("No aid has been given to this client yet."))
        self.table.setRowCount(len(history.rows))
        for i, r in enumerate(history.rows):
            cells = [r.disbursed_on.isoformat(), r.fund_name, tr_domain(KIND_LABELS[r.kind]),
                     format_money(r.amount, r.currency), tr_domain(STATUS_LABELS[r.status]), r.payee]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def on_changes(self, changes: Changes) -> None:
        if self.client_id is not None and changes.touches(ChangeKind.DISBURSEMENT):
            self.refresh()


DISBURSEMENT_SOURCE = RowSource(ids=lambda s, query: s.aid.list_ids(query),
                                rows=lambda s, ids: s.aid.list_rows(list(ids)))


class FundCard(QWidget):
    """One fund in the list: its name, a budget bar and the figures behind it."""

    def __init__(self, fund: FundRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = QLabel(f"<b>{fund.name}</b>" + ("" if fund.active else f" <i>({tr('closed')})</i>"), self)
        bar = BudgetBar(self)
        bar.set_use(fund.use, fund.currency)
        figures = QLabel(budget_summary(fund.use, fund.currency), self)
        figures.setWordWrap(True)
        figures.setStyleSheet("color: palette(placeholder-text); font-size: 11px;")
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.setSpacing(3)
        box.addWidget(name)
        box.addWidget(bar)
        box.addWidget(figures)
        self.setAccessibleName(f"{fund.name}: {figures.text()}")


class AidSection(Section):
    required = Action.READ_AID
    kinds = ("disbursement", "fund")
    icon_name = "hand-coins"

    @classmethod
    def title(cls) -> str:
        return tr("Aid")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("aid")
        self._funds: list[FundRecord] = []
        self._funds_ready = False
        self._pending_fund: int | None = None  # asked for before the funds arrived
        self._current: DisbursementRow | None = None
        self._showing: int | None = None

        self.funds_list = QListWidget(self)
        self.funds_list.setAccessibleName(tr("Funds"))
        self.funds_list.currentRowChanged.connect(self._fund_chosen)
        self.add_fund_button = QPushButton(icons.icon("plus"), tr("Add fund"), self)
        self.edit_fund_button = QPushButton(icons.icon("pencil"), tr("Change fund"), self)
        self.add_fund_button.clicked.connect(lambda: self._edit_fund(None))
        self.edit_fund_button.clicked.connect(lambda: self._edit_fund(self._selected_fund()))
        can_manage = ctx.actor.can(Action.MANAGE_FUNDS)
        self.add_fund_button.setVisible(can_manage)
        self.edit_fund_button.setVisible(can_manage)
        funds_panel = QWidget(self)
        fp = QVBoxLayout(funds_panel)
        fp.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("Funds"), funds_panel)
        heading.setStyleSheet("font-weight: 600; font-size: 14px;")
        fp.addWidget(heading)
        fp.addWidget(self.funds_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_fund_button)
        row.addWidget(self.edit_fund_button)
        fp.addLayout(row)

        currency = ctx.org.currency
        columns = [
            Column("disbursed_on", tr("Date"), width=95),
            Column("client_name", tr("Client"), width=170),
            Column("client_flags", tr("Flags"), sortable=False, format=flags_text, tooltip=flags_tooltip, width=110),
            Column("fund_name", tr("Fund"), width=130),
            Column("kind", tr("Kind"), format=lambda k: tr_domain(KIND_LABELS[k]), width=75, primary=False),
            Column("amount", tr("Amount"), align_right=True, width=95,
                   format=lambda a: format_money(a, currency)),
            Column("status", tr("Status"), format=lambda s: tr_domain(STATUS_LABELS[s]), width=85),
            Column("payee", tr("Payee"), sortable=False, primary=False),
        ]
        self.list = RecordList(columns, DISBURSEMENT_SOURCE, ctx.read, name=tr("Disbursements"),
                               placeholder=tr("Filter by client, payee or purpose"),
                               empty_text=tr("No disbursements here yet — Ctrl+N records one."), parent=self)
        self.list.model.row_style = lambda r: {"color": colour(STATUS_COLOURS[r.status])} if r.status in STATUS_COLOURS else None
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(tr("Show disbursements by status"))
        self.status_filter.addItem(tr("All statuses"), None)
        for status in AidStatus:
            self.status_filter.addItem(tr_domain(STATUS_LABELS[status]), status.value)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("status", self.status_filter.currentData()))
        self.list.filter_bar.addWidget(self.status_filter)
        self.record_button = QPushButton(icons.icon("plus"), tr("Record disbursement"), self)
        self.record_button.setToolTip(tr("Record disbursement (Ctrl+N)"))
        self.record_button.clicked.connect(self.new_record)
        self.record_button.setVisible(ctx.actor.can(Action.REQUEST_AID))
        self.list.filter_bar.addWidget(self.record_button)
        self.list.filter_bar.addWidget(export_button(self, ctx, ListKind.AID, lambda: self.list.model.query))
        self.list.current_changed.connect(self._show_disbursement)

        self.detail = self._build_detail()
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.list)
        right.addWidget(self.detail)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        splitter = QSplitter(self)
        splitter.addWidget(funds_panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._loaded = False

    def _build_detail(self) -> QWidget:
        pane = QWidget(self)
        # With nothing chosen the pane says what to do rather than showing empty captions.
        self.detail_empty = QLabel(tr("Choose a disbursement in the list to see it here and approve, pay or "
                                      "void it — or Ctrl+N to record one."), pane)
        self.detail_empty.setObjectName("aid-detail-empty")
        self.detail_empty.setWordWrap(True)
        self.detail_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_empty.setStyleSheet("color: palette(placeholder-text); font-size: 14px;")
        box = self.detail_body = QWidget(pane)
        pane_layout = QVBoxLayout(pane)
        pane_layout.addWidget(self.detail_empty, 1)
        pane_layout.addWidget(box, 1)
        self.detail_flags = FlagStrip(box)
        form = QFormLayout()
        self.detail_labels: dict[str, QLabel] = {}
        for key, caption in (("client_name", tr("Client")), ("fund_name", tr("Fund")), ("amount", tr("Amount")),
                             ("status", tr("Status")), ("payee", tr("Payee")), ("purpose", tr("Purpose")),
                             ("requested_by", tr("Requested by")), ("approved_by", tr("Approved by")),
                             ("void_reason", tr("Void reason"))):
            label = QLabel(box)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            label.setAccessibleName(caption)
            form.addRow(caption + ":", label)
            self.detail_labels[key] = label
        self.approve_button = QPushButton(icons.icon("check"), tr("&Approve"), box)
        self.paid_button = QPushButton(icons.icon("circle-check"), tr("Mark &paid"), box)
        self.void_button = QPushButton(icons.icon("ban"), tr("&Void…"), box)
        self.approve_button.clicked.connect(self._approve)
        self.paid_button.clicked.connect(self._mark_paid)
        self.void_button.clicked.connect(self._void)
        buttons = QHBoxLayout()
        for b in (self.approve_button, self.paid_button, self.void_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.detail_flags)
        outer.addLayout(form)
        outer.addLayout(buttons)
        self._show_disbursement(None)
        return pane

    # -- loading -------------------------------------------------------------------------------
    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self._reload_funds()
            self.list.reload()

    def _reload_funds(self) -> None:
        # Off the GUI thread: each fund's spending is summed over every disbursement.
        self.ctx.read(lambda s: s.aid.funds(include_inactive=True), self._show_funds)

    def _with_funds(self, then: Callable[[], None]) -> None:
        """Run *then* once the funds are known (an action taken before they first arrived waits)."""
        if self._funds_ready:
            then()
        else:
            self.ctx.read(lambda s: s.aid.funds(include_inactive=True),
                          lambda funds: (self._show_funds(funds), then()))

    def _show_funds(self, funds: list[FundRecord]) -> None:
        selected, pending = self._selected_fund(), self._pending_fund
        if pending is not None:
            selected, self._pending_fund = next((f for f in funds if f.id == pending), None), None
        self._funds, self._funds_ready = funds, True
        self.funds_list.blockSignals(True)
        self.funds_list.clear()
        all_item = QListWidgetItem(tr("All funds"), self.funds_list)
        all_item.setData(Qt.ItemDataRole.UserRole, None)
        for fund in self._funds:
            item = QListWidgetItem(self.funds_list)
            item.setData(Qt.ItemDataRole.UserRole, fund.id)
            card = FundCard(fund, self.funds_list)
            item.setSizeHint(card.sizeHint())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, card.accessibleName())
            self.funds_list.setItemWidget(item, card)
        row = next((i + 1 for i, f in enumerate(self._funds) if selected and f.id == selected.id), 0)
        self.funds_list.setCurrentRow(row)
        self.funds_list.blockSignals(False)
        if pending is not None:
            self._fund_chosen(row)
        self.edit_fund_button.setEnabled(row > 0)

    def _selected_fund(self) -> FundRecord | None:
        item = self.funds_list.currentItem()
        fund_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((f for f in self._funds if f.id == fund_id), None)

    def _fund_chosen(self, _row: int) -> None:
        fund = self._selected_fund()
        self.edit_fund_button.setEnabled(fund is not None)
        self.list.set_filter("fund_id", fund.id if fund else None)

    def _show_disbursement(self, disbursement_id: int | None) -> None:
        self._showing = disbursement_id
        if disbursement_id is None:
            self._fill_disbursement(None, None)
            return
        self.ctx.read(lambda s: s.aid.get(disbursement_id), lambda row: self._fill_disbursement(disbursement_id, row))

    def _fill_disbursement(self, disbursement_id: int | None, row: DisbursementRow | None) -> None:
        if disbursement_id != self._showing:
            return
        self._current = row
        self.detail_empty.setVisible(row is None)
        self.detail_body.setVisible(row is not None)
        self.detail_flags.set_flags(row.client_flags if row is not None else None)
        for key, label in self.detail_labels.items():
            if row is None:
                label.setText("")
            elif key == "amount":
                label.setText(format_money(row.amount, row.currency))
            elif key == "status":
                label.setText(tr_domain(STATUS_LABELS[row.status]))
            else:
                label.setText(str(getattr(row, key) or "—"))
        actor = self.ctx.actor
        status = row.status if row else None
        self.approve_button.setEnabled(status is AidStatus.REQUESTED and actor.can(Action.APPROVE_AID))
        self.paid_button.setEnabled(status is AidStatus.APPROVED and actor.can(Action.REQUEST_AID))
        self.void_button.setEnabled(status in (AidStatus.REQUESTED, AidStatus.APPROVED)
                                    or (status is AidStatus.PAID and actor.can(Action.APPROVE_AID)))

    # -- actions -------------------------------------------------------------------------------
    def new_record(self) -> bool:
        if not self.ctx.actor.can(Action.REQUEST_AID):
            return False
        self.activate()
        self._with_funds(self._new_disbursement)
        return True

    def _new_disbursement(self) -> None:
        open_funds = [f for f in self._funds if f.active]
        if not open_funds:
            QMessageBox.information(self, tr("Aid"), tr("There is no open fund yet: a manager adds one first."))
            return
        fund = self._selected_fund()
        today = today_in(self.ctx.zone)
        dialog = DisbursementDialog(self.ctx, open_funds, today=today,
                                    fund_id=fund.id if fund else None, parent=self)
        if dialog.exec() and dialog.result_row is not None:
            self._after_change(dialog.result_row.id)

    def record_for_client(self, client_id: int, client_name: str) -> None:
        """Open the dialog with the client filled in (from the client's own page)."""
        self.activate()
        self._with_funds(lambda: self._record_for(client_id, client_name))

    def _record_for(self, client_id: int, client_name: str) -> None:
        today = today_in(self.ctx.zone)
        dialog = DisbursementDialog(self.ctx, [f for f in self._funds if f.active], today=today,
                                    client=(client_id, client_name), parent=self)
        if dialog.exec() and dialog.result_row is not None:
            self._after_change(dialog.result_row.id)

    def _edit_fund(self, fund: FundRecord | None) -> None:
        dialog = FundDialog(self.ctx, fund, currency=self.ctx.org.currency, parent=self)
        if dialog.exec():
            self._reload_funds()

    def _approve(self) -> None:
        row = self._current
        if row is not None:
            self.ctx.write(lambda s: s.aid.approve(row.id, row.version), lambda _r: self._after_change(row.id))

    def _mark_paid(self) -> None:
        row = self._current
        if row is not None:
            self.ctx.write(lambda s: s.aid.mark_paid(row.id, row.version), lambda _r: self._after_change(row.id))

    def _void(self) -> None:
        row = self._current
        if row is None:
            return
        reason = ReasonDialog.ask(
            tr("Void disbursement"),
            tr("Void {amount} to {client} from {fund}? It stays on record, marked void, with your reason.").format(
                amount=format_money(row.amount, row.currency), client=row.client_name, fund=row.fund_name),
            tr("Void"), self)
        if reason:
            self.ctx.write(lambda s: s.aid.void(row.id, reason, row.version), lambda _r: self._after_change(row.id))

    def _after_change(self, select_id: int) -> None:
        self._reload_funds()
        self.list.reload()
        self.list.select_id(select_id)
        self._show_disbursement(select_id)

    def open_record(self, kind: str, record_id: int) -> None:
        self.activate()
        if kind == "disbursement":
            self.funds_list.setCurrentRow(0)
            self.list.select_id(record_id)
        elif kind == "fund":
            if not self._funds_ready:
                self._pending_fund = record_id
            for i in range(self.funds_list.count()):
                if self.funds_list.item(i).data(Qt.ItemDataRole.UserRole) == record_id:
                    self.funds_list.setCurrentRow(i)

    def on_changes(self, changes: Changes) -> None:
        if self._loaded and changes.touches(ChangeKind.DISBURSEMENT, ChangeKind.FUND):
            self._reload_funds()
            ids = changes.ids(ChangeKind.DISBURSEMENT)
            if changes.touches(ChangeKind.DISBURSEMENT) and (
                    not ids or any(self.list.model.row_of(i) is None for i in ids)):
                # A new payment, or some changed in bulk: only a reload finds them.
                current = self.list.current_id()
                self.list.reload()
                if current is not None:
                    self.list.select_id(current)
            else:
                self.list.model.refresh_ids(ids)
