"""The list half of a section: a filter bar over a lazily loaded, SQL-sorted table.

The filter waits for a pause in typing before asking the service, the table sorts by its headers
in SQL, and an empty list says what to do next instead of showing a blank grid.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker.ui.i18n import tr
from caseworker.ui.models.lazy_table import PAGE, Column, LazyTableModel, Reader, RowSource
from caseworker.ui.widgets.flow_layout import FlowLayout

TYPING_PAUSE_MS = 180
# A column never takes more than this for its content; longer text is elided, with a tooltip.
MAX_COLUMN = 260
# The most of a section's width a list takes beside its detail pane.
LIST_SHARE = 0.6
# Below this, long columns are too cut to read: the columns that are not primary make way.
READABLE_COLUMN = 120


class RecordList(QWidget):
    activated = Signal(int)  # a record id: Enter or double-click
    current_changed = Signal(object)  # a record id or None

    def __init__(self, columns: Sequence[Column], source: RowSource, read: Reader, *, name: str,
                 placeholder: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LazyTableModel(columns, source, read, self)
        self._pending_selection: int | None = None
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(tr("Filter {name}").format(name=name))
        self.filter_edit.setObjectName(f"{name}-filter")
        # The filters and buttons a section adds wrap onto a second line in a narrow pane
        # instead of widening the whole section past a laptop's screen.
        self.filter_bar = FlowLayout()

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # No sort indicator until the user clicks a header: the service's own order (e.g. by name)
        # stands. Set before enabling sorting, which otherwise sorts column 0 descending at once.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._columns = list(columns)
        for i, column in enumerate(columns):
            if column.width:
                self.table.setColumnWidth(i, column.width)
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(self._activate)
        self.table.activated.connect(self._activate)

        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("empty-state")
        self.empty_label.setStyleSheet("color: palette(placeholder-text); font-size: 14px;")
        self._empty_text = empty_text

        stack_host = QWidget(self)
        self._stack = QStackedLayout(stack_host)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addLayout(self.filter_bar)
        layout.addWidget(stack_host, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._timer.start())
        self.filter_edit.returnPressed.connect(self._apply_filter_now)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_empty_state)
        self.model.loaded.connect(self._select_pending)
        self.model.loaded.connect(self.fit_columns)
        # Rows arrive in pages after the ids: their text decides the widths, so fit again (once
        # per burst of pages).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_columns)
        self.model.dataChanged.connect(lambda *_a: self._refit.start())
        self.table.horizontalHeader().setMinimumSectionSize(24)
        # Columns fit the rows a page holds, not the thousand Qt reads by default: on a list of
        # 100,000 cases that asked for rows never loaded and held the window for most of a second.
        self.table.horizontalHeader().setResizeContentsPrecision(PAGE)

    # -- column widths ---------------------------------------------------------------------
    def column_wishes(self) -> tuple[list[int], list[int]]:
        """Each column's width for its content (capped), and its least: the title's width."""
        header = self.table.horizontalHeader()
        floors, wishes = [], []
        for i, column in enumerate(self._columns):
            title = header.sectionSizeFromContents(i).width()
            content = self.table.sizeHintForColumn(i) if self.model.rowCount() else 0
            floors.append(title)
            wishes.append(max(title, min(max(content, column.width or 0), MAX_COLUMN)))
        return floors, wishes

    def preferred_width(self) -> int:
        """The width that shows every column whole: what the list asks of its splitter."""
        _floors, wishes = self.column_wishes()
        return sum(wishes) + 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()

    def fit_columns(self) -> None:
        """Size the columns to their content within the list's width, never below their titles.

        When the content does not fit, the widest columns give way first (a reference or a date
        stays whole while a long subject is elided); when even that would leave the long columns
        too narrow to read, the columns that are not primary are hidden. Cut text is elided, and
        its cell's tooltip holds the whole of it."""
        if not self._columns:
            return
        floors, wishes = self.column_wishes()
        room = self.table.viewport().width() - 1
        every = list(range(len(self._columns)))
        primary = [i for i in every if self._columns[i].primary]
        shown, cap = every, _cap(every, floors, wishes, room)
        if len(primary) < len(every) and (cap is None or cap < READABLE_COLUMN):
            shown, cap = primary, _cap(primary, floors, wishes, room)
        self._fitting = True
        try:
            for i in every:
                self.table.setColumnHidden(i, i not in shown)
            for i in shown:
                width = wishes[i] if cap is None else max(floors[i], min(wishes[i], cap))
                self.table.setColumnWidth(i, width)
        finally:
            self._fitting = False
        # The list never gets narrower than its primary column titles: none is ever cut off.
        least = sum(floors[i] for i in primary)
        # (With the vertical scroll bar beside them, which a long list always shows.)
        self.table.setMinimumWidth(least + 2 * self.table.frameWidth() + 2
                                   + self.table.verticalScrollBar().sizeHint().width())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize \
                and not getattr(self, "_fitting", False):
            self.fit_columns()
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        self.model.reload()

    def set_filter(self, key: str, value: object) -> None:
        self.model.set_query(self.model.query.with_filter(key, value))

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_id(self, record_id: int) -> bool:
        """Select the record's row; while the list is loading, select it when the ids arrive."""
        row = self.model.row_of(record_id)
        if row is None:
            if self.model.loading:
                self._pending_selection = record_id
                return True
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _select_pending(self) -> None:
        record_id, self._pending_selection = self._pending_selection, None
        if record_id is not None:
            self.select_id(record_id)

    def _apply_filter_now(self) -> None:
        self._timer.stop()
        self._apply_filter()

    def _apply_filter(self) -> None:
        text = self.filter_edit.text().strip()
        if text != self.model.query.text:
            self.model.set_query(self.model.query.with_text(text))

    def _activate(self, index: QModelIndex) -> None:
        rid = self.model.id_at(index.row())
        if rid is not None:
            self.activated.emit(rid)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.id_at(current.row()) if current.isValid() else None)

    def _update_empty_state(self) -> None:
        empty = self.model.rowCount() == 0
        if empty and self.model.query.text:
            self.empty_label.setText(tr("Nothing matches “{text}”.").format(text=self.model.query.text))
        else:
            self.empty_label.setText(self._empty_text)
        self._stack.setCurrentWidget(self.empty_label if empty else self.table)


