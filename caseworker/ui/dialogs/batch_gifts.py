"""Keying in a day's gifts: a grid driven from the keyboard, saved in one transaction.

Type part of a donor's name (a list of matches drops down when there are several), Enter, the
amount, Enter, the method, Enter, the appeal code, Enter, a reference, Enter — and the next row
begins. The running count and total sit under the grid. Saving sends every row at once: if one
row is wrong nothing is saved, that row is selected and its problem is named.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.errors import CaseworkerError, ValidationError, ValidationErrors
from caseworker.domain.gifts import METHOD_LABELS, BatchLine, BatchResult, BatchRowError, GiftMethod
from caseworker.domain.inputs import parse_money
from caseworker.domain.listing import ListQuery
from caseworker.services.container import Services
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import amount_text, error_text, format_money, tr, tr_domain
from caseworker.ui.widgets.form import Form

DONOR, AMOUNT, METHOD, APPEAL, REFERENCE = range(5)
DONOR_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MATCHES_SHOWN = 12
_ID_SUFFIX = re.compile(r"#(\d+)\s*$")
UNRESOLVED = "error"

Index = QModelIndex | QPersistentModelIndex


class _DonorDelegate(QStyledItemDelegate):
    """Edits the donor cell: a line edit whose drop-down lists the donors matching what is typed."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setAccessibleName(tr("Donor"))
        model = QStringListModel(editor)
        completer = QCompleter(model, editor)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Attached by hand, not with setCompleter: the list drops down only when a choice is
        # needed, so Enter on a single match moves straight on.
        completer.setWidget(editor)
        completer.activated.connect(editor.setText)
        editor.textEdited.connect(lambda text: self._suggest(text, model, completer))
        return editor

    def _suggest(self, text: str, model: QStringListModel, completer: QCompleter) -> None:
        if len(text.strip()) < 2 or _ID_SUFFIX.search(text):
            model.setStringList([])
            return
        def matches(s: Services) -> list[Any]:
            return s.donors.list_rows(s.donors.list_ids(ListQuery(text=text, sort="name"))[:MATCHES_SHOWN])

        self.ctx.read(matches, lambda rows: self._suggested(rows, model, completer))

    @staticmethod
    def _suggested(rows: list[Any], model: QStringListModel, completer: QCompleter) -> None:
        model.setStringList([_label(r.name, r.city, r.id) for r in rows])
        if len(rows) > 1:
            completer.complete()

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        # The typed text stands, unresolved, until the donor it names is found on the worker.
        model.setData(index, text, Qt.ItemDataRole.EditRole)
        model.setData(index, None, DONOR_ID_ROLE)
        cell = QPersistentModelIndex(index)
        self.ctx.read(lambda s: self.resolve(s, text), lambda found: self._resolved(model, cell, text, *found))

    @staticmethod
    def _resolved(model: QAbstractItemModel, cell: QPersistentModelIndex, typed: str, donor_id: int | None,
                  shown: str, problem: str) -> None:
        if not cell.isValid() or model.data(cell, Qt.ItemDataRole.EditRole) != typed:
            return  # the cell was edited again meanwhile
        index = model.index(cell.row(), cell.column())
        model.setData(index, shown, Qt.ItemDataRole.EditRole)
        model.setData(index, donor_id, DONOR_ID_ROLE)
        model.setData(index, problem, Qt.ItemDataRole.ToolTipRole)
        model.setData(index, QBrush(QColor(colour(UNRESOLVED))) if problem else None, Qt.ItemDataRole.ForegroundRole)

    @staticmethod
    def resolve(s: Services, text: str) -> tuple[int | None, str, str]:
        """(donor id, text to show, problem) for what was typed in a donor cell."""
        if not text:
            return None, "", ""
        picked = _ID_SUFFIX.search(text)
        ids = [int(picked.group(1))] if picked else s.donors.list_ids(ListQuery(text=text, sort="name"))[:2]
        rows = s.donors.list_rows(ids)
        if len(rows) == 1:
            return rows[0].id, _label(rows[0].name, rows[0].city, rows[0].id), ""
        if not rows:
            return None, text, tr("No donor matches “{text}”.").format(text=text)
        return None, text, tr("Several donors match “{text}”: choose one from the list.").format(text=text)


