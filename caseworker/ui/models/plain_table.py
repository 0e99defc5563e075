"""A read-only table model over rows of plain values, sorted in Python (a few thousand rows at
most: the figures of a breakdown or the cases behind one figure)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Formatter = Callable[[int, Any], str]


def _key(value: Any) -> tuple[int, Any]:
    # None sorts last whatever the direction the user asked for is; mixed types never compare.
    if value is None:
        return (2, 0)
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, int | Decimal | float):
        return (0, value)
    if isinstance(value, date):
        return (0, value.toordinal())
    return (1, str(value).casefold())


class PlainTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], formatter: Formatter | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[Any, ...]] = []
        self.formatter = formatter or (lambda _column, value: "—" if value is None else str(value))

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.beginResetModel()
        self.rows = [tuple(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.formatter(index.column(), value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | Decimal) \
                and not isinstance(value, bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        present = [r for r in self.rows if r[column] is not None]
        missing = [r for r in self.rows if r[column] is None]
        present.sort(key=lambda r: _key(r[column]), reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = present + missing
        self.layoutChanged.emit()
