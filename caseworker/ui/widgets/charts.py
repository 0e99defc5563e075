"""Small, calm charts drawn with QPainter: grouped vertical bars and horizontal bars.

The figures arrive as Decimals or ints; they are turned into pixel lengths only here, and every
number written on a chart is formatted by the caller from the exact value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from caseworker.domain.palette import CHART_PALETTE, PREVIOUS_COLOUR
from caseworker.ui.i18n import tr

PALETTE = list(CHART_PALETTE)  # shared with the PDFs


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[Decimal | int, ...]
    colour: str


def _share(value: Decimal | int, top: Decimal | int) -> float:
    return float(Decimal(value) / Decimal(top)) if top else 0.0  # a pixel ratio, not money


class _Chart(QWidget):
    """A chart whose bars can be clicked (or chosen with the arrow keys and Enter) to ask for the
    records behind them: ``activated`` carries the bar's index."""

    activated = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(190)
        self.setAccessibleName(title)
        self.hits: list[QRectF] = []  # where each clickable item was drawn, by index
        self.current = -1
        self.clickable = False

    def set_clickable(self, clickable: bool) -> None:
        self.clickable = clickable
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 220)

    def index_at(self, x: float, y: float) -> int:
        return next((i for i, rect in enumerate(self.hits) if rect.contains(x, y)), -1)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.index_at(event.position().x(), event.position().y()) if self.clickable else -1
        if index >= 0:
            self.current = index
            self.update()
            self.activated.emit(index)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        count = len(self.hits)
        key = event.key()
        if self.clickable and count and key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left):
            step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            self.current = max(0, min(count - 1, self.current + step))
            self.update()
            return
        if self.clickable and 0 <= self.current < count and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                                      Qt.Key.Key_Space):
            self.activated.emit(self.current)
            return
        super().keyPressEvent(event)

    def _focus_ring(self, painter: QPainter, rect: QRectF, index: int) -> None:
        if self.hasFocus() and index == self.current:
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _begin(self) -> tuple[QPainter, QRectF, QColor, QColor]:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), 20), Qt.AlignmentFlag.AlignLeft, self.title)
        font.setBold(False)
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        return painter, QRectF(self.rect()).adjusted(4, 26, -4, -4), text, muted


