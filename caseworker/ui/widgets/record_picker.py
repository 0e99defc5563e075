"""Choosing a record by typing part of its name (a client, a donor), through quick search."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from caseworker.domain.records import SearchHit
from caseworker.ui.widgets.flag_strip import flags_text

if TYPE_CHECKING:
    from caseworker.ui.context import UiContext


class RecordPicker(QLineEdit):
    """A line edit that offers matching records of one kind as the user types."""

    picked = Signal(object)  # the record id, or None when the text no longer names one

    def __init__(self, ctx: UiContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._kind = kind
        self._hits: dict[str, SearchHit] = {}
        self.selected_id: int | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[str].connect(self._chosen)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._lookup)
        self.textEdited.connect(self._edited)

    @property
    def selected_hit(self) -> SearchHit | None:
        """The search hit chosen (with what the search knew of it, such as a client's flags)."""
        if self.selected_id is None:
            return None
        return next((h for h in self._hits.values() if h.id == self.selected_id), None)

    def set_record(self, record_id: int, label: str) -> None:
        self.selected_id = record_id
        self._hits = {label: SearchHit(self._kind, record_id, label)}
        self.setText(label)

    def _edited(self, _text: str) -> None:
        if self.selected_id is not None:
            self.selected_id = None
            self.picked.emit(None)
        self._timer.start()

    def _lookup(self) -> None:
        text = self.text()
        self._ctx.read(lambda s: s.search.search(text, limit=15), lambda hits: self._found(text, hits))

    def _found(self, text: str, found: list[SearchHit]) -> None:
        if text != self.text():  # typed on meanwhile: a newer search is on its way
            return
        hits = [h for h in found if h.kind == self._kind]
        self._hits = {self._label(h): h for h in hits}
        self._model.setStringList(list(self._hits))
        if hits:
            self.completer().complete()

    @staticmethod
    def _label(hit: SearchHit) -> str:
        label = f"{hit.title} — {hit.subtitle}" if hit.subtitle else hit.title
        flags = flags_text(hit.client_flags)
        return f"{label}  {flags}" if flags else label

    def _chosen(self, label: str) -> None:
        hit = self._hits.get(label)
        if hit is not None:
            self.selected_id = hit.id
            self.picked.emit(hit.id)
