"""My work: the home page, what needs the signed-in user today."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from caseworker.domain.records import Changes
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import tr
from caseworker.ui.my_work.base import MyWorkPanel
from caseworker.ui.parts import window_parts
from caseworker.ui.sections.base import Section


class MyWorkSection(Section):
    icon_name = "house"

    @classmethod
    def title(cls) -> str:
        return tr("My work")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("my-work")
        actor = ctx.actor
        self.greeting = QLabel(self)
        self.greeting.setObjectName("greeting")
        self.greeting.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.greeting.setText(self._greeting_text(actor.display_name))
        self.empty = QLabel(tr("Nothing needs you today."), self)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 14px;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.panels: list[MyWorkPanel] = [cls(ctx, self) for cls in window_parts().my_work_panels
                                              if cls.visible_to(actor)]
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addWidget(self.greeting)
        for panel in self.panels:
            # Each box may grow (its list to every row); what none can use stays below them.
            column.addWidget(panel, 1)
        column.addWidget(self.empty)
        column.addStretch(0)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(tr("My work panels"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.empty.setVisible(not self.panels)

    @staticmethod
    def _greeting_text(name: str) -> str:
        hour = datetime.now().hour
        if hour < 12:
            return tr("Good morning, {name}").format(name=name)
        if hour < 18:
            return tr("Good afternoon, {name}").format(name=name)
        return tr("Good evening, {name}").format(name=name)

    def activate(self) -> None:
        for panel in self.panels:
            panel.refresh()

    def on_changes(self, changes: Changes) -> None:
        for panel in self.panels:
            panel.on_changes(changes)
