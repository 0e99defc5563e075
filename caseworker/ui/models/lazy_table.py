"""A table model for lists of 100,000 records that never holds them all.

The service answers two questions: the ordered ids that match a query (sorted and filtered in SQL:
one indexed query returning plain integers) and the display rows for a handful of ids. The model
keeps the ids, fetches rows a page at a time as the view scrolls to them, and forgets pages it has
not shown for a while. Sorting by a header asks SQL for a new id order; a proxy model over
everything would call ``data()`` millions of times instead.

Both questions are read operations on the runner's worker: a page the view asks for shows empty
cells until its rows arrive (a row of a slow server never freezes the window), and an answer to a
query the user has since changed is dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from caseworker.domain.listing import ListQuery

if TYPE_CHECKING:
    from caseworker.services.container import Services

PAGE = 100
MAX_CACHED_PAGES = 60

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
#: ``read(query, done)``: run ``query`` on the worker, hand its answer to ``done`` (UiContext.read).
Reader = Callable[[Callable[["Services"], Any], Callable[[Any], None]], None]


@dataclass(frozen=True)
class Column:
    key: str  # the attribute of a row record, and the service's sort key
    title: str
    align_right: bool = False
    sortable: bool = True
    format: Callable[[Any], str] | None = None
    width: int | None = None
    #: The cell's tooltip from its value (the full text behind a short cell, such as a client's flags).
    tooltip: Callable[[Any], str] | None = None
    #: False for a column a narrow list may hide (the detail pane shows the same fact).
    primary: bool = True


@dataclass(frozen=True)
class RowSource:
    """The two questions a list asks its service."""

    ids: Callable[[Services, ListQuery], Sequence[int]]
    rows: Callable[[Services, Sequence[int]], Sequence[Any]]  # records with an ``id`` attribute


class LazyTableModel(QAbstractTableModel):
    ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

    #: The ids of a new query arrived (after the model was reset with them).
    loaded = Signal()

    def __init__(self, columns: Sequence[Column], source: RowSource, read: Reader, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._source = source
        self._read = read
        self._ids: list[int] = []
        self._positions: dict[int, int] = {}
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self._asked: set[int] = set()  # pages asked for and not yet arrived
        self._generation = 0  # bumped by every reload: older answers are dropped
        self._loaded_generation = 0
        self._inline = False  # True while data() waits on an answer that may come at once
        self.query = ListQuery()
        self.row_style: Callable[[Any], dict[str, Any] | None] | None = None

    # -- loading --------------------------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.reload()

    @property
    def loading(self) -> bool:
        """Whether the ids of the current query are still on their way."""
        return self._loaded_generation != self._generation

    def reload(self) -> None:
        self._generation += 1
        generation, query, ids = self._generation, self.query, self._source.ids
        self._read(lambda s: list(ids(s, query)), lambda found: self._ids_arrived(generation, found))

    def _ids_arrived(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self._loaded_generation = generation
        self.beginResetModel()
        self._ids = ids
        self._positions = {rid: row for row, rid in enumerate(ids)}
        self._pages.clear()
        self._asked.clear()
        self.endResetModel()
        self.loaded.emit()

    def refresh_ids(self, changed: set[int] | frozenset[int]) -> None:
        """Re-read the rows of *changed* ids in place (cheap: one page at most)."""
        stale = {row // PAGE for rid in changed if (row := self._positions.get(rid)) is not None}
        for page_no in stale:
            # The page on screen stays until the new one arrives; an answer already on its way
            # was read before the change, so ask again behind it.
            self._asked.discard(page_no)
            self._ask_for_page(page_no)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        return self._positions.get(record_id)

    def record_at(self, row: int) -> Any:
        """The row's record, or None until its page has arrived (it is asked for)."""
        rid = self.id_at(row)
        if rid is None:
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            self._inline = True
            try:
                self._ask_for_page(page_no)
            finally:
                self._inline = False
            page = self._pages.get(page_no)
            if page is None:
                return None
        else:
            self._pages.move_to_end(page_no)
        return page.get(rid)

    def _ask_for_page(self, page_no: int) -> None:
        if page_no in self._asked:
            return
        self._asked.add(page_no)
        generation, rows = self._generation, self._source.rows
        ids = self._ids[page_no * PAGE:(page_no + 1) * PAGE]
        self._read(lambda s: list(rows(s, ids)), lambda found: self._page_arrived(generation, page_no, found))

    def _page_arrived(self, generation: int, page_no: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self._asked.discard(page_no)
        self._pages[page_no] = {r.id: r for r in rows}
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        if self._inline:  # answered while data() waits: it returns the row itself
            return
        first = page_no * PAGE
        last = min(first + PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))

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
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(getattr(record, column.key, None)) or None
        # Otherwise the tooltip carries the whole text of a cell elided to fit its column.
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
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
