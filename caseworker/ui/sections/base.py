"""The base of every section in the sidebar."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from caseworker.domain.permissions import Action
from caseworker.domain.records import Actor, Changes
from caseworker.ui import icons
from caseworker.ui.context import UiContext


class Section(QWidget):
    """A screen of the main window.

    Its place in the sidebar (and so its Ctrl+number) is its place in the window's list of parts
    (:mod:`caseworker.ui.parts`); ``required`` is the action a user must be allowed to see it at
    all, and ``kinds`` are the record kinds it can open from quick search. ``icon_name`` names a
    bundled icon (see :mod:`caseworker.ui.icons` for the list; an unknown name shows a neutral
    icon).
    """

    required: ClassVar[Action | None] = None
    kinds: ClassVar[tuple[str, ...]] = ()
    icon_name: ClassVar[str] = icons.FALLBACK
    # A key of its own besides Ctrl+1…9 (which run out after nine sections), e.g. "Ctrl+,".
    shortcut: ClassVar[str] = ""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    @classmethod
    def visible_to(cls, actor: Actor) -> bool:
        return cls.required is None or actor.can(cls.required)

    @classmethod
    def icon(cls) -> QIcon:
        name = cls.icon_name
        if isinstance(name, QStyle.StandardPixmap):  # a section written before the bundled set
            return QApplication.style().standardIcon(name)
        return icons.icon(name)

    def activate(self) -> None:
        """Called when the user switches to this section."""

    def new_record(self) -> bool:
        """Ctrl+N: start a new record here; False if this section has none to make."""
        return False

    def open_record(self, kind: str, record_id: int) -> None:
        """Show record *record_id* of *kind* (from quick search or another section)."""

    def on_changes(self, changes: Changes) -> None:
        """Refresh what this section shows that *changes* touched."""
