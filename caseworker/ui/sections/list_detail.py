"""A section of records: a filtered list on the left, the chosen record on the right.

Clients and Donors are both this: a :class:`RecordList` with its own filters, a count under it,
and a detail view (with tabs) that a placeholder stands in for until a record is chosen.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from caseworker.domain.records import ChangeKind, Changes
from caseworker.ui.sections.base import Section
from caseworker.ui.widgets.record_list import RecordList, list_beside_detail

MUTED = "color: palette(placeholder-text);"


class ListDetailSection(Section):
    #: The record kind the list shows; a change to one of these refreshes its row.
    record_kind: ClassVar[ChangeKind]

    def _arrange(self, records: RecordList, detail: QWidget, *, placeholder: str, count_name: str,
                 sizes: tuple[int, int]) -> None:
        """Lay out *records* beside *detail*, with the count and the placeholder."""
        self.list, self.detail = records, detail
        self._loaded = False
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(MUTED)
        self.count_label.setAccessibleName(count_name)
        records.layout().addWidget(self.count_label)
        records.model.modelReset.connect(self._update_count)

        self.placeholder = QLabel(placeholder, self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet(MUTED + " font-size: 14px;")
        self.right = QStackedWidget(self)
        self.right.addWidget(self.placeholder)
        self.right.addWidget(detail)

        splitter = QSplitter(self)
        splitter.addWidget(records)
        splitter.addWidget(self.right)
        splitter.setSizes(list(sizes))
        splitter.setChildrenCollapsible(False)
        list_beside_detail(splitter, records)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

        records.current_changed.connect(self.show_record)
        records.activated.connect(self._focus_detail)

    # -- for each section ----------------------------------------------------------------------
    def show_in_detail(self, record_id: int | None) -> None:
        raise NotImplementedError

    def count_text(self, n: int) -> str:
        raise NotImplementedError

    # -- shared --------------------------------------------------------------------------------
    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.list.reload()

    def show_record(self, record_id: int | None) -> None:
        self.show_in_detail(record_id)
        self.right.setCurrentWidget(self.detail if record_id is not None else self.placeholder)

    def _focus_detail(self, record_id: int) -> None:
        self.show_record(record_id)
        self.detail.tabs.setFocus()

    def _update_count(self) -> None:
        self.count_label.setText(self.count_text(self.list.model.rowCount()))

    def on_changes(self, changes: Changes) -> None:
        if not self._loaded:
            return
        if changes.touches(self.record_kind) or self.reloads_on(changes):
            changed = changes.ids(self.record_kind)
            known = {i for i in changed if self.list.model.row_of(i) is not None}
            # No ids: a bulk statement changed some rows of the kind, which only a reload finds.
            if changed and known == changed and not self.reloads_on(changes):
                self.list.model.refresh_ids(known)  # only rows on screen changed: redraw them
            else:
                current = self.list.current_id()
                self.list.reload()
                if current is not None:
                    self.list.select_id(current)
        self.detail.on_changes(changes)

    def reloads_on(self, changes: Changes) -> bool:
        """Whether *changes* can move records in or out of the list (so it is read again)."""
        return False
