"""A donor's Gift Aid declarations, as the "Gift Aid" tab of the donor record.

Registered through the donor detail's tab hook when this module is imported (the Donors section
imports it). Receipts quote a declaration only where one listed here covers the gift.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.errors import CaseworkerError
from caseworker.domain.gift_aid import METHOD_LABELS, SCOPE_LABELS, Declaration
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.container import Services
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.gift_aid_dialog import CancelDeclarationDialog, DeclarationDialog
from caseworker.ui.i18n import error_text, format_money, tr, tr_domain
from caseworker.ui.widgets.flow_layout import FlowLayout


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class GiftAidTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.donor_id: int | None = None
        self.donor_name = ""
        self.declarations: list[Declaration] = []
        self.gifts: list[tuple[int, str]] = []
        can_edit = ctx.actor.can(Action.EDIT_DONORS)
        self.record_button = self._button("plus", tr("Record declaration…"), self.record)
        self.cancel_button = self._button("x", tr("Cancel declaration…"), self.cancel)
        bar = FlowLayout()
        for button in (self.record_button, self.cancel_button):
            button.setVisible(can_edit)
            bar.addWidget(button)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([tr("Made on"), tr("Covers"), tr("How made"),
                                              tr("Confirmation letter"), tr("Cancelled from")])
        self.table.setAccessibleName(tr("Gift Aid declarations"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(tr("No Gift Aid declaration on file: receipts claim no Gift Aid for this donor. "
                               "Record one when the donor makes it."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {colour('error')};")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def _button(self, icon: str, text: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(icons.icon(icon), text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- loading ----------------------------------------------------------------------------
    def set_donor(self, donor_id: int | None) -> None:
        self.donor_id = donor_id
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        if self.donor_id is not None and changes.mentions(ChangeKind.DONOR, self.donor_id):
            self.reload()

    def reload(self) -> None:
        self.error.hide()
        donor_id = self.donor_id
        if donor_id is None:
            self._show((None, "", [], []))
            return
        currency = self.ctx.org.currency

        def load(s: Services) -> tuple:
            donor = s.donors.get(donor_id)
            gifts = [(g.id, f"{g.gift_date.isoformat()} · {format_money(g.amount, currency)}")
                     for g in s.gifts.gifts_for_donor(donor_id, include_void=False)]
            return donor_id, donor.name, s.gift_aid.declarations(donor_id), gifts

        self.ctx.read(load, self._show, self._failed)

    def _show(self, loaded: tuple) -> None:
        donor_id, self.donor_name, self.declarations, self.gifts = loaded
        if donor_id != self.donor_id:
            return  # another donor was chosen meanwhile
        self.table.setRowCount(len(self.declarations))
        for row, d in enumerate(self.declarations):
            cells = [_day(d.declared_on), tr_domain(SCOPE_LABELS[d.scope]), tr_domain(METHOD_LABELS[d.method]),
                     _day(d.confirmation_sent_on), _day(d.cancelled_on)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty.setVisible(not self.declarations)
        self._update_buttons()

    def _failed(self, error: CaseworkerError) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    def _selected(self) -> Declaration | None:
        rows = self.table.selectionModel().selectedRows()
        return self.declarations[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.record_button.setEnabled(self.donor_id is not None)
        self.cancel_button.setEnabled(chosen is not None and chosen.cancelled_on is None)

    # -- actions ----------------------------------------------------------------------------
    def record(self) -> None:
        if self.donor_id is not None:
            DeclarationDialog.ask(self.ctx, self.donor_id, self.donor_name, self.gifts, self)

    def cancel(self) -> None:
        chosen = self._selected()
        if chosen is not None and chosen.cancelled_on is None:
            CancelDeclarationDialog.ask(self.ctx, chosen, self)

