"""Small, calm charts drawn with QPainter: grouped vertical bars and horizontal bars.

The figures arrive as Decimals or ints; they are turned into pixel lengths only here, and every
number written on a chart is formatted by the caller from the exact value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from caseworker.ui.i18n import tr

PALETTE = ["#3b6ea8", "#7fb069", "#e0a458", "#c25b56", "#8c6bb1", "#5bb1b5"]


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[Decimal | int, ...]
    colour: str


def _share(value: Decimal | int, top: Decimal | int) -> float:
    return float(Decimal(value) / Decimal(top)) if top else 0.0  # a pixel ratio, not money


class _Chart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(190)
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 220)

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
            painter.setPen(muted)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, tr("No data for this period yet"))
            painter.end()
            return
        painter.setPen(muted)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        slot = plot.width() / len(self.categories)
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

    def set_data(self, items: Sequence[tuple[str, Decimal | int]]) -> None:
        self.items = list(items)
        self.setAccessibleDescription("; ".join(f"{k}: {self.value_text(v)}" for k, v in self.items))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter, area, text, muted = self._begin()
        metrics = QFontMetrics(painter.font())
        if not self.items or not max((v for _k, v in self.items), default=0):
            painter.setPen(muted)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("No data for this period yet"))
            painter.end()
            return
        label_w = min(area.width() * 0.4, max(metrics.horizontalAdvance(k) for k, _v in self.items) + 8)
        value_w = max(metrics.horizontalAdvance(self.value_text(v)) for _k, v in self.items) + 8
        row_h = min(26.0, area.height() / len(self.items))
        top = max(v for _k, v in self.items)
        for i, (label, value) in enumerate(self.items):
            y = area.top() + i * row_h
            painter.setPen(text)
            painter.drawText(QRectF(area.left(), y, label_w - 6, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 6)))
            width = (area.width() - label_w - value_w) * _share(value, top)
            painter.fillRect(QRectF(area.left() + label_w, y + row_h * 0.2, width, row_h * 0.6),
                             QColor(PALETTE[i % len(PALETTE)]))
            painter.drawText(QRectF(area.left() + label_w + width + 4, y, value_w, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.value_text(value))
        painter.end()
