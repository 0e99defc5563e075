"""A donor's timeline: gifts, contacts, meetings, overrides and receipts in one list, newest first.

Shown as the "Timeline" tab of the donor record (registered through the donor detail's tab hook
when this module is imported). From here a fundraiser plans or logs a contact, and moves, marks
done or cancels a planned one; each goes through the contact guard's dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.errors import CaseworkerError
from caseworker.domain.guard import TouchStatus
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.list_export import ListKind
from caseworker.services.touchpoints import TimelineEntry
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.touchpoint_dialog import TouchpointDialog, capitalised, channel_label, purpose_label
from caseworker.ui.i18n import error_text, tr, tr_domain
from caseworker.ui.list_export import export_button
from caseworker.ui.widgets.flow_layout import FlowLayout

KIND_ICONS = {"gift": "gift", "touchpoint": "send", "meeting": "calendar-days", "override": "shield-alert",
              "receipt": "receipt"}
MUTED = "muted"
OVERRIDE = QColor("#8a1c14")
REFRESH_KINDS = (ChangeKind.TOUCHPOINT, ChangeKind.GIFT, ChangeKind.RECEIPT, ChangeKind.DONOR, ChangeKind.MEETING)


class DonorTimeline(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.donor_id: int | None = None
        self.donor_name = ""
        self.entries: list[TimelineEntry] = []
        can_plan = ctx.actor.can(Action.PLAN_TOUCHPOINTS)

        self.plan_button = self._button("plus", tr("Plan a contact…"), self.plan_contact)
        self.log_button = self._button("check", tr("Log a contact…"), self.log_contact)
        self.move_button = self._button("calendar", tr("Move…"), self.move_contact)
        self.done_button = self._button("circle-check", tr("Mark done"), self.mark_done)
        self.cancel_button = self._button("x", tr("Cancel contact…"), self.cancel_contact)
        bar = FlowLayout()
        for button in (self.plan_button, self.log_button, self.move_button, self.done_button, self.cancel_button):
            button.setVisible(can_plan)
            bar.addWidget(button)
        self.export_button = export_button(self, ctx, ListKind.TOUCHPOINTS, self._export_query)
        self.export_button.setObjectName("export-donor-touchpoints")
        self.export_button.setText(tr("Export contacts…"))
        self.export_button.setToolTip(tr("Export this donor's contacts to Excel or CSV"))
        self.export_button.setAccessibleName(tr("Export this donor's contacts to a spreadsheet"))
        bar.addWidget(self.export_button)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("What"), tr("Details"), tr("By")])
        self.table.setAccessibleName(tr("Donor timeline"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.move_contact())
        self.empty = QLabel(tr("Nothing here yet — plan or log a contact to start this supporter's history."), self)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.empty.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {colour('error')};")
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def _export_query(self) -> ListQuery:
        return ListQuery().with_filter("donor_id", self.donor_id)

    def _button(self, icon: str, text: str, slot) -> QPushButton:
        button = QPushButton(icons.icon(icon), text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- loading ----------------------------------------------------------------------------
    def set_donor(self, donor_id: int | None) -> None:
        self.donor_id = donor_id
        self.reload()

    def reload(self) -> None:
        self.error.hide()
        if self.donor_id is None:
            self.entries = []
            self._fill()
            return
        donor_id = self.donor_id
        self.ctx.read(lambda s: (s.donors.get(donor_id).name, s.touchpoints.timeline(donor_id)),
                      lambda found: self._arrived(donor_id, *found), lambda exc: self._refused(donor_id, exc))

    def _arrived(self, donor_id: int, name: str, entries: list[TimelineEntry]) -> None:
        if donor_id == self.donor_id:
            self.donor_name, self.entries = name, entries
            self._fill()

    def _refused(self, donor_id: int, exc: CaseworkerError) -> None:
        if donor_id == self.donor_id:
            self.error.setText(error_text(exc))
            self.error.show()
            self.entries = []
            self._fill()

    def _fill(self) -> None:
        zone = self.ctx.zone
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            params = dict(entry.params)
            if entry.kind == "touchpoint":
                params = {"channel": channel_label(params["channel"]), "purpose": purpose_label(params["purpose"])}
            date_text = entry.day.isoformat() if entry.day else entry.when.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            icon_name = icons.CHANNEL_ICONS.get(entry.params.get("channel", ""), "send") if entry.kind == "touchpoint" \
                else KIND_ICONS.get(entry.kind, "circle-dashed")
            cells = [QTableWidgetItem(date_text),
                     QTableWidgetItem(icons.icon(icon_name), capitalised(tr_domain(entry.title, **params))),
                     QTableWidgetItem(entry.detail.replace("\n", " ")), QTableWidgetItem(entry.staff)]
            cells[2].setToolTip(entry.detail)
            for column, item in enumerate(cells):
                if entry.muted:
                    item.setForeground(QBrush(QColor(colour(MUTED))))
                elif entry.kind == "override":
                    item.setForeground(QBrush(OVERRIDE))
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.entries and self.donor_id is not None)
        self.table.setVisible(bool(self.entries))
        self._update_buttons()

    def _selected_planned(self) -> TimelineEntry | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.entries) or not self.table.selectedItems():
            return None
        entry = self.entries[row]
        if entry.kind != "touchpoint" or entry.status != TouchStatus.PLANNED:
            return None
        return entry

    def _update_buttons(self) -> None:
        planned = self._selected_planned() is not None
        for button in (self.move_button, self.done_button, self.cancel_button):
            button.setEnabled(planned)
        self.plan_button.setEnabled(self.donor_id is not None)
        self.export_button.setEnabled(self.donor_id is not None)
        self.log_button.setEnabled(self.donor_id is not None)

    # -- actions ----------------------------------------------------------------------------
    def plan_contact(self) -> None:
        if self.donor_id is not None:
            TouchpointDialog.ask(self.ctx, self.donor_id, self.donor_name, mode="plan", parent=self)

    def log_contact(self) -> None:
        if self.donor_id is not None:
            TouchpointDialog.ask(self.ctx, self.donor_id, self.donor_name, mode="log", parent=self)

    def move_contact(self) -> None:
        entry = self._selected_planned()
        if entry is None or self.donor_id is None or entry.record_id is None:
            return
        record_id = entry.record_id
        self.ctx.read(lambda s: s.touchpoints.get(record_id), self._move, self._show_error)

    def _move(self, touchpoint: Any) -> None:
        if touchpoint.status is TouchStatus.PLANNED and self.donor_id is not None:
            TouchpointDialog.ask(self.ctx, self.donor_id, self.donor_name, mode="move", touchpoint=touchpoint,
                                 parent=self)

    def mark_done(self) -> None:
        entry = self._selected_planned()
        if entry is None or entry.record_id is None:
            return
        ident = entry.record_id
        self.ctx.write(lambda s: s.touchpoints.mark_done(ident), None, self._show_error)

    def cancel_contact(self) -> None:
        entry = self._selected_planned()
        if entry is None or entry.record_id is None:
            return
        reason, ok = QInputDialog.getText(self, tr("Cancel the contact"), tr("Why is it cancelled?"),
                                          QLineEdit.EchoMode.Normal)
        if not ok:
            return
        ident = entry.record_id
        self.ctx.write(lambda s: s.touchpoints.cancel(ident, reason), None, self._show_error)

    def _show_error(self, error: CaseworkerError) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    def on_changes(self, changes: Changes) -> None:
        if self.donor_id is not None and changes.touches(*REFRESH_KINDS):
            self.reload()

