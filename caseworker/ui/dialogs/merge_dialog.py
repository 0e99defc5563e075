"""Possible duplicates across the database, and merging two records side by side.

The merge dialog shows each field of both records in two columns; where they differ, the user
picks which value the kept record ends with (the kept record's own by default). Everything
attached to the other record moves to the kept one; the other stays as a pointer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.channels import Channel
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.i18n import N_
from caseworker.services.merging import DuplicatePair, MergeSide
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import channel_title, error_text, tr, tr_domain

FIELD_LABELS = {
    "kind": N_("Kind"), "first_name": N_("First name"), "last_name": N_("Last name"), "organisation_name": N_("Organisation"),
    "salutation": N_("Salutation"), "email": N_("E-mail"), "phone": N_("Phone"), "address_line1": N_("Address line 1"),
    "address_line2": N_("Address line 2"), "city": N_("Town"), "region": N_("Region"), "postcode": N_("Postcode"),
    "country": N_("Country"), "timezone": N_("Time zone"), "relationship_manager_id": N_("Relationship manager"),
    "household_id": N_("Household"), "marketing_consent": N_("Marketing consent"),
    "marketing_consent_source": N_("Consent given through"), "marketing_consent_on": N_("Consent given on"),
    "gift_aid_declared_on": N_("Gift Aid declared on"), "notes": N_("Notes"), "preferred_name": N_("Preferred name"),
    "date_of_birth": N_("Date of birth"), "address": N_("Address"), "language": N_("Language"),
    "contact_channel": N_("Contact by"), "contact_times": N_("Contact times"), "key_worker_id": N_("Key worker"),
    "safeguarding": N_("Safeguarding"), "interpreter_needed": N_("Interpreter needed"),
    "interpreter_language": N_("Interpreter language"), "accessibility": N_("Accessibility"), "needs": N_("Needs"),
}


def shown(value: Any, field: str = "") -> str:
    if value is None or value == "":
        return "—"
    if field == "contact_channel" and value in set(Channel):
        return channel_title(value)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


class MergeDialog(QDialog):
    def __init__(self, ctx: UiContext, record_type: str, first_id: int, second_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_type = record_type
        self.setWindowTitle(tr("Merge duplicates"))
        self.setObjectName("merge-dialog")
        self.resize(760, 560)
        self.sides: tuple[MergeSide, MergeSide] | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.merged = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colour('error')};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = QPushButton(tr("Merge"), self)
        self.merge_button.setAccessibleName(tr("Merge the two records"))
        self.merge_button.setDefault(True)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        donor = record_type == "donor"
        ctx.read(lambda s: (s.merging.donor_sides if donor else s.merging.client_sides)(first_id, second_id),
                 self._show, lambda e: self.error.setText(error_text(e)))

    def _show(self, sides: tuple[MergeSide, MergeSide]) -> None:
        self.sides = sides
        keep, other = sides
        self.intro.setText(tr("{keep} (record {keep_id}) is kept; everything attached to {other} (record {other_id}) "
                              "moves to it, and {other_id} stays only as a pointer. Where the two differ, choose the "
                              "value to keep.").format(keep=keep.name, keep_id=keep.id, other=other.name,
                                                       other_id=other.id))
        self.grid.addWidget(QLabel(f"<b>{tr('Field')}</b>"), 0, 0)
        self.grid.addWidget(QLabel(f"<b>{tr('Kept record')} ({keep.id})</b>"), 0, 1)
        self.grid.addWidget(QLabel(f"<b>{tr('Other record')} ({other.id})</b>"), 0, 2)
        row = 1
        for field, value in keep.values.items():
            theirs = other.values.get(field)
            label = tr_domain(FIELD_LABELS[field]) if field in FIELD_LABELS else field
            self.grid.addWidget(QLabel(label), row, 0)
            if value == theirs:
                self.grid.addWidget(QLabel(shown(value, field)), row, 1, 1, 2)
            else:
                group = QButtonGroup(self)
                mine = QRadioButton(shown(value, field), self.grid_host)
                mine.setAccessibleName(tr("{field}: keep {value}").format(field=label, value=shown(value, field)))
                yours = QRadioButton(shown(theirs, field), self.grid_host)
                yours.setAccessibleName(tr("{field}: take {value}").format(field=label, value=shown(theirs, field)))
                mine.setChecked(value not in (None, "") or theirs in (None, ""))
                yours.setChecked(not mine.isChecked())
                group.addButton(mine, 0)
                group.addButton(yours, 1)
                self.groups[field] = group
                self.grid.addWidget(mine, row, 1)
                self.grid.addWidget(yours, row, 2)
            row += 1
        self.grid.setRowStretch(row, 1)

    def take_from_other(self) -> list[str]:
        return [f for f, g in self.groups.items() if g.checkedId() == 1]

    def choose(self, field: str, from_other: bool) -> None:
        self.groups[field].button(1 if from_other else 0).setChecked(True)

    def merge(self) -> None:
        if self.sides is None:
            return
        keep, other = self.sides
        fields = self.take_from_other()
        versions = (keep.version, other.version)
        donor = self.record_type == "donor"
        self.merge_button.setEnabled(False)
        self.ctx.write(lambda s: (s.merging.merge_donors if donor else s.merging.merge_clients)(
            keep.id, other.id, fields, versions), self._merged, self._failed)

    def _merged(self, _changes: Any) -> None:
        self.merged = True
        self.accept()

    def _failed(self, error: CaseworkerError) -> None:
        self.merge_button.setEnabled(True)
        self.error.setText(error_text(error))


class DuplicatesDialog(QDialog):
    """Pairs the duplicate check flags across the whole database, each with Merge…."""

    def __init__(self, ctx: UiContext, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_type = record_type
        self.setWindowTitle(tr("Possible duplicates"))
        self.setObjectName("possible-duplicates")
        self.resize(720, 420)
        self.pairs: list[DuplicatePair] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(tr("Pairs of records that may be the same person"))
        self.table.setHorizontalHeaderLabels([tr("Record"), tr("May be the same as"), tr("Because of")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _i: self.merge_selected())
        self.empty = QLabel(tr("No possible duplicates were found."), self)
        self.empty.setVisible(False)
        self.merge_button = QPushButton(tr("Merge…"), self)
        self.merge_button.setAccessibleName(tr("Merge the chosen pair"))
        self.merge_button.clicked.connect(self.merge_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        donor = self.record_type == "donor"
        self.ctx.read(lambda s: s.merging.donor_pairs() if donor else s.merging.client_pairs(), self._show,
                      lambda e: QMessageBox.warning(self, tr("Possible duplicates"), error_text(e)))

    def _show(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            self.table.setItem(row, 0, QTableWidgetItem(f"{pair.first_name} ({pair.first_id})"))
            self.table.setItem(row, 1, QTableWidgetItem(f"{pair.second_name} ({pair.second_id})"))
            self.table.setItem(row, 2, QTableWidgetItem(tr_domain(pair.reason)))
        self.empty.setVisible(not pairs)
        self.merge_button.setEnabled(bool(pairs))
        if pairs:
            self.table.selectRow(0)

    def merge_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        pair = self.pairs[rows[0].row()]
        dialog = MergeDialog(self.ctx, self.record_type, pair.first_id, pair.second_id, self)
        if dialog.exec() and dialog.merged:
            self.reload()

    @classmethod
    def ask(cls, ctx: UiContext, record_type: str, parent: QWidget | None = None) -> None:
        cls(ctx, record_type, parent).exec()
