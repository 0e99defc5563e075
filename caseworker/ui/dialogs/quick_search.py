"""Ctrl+K: find any record the user may see, by name, from anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from caseworker.domain.records import SearchHit
from caseworker.services.search import SearchService
from caseworker.ui.i18n import tr

KIND_LABELS = {
    "user": "User", "client": "Client", "case": "Case", "donor": "Donor", "household": "Household",
    "grant": "Grant", "funder": "Funder", "meeting": "Meeting", "fund": "Fund",
}


class QuickSearchDialog(QDialog):
    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Quick search"))
        self.setMinimumWidth(520)
        self._search = search
        self.chosen: SearchHit | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("Type a name…"))
        self.edit.setAccessibleName(tr("Search text"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(tr("Search results"))
        self.status = QLabel(tr("Type to search everything you may see."), self)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self._choose_current)
        self.results.itemActivated.connect(self._choose)
        self.edit.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - arrow keys move through the results
        if obj is self.edit and event.type() == event.Type.KeyPress and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
            return True
        return super().eventFilter(obj, event)

    def run_search(self) -> None:
        self._timer.stop()
        hits = self._search.search(self.edit.text())
        self.results.clear()
        for hit in hits:
            kind = tr(KIND_LABELS.get(hit.kind, hit.kind.title()))
            text = f"{hit.title}    — {kind}" + (f" · {hit.subtitle}" if hit.subtitle else "")
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, hit)
        if hits:
            self.results.setCurrentRow(0)
            self.status.setText(tr("{n} found. Enter opens the highlighted one.").format(n=len(hits)))
        else:
            self.status.setText(tr("Nothing found.") if self.edit.text().strip() else
                                tr("Type to search everything you may see."))

    def _choose_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        item = self.results.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    @classmethod
    def ask(cls, search: SearchService, parent: QWidget | None = None) -> SearchHit | None:
        dialog = cls(search, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
