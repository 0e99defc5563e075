"""A row of buttons or filters that wraps onto the next line when the pane is too narrow.

A laptop screen 1280 pixels wide leaves a section about 1,080 of them, shared by a list and a
detail pane. A QHBoxLayout asks for the width of all its buttons at once, so a pane with a row of
five of them pushed the whole section past the screen's edge; this layout asks only for its widest
item and takes a second line instead.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            # A nested layout takes its parent's margins; zero matches a QHBoxLayout's behaviour.
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout -----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        # One line when there is room for it.
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- internals ---------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items line by line within *rect*; the height the lines take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QSize]] = []

        def finish_line() -> None:
            # Items of one line share its height and are centred in it, as in a QHBoxLayout.
            for item, size in line:
                top = y + (line_height - size.height()) // 2
                item.setGeometry(QRect(QPoint(item.geometry().x(), top), size))
            line.clear()

        for item in self._visible():
            size = item.sizeHint()
            if area.width() > 0:  # only an item wider than the whole pane is narrowed, never below its minimum
                size.setWidth(max(min(size.width(), area.width()), item.minimumSize().width()))
            if x > area.x() and x + size.width() > area.right() + 1:
                if move:
                    finish_line()
                x, y = area.x(), y + line_height + self._line_spacing()
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), size))
                line.append((item, size))
            x += size.width() + self._spacing
            line_height = max(line_height, size.height())
        if move:
            finish_line()
        return y + line_height - rect.y() + m.bottom()

    def _line_spacing(self) -> int:
        parent = self.parentWidget()
        if parent is None:
            return self._spacing
        spacing = parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing, None, parent)
        return spacing if spacing >= 0 else self._spacing

