"""A table header whose sort arrow points the way the rows run.

Qt hands the style ``SortUp`` for a descending column, and Fusion (the style on Linux) draws that
as an upward arrow: a list shown newest first carries an arrow that reads "oldest first". This
header gives the style the arrow people expect from their file manager and mail client — pointing
down when the rows run from the largest (newest) value down, up when they run from the smallest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyleOptionHeader, QWidget


class SortHeader(QHeaderView):
    def __init__(self, orientation: Qt.Orientation = Qt.Orientation.Horizontal,
                 parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setSectionsClickable(True)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:  # noqa: N802
        super().initStyleOptionForIndex(option, logical_index)
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical_index:
            option.sortIndicator = (QStyleOptionHeader.SortIndicator.SortDown
                                    if self.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                                    else QStyleOptionHeader.SortIndicator.SortUp)
