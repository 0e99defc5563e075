"""Ctrl+K: find any record the user may see, by name, from anywhere.

The search service asks only the providers whose records the user's roles may read, so a hit the
user may not see is never even fetched; this dialog shows what comes back, grouped by nothing but
relevance, each with its kind's icon. Enter opens the highlighted hit, Escape closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from caseworker.domain.records import SearchHit
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import tr
from caseworker.ui.widgets.flag_strip import flags_text, flags_tooltip

KIND_LABELS = {
    "user": "User", "client": "Client", "case": "Case", "donor": "Donor", "household": "Household",
    "grant": "Grant", "funder": "Funder", "meeting": "Meeting", "fund": "Fund",
    "disbursement": "Disbursement", "gift": "Gift", "receipt": "Receipt", "team": "Team",
}
KIND_ICONS = {
    "user": "user-round", "client": "users", "case": "briefcase", "donor": "heart-handshake",
    "household": "house", "grant": "file-text", "funder": "landmark", "meeting": "calendar",
    "fund": "hand-coins", "disbursement": "hand-coins", "gift": "gift", "receipt": "receipt",
    "team": "users",
}
TYPING_PAUSE_MS = 150


class QuickSearchDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Quick search"))
        self.setMinimumWidth(560)
        self.setMinimumHeight(380)
        self._ctx = ctx
        self.chosen: SearchHit | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("Type a name…"))
        self.edit.setAccessibleName(tr("Search text"))
        self.edit.setClearButtonEnabled(True)
        self.edit.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.edit.setStyleSheet("QLineEdit { font-size: 15px; padding: 5px; }")
        self.results = QListWidget(self)
        self.results.setAccessibleName(tr("Search results"))
        self.results.setIconSize(QSize(18, 18))
        self.results.setUniformItemSizes(True)
        self.results.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.status = QLabel(tr("Type to search everything you may see."), self)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self._choose_current)
        self.results.itemActivated.connect(self._choose)
        self.edit.installEventFilter(self)
        self.edit.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - arrows move through the results
        if obj is self.edit and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
            return True
        return super().eventFilter(obj, event)

    def run_search(self, then: Callable[[], None] | None = None) -> None:
        self._timer.stop()
        text = self.edit.text()
        self._ctx.read(lambda s: s.search.search(text), lambda hits: self._found(text, hits, then))

    def _found(self, text: str, hits: list[SearchHit], then: Callable[[], None] | None) -> None:
        if text != self.edit.text():  # typed on meanwhile: a newer search is on its way
            return
        self.results.clear()
        for hit in hits:
            kind = tr(KIND_LABELS.get(hit.kind, hit.kind.replace("_", " ").title()))
            text = f"{hit.title}    {kind}" + (f" · {hit.subtitle}" if hit.subtitle else "")
            flags = flags_text(hit.client_flags)
            if flags:
                text = f"{hit.title}    {flags}    {kind}" + (f" · {hit.subtitle}" if hit.subtitle else "")
            icon = "shield-alert" if hit.client_flags is not None and hit.client_flags.safeguarding \
                else KIND_ICONS.get(hit.kind, icons.FALLBACK)
            item = QListWidgetItem(icons.icon(icon), text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, hit)
            spoken = f"{kind}: {hit.title}"
            if flags:
                full = flags_tooltip(hit.client_flags)
                item.setToolTip(full)
                spoken += ". " + full.replace("\n", "; ")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        if hits:
            self.results.setCurrentRow(0)
            self.status.setText(tr("{n} found. Enter opens the highlighted one.").format(n=len(hits)))
        else:
            self.status.setText(tr("Nothing found.") if self.edit.text().strip() else
                                tr("Type to search everything you may see."))
        if then is not None:
            then()

    def hits(self) -> list[SearchHit]:
        return [self.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.results.count())]

    def _choose_current(self) -> None:
        if self._timer.isActive():  # Enter before the pause in typing: search first
            self.run_search(then=self._choose_highlighted)
        else:
            self._choose_highlighted()

    def _choose_highlighted(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    @classmethod
    def ask(cls, ctx: UiContext, parent: QWidget | None = None) -> SearchHit | None:
        dialog = cls(ctx, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