class BarChart(_Chart):
    """Categories along the bottom, one bar per series in each, a legend on top."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.value_text: Callable[[Decimal | int], str] = str

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories, self.series = list(categories), list(series)
        described = "; ".join(
            f"{s.name}: " + ", ".join(f"{c} {self.value_text(v)}" for c, v in zip(self.categories, s.values))
            for s in self.series)
        self.setAccessibleDescription(described)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter, area, text, muted = self._begin()
        metrics = QFontMetrics(painter.font())
        legend_h = metrics.height() + 6
        x = area.left()
        for s in self.series:
            painter.fillRect(QRectF(x, area.top() + 3, 10, 10), QColor(s.colour))
            painter.setPen(text)
            painter.drawText(QRectF(x + 14, area.top(), 200, legend_h), Qt.AlignmentFlag.AlignLeft, s.name)
            x += 24 + metrics.horizontalAdvance(s.name)
        plot = area.adjusted(0, legend_h, 0, -(metrics.height() + 4))
        values = [v for s in self.series for v in s.values]
        top = max(values, default=0)
        if not self.categories or not top:
            self.hits = []
            painter.setPen(muted)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, tr("No data for this period yet"))
            painter.end()
            return
        painter.setPen(muted)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        slot = plot.width() / len(self.categories)
        self.hits = [QRectF(plot.left() + i * slot, plot.top(), slot, plot.height()) for i in range(len(self.categories))]
        bar_w = max(2.0, min(28.0, (slot * 0.75) / max(len(self.series), 1)))
        label_every = max(1, int(len(self.categories) * metrics.horizontalAdvance("Mmm 00") / plot.width()) + 1)
        for i, category in enumerate(self.categories):
            left = plot.left() + i * slot + (slot - bar_w * len(self.series)) / 2
            for j, s in enumerate(self.series):
                value = s.values[i]
                h = (plot.height() - metrics.height()) * _share(value, top)
                bar = QRectF(left + j * bar_w, plot.bottom() - h, bar_w - 1, h)
                painter.fillRect(bar, QColor(s.colour))
                if value and bar_w >= metrics.horizontalAdvance("000") * 0.8:
                    painter.setPen(text)
                    painter.drawText(QRectF(bar.left() - 10, bar.top() - metrics.height(), bar_w + 20, metrics.height()),
                                     Qt.AlignmentFlag.AlignHCenter, self.value_text(value))
            self._focus_ring(painter, self.hits[i], i)
            if i % label_every == 0:
                painter.setPen(muted)
                painter.drawText(QRectF(plot.left() + i * slot - 20, plot.bottom() + 2, slot + 40, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, category)
        painter.end()


class HBarChart(_Chart):
    """One horizontal bar per label, with its value written at the end."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.items: list[tuple[str, Decimal | int]] = []
        self.value_text: Callable[[Decimal | int], str] = str
        self.colour: str | None = None  # one colour for every bar (as the PDF draws a distribution)

    def set_data(self, items: Sequence[tuple[str, Decimal | int]]) -> None:
        self.items = list(items)
        self.setAccessibleDescription("; ".join(f"{k}: {self.value_text(v)}" for k, v in self.items))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter, area, text, muted = self._begin()
        metrics = QFontMetrics(painter.font())
        if not self.items or not max((v for _k, v in self.items), default=0):
            self.hits = []
            painter.setPen(muted)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("No data for this period yet"))
            painter.end()
            return
        label_w = min(area.width() * 0.4, max(metrics.horizontalAdvance(k) for k, _v in self.items) + 8)
        value_w = max(metrics.horizontalAdvance(self.value_text(v)) for _k, v in self.items) + 8
        row_h = min(26.0, area.height() / len(self.items))
        top = max(v for _k, v in self.items)
        self.hits = [QRectF(area.left(), area.top() + i * row_h, area.width(), row_h) for i in range(len(self.items))]
        for i, (label, value) in enumerate(self.items):
            y = area.top() + i * row_h
            self._focus_ring(painter, self.hits[i], i)
            painter.setPen(text)
            painter.drawText(QRectF(area.left(), y, label_w - 6, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 6)))
            width = (area.width() - label_w - value_w) * _share(value, top)
            painter.fillRect(QRectF(area.left() + label_w, y + row_h * 0.2, width, row_h * 0.6),
                             QColor(self.colour or PALETTE[i % len(PALETTE)]))
            painter.drawText(QRectF(area.left() + label_w + width + 4, y, value_w, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.value_text(value))
        painter.end()


@dataclass(frozen=True)
class Compared:
    """One group's figure now and in the period before; None where there was no data."""

    label: str
    current: Decimal | int | None
    previous: Decimal | int | None


class CompareChart(_Chart):
    """One horizontal bar per group for the period, a thin grey one under it for the period before,
    and both values written out ("—" where a figure has no data)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.items: list[Compared] = []
        self.value_text: Callable[[Decimal | int | None], str] = lambda v: "—" if v is None else str(v)
        self.colour = PALETTE[0]
        self.maximum: Decimal | int | None = None  # the full length of a bar (1 for a rate), else the largest
        self.set_clickable(True)

    def set_data(self, title: str, items: Sequence[Compared]) -> None:
        self.title = title
        self.items = list(items)
        self.current = min(self.current, len(self.items) - 1)
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(
            tr("{label}: {now} (before: {then})").format(label=i.label, now=self.value_text(i.current),
                                                         then=self.value_text(i.previous)) for i in self.items))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter, area, text, muted = self._begin()
        metrics = QFontMetrics(painter.font())
        legend_h = metrics.height() + 6
        x = area.left()
        for colour, name in ((self.colour, tr("this period")), (PREVIOUS_COLOUR, tr("the period before"))):
            painter.fillRect(QRectF(x, area.top() + 3, 10, 10), QColor(colour))
            painter.setPen(text)
            painter.drawText(QRectF(x + 14, area.top(), 240, legend_h), Qt.AlignmentFlag.AlignLeft, name)
            x += 24 + metrics.horizontalAdvance(name)
        area = area.adjusted(0, legend_h, 0, 0)
        values = [v for i in self.items for v in (i.current, i.previous) if v is not None]
        top = self.maximum if self.maximum is not None else max(values, default=0)
        if not self.items:
            self.hits = []
            painter.setPen(muted)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("No data for this period yet"))
            painter.end()
            return
        label_w = min(area.width() * 0.35, max(metrics.horizontalAdvance(i.label) for i in self.items) + 8)
        value_w = max(metrics.horizontalAdvance(self._pair(i)) for i in self.items) + 8
        row_h = min(34.0, area.height() / len(self.items))
        self.hits = [QRectF(area.left(), area.top() + n * row_h, area.width(), row_h) for n in range(len(self.items))]
        span = max(area.width() - label_w - value_w, 10)
        for n, item in enumerate(self.items):
            y = area.top() + n * row_h
            self._focus_ring(painter, self.hits[n], n)
            painter.setPen(text)
            painter.drawText(QRectF(area.left(), y, label_w - 6, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, int(label_w - 6)))
            if item.current is not None:
                painter.fillRect(QRectF(area.left() + label_w, y + row_h * 0.15, span * _share(item.current, top),
                                        row_h * 0.45), QColor(self.colour))
            if item.previous is not None:
                painter.fillRect(QRectF(area.left() + label_w, y + row_h * 0.65, span * _share(item.previous, top),
                                        row_h * 0.2), QColor(PREVIOUS_COLOUR))
            painter.setPen(text)
            painter.drawText(QRectF(area.left() + label_w + span + 4, y, value_w, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._pair(item))
        painter.end()

    def _pair(self, item: Compared) -> str:
        return tr("{now} (was {then})").format(now=self.value_text(item.current), then=self.value_text(item.previous))