def _label(name: str, city: str, donor_id: int) -> str:
    return f"{name} — {city} · #{donor_id}" if city else f"{name} · #{donor_id}"


class _MethodDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setAccessibleName(tr("Method"))
        for method, label in METHOD_LABELS.items():
            combo.addItem(tr_domain(label), method.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)


class BatchGrid(QTableWidget):
    """The grid: Enter commits a cell and moves on; past the last column it starts the next row."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(0, 5, parent)
        self.default_method = GiftMethod.CHEQUE
        self.default_appeal = ""
        self.setHorizontalHeaderLabels([tr("Donor"), tr("Amount"), tr("Method"), tr("Appeal"), tr("Reference")])
        self.setAccessibleName(tr("Gifts in this batch"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(DONOR, QHeaderView.ResizeMode.Stretch)
        for column, width in ((AMOUNT, 110), (METHOD, 140), (APPEAL, 110), (REFERENCE, 130)):
            self.setColumnWidth(column, width)

    def add_row(self) -> int:
        row = self.rowCount()
        self.insertRow(row)
        amount = QTableWidgetItem("")
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        method = QTableWidgetItem(tr_domain(METHOD_LABELS[self.default_method]))
        method.setData(Qt.ItemDataRole.UserRole, self.default_method.value)
        self.blockSignals(True)  # a half-built row is no change worth reporting
        for column, item in ((DONOR, QTableWidgetItem("")), (AMOUNT, amount), (METHOD, method),
                             (APPEAL, QTableWidgetItem(self.default_appeal)), (REFERENCE, QTableWidgetItem(""))):
            self.setItem(row, column, item)
        self.blockSignals(False)
        return row

    def move_on(self) -> None:
        row, column = self.currentRow(), self.currentColumn()
        if column < REFERENCE:
            column += 1
        else:
            row, column = row + 1, DONOR
            if row >= self.rowCount():
                self.add_row()
        self.setCurrentCell(row, column)
        self.editItem(self.item(row, column))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint
                            if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache else hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.move_on()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            item = self.currentItem()
            if item is not None:
                self.editItem(item)
                return
        super().keyPressEvent(event)


class BatchGiftsDialog(QDialog):
    """A day's gifts; ``result`` holds what was saved."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: BatchResult | None = None
        self.setWindowTitle(tr("Batch entry of gifts"))
        self.setMinimumSize(820, 560)
        header = self.header = Form(self)
        self.gift_date = header.add("gift_date", tr("Gifts &received on:"), QLineEdit(date.today().isoformat(), self))
        self.label = header.add("label", tr("Batch &label:"), QLineEdit(self))
        self.label.setPlaceholderText(tr("e.g. Monday's post"))
        self.default_appeal = header.add("appeal_code", tr("Default &appeal:"), QLineEdit(self))
        self.default_appeal.setPlaceholderText(tr("Filled into each new row, e.g. XMAS26"))

        self.grid = BatchGrid(self)
        self.donor_delegate = _DonorDelegate(ctx, self.grid)
        self.grid.setItemDelegateForColumn(DONOR, self.donor_delegate)
        self.grid.setItemDelegateForColumn(METHOD, _MethodDelegate(self.grid))
        self.grid.add_row()
        self.grid.itemChanged.connect(lambda _item: self._update_totals())
        self.default_appeal.textChanged.connect(self._set_default_appeal)

        self.totals = QLabel(self)
        self.totals.setObjectName("batch-totals")
        self.totals.setAccessibleName(tr("Batch totals"))
        self.totals.setStyleSheet("font-weight: 600;")
        self.problem = QLabel(self)
        self.problem.setObjectName("batch-error")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {colour('error')};")
        self.problem.hide()
        hint = QLabel(tr("Enter moves to the next cell; after the last column a new row begins. Ctrl+S saves."), self)
        hint.setStyleSheet("color: palette(placeholder-text);")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Save batch"))
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.submit)

        footer = QHBoxLayout()
        footer.addWidget(self.totals, 1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.grid, 1)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addLayout(footer)
        self._update_totals()
        self.grid.setFocus()
        self.grid.setCurrentCell(0, DONOR)

    def _set_default_appeal(self, text: str) -> None:
        self.grid.default_appeal = text.strip().upper()

    def lines(self) -> list[tuple[int, BatchLine]]:
        """(grid row, line) for every row with anything typed in it."""
        found = []
        for row in range(self.grid.rowCount()):
            donor = self.grid.item(row, DONOR)
            amount = amount_text(self.grid.item(row, AMOUNT).text().strip())
            if not donor.text().strip() and not amount:
                continue
            found.append((row, BatchLine(
                donor_id=donor.data(DONOR_ID_ROLE), amount=amount,
                method=self.grid.item(row, METHOD).data(Qt.ItemDataRole.UserRole) or GiftMethod.CHEQUE.value,
                appeal_code=self.grid.item(row, APPEAL).text(), reference=self.grid.item(row, REFERENCE).text())))
        return found

    def _update_totals(self) -> None:
        total, count = Decimal("0.00"), 0
        for _row, line in self.lines():
            count += 1
            try:
                total += parse_money(line.amount, "amount")
            except ValidationError:
                continue
        self.totals.setText(tr("{count} gifts · {total}").format(
            count=count, total=format_money(total, self.ctx.org.currency)))

    def submit(self) -> None:
        if self.grid.state() == QAbstractItemView.State.EditingState:
            self.grid.setFocus()  # commits the cell being typed in
        self.problem.hide()
        self.header.clear_errors()
        numbered = self.lines()
        lines = [line for _row, line in numbered]
        rows = [row for row, _line in numbered]
        when, label = self.gift_date.text(), self.label.text()
        self.ctx.write(lambda s: s.gifts.record_batch(lines, when, label), self._saved,
                       lambda error: self._failed(error, rows))

    def _failed(self, error: CaseworkerError, rows: list[int]) -> None:
        problems = error.errors if isinstance(error, ValidationErrors) else [error]
        row_errors = [p for p in problems if isinstance(p, BatchRowError)]
        if not row_errors:
            self.header.show_error(error)
            if isinstance(error, ValidationError) and error.field not in ("gift_date", "label"):
                self._show_problem([error_text(error)])
            return
        first = row_errors[0]
        grid_row = rows[first.row - 1] if first.row - 1 < len(rows) else 0
        column = {"donor_id": DONOR, "amount": AMOUNT, "method": METHOD, "appeal_code": APPEAL}.get(first.field, DONOR)
        self.grid.setCurrentCell(grid_row, column)
        # Name rows as the grid numbers them (blank rows are skipped when saving).
        self._show_problem([tr("Row {row}: {problem}").format(row=rows[p.row - 1] + 1 if p.row - 1 < len(rows) else p.row,
                                                              problem=error_text(p.inner)) for p in row_errors])

    def _show_problem(self, lines: list[str]) -> None:
        self.problem.setText(tr("Nothing was saved.") + " " + " ".join(lines))
        self.problem.show()

    def _saved(self, result: tuple[BatchResult, object]) -> None:
        self.result_ = result[0]
        self.accept()

    @classmethod
    def ask(cls, ctx: UiContext, parent: QWidget | None = None) -> BatchResult | None:
        dialog = cls(ctx, parent)
        return dialog.result_ if dialog.exec() == QDialog.DialogCode.Accepted else None
