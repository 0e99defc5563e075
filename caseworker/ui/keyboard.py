"""Keyboard paths through every window: Tab moves from control to control and never gets stuck.

Qt's defaults trap Tab in two places: a table or list moves between its own cells on Tab
(arrow keys already do that), and a text box types a tab character. Both are changed for every
such widget as it is first shown, so a new dialog or section cannot forget it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QTextEdit

_installed: list[QObject] = []


class _KeyboardPaths(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Polish:
            if isinstance(watched, QAbstractItemView):
                watched.setTabKeyNavigation(False)
            elif isinstance(watched, (QPlainTextEdit, QTextEdit)):
                watched.setTabChangesFocus(True)
        return False


def install_keyboard_paths(app: QApplication | None = None) -> None:
    """Once per application: later calls do nothing."""
    app = app or QApplication.instance()
    if app is None or any(f.parent() is app for f in _installed):
        return
    keeper = _KeyboardPaths(app)
    app.installEventFilter(keeper)
    _installed.append(keeper)
