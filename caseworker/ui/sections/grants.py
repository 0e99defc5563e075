"""Grants: the pipeline grouped by stage with its totals, the funders, and the selected record."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.grants import PIPELINE_ORDER, STAGE_LABELS, Stage
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.grants import FunderRecord, GrantDetail, GrantRow
from caseworker.services.list_export import ListKind
from caseworker.ui import icons
from caseworker.ui.colours import readable
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.grant_dialogs import FunderDialog, GrantDialog
from caseworker.ui.i18n import format_money, local_strftime, tr, tr_domain
from caseworker.ui.list_export import export_button
from caseworker.ui.sections.base import Section
from caseworker.ui.views.grant_detail import STAGE_COLOURS, FunderView, GrantDetailView

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _totals_text(amounts: dict[str, Decimal]) -> str:
    return " + ".join(format_money(v, c) for c, v in sorted(amounts.items())) if amounts else ""


class GrantsSection(Section):
    required = Action.READ_GRANTS
    kinds = ("grant", "funder")
    icon_name = "landmark"

    @classmethod
    def title(cls) -> str:
        return tr("Grants")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("grants")
        self._loaded = False
        # A record asked for (from quick search, My work, a new save) before its list arrived.
        self._wanted_grant: int | None = None
        self._wanted_funder: int | None = None
        can_edit = ctx.actor.can(Action.EDIT_GRANTS)

        # -- the pipeline ---------------------------------------------------------------------
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(tr("Filter by title or funder"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(tr("Filter grant applications"))
        self.new_button = QPushButton(icons.icon("plus"), tr("New application"), self)
        self.new_button.setToolTip(tr("New grant application (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setVisible(can_edit)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr("Grant pipeline"))
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([tr("Application"), tr("Funder"), tr("Requested"), tr("Awarded"), tr("Next date")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 150), (2, 100), (3, 100), (4, 90)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(col, width)
        for col in (2, 3):
            self.tree.headerItem().setTextAlignment(col, _RIGHT)
        self.tree.currentItemChanged.connect(self._tree_current)
        self.tree.itemActivated.connect(lambda item, _c: self._tree_current(item, None))
        self.empty = QLabel(tr("No grant applications yet — Ctrl+N starts one."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 14px;")
        pipeline = QWidget(self)
        pl = QVBoxLayout(pipeline)
        pl.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(export_button(self, ctx, ListKind.GRANTS,
                                    lambda: ListQuery(text=self.filter_edit.text().strip(), sort="next_date")))
        pl.addLayout(bar)
        pl.addWidget(self.tree, 1)
        pl.addWidget(self.empty, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(180)
        self._timer.timeout.connect(self._reload_pipeline)
        self.filter_edit.textChanged.connect(lambda _t: self._timer.start())

        # -- the funders ----------------------------------------------------------------------
        self.funders = QListWidget(self)
        self.funders.setAccessibleName(tr("Funders"))
        self.funders.currentItemChanged.connect(self._funder_current)
        self.add_funder_button = QPushButton(icons.icon("plus"), tr("Add funder"), self)
        self.add_funder_button.clicked.connect(self._add_funder)
        self.add_funder_button.setVisible(can_edit)
        funders_page = QWidget(self)
        fl = QVBoxLayout(funders_page)
        fl.setContentsMargins(0, 6, 0, 0)
        fl.addWidget(self.funders, 1)
        fl.addWidget(self.add_funder_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(pipeline, tr("Pipeline"))
        self.tabs.addTab(funders_page, tr("Funders"))
        self.tabs.setAccessibleName(tr("Pipeline or funders"))

        # -- the detail -----------------------------------------------------------------------
        self.grant_view = GrantDetailView(ctx, self)
        self.funder_view = FunderView(ctx, self)
        self.funder_view.new_application.connect(lambda fid: self._new_application(fid))
        self.funder_view.edit_requested.connect(lambda _fid: self._edit_funder())
        self.placeholder = QLabel(tr("Choose an application or a funder to see it here."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text); font-size: 14px;")
        self.detail = QStackedWidget(self)
        for w in (self.placeholder, self.grant_view, self.funder_view):
            self.detail.addWidget(w)

        splitter = QSplitter(self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 440])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- loading ---------------------------------------------------------------------------------
    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self._reload_pipeline()
            self._reload_funders()

    def _reload_pipeline(self) -> None:
        query = ListQuery(text=self.filter_edit.text().strip(), sort="next_date")
        self.ctx.read(lambda s: s.grants.list_rows(s.grants.list_ids(query)), self._show_pipeline)

    def _show_pipeline(self, rows: list[GrantRow]) -> None:
        wanted, self._wanted_grant = self._wanted_grant, None
        selected = wanted if wanted is not None else self._current_grant_id()
        by_stage: dict[Stage, list[GrantRow]] = defaultdict(list)
        for r in rows:
            by_stage[r.stage].append(r)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        select_item = None
        for stage in PIPELINE_ORDER:
            members = by_stage.get(stage, [])
            requested: dict[str, Decimal] = defaultdict(Decimal)
            awarded: dict[str, Decimal] = defaultdict(Decimal)
            for r in members:
                requested[r.currency] += r.requested
                if r.awarded is not None:
                    awarded[r.currency] += r.awarded
            group = QTreeWidgetItem(self.tree, [f"{tr_domain(STAGE_LABELS[stage])}  ({len(members)})", "",
                                                _totals_text(requested), _totals_text(awarded), ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            for col in range(5):
                group.setFont(col, bold)
            group.setForeground(0, QBrush(QColor(readable(STAGE_COLOURS[stage]))))
            for col in (2, 3):
                group.setTextAlignment(col, _RIGHT)
            group.setData(0, Qt.ItemDataRole.AccessibleTextRole, tr("{stage}: {n} applications, {amount} requested").format(
                stage=tr_domain(STAGE_LABELS[stage]), n=len(members), amount=_totals_text(requested) or "0"))
            for r in members:
                item = QTreeWidgetItem(group, [
                    r.title + (f" — {tr_domain(r.applicant)}" if r.applicant != "The organisation" else ""),
                    r.funder, format_money(r.requested, r.currency),
                    format_money(r.awarded, r.currency) if r.awarded is not None else "",
                    local_strftime(r.next_date, "%d %b %Y") if r.next_date else ""])
                item.setData(0, ID_ROLE, r.id)
                for col in (2, 3):
                    item.setTextAlignment(col, _RIGHT)
                if r.id == selected:
                    select_item = item
            group.setExpanded(bool(members) and stage not in (Stage.CLOSED, Stage.DECLINED, Stage.WITHDRAWN))
        has_any = bool(rows) or bool(self.filter_edit.text().strip())
        self.tree.setVisible(has_any)
        self.empty.setVisible(not has_any)
        if select_item is not None:
            if wanted is not None:
                select_item.parent().setExpanded(True)
                self.tree.scrollToItem(select_item)
            self.tree.setCurrentItem(select_item)

    def _reload_funders(self) -> None:
        self.ctx.read(lambda s: s.grants.funders(include_inactive=True), self._show_funders)

    def _show_funders(self, funders: list[FunderRecord]) -> None:
        current = self.funders.currentItem()
        selected = current.data(ID_ROLE) if current else None
        wanted, self._wanted_funder = self._wanted_funder, None
        self.funders.blockSignals(True)
        self.funders.clear()
        for f in funders:
            text = f.name if f.active else tr("{name} (inactive)").format(name=f.name)
            item = QListWidgetItem(tr("{name}\n{n} applications").format(name=text, n=f.applications), self.funders)
            item.setData(ID_ROLE, f.id)
            if f.id == selected and wanted is None:
                self.funders.setCurrentItem(item)
        self.funders.blockSignals(False)
        if wanted is not None:
            self._select_funder(wanted)

    def _current_grant_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    # -- showing ---------------------------------------------------------------------------------
    def _tree_current(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        grant_id = item.data(0, ID_ROLE) if item is not None else None
        if grant_id is not None:
            self._show_grant(grant_id)

    def _show_grant(self, grant_id: int) -> None:
        self.ctx.read(lambda s: s.grants.get(grant_id), self._grant_arrived)

    def _grant_arrived(self, grant: GrantDetail) -> None:
        if self._current_grant_id() not in (None, grant.id):
            return  # another application was chosen meanwhile: its own answer follows
        self.grant_view.show_grant(grant)
        self.detail.setCurrentWidget(self.grant_view)

    def _funder_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self._show_funder(item.data(ID_ROLE))

    def _show_funder(self, funder_id: int) -> None:
        self.ctx.read(lambda s: s.grants.funder(funder_id), self._funder_arrived)

    def _funder_arrived(self, funder: FunderRecord) -> None:
        current = self.funders.currentItem()
        if current is not None and current.data(ID_ROLE) != funder.id:
            return
        self.funder_view.show_funder(funder)
        self.detail.setCurrentWidget(self.funder_view)

    def _select_funder(self, funder_id: int) -> bool:
        for i in range(self.funders.count()):
            if self.funders.item(i).data(ID_ROLE) == funder_id:
                self.funders.setCurrentRow(i)
                return True
        return False

    def _select_grant(self, grant_id: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).data(0, ID_ROLE) == grant_id:
                    group.setExpanded(True)
                    self.tree.setCurrentItem(group.child(j))
                    self.tree.scrollToItem(group.child(j))
                    return True
        return False

    def open_record(self, kind: str, record_id: int) -> None:
        """Show the record now if its list has it, or as soon as the list arrives."""
        self.activate()
        if kind == "funder":
            self.tabs.setCurrentIndex(1)
            if not self._select_funder(record_id):
                self._wanted_funder = record_id
            return
        self.tabs.setCurrentIndex(0)
        if self.filter_edit.text():
            self.filter_edit.clear()
            self._timer.stop()
            self._wanted_grant = record_id
            self._reload_pipeline()
            return
        if not self._select_grant(record_id):
            self._wanted_grant = record_id

    # -- actions ---------------------------------------------------------------------------------
    def new_record(self) -> bool:
        if not self.ctx.actor.can(Action.EDIT_GRANTS):
            return False
        self.activate()
        if self.tabs.currentIndex() == 1:
            self._add_funder()
        else:
            self._new_application(None)
        return True

    def _new_application(self, funder_id: int | None) -> None:
        self.ctx.read(lambda s: bool(s.grants.funders()), lambda any_funder: self._apply(funder_id, any_funder))

    def _apply(self, funder_id: int | None, any_funder: bool) -> None:
        """An application needs a funder: without any yet, the user adds one first."""
        if not any_funder and not self._add_funder():
            return
        result = GrantDialog.ask(self.ctx, currency=self.ctx.org.currency, funder_id=funder_id, parent=self)
        if result is not None:
            self.open_record("grant", result[0].id)

    def _add_funder(self) -> bool:
        result = FunderDialog.ask(self.ctx, parent=self)
        if result is None:
            return False
        self.open_record("funder", result[0].id)
        return True

    def _edit_funder(self) -> None:
        funder = self.funder_view.funder
        if funder is not None:
            # The funder as stored now, so the save checks against its latest version.
            funder_id = funder.id
            self.ctx.read(lambda s: s.grants.funder(funder_id), lambda fresh: FunderDialog.ask(self.ctx, fresh, self))

    def on_changes(self, changes: Changes) -> None:
        if not self._loaded:
            return
        self.grant_view.tasks.on_changes(changes)
        if changes.touches(ChangeKind.GRANT):
            # Refilling the pipeline selects the current application again, which reads it anew.
            self._reload_pipeline()
        if changes.touches(ChangeKind.FUNDER, ChangeKind.GRANT):
            self._reload_funders()
            shown = self.funder_view.funder
            # A funder's programmes, applications and totals change with it and with its grants.
            if shown is not None and self.detail.currentWidget() is self.funder_view:
                self._show_funder(shown.id)
