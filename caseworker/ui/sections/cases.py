"""Cases: the list (filtered and sorted in SQL) beside the selected case and its timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.cases import CaseRow, CaseStatus, CategoryRecord
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.list_export import ListKind
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.case_dialogs import CategoryDialog, NewCaseDialog, ReassignAllDialog
from caseworker.ui.i18n import local_strftime, tr
from caseworker.ui.list_export import export_button
from caseworker.ui.models.lazy_table import Column, RowSource
from caseworker.ui.sections.base import Section
from caseworker.ui.views.case_detail import OVERDUE_COLOUR, CaseDetailView, priority_text, status_text
from caseworker.ui.widgets.flag_strip import flags_text, flags_tooltip
from caseworker.ui.widgets.record_list import RecordList, list_beside_detail

CASE_SOURCE = RowSource(ids=lambda s, query: s.cases.list_ids(query),
                        rows=lambda s, ids: s.cases.list_rows(list(ids)))


class CasesSection(Section):
    required = Action.READ_CASES
    kinds = ("case",)
    icon_name = "briefcase"

    @classmethod
    def title(cls) -> str:
        return tr("Cases")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("cases")
        actor = ctx.actor
        columns = [
            Column("reference", tr("Case"), width=78),
            Column("client_name", tr("Client"), width=150),
            Column("client_flags", tr("Flags"), sortable=False, format=flags_text, tooltip=flags_tooltip, width=110),
            Column("title", tr("Subject"), width=170),
            Column("category", tr("Category"), width=100, primary=False),
            Column("priority", tr("Priority"), format=priority_text, width=64, primary=False),
            Column("status", tr("Status"), format=status_text, width=88),
            Column("assignee", tr("Worker"), width=120),
            Column("due_on", tr("Due"), align_right=True, format=lambda d: local_strftime(d, "%d %b %Y") if d else "",
                   width=86),
        ]
        self.list = RecordList(columns, CASE_SOURCE, ctx.read, name=tr("Cases"),
                               placeholder=tr("Filter by reference, subject or client name"),
                               empty_text=tr("No cases here yet — Ctrl+N opens one."), parent=self)
        self.list.model.row_style = self._row_style
        self.list.model.query = ListQuery(filters=(("status", "open"),))

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(tr("Show cases by status"))
        self.status_filter.addItem(tr("Open cases"), "open")
        self.status_filter.addItem(tr("Finished cases"), "finished")
        self.status_filter.addItem(tr("All cases"), "all")
        for status in CaseStatus:
            self.status_filter.addItem(status_text(status), status.value)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("status", self.status_filter.currentData()))
        self.category_filter = QComboBox(self)
        # Its choices arrive after it is first shown: it widens to them instead of cutting them.
        self.category_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category_filter.setAccessibleName(tr("Show cases of a category"))
        self.category_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_filter("category", self.category_filter.currentData()))
        self.mine = QCheckBox(tr("&Mine"), self)
        self.mine.setAccessibleName(tr("Only my cases"))
        self.mine.toggled.connect(lambda on: self.list.set_filter("mine", True if on else None))
        self.overdue = QCheckBox(tr("O&verdue"), self)
        self.overdue.setAccessibleName(tr("Only overdue cases"))
        self.overdue.toggled.connect(lambda on: self.list.set_filter("overdue", True if on else None))
        self.new_button = QPushButton(icons.icon("plus"), tr("New case"), self)
        self.new_button.setToolTip(tr("Open a case (Ctrl+N)"))
        self.new_button.setAccessibleName(tr("New case"))
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setVisible(actor.can(Action.EDIT_CASES))
        self.list.filter_bar.addWidget(self.new_button)
        self.list.filter_bar.addWidget(export_button(self, ctx, ListKind.CASES, lambda: self.list.model.query))
        if actor.can(Action.MANAGE_ORGANIGRAM) or actor.can(Action.REASSIGN_CASES):
            self.list.filter_bar.addWidget(self._manager_menu())
        # The filters get a row of their own so the text filter keeps a useful width.
        filters = QHBoxLayout()
        for widget in (self.status_filter, self.category_filter, self.mine, self.overdue):
            filters.addWidget(widget)
        filters.addStretch(1)
        list_layout = self.list.layout()
        list_layout.insertLayout(list_layout.indexOf(self.list.filter_bar) + 1, filters)
        self.list.current_changed.connect(self._current_changed)
        self.list.activated.connect(lambda _id: self.detail.timeline.setFocus())

        self.detail = CaseDetailView(ctx, self)
        self.detail.client_requested.connect(self._open_client)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setSizes([820, 460])
        splitter.setChildrenCollapsible(False)
        list_beside_detail(splitter, self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._loaded = False

    def _manager_menu(self) -> QToolButton:
        button = QToolButton(self)
        button.setText(tr("Manage"))
        button.setAccessibleName(tr("Manage categories and assignments"))
        button.setIcon(icons.icon("sliders-horizontal"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        actor = self.ctx.actor
        if actor.can(Action.MANAGE_ORGANIGRAM):
            menu.addAction(tr("Add category…"), lambda: self._edit_category(None))
            edit_menu = menu.addMenu(tr("Change category"))
            edit_menu.aboutToShow.connect(lambda: self._fill_category_menu(edit_menu))
        if actor.can(Action.REASSIGN_CASES):
            menu.addSeparator()
            menu.addAction(tr("Reassign a worker's cases…"), self._reassign_all)
        button.setMenu(menu)
        return button

    def _fill_category_menu(self, menu: QMenu) -> None:
        menu.clear()
        loading = menu.addAction(tr("Loading…"))
        loading.setEnabled(False)
        self.ctx.read(lambda s: s.cases.list_categories(include_inactive=True),
                      lambda categories: self._category_menu_arrived(menu, categories))

    def _category_menu_arrived(self, menu: QMenu, categories: list[CategoryRecord]) -> None:
        menu.clear()
        for cat in categories:
            menu.addAction(cat.name, lambda c=cat: self._edit_category(c))

    def _edit_category(self, category) -> None:
        if CategoryDialog.ask(self.ctx, category, self) is not None:
            self._load_categories()

    def _reassign_all(self) -> None:
        result = ReassignAllDialog.ask(self.ctx, self)
        if result is not None:
            self.window().statusBar().showMessage(tr("{n} open cases reassigned.").format(n=result[0]), 6000)

    def _row_style(self, row: CaseRow) -> dict | None:
        if row.overdue:
            return {"color": colour(OVERDUE_COLOUR)}
        return None

    def _load_categories(self) -> None:
        self.ctx.read(lambda s: s.cases.list_categories(), self._show_categories)

    def _show_categories(self, categories: list[CategoryRecord]) -> None:
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(tr("All categories"), None)
        for cat in categories:
            self.category_filter.addItem(cat.name, cat.id)
        index = self.category_filter.findData(current)
        self.category_filter.setCurrentIndex(max(0, index))
        self.category_filter.blockSignals(False)

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self._load_categories()
            self.list.reload()

    def _current_changed(self, case_id: int | None) -> None:
        self.detail.show_case(case_id)

    def _open_client(self, client_id: int) -> None:
        window = self.window()
        if hasattr(window, "open_record"):
            window.open_record("client", client_id)

    def new_record(self) -> bool:
        if not self.ctx.actor.can(Action.EDIT_CASES):
            return False
        case = NewCaseDialog.ask(self.ctx, parent=self)
        if case is not None:
            self.open_record("case", case.id)
        return True

    def open_record(self, kind: str, record_id: int) -> None:
        self.activate()
        if not self.list.select_id(record_id):
            # Not in the current filter: show every case so the one asked for is there.
            self.status_filter.setCurrentIndex(self.status_filter.findData("all"))
            self.mine.setChecked(False)
            self.overdue.setChecked(False)
            self.category_filter.setCurrentIndex(0)
            self.list.filter_edit.clear()
            self.list.model.set_query(ListQuery(filters=(("status", "all"),)))
            if not self.list.select_id(record_id):
                self.detail.show_case(record_id)

    def on_changes(self, changes: Changes) -> None:
        if not self._loaded:
            return
        if changes.touches(ChangeKind.CASE_CATEGORY):
            self._load_categories()
        if changes.touches(ChangeKind.CASE):
            current = self.list.current_id()
            ids = changes.ids(ChangeKind.CASE)
            if ids and len(ids) < 50 and all(self.list.model.row_of(i) is not None for i in ids):
                self.list.model.refresh_ids(set(ids))
            else:
                self.list.reload()
                if current is not None:
                    self.list.select_id(current)
            self.detail.on_changes(changes)
