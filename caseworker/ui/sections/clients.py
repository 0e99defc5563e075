"""Clients: the list (searched and filtered in SQL, loaded a page at a time) beside the client's file."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from caseworker.domain.clients import ClientFlags, ClientRow, format_phone
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.client_dialog import ClientDialog
from caseworker.ui.i18n import tr
from caseworker.ui.models.lazy_table import Column
from caseworker.ui.sections.base import Section
from caseworker.ui.views.client_detail import ClientDetail
from caseworker.ui.widgets.record_list import RecordList

SAFEGUARDING_COLOUR = "#b3261e"


class _ClientSource:
    def __init__(self, ctx: UiContext) -> None:
        self._clients = ctx.services.clients

    def ids(self, query: ListQuery) -> list[int]:
        return self._clients.list_ids(query)

    def rows(self, ids: Sequence[int]) -> list[ClientRow]:
        return self._clients.list_rows(list(ids))


def _flags_text(flags: ClientFlags) -> str:
    parts = []
    if flags.safeguarding:
        parts.append("⚠ " + tr("Safeguarding"))
    if flags.interpreter_needed:
        parts.append(tr("Interpreter") + (f" ({flags.interpreter_language})" if flags.interpreter_language else ""))
    if flags.accessibility:
        parts.append(tr("Access"))
    return " · ".join(parts)


class ClientsSection(Section):
    order = 10
    required = Action.READ_CLIENTS
    kinds = ("client",)
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
                   format=lambda d: d.isoformat() if isinstance(d, date) else ""),
            Column("flags", tr("Flags"), sortable=False, format=_flags_text, width=150),
            Column("phone", tr("Phone"), width=125, format=format_phone),
            Column("key_worker", tr("Key worker")),
        ]
        self.list = RecordList(columns, _ClientSource(ctx), name=tr("Clients"),
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
            lambda r: {"color": SAFEGUARDING_COLOUR} if r.flags.safeguarding else None)
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
        self.worker_filter.addItem(tr("My clients"), ctx.services.actor.user_id)
        self.worker_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("key_worker_id", self.worker_filter.currentData()))
        self.new_button = QPushButton(icons.icon("user-round-plus"), tr("New client"), self)
        self.new_button.setToolTip(tr("New client (Ctrl+N)"))
        self.new_button.setAccessibleName(tr("New client"))
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setVisible(ctx.services.actor.can(Action.EDIT_CLIENTS))
        self.list.filter_bar.addWidget(self.flag_filter)
        self.list.filter_bar.addWidget(self.worker_filter)
        self.list.filter_bar.addWidget(self.new_button)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        self.count_label.setAccessibleName(tr("Number of clients shown"))
        self.list.layout().addWidget(self.count_label)
        self.list.model.modelReset.connect(self._update_count)

        self.detail = ClientDetail(ctx, self)
        self.placeholder = QLabel(tr("Choose a client on the left to see their file,\nor press Ctrl+N to add one."),
                                  self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text); font-size: 14px;")
        self.right = QStackedWidget(self)
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.detail)

        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([600, 640])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

        self.list.current_changed.connect(self.show_client)
        self.list.activated.connect(self._focus_detail)
        self._loaded = False

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.list.reload()

    def show_client(self, client_id: int | None) -> None:
        self.detail.show_client(client_id)
        self.right.setCurrentWidget(self.detail if client_id is not None else self.placeholder)

    def _focus_detail(self, client_id: int) -> None:
        self.show_client(client_id)
        self.detail.tabs.setFocus()

    def _update_count(self) -> None:
        n = self.list.model.rowCount()
        self.count_label.setText(tr("{n} clients").format(n=f"{n:,}") if n != 1 else tr("1 client"))

    def new_record(self) -> bool:
        if not self.ctx.services.actor.can(Action.EDIT_CLIENTS):
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
        self.show_client(record_id)

    def on_changes(self, changes: Changes) -> None:
        if not self._loaded:
            return
        if changes.touches("client"):
            known = {i for i in changes.ids("client") if self.list.model.row_of(i) is not None}
            if known == changes.ids("client"):
                self.list.model.refresh_ids(known)
            else:
                current = self.list.current_id()
                self.list.reload()
                if current is not None:
                    self.list.select_id(current)
        self.detail.on_changes(changes)
