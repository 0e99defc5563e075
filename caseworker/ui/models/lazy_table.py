"""A table model for lists of 100,000 records that never holds them all.

The service answers two questions: the ordered ids that match a query (sorted and filtered in SQL:
one indexed query returning plain integers) and the display rows for a handful of ids. The model
keeps the ids, fetches rows a page at a time as the view scrolls to them, and forgets pages it has
not shown for a while. Sorting by a header asks SQL for a new id order; a proxy model over
everything would call ``data()`` millions of times instead.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from caseworker.domain.listing import ListQuery

PAGE = 100
MAX_CACHED_PAGES = 60

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # the attribute of a row record, and the service's sort key
    title: str
    align_right: bool = False
    sortable: bool = True
    format: Callable[[Any], str] | None = None
    width: int | None = None


class RowSource(Protocol):
    def ids(self, query: ListQuery) -> list[int]: ...

    def rows(self, ids: Sequence[int]) -> Sequence[Any]: ...  # records with an ``id`` attribute


class LazyTableModel(QAbstractTableModel):
    ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[Column], source: RowSource, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._source = source
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self.query = ListQuery()
        self.row_style: Callable[[Any], dict[str, Any] | None] | None = None

    # -- loading --------------------------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = list(self._source.ids(self.query))
        self._pages.clear()
        self.endResetModel()

    def refresh_ids(self, changed: set[int] | frozenset[int]) -> None:
        """Re-read the rows of *changed* ids in place (cheap: one page at most)."""
        for page in self._pages.values():
            for rid in changed & page.keys():
                page.pop(rid, None)
        for rid in changed:
            row = self.row_of(rid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def record_at(self, row: int) -> Any:
        rid = self.id_at(row)
        if rid is None:
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None or rid not in page:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page.get(rid)

    def _load_page(self, page_no: int) -> dict[int, Any]:
        ids = self._ids[page_no * PAGE:(page_no + 1) * PAGE]
        page = {r.id: r for r in self._source.rows(ids)}
        self._pages[page_no] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == self.ROW_ID_ROLE:
            return self.id_at(index.row())
        record = self.record_at(index.row())
        if record is None:
            return None
        if role == self.RECORD_ROLE:
            return record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = getattr(record, column.key, None)
            if column.format is not None:
                return column.format(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if self.row_style is not None and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            style = self.row_style(record) or {}
            if role == Qt.ItemDataRole.ForegroundRole and "color" in style:
                return QBrush(QColor(style["color"]))
            if role == Qt.ItemDataRole.FontRole and style.get("bold"):
                font = QFont()
                font.setBold(True)
                return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        self.set_query(self.query.sorted_by(self._columns[column].key,
                                            order == Qt.SortOrder.DescendingOrder))
