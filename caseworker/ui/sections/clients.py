"""Clients: the list (searched and filtered in SQL, loaded a page at a time) beside the client's file."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from caseworker.domain.clients import format_phone
from caseworker.domain.imports import ImportKind
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind
from caseworker.services.list_export import ListKind
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.client_dialog import ClientDialog
from caseworker.ui.dialogs.import_wizard import import_button
from caseworker.ui.i18n import tr
from caseworker.ui.list_export import export_button
from caseworker.ui.models.lazy_table import Column, RowSource
from caseworker.ui.sections.list_detail import ListDetailSection
from caseworker.ui.views.client_detail import ClientDetail
from caseworker.ui.widgets.flag_strip import flags_text, flags_tooltip
from caseworker.ui.widgets.record_list import RecordList

SAFEGUARDING_COLOUR = "safeguarding"


CLIENT_SOURCE = RowSource(ids=lambda s, query: s.clients.list_ids(query),
                          rows=lambda s, ids: s.clients.list_rows(list(ids)))


class ClientsSection(ListDetailSection):
    required = Action.READ_CLIENTS
    kinds = ("client",)
    record_kind = ChangeKind.CLIENT
    icon_name = "users"

    @classmethod
    def title(cls) -> str:
        return tr("Clients")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("clients")
        columns = [
            Column("name", tr("Name"), width=180),
            Column("date_of_birth", tr("Born"), width=88,
                   format=lambda d: d.isoformat() if isinstance(d, date) else "", primary=False),
            Column("flags", tr("Flags"), sortable=False, format=flags_text, width=150, tooltip=flags_tooltip),
            Column("phone", tr("Phone"), width=125,
                   format=lambda v: format_phone(v, ctx.org.phone_region)),
            Column("key_worker", tr("Key worker")),
        ]
        self.list = RecordList(columns, CLIENT_SOURCE, ctx.read, name=tr("Clients"),
                               placeholder=tr("Find by name or phone (any part of a name, from its start)"),
                               empty_text=tr("No clients yet — Ctrl+N adds one."), parent=self)
        # Shown sorted by name from the start; set without signals so nothing loads before the
        # section is first opened.
        self.list.model.query = ListQuery().sorted_by("name")
        header = self.list.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.list.model.row_style = (
            lambda r: {"color": colour(SAFEGUARDING_COLOUR)} if r.flags.safeguarding else None)
        self.flag_filter = QComboBox(self)
        self.flag_filter.setAccessibleName(tr("Show clients with a flag"))
        for label, value in ((tr("All clients"), None), (tr("Any flag"), "any"),
                             (tr("Safeguarding"), "safeguarding"), (tr("Interpreter"), "interpreter"),
                             (tr("Accessibility"), "accessibility")):
            self.flag_filter.addItem(label, value)
        self.flag_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("flag", self.flag_filter.currentData()))
        self.worker_filter = QComboBox(self)
        self.worker_filter.setAccessibleName(tr("Show clients by key worker"))
        self.worker_filter.addItem(tr("Any key worker"), None)
        self.worker_filter.addItem(tr("My clients"), ctx.actor.user_id)
        self.worker_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("key_worker_id", self.worker_filter.currentData()))
        self.new_button = QPushButton(icons.icon("user-round-plus"), tr("New client"), self)
        self.new_button.setToolTip(tr("New client (Ctrl+N)"))
        self.new_button.setAccessibleName(tr("New client"))
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setVisible(ctx.actor.can(Action.EDIT_CLIENTS))
        self.list.filter_bar.addWidget(self.flag_filter)
        self.list.filter_bar.addWidget(self.worker_filter)
        self.list.filter_bar.addWidget(self.new_button)
        self.list.filter_bar.addWidget(import_button(self, ctx, ImportKind.CLIENTS, after=self.list.reload))
        self.list.filter_bar.addWidget(export_button(self, ctx, ListKind.CLIENTS, lambda: self.list.model.query))
        self._arrange(self.list, ClientDetail(ctx, self),
                      placeholder=tr("Choose a client on the left to see their file,\nor press Ctrl+N to add one."),
                      count_name=tr("Number of clients shown"), sizes=(600, 640))

    def show_in_detail(self, client_id: int | None) -> None:
        self.detail.show_client(client_id)

    def count_text(self, n: int) -> str:
        return tr("{n} clients").format(n=f"{n:,}") if n != 1 else tr("1 client")

    def new_record(self) -> bool:
        if not self.ctx.actor.can(Action.EDIT_CLIENTS):
            return False
        created = ClientDialog.ask(self.ctx, parent=self)
        if created is not None:
            self.open_record("client", created.id)
        return True

    def open_record(self, kind: str, record_id: int) -> None:
        self.activate()
        if not self.list.select_id(record_id):
            # Not in the current filter: clear it so the record can be shown in its place.
            self.flag_filter.setCurrentIndex(0)
            self.worker_filter.setCurrentIndex(0)
            self.list.filter_edit.clear()
            self.list.model.set_query(ListQuery())
            self.list.select_id(record_id)
        self.show_record(record_id)
