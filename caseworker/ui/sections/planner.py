"""Planner: bulk planning of appeals, and the neglected and pestered supporters side by side.

Bulk planning chooses donors (a segment of the donor list, a name filter, or a pasted list of
donor numbers), a time, a channel and a purpose. The preview shows each donor's verdict and next
allowed time; one action schedules the allowed donors and moves the blocked ones to their next
allowed time (or leaves them out), in one transaction. Both run on the runner's thread with a
progress bar and a Cancel button, so the window never freezes, even for thousands of donors.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.channels import TOUCHPOINT_CHANNELS, Channel
from caseworker.domain.donors import SEGMENT_LABELS
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.guard import Outcome, Purpose
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.container import Services
from caseworker.services.neglect import NeglectRow
from caseworker.services.planning import PlanItem, PlanPreview, PlanRequest, PlanResult
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.touchpoint_dialog import (
    capitalised,
    channel_label,
    purpose_label,
    set_wall_clock,
    wall_clock,
    wall_clock_edit,
)
from caseworker.ui.i18n import error_text, format_instant, format_money, tr, tr_domain
from caseworker.ui.sections.base import Section
from caseworker.ui.widgets.flow_layout import FlowLayout
from caseworker.ui.widgets.record_list import fit_table

Index = QModelIndex | QPersistentModelIndex
VERDICT_COLOURS = {Outcome.ALLOW: "ok", Outcome.WARN: "warning", Outcome.BLOCK: "error"}


def verdict_label(outcome: Outcome) -> str:
    return {Outcome.ALLOW: tr("Allowed"), Outcome.WARN: tr("Warning"), Outcome.BLOCK: tr("Blocked")}[outcome]


@dataclass(frozen=True)
class Col:
    title: str
    value: Callable[[Any], str]
    right: bool = False
    colour: Callable[[Any], str | None] | None = None


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of frozen rows (the preview holds thousands; data() is lazy)."""

    def __init__(self, columns: Sequence[Col], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        # The tooltip holds the whole text of a cell its column elides (the guard's reasons).
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            # A role ("error", "ok"...), drawn in the shade that reads on the current theme.
            shade = column.colour(row)
            return QBrush(QColor(colour(shade))) if shade else None
        if role == Qt.ItemDataRole.UserRole:
            return row.id if hasattr(row, "id") else row.donor_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


def _table(model: RowsModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Fitting columns to their contents reads this many rows, not a thousand: a queue of twelve
    # thousand thank-yous otherwise held the window for most of a second.
    view.horizontalHeader().setResizeContentsPrecision(150)
    return fit_table(view)  # the columns stay within the pane; long reasons elide, with a tooltip


class _Progress(QObject):
    """Carries progress from the runner's thread to the window (a queued signal)."""

    moved = Signal(int, int)


def parse_donor_numbers(text: str) -> tuple[int, ...]:
    return tuple(dict.fromkeys(int(n) for n in re.findall(r"\d+", text)))


class BulkPlanner(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview_result: PlanPreview | None = None
        self.last_result: PlanResult | None = None
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._show_progress)
        zone = ctx.zone

        # Who
        self.source = QComboBox(self)
        self.source.setAccessibleName(tr("Choose donors by"))
        self.source.addItem(tr("A segment of the donor list"), "segment")
        self.source.addItem(tr("A list of donor numbers"), "list")
        self.segment = QComboBox(self)
        self.segment.setAccessibleName(tr("Segment"))
        self.segment.addItem(tr("All donors"), None)
        for segment, label in SEGMENT_LABELS.items():
            self.segment.addItem(tr_domain(label), segment.value)
        self.name_filter = QLineEdit(self)
        self.name_filter.setPlaceholderText(tr("Optional: names starting with…"))
        self.name_filter.setAccessibleName(tr("Filter donors by name"))
        self.mine = QCheckBox(tr("Only donors I manage"), self)
        self.mine.setAccessibleName(tr("Only donors I manage"))
        self.id_list = QLineEdit(self)
        self.id_list.setPlaceholderText(tr("Donor numbers, separated by spaces or commas"))
        self.id_list.setAccessibleName(tr("Donor numbers"))
        self.who = QStackedWidget(self)
        self.who.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        segment_page = QWidget(self.who)
        seg_row = QHBoxLayout(segment_page)
        seg_row.setContentsMargins(0, 0, 0, 0)
        seg_row.addWidget(self.segment)
        seg_row.addWidget(self.name_filter, 1)
        seg_row.addWidget(self.mine)
        self.who.addWidget(segment_page)
        self.who.addWidget(self.id_list)
        self.source.currentIndexChanged.connect(self.who.setCurrentIndex)

        # What
        self.when = wall_clock_edit(self, tr("When"))
        start = datetime.now(zone).replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=7)
        set_wall_clock(self.when, start, zone)
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(tr("Channel"))
        for channel in TOUCHPOINT_CHANNELS:
            self.channel.addItem(capitalised(channel_label(channel)), channel.value)
        self.channel.setCurrentIndex(self.channel.findData(Channel.LETTER.value))
        self.purpose = QComboBox(self)
        self.purpose.setAccessibleName(tr("Purpose"))
        for purpose in Purpose:
            self.purpose.addItem(capitalised(purpose_label(purpose)), purpose.value)
        self.campaign = QLineEdit(self)
        self.campaign.setAccessibleName(tr("Appeal name"))
        self.campaign.setPlaceholderText(tr("e.g. Winter appeal 2026"))
        # Short on the screen (a long check box widened the whole section past a laptop's edge);
        # the rest of the sentence is in the tooltip.
        self.move_blocked = QCheckBox(tr("Move blocked donors to their next allowed time"), self)
        self.move_blocked.setToolTip(tr("Otherwise donors the guard blocks are left out of the plan."))
        self.move_blocked.setChecked(True)
        self.move_blocked.setAccessibleName(tr("Move blocked donors to their next allowed time"))
        self.move_blocked.setAccessibleDescription(tr("Otherwise donors the guard blocks are left out of the plan."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        who = QHBoxLayout()
        who.addWidget(self.source)
        who.addWidget(self.who, 1)
        form.addRow(tr("Donors:"), who)
        what = QHBoxLayout()
        what.addWidget(self.when)
        what.addWidget(QLabel(zone.key, self))
        what.addWidget(self.channel)
        what.addWidget(self.purpose)
        what.addStretch(1)
        form.addRow(tr("When and how:"), what)
        form.addRow(tr("Appeal:"), self.campaign)
        form.addRow("", self.move_blocked)

        self.preview_button = QPushButton(icons.icon("search"), tr("Preview"), self)
        self.preview_button.setAccessibleName(tr("Preview the plan"))
        self.preview_button.clicked.connect(self.run_preview)
        self.apply_button = QPushButton(icons.icon("calendar-days"), tr("Schedule"), self)
        self.apply_button.setAccessibleName(tr("Schedule the plan"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.run_apply)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(tr("Progress"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(icons.icon("x"), tr("Cancel"), self)
        self.cancel_button.setAccessibleName(tr("Cancel planning"))
        self.cancel_button.clicked.connect(self._cancel.set)
        self.cancel_button.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.apply_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        actions.addStretch(0)

        self.summary = QLabel(tr("Choose donors, a time, a channel and a purpose, then Preview to see what "
                                 "the contact guard says about each donor."), self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Plan summary"))
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {colour('error')};")
        self.error.setWordWrap(True)
        self.error.hide()

        self.model = RowsModel([
            Col(tr("Donor"), lambda i: i.name),
            Col(tr("Verdict"), lambda i: verdict_label(i.verdict), colour=lambda i: VERDICT_COLOURS[i.verdict]),
            Col(tr("Next allowed"), lambda i: self._next_text(i)),
            Col(tr("Why"), lambda i: " ".join(tr_domain(r.message, **r.params) for r in i.reasons)),
        ], self)
        self.table = _table(self.model, tr("Plan preview"), self)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 240)  # "Wednesday 23 Dec 2026, 10:00" whole
        self.table.doubleClicked.connect(self._open_donor)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def _next_text(self, item: PlanItem) -> str:
        if item.verdict is not Outcome.BLOCK:
            return tr("as planned")
        if item.next_allowed is None:
            return tr("never (leave out)")
        return format_instant(item.next_allowed, self.ctx.zone)

    def use_donors(self, donor_ids: Sequence[int]) -> None:
        """Plan for these donors (from a neglect list)."""
        self.source.setCurrentIndex(self.source.findData("list"))
        self.id_list.setText(" ".join(str(i) for i in donor_ids))

    # -- the request ------------------------------------------------------------------------
    def _when(self) -> datetime:
        return wall_clock(self.when, self.ctx.zone)

    def request(self) -> Callable[[Services], PlanRequest]:
        """The request as the form stands, completed on the worker (a segment's donors are looked up
        there); a list of numbers that does not parse is refused here, beside the form."""
        when, channel, purpose, campaign = (self._when(), self.channel.currentData(), self.purpose.currentData(),
                                            self.campaign.text())
        if self.source.currentData() == "list":
            ids = parse_donor_numbers(self.id_list.text())
            return lambda _s: PlanRequest(ids, when, channel, purpose, campaign=campaign)
        query = ListQuery(text=self.name_filter.text().strip()).with_filter("segment", self.segment.currentData())
        query = query.with_filter("contactable", True)
        if self.mine.isChecked():
            query = query.with_filter("manager_id", self.ctx.actor.user_id)
        return lambda s: PlanRequest(tuple(s.planning.donor_ids(query)), when, channel, purpose, campaign=campaign)

    # -- running ----------------------------------------------------------------------------
    def _report(self, done: int, total: int) -> bool:
        self._progress.moved.emit(done, total)
        return not self._cancel.is_set()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(tr("{done} of {total} donors").format(done=done, total=total))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self.apply_button.setEnabled(not busy and self.preview_result is not None)
        if busy:
            self._cancel.clear()
            self.error.hide()
            self.progress.setValue(0)

    def run_preview(self) -> None:
        try:
            request = self.request()
        except CaseworkerError as exc:
            self._failed(exc)
            return
        self.preview_result = None
        self._busy(True)
        self.ctx.read(lambda s: s.planning.preview(request(s), self._report), self._previewed, self._failed)

    def _previewed(self, preview: PlanPreview) -> None:
        self.preview_result = preview
        self.model.set_rows(preview.items)
        blocked = preview.count(Outcome.BLOCK)
        self.summary.setText(tr(
            "{total} donors: {allowed} allowed, {warned} with a warning, {blocked} blocked "
            "({movable} can move to their next allowed time). Schedule adds the contacts in one go."
        ).format(total=len(preview.items), allowed=preview.count(Outcome.ALLOW), warned=preview.count(Outcome.WARN),
                 blocked=blocked, movable=preview.movable))
        self._busy(False)
        self.apply_button.setEnabled(bool(preview.items))

    def run_apply(self) -> None:
        if self.preview_result is None:
            return
        request = self.preview_result.request
        move = self.move_blocked.isChecked()
        self._busy(True)
        self.ctx.write(lambda s: s.planning.apply(request, move_blocked=move, progress=self._report),
                       self._applied, self._failed)

    def _applied(self, result: tuple[PlanResult, Changes]) -> None:
        self.last_result = result[0]
        self.preview_result = None
        self._busy(False)
        self.apply_button.setEnabled(False)
        r = result[0]
        self.summary.setText(tr("Scheduled {scheduled} contacts as planned, moved {moved} to their next allowed "
                                "time, left out {left}.").format(scheduled=r.scheduled, moved=r.moved, left=r.left_out))

    def _failed(self, error: CaseworkerError) -> None:
        self._busy(False)
        self.error.setText(error_text(error))
        self.error.show()

    def _open_donor(self, index: QModelIndex) -> None:
        donor_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        window = self.window()
        if donor_id is not None and hasattr(window, "open_record"):
            window.open_record("donor", donor_id)


NEGLECT_LISTS = {
    "overdue": lambda: tr("Overdue for a contact"),
    "rhythm": lambda: tr("Late against their own giving rhythm"),
    "lybunt": lambda: tr("LYBUNT: gave last year, not this year"),
    "sybunt": lambda: tr("SYBUNT: gave some year, not last or this year"),
}


class NeglectView(QWidget):
    """The neglected supporters beside the pestered ones, each list largest givers first."""

    plan_requested = Signal(list)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        currency = ctx.org.currency
        zone = ctx.zone
        self.loaded = False

        def last_contact(r: NeglectRow) -> str:
            return r.last_contact.astimezone(zone).strftime("%Y-%m-%d") if r.last_contact else tr("never")

        self.which = QComboBox(self)
        self.which.setAccessibleName(tr("Which neglected supporters"))
        for key, label in NEGLECT_LISTS.items():
            self.which.addItem(label(), key)
        if not ctx.actor.can(Action.READ_GIFTS):
            self.which.removeItem(self.which.findData("rhythm"))
        self.fiscal = QCheckBox(tr("By fiscal year"), self)
        self.fiscal.setAccessibleName(tr("Count years as fiscal years"))
        self.mine = QCheckBox(tr("Only donors I manage"), self)
        self.mine.setAccessibleName(tr("Only donors I manage"))
        self.plan_button = QPushButton(icons.icon("clipboard-list"), tr("Plan for these…"), self)
        self.plan_button.setAccessibleName(tr("Plan an appeal for these donors"))
        self.plan_button.clicked.connect(lambda: self.plan_requested.emit([r.id for r in self.neglected.rows]))
        for widget in (self.which, self.fiscal, self.mine):
            signal = widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.toggled
            signal.connect(lambda *_a: self.reload())

        money = lambda r: format_money(r.lifetime_total, currency)  # noqa: E731
        self.neglected = RowsModel([
            Col(tr("Donor"), lambda r: r.name),
            Col(tr("Given in all"), money, right=True),
            Col(tr("Last gift"), lambda r: r.last_gift_on.isoformat() if r.last_gift_on else "—"),
            Col(tr("Last contact"), last_contact),
            Col(tr("Why"), self._why),
            Col(tr("Manager"), lambda r: r.relationship_manager),
        ], self)
        self.pestered = RowsModel([
            Col(tr("Donor"), lambda r: r.name),
            Col(tr("Given in all"), money, right=True),
            Col(tr("Contacts"), lambda r: f"{r.in_window} / {r.window_limit}", right=True),
            Col(tr("Requests"), lambda r: f"{r.asks} / {r.ask_limit}", right=True),
            Col(tr("Next planned"), lambda r: format_instant(r.next_planned, zone) if r.next_planned else "—"),
        ], self)
        self.neglected_view = _table(self.neglected, tr("Neglected supporters"), self)
        self.pestered_view = _table(self.pestered, tr("Pestered supporters"), self)
        self.neglected_view.setColumnWidth(0, 180)
        self.pestered_view.setColumnWidth(0, 180)
        for view in (self.neglected_view, self.pestered_view):
            view.doubleClicked.connect(lambda index, v=view: self._open(v, index))
            view.activated.connect(lambda index, v=view: self._open(v, index))
        self.neglected_count = QLabel(self)
        self.pestered_count = QLabel(self)
        for label in (self.neglected_count, self.pestered_count):
            label.setStyleSheet("color: palette(placeholder-text);")

        left = QGroupBox(tr("Neglected"), self)
        left_box = QVBoxLayout(left)
        bar = FlowLayout()  # wraps in a narrow window instead of widening the section
        bar.addWidget(self.which)
        bar.addWidget(self.fiscal)
        bar.addWidget(self.mine)
        bar.addWidget(self.plan_button)
        left_box.addLayout(bar)
        left_box.addWidget(self.neglected_view, 1)
        left_box.addWidget(self.neglected_count)
        right = QGroupBox(tr("Pestered: near their contact limits"), self)
        right_box = QVBoxLayout(right)
        right_box.addWidget(self.pestered_view, 1)
        right_box.addWidget(self.pestered_count)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_controls()

    def _why(self, r: NeglectRow) -> str:
        if r.late_by is not None:
            return tr("usually every {days} days; {late} days late").format(days=r.interval_days, late=r.late_by)
        if r.days_overdue is None:
            return tr("no contact on record")
        return tr("{days} days past their {cadence}-day cadence").format(days=r.days_overdue, cadence=r.cadence)

    def _update_controls(self) -> None:
        self.fiscal.setEnabled(self.which.currentData() in ("lybunt", "sybunt"))

    def show_list(self, key: str) -> None:
        self.which.setCurrentIndex(max(0, self.which.findData(key)))

    def reload(self) -> None:
        self.loaded = True
        self._update_controls()
        manager = self.ctx.actor.user_id if self.mine.isChecked() else None
        key, fiscal = self.which.currentData(), self.fiscal.isChecked()
        calls: dict[str, Callable[[Services], list[NeglectRow]]] = {
            "overdue": lambda s: s.neglect.overdue(manager_id=manager),
            "rhythm": lambda s: s.neglect.late_against_rhythm(manager_id=manager),
            "lybunt": lambda s: s.neglect.lybunt(fiscal=fiscal, manager_id=manager),
            "sybunt": lambda s: s.neglect.sybunt(fiscal=fiscal, manager_id=manager),
        }
        self.neglected_count.setText(tr("Loading…"))
        self.ctx.read(lambda s: (calls[key](s), s.neglect.pestered(manager_id=manager)), self._show)

    def _show(self, lists: tuple[list[NeglectRow], list[NeglectRow]]) -> None:
        neglected, pestered = lists
        self.neglected.set_rows(neglected)
        self.pestered.set_rows(pestered)
        self.neglected_count.setText(tr("{n} supporters, largest givers first. Enter opens one.").format(n=len(neglected))
                                     if neglected else tr("Nobody on this list — well done."))
        self.pestered_count.setText(tr("{n} supporters near their limits.").format(n=len(pestered))
                                    if pestered else tr("Nobody is near their contact limits."))
        self.plan_button.setEnabled(bool(neglected))

    def _open(self, view: QTableView, index: QModelIndex) -> None:
        donor_id = view.model().data(index, Qt.ItemDataRole.UserRole)
        window = self.window()
        if donor_id is not None and hasattr(window, "open_record"):
            window.open_record("donor", donor_id)


class PlannerSection(Section):
    required = Action.PLAN_TOUCHPOINTS
    kinds = ("neglect",)
    icon_name = "clipboard-list"

    @classmethod
    def title(cls) -> str:
        return tr("Planner")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("planner")
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Planner"))
        self.planner = BulkPlanner(ctx, self.tabs)
        self.neglect = NeglectView(ctx, self.tabs)
        self.tabs.addTab(self.planner, icons.icon("calendar-days"), tr("Plan an appeal"))
        self.tabs.addTab(self.neglect, icons.icon("heart-handshake"), tr("Neglected and pestered"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.neglect.plan_requested.connect(self._plan_for)
        self.policy_button = QPushButton(icons.icon("sliders-horizontal"), tr("Contact policy…"), self)
        self.policy_button.setAccessibleName(tr("Edit the contact policy"))
        self.policy_button.setToolTip(tr("Limits, quiet hours, blackouts and exempt purposes for every supporter"))
        self.policy_button.clicked.connect(self.edit_policy)
        self.policy_button.setVisible(ctx.actor.can(Action.EDIT_CONTACT_POLICY))
        self.tabs.setCornerWidget(self.policy_button, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.neglect and not self.neglect.loaded:
            self.neglect.reload()

    def _plan_for(self, donor_ids: list[int]) -> None:
        self.planner.use_donors(donor_ids)
        self.tabs.setCurrentWidget(self.planner)

    def open_record(self, kind: str, record_id: int) -> None:
        """``neglect``: show the neglect lists (0: overdue, 1: rhythm, 2: LYBUNT, 3: SYBUNT)."""
        if kind == "neglect":
            keys = list(NEGLECT_LISTS)
            self.neglect.show_list(keys[record_id] if 0 <= record_id < len(keys) else "overdue")
            self.tabs.setCurrentWidget(self.neglect)
            if not self.neglect.loaded:
                self.neglect.reload()

    def edit_policy(self) -> None:
        from caseworker.ui.dialogs.policy_dialog import PolicyDialog

        PolicyDialog.open_for(self.ctx, self, lambda _stored: self.window().statusBar().showMessage(
            tr("Contact policy saved."), 6000))

    def on_changes(self, changes: Changes) -> None:
        if self.neglect.loaded and changes.touches(ChangeKind.TOUCHPOINT, ChangeKind.GIFT, ChangeKind.DONOR):
            self.neglect.reload()