def _cap(columns: list[int], floors: list[int], wishes: list[int], room: int) -> int | None:
    """The width no column of *columns* may pass for them all to fit in *room* (None: all fit).

    Columns narrower than the cap keep their wish; none goes below its floor (its title)."""
    if sum(wishes[i] for i in columns) <= room:
        return None
    low, high = 0, max(wishes[i] for i in columns)
    while low < high:
        mid = (low + high + 1) // 2
        if sum(max(floors[i], min(wishes[i], mid)) for i in columns) <= room:
            low = mid
        else:
            high = mid - 1
    return low


def list_beside_detail(splitter: QSplitter, records: RecordList) -> None:
    """The list takes the width its columns want; the detail pane beside it takes what is left.

    Done once, when the first rows arrive (their content decides the widths), unless the user's
    own splitter position was restored."""
    splitter.setStretchFactor(splitter.indexOf(records), 0)
    splitter.setStretchFactor(1 - splitter.indexOf(records), 1)

    def fit() -> None:
        records.model.loaded.disconnect(fit)
        if splitter.property("restored"):
            return
        sizes = splitter.sizes()
        index = splitter.indexOf(records)
        other = splitter.widget(1 - index)
        total = sum(sizes)
        # The detail pane keeps at least two fifths: its facts and buttons need the room more
        # than a list's last columns, which elide with a tooltip.
        width = max(records.minimumSizeHint().width(),
                    min(records.preferred_width(), total - other.minimumSizeHint().width(), int(total * LIST_SHARE)))
        sizes[index], sizes[1 - index] = width, total - width
        splitter.setSizes(sizes)

    records.model.loaded.connect(fit)


class TableFit(QObject):
    """Keeps a plain table's columns inside its width, as a record list does: content-sized,
    the widest giving way first, never below a column's title; cut text is elided."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.horizontalHeader().setMinimumSectionSize(24)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._fitting = False
        # Compared by identity in the filter: asking a view being destroyed for its viewport crashes.
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self._watch(view.model())

    def _watch(self, model) -> None:
        if model is None:
            return
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
            signal.connect(lambda *_a: self._timer.start())

    def fit(self) -> None:
        model, header = self.view.model(), self.view.horizontalHeader()
        if model is None or header.count() == 0:
            return
        columns = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        floors = [header.sectionSizeFromContents(i).width() for i in range(header.count())]
        wishes = [max(floors[i], min(self.view.sizeHintForColumn(i), MAX_COLUMN)) for i in range(header.count())]
        room = self.view.viewport().width() - 1
        cap = _cap(columns, floors, wishes, room)
        self._fitting = True
        try:
            for i in columns:
                self.view.setColumnWidth(i, wishes[i] if cap is None else max(floors[i], min(wishes[i], cap)))
        finally:
            self._fitting = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self._viewport and event.type() == QEvent.Type.Resize and not self._fitting:
            self._timer.start()
        return False


def fit_table(view: QTableView) -> QTableView:
    """Fit *view*'s columns to its width from now on (see :class:`TableFit`)."""
    view._column_fit = TableFit(view)  # kept with the view it serves
    return view
