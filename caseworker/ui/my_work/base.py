"""The base of a My work panel: a titled list of what needs the signed-in user."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLayout, QVBoxLayout, QWidget

from caseworker.domain.permissions import Action
from caseworker.domain.records import Actor, Changes
from caseworker.ui.context import UiContext


class MyWorkPanel(QGroupBox):
    required: ClassVar[Action | None] = None
    # (section kind, record id): the window opens the record in its section.
    open_requested = Signal(str, int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.title(), parent)
        self.ctx = ctx
        self.setAccessibleName(self.title())
        self.body = QVBoxLayout(self)
        # The box is as tall as its list wants, no taller: spare height then goes to the next box
        # that can use it rather than to a blank band inside this one.
        self.body.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    @classmethod
    def visible_to(cls, actor: Actor) -> bool:
        return cls.required is None or actor.can(cls.required)

    def refresh(self) -> None:
        """Load what the panel lists (through the runner, never blocking the window)."""

    def on_changes(self, changes: Changes) -> None:
        self.refresh()

    def item_count(self) -> int:
        """How many items the panel lists now (for the summary line and the empty state)."""
        return 0
