"""Donors: the list of supporters (searched, filtered and sorted in SQL, loaded a page at a time)
beside the selected donor's record, with batch entry of a day's gifts one click away."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QWidget

from caseworker.domain.donors import KIND_LABELS, SEGMENT_LABELS, Segment
from caseworker.domain.imports import ImportKind
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.list_export import ListKind
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.batch_gifts import BatchGiftsDialog
from caseworker.ui.dialogs.donor_dialog import DonorDialog
from caseworker.ui.dialogs.gift_dialog import AppealResponseDialog
from caseworker.ui.dialogs.import_wizard import import_button
from caseworker.ui.export import export_batch
from caseworker.ui.i18n import format_money, tr, tr_domain
from caseworker.ui.list_export import export_button
from caseworker.ui.models.lazy_table import Column, RowSource
from caseworker.ui.sections.list_detail import ListDetailSection
from caseworker.ui.views.donor_detail import DonorDetail
from caseworker.ui.widgets.flow_layout import FlowLayout
from caseworker.ui.widgets.record_list import RecordList

STOPPED_COLOUR = "muted"


DONOR_SOURCE = RowSource(ids=lambda s, query: s.donors.list_ids(query),
                         rows=lambda s, ids: s.donors.list_rows(list(ids)))


class DonorsSection(ListDetailSection):
    required = Action.READ_DONORS
    kinds = ("donor", "household")
    record_kind = ChangeKind.DONOR
    icon_name = "heart-handshake"

    @classmethod
    def title(cls) -> str:
        return tr("Donors")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("donors")
        currency = ctx.org.currency
        columns = [
            Column("name", tr("Name"), width=165),
            Column("segment", tr("Segment"), width=72,
                   format=lambda s: tr_domain(SEGMENT_LABELS[s]) if isinstance(s, Segment) else "", primary=False),
            Column("city", tr("Town"), width=88, primary=False),
            Column("last_gift_on", tr("Last gift"), width=84,
                   format=lambda d: d.isoformat() if isinstance(d, date) else "—"),
            Column("lifetime_total", tr("Given in all"), align_right=True, width=98,
                   format=lambda m: format_money(m, currency) if isinstance(m, Decimal) else ""),
            Column("household_name", tr("Household"), primary=False),
        ]
        self.list = RecordList(columns, DONOR_SOURCE, ctx.read, name=tr("Donors"),
                               placeholder=tr("Find by name (any word, from its start) or e-mail"),
                               empty_text=tr("No donors yet — Ctrl+N adds one."), parent=self)
        self.list.model.query = ListQuery().sorted_by("name")
        header = self.list.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.list.model.row_style = lambda r: {"color": colour(STOPPED_COLOUR)} if r.do_not_contact or r.deceased else None

        self.segment_filter = QComboBox(self)
        self.segment_filter.setAccessibleName(tr("Show donors of a segment"))
        self.segment_filter.addItem(tr("All segments"), None)
        for segment, label in SEGMENT_LABELS.items():
            self.segment_filter.addItem(tr_domain(label), segment.value)
        self.segment_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("segment", self.segment_filter.currentData()))
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(tr("Show individuals or organisations"))
        self.kind_filter.addItem(tr("Everyone"), None)
        for kind, label in KIND_LABELS.items():
            self.kind_filter.addItem(tr_domain(label), kind.value)
        self.kind_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("kind", self.kind_filter.currentData()))
        self.mine_filter = QComboBox(self)
        self.mine_filter.setAccessibleName(tr("Show donors by relationship manager"))
        self.mine_filter.addItem(tr("Any manager"), None)
        self.mine_filter.addItem(tr("My donors"), ctx.actor.user_id)
        self.mine_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("manager_id", self.mine_filter.currentData()))

        self.new_button = QPushButton(icons.icon("user-round-plus"), tr("New donor"), self)
        self.new_button.setToolTip(tr("New donor (Ctrl+N)"))
        self.new_button.setAccessibleName(tr("New donor"))
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setVisible(ctx.actor.can(Action.EDIT_DONORS))
        self.batch_button = QPushButton(icons.icon("list-checks"), tr("Batch entry"), self)
        self.batch_button.setToolTip(tr("Key in a day's gifts"))
        self.batch_button.setAccessibleName(tr("Batch entry of gifts"))
        self.batch_button.clicked.connect(self.batch_entry)
        self.batch_button.setVisible(ctx.actor.can(Action.RECORD_GIFTS))
        self.appeals_button = QPushButton(icons.icon("chart-column"), tr("Appeals"), self)
        self.appeals_button.setToolTip(tr("Gifts and amounts per appeal code"))
        self.appeals_button.setAccessibleName(tr("Appeal response"))
        self.appeals_button.clicked.connect(lambda: AppealResponseDialog.ask(self.ctx, self))
        self.appeals_button.setVisible(ctx.actor.can(Action.READ_GIFTS))
        self.neglect_button = QPushButton(icons.icon("bell"), tr("Overdue and lapsing…"), self)
        self.neglect_button.setToolTip(tr("Donors nobody has contacted within their cadence, "
                                          "LYBUNT and SYBUNT, in the Planner"))
        self.neglect_button.setAccessibleName(tr("Show neglected donors"))
        self.neglect_button.clicked.connect(lambda: self.window().open_record("neglect", 0))
        self.neglect_button.setVisible(ctx.actor.can(Action.PLAN_TOUCHPOINTS))
        self.paperwork_button = QPushButton(icons.icon("file-down"), tr("Receipts and statements…"), self)
        self.paperwork_button.setToolTip(tr("Export receipts or statements for a year as one PDF or a ZIP"))
        self.paperwork_button.setAccessibleName(tr("Export receipts or statements for a year"))
        paperwork_menu = QMenu(self.paperwork_button)
        paperwork_menu.addAction(tr("Export receipts for a year…"), lambda: export_batch(self, self.ctx, "receipts"))
        paperwork_menu.addAction(tr("Export statements for a year…"),
                                 lambda: export_batch(self, self.ctx, "statements"))
        self.paperwork_button.setMenu(paperwork_menu)
        self.paperwork_button.setVisible(ctx.actor.can(Action.READ_GIFTS))
        self.list.filter_bar.addWidget(self.new_button)
        self.list.filter_bar.addWidget(self.batch_button)
        self.import_button = import_button(self, ctx, ImportKind.DONORS, after=self.list.reload)
        self.export_button = export_button(self, ctx, ListKind.DONORS, lambda: self.list.model.query)
        # The gifts of the donors whose names match the list's search (all gifts when it is empty).
        self.export_gifts_button = export_button(self, ctx, ListKind.GIFTS,
                                                 lambda: ListQuery(text=self.list.model.query.text))
        self.export_gifts_button.setText(tr("Export gifts…"))
        self.export_gifts_button.setAccessibleName(tr("Export the gifts of the donors found to a spreadsheet"))
        # Likewise the contacts (touchpoints) of the donors found.
        self.export_touchpoints_button = export_button(self, ctx, ListKind.TOUCHPOINTS,
                                                       lambda: ListQuery(text=self.list.model.query.text))
        self.export_touchpoints_button.setText(tr("Export contacts…"))
        self.export_touchpoints_button.setToolTip(tr("Export the contacts planned and made with the donors found, "
                                                     "to Excel or CSV"))
        self.export_touchpoints_button.setAccessibleName(tr("Export the contacts of the donors found to a "
                                                            "spreadsheet"))
        # The filters get a row of their own so the search box keeps room to type in; it wraps
        # when the list is narrow.
        filters = FlowLayout()
        for widget in (self.segment_filter, self.kind_filter, self.mine_filter, self.neglect_button,
                       self.appeals_button, self.paperwork_button, self.import_button, self.export_button,
                       self.export_gifts_button, self.export_touchpoints_button):
            filters.addWidget(widget)
        self.list.layout().insertLayout(1, filters)
        self._arrange(self.list, DonorDetail(ctx, self),
                      placeholder=tr("Choose a donor on the left to see their record,\nor press Ctrl+N to add one."),
                      count_name=tr("Number of donors shown"), sizes=(440, 620))

    def show_in_detail(self, donor_id: int | None) -> None:
        self.detail.show_donor(donor_id)

    def count_text(self, n: int) -> str:
        return tr("{n} donors").format(n=f"{n:,}") if n != 1 else tr("1 donor")

    def new_record(self) -> bool:
        if not self.ctx.actor.can(Action.EDIT_DONORS):
            return False
        created = DonorDialog.ask(self.ctx, parent=self)
        if created is not None:
            self.open_record("donor", created.id)
        return True

    def batch_entry(self) -> None:
        result = BatchGiftsDialog.ask(self.ctx, self)
        if result is not None:
            self.count_label.setText(tr("Saved {count} gifts, {total}.").format(
                count=result.count, total=format_money(result.total, self.ctx.org.currency)))

    def _reset_filters(self) -> None:
        for combo in (self.segment_filter, self.kind_filter, self.mine_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.list.filter_edit.blockSignals(True)
        self.list.filter_edit.clear()
        self.list.filter_edit.blockSignals(False)

    def open_record(self, kind: str, record_id: int) -> None:
        self.activate()
        if kind == "household":
            # A household opens as its members, the first one shown.
            self._reset_filters()
            self.list.model.set_query(ListQuery().sorted_by("name").with_filter("household_id", record_id))
            first = self.list.model.id_at(0)
            if first is not None:
                self.list.select_id(first)
                self.show_record(first)
            return
        if not self.list.select_id(record_id):
            self._reset_filters()
            self.list.model.set_query(ListQuery().sorted_by("name"))
            self.list.select_id(record_id)
        self.show_record(record_id)

    def reloads_on(self, changes: Changes) -> bool:
        return changes.touches(ChangeKind.HOUSEHOLD)  # members join or leave a household the list shows
