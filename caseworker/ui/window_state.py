"""Where the window was, per user: its size, position and splitter positions on this computer.

Kept with QSettings in an INI file beside this computer's settings (not in the database: the same
person may use a large office screen and a small laptop). A saved place is only a wish: the window
is always fitted inside the screen's available area as it is now, since screens change (a laptop
undocked, a larger text scaling chosen).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

from caseworker.settings import config_dir

#: The size the window asks for when the screen has room and nothing was saved.
PREFERRED = QSize(1280, 800)
#: The smallest useful window; a smaller screen still gets a window no larger than itself.
SMALLEST = QSize(720, 480)


def window_settings() -> QSettings:
    path = config_dir() / "window.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen not taken by task bars and docks."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, PREFERRED.width(), PREFERRED.height())


def fitted(area: QRect, saved: QRect | None) -> QRect:
    """The whole window's geometry (frame included) inside *area*.

    Without a saved place the window takes the preferred size, or the whole available area when
    that is smaller, and is centred; a saved place is shrunk and moved until it is on the screen."""
    wanted = saved.size() if saved is not None and saved.isValid() else PREFERRED
    size = QSize(min(max(wanted.width(), SMALLEST.width()), area.width()),
                 min(max(wanted.height(), SMALLEST.height()), area.height()))
    if saved is not None and saved.isValid():
        top_left = saved.topLeft()
    else:
        top_left = QPoint(area.x() + (area.width() - size.width()) // 2,
                          area.y() + (area.height() - size.height()) // 2)
    # Pull a window left on a screen that is no longer there (or now smaller) back into view.
    x = min(max(top_left.x(), area.x()), area.x() + area.width() - size.width())
    y = min(max(top_left.y(), area.y()), area.y() + area.height() - size.height())
    return QRect(QPoint(x, y), size)


class WindowPlace:
    """Reads and writes one user's window place."""

    def __init__(self, username: str) -> None:
        self.prefix = f"users/{username or '-'}"

    def saved_geometry(self) -> QRect | None:
        value = window_settings().value(f"{self.prefix}/geometry")
        numbers = _ints(value, 4)
        if numbers is None or numbers[2] <= 0 or numbers[3] <= 0:
            return None
        return QRect(*numbers)

    def was_maximized(self) -> bool:
        return str(window_settings().value(f"{self.prefix}/maximized", "false")).lower() == "true"

    def save_geometry(self, rect: QRect, maximized: bool) -> None:
        store = window_settings()
        store.setValue(f"{self.prefix}/geometry", [rect.x(), rect.y(), rect.width(), rect.height()])
        store.setValue(f"{self.prefix}/maximized", "true" if maximized else "false")
        store.sync()

    def save_splitters(self, key: str, owner: QWidget) -> None:
        store = window_settings()
        for i, splitter in enumerate(splitters_of(owner)):
            store.setValue(f"{self.prefix}/splitters/{key}/{i}", splitter.sizes())
        store.sync()

    def restore_splitters(self, key: str, owner: QWidget) -> None:
        store = window_settings()
        for i, splitter in enumerate(splitters_of(owner)):
            sizes = _ints(store.value(f"{self.prefix}/splitters/{key}/{i}"), splitter.count())
            # A pane dragged shut (or a damaged file) would hide a whole pane: keep the default.
            if sizes is not None and all(s > 0 for s in sizes):
                splitter.setSizes(sizes)
                splitter.setProperty("restored", True)


def splitters_of(owner: QWidget) -> list[QSplitter]:
    """The owner's splitters in a stable order (the order they were made in)."""
    found = [owner] if isinstance(owner, QSplitter) else []
    return found + owner.findChildren(QSplitter)


def _ints(value: object, count: int) -> list[int] | None:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, (list, tuple)) or len(value) != count:
        return None
    try:
        return [int(v) for v in value]
    except (TypeError, ValueError):
        return None
