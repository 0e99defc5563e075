"""The audit log as a table that fetches more entries as the user scrolls.

The trail can hold millions of entries, so the model never counts or loads them all: it asks the
service for one page (keyset paging on the entry id, in SQL) and Qt's ``canFetchMore`` /
``fetchMore`` ask for the next when the view scrolls near the end.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from caseworker.services.audit import AuditFilter, AuditRow
from caseworker.ui.i18n import tr
from caseworker.ui.models.lazy_table import Reader

PAGE = 200
ARROW = "→"

Index = QModelIndex | QPersistentModelIndex

# Kinds worth saying beside the action's own label (a create or an update says itself).
KIND_LABELS = {
    "void": "voided", "read": "read", "override": "overridden", "sign-in failed": "refused",
}


def value_text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def changes_text(changes: dict[str, Any]) -> str:
    """``field: before → after`` for each changed field, one field per line."""
    lines = []
    for field, pair in changes.items():
        if isinstance(pair, list) and len(pair) == 2:
            lines.append(f"{field}: {value_text(pair[0])} {ARROW} {value_text(pair[1])}")
        else:
            lines.append(f"{field}: {value_text(pair)}")
    return "\n".join(lines)


class AuditTableModel(QAbstractTableModel):
    ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
    COLUMNS = ("at", "user", "action", "record", "changes", "reason")

    def __init__(self, read: Reader, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._read = read
        self._generation = 0
        self._fetching = False
        self._zone = zone
        self._rows: list[AuditRow] = []
        self._exhausted = True
        self.filter = AuditFilter()
        self.oldest_first = False
        self._titles = (tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("Changes"), tr("Reason"))

    # -- loading --------------------------------------------------------------------------
    def set_filter(self, flt: AuditFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self._fetching = False
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self._exhausted or self._fetching:
            return
        last = self._rows[-1].id if self._rows else None
        flt, oldest_first, generation = self.filter, self.oldest_first, self._generation
        self._fetching = True
        if oldest_first:
            self._read(lambda s: s.audit.page(flt, after_id=last, limit=PAGE, oldest_first=True),
                       lambda page: self._arrived(generation, page))
        else:
            self._read(lambda s: s.audit.page(flt, before_id=last, limit=PAGE),
                       lambda page: self._arrived(generation, page))

    def _arrived(self, generation: int, page: list[AuditRow]) -> None:
        if generation != self._generation:  # the filter or order changed meanwhile
            return
        self._fetching = False
        self._exhausted = len(page) < PAGE
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)  # the last row is inclusive
        self._rows.extend(page)
        self.endInsertRows()

    def entry_at(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == self.ENTRY_ROLE:
            return entry
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._text(entry, column)
            # One line in the table; the full list is in the tooltip and the detail pane.
            return text.replace("\n", "; ") if role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.ToolTipRole and column in ("changes", "reason"):
            return self._text(entry, column) or None
        return None

    def _text(self, entry: AuditRow, column: str) -> str:
        if column == "at":
            return self.local_time(entry.at)
        if column == "user":
            return entry.user
        if column == "action":
            kind = KIND_LABELS.get(entry.kind)
            return f"{entry.action} ({tr(kind)})" if kind else entry.action
        if column == "record":
            return entry.record_type if entry.record_id is None else f"{entry.record_type} {entry.record_id}"
        if column == "changes":
            return changes_text(entry.changes)
        return entry.reason

    def local_time(self, at: datetime) -> str:
        return at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M:%S")

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._titles):
            return self._titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The trail is kept in time order; only the direction can change (and is done in SQL).
        if column != 0:
            return
        self.oldest_first = order == Qt.SortOrder.AscendingOrder
        self.reload()
