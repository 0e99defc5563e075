"""My work: grant deadlines, decisions and reports due in the next days."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSizePolicy, QWidget

from caseworker.domain.clock import utcnow
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.grants import KeyDate
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import local_strftime, tr, tr_domain
from caseworker.ui.my_work.base import MyWorkPanel

CHOICES = (7, 14, 30, 60, 90)
DEFAULT_DAYS = 30


class GrantDeadlinesPanel(MyWorkPanel):
    required = Action.READ_GRANTS

    @classmethod
    def title(cls) -> str:
        return tr("Grant deadlines")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._dates: list[KeyDate] = []
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("In the next"), self))
        self.days = QComboBox(self)
        self.days.setAccessibleName(tr("How many days ahead"))
        for n in CHOICES:
            self.days.addItem(tr("{n} days").format(n=n), n)
        self.days.setCurrentIndex(CHOICES.index(DEFAULT_DAYS))
        self.days.currentIndexChanged.connect(lambda _i: self.refresh())
        row.addWidget(self.days)
        row.addStretch(1)
        self.body.addLayout(row)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Grant deadlines"))
        self.list.itemActivated.connect(self._open)
        self.body.addWidget(self.list)

    def refresh(self) -> None:
        days = self.days.currentData()
        self.ctx.read(lambda s: s.grants.deadlines(days), self._show)

    def _show(self, dates: list[KeyDate]) -> None:
        self._dates = dates
        today = utcnow().astimezone(self.ctx.zone).date()
        self.list.clear()
        for k in dates:
            left = (k.on - today).days
            when = tr("today") if left == 0 else tr("tomorrow") if left == 1 else tr("in {n} days").format(n=left)
            item = QListWidgetItem(f"{local_strftime(k.on, '%a %d %b')} ({when}) — {tr_domain(k.label)}: "
                                   f"{k.grant_title} · {k.funder}",
                                   self.list)
            item.setData(Qt.ItemDataRole.UserRole, k.grant_id)
            if left <= 7:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        if not dates:
            item = QListWidgetItem(tr("No grant dates in this period."), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        fit_height(self.list)

    def _open(self, item: QListWidgetItem) -> None:
        grant_id = item.data(Qt.ItemDataRole.UserRole)
        if grant_id is not None:
            open_in_window(self, "grant", grant_id)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.GRANT):
            self.refresh()

    def item_count(self) -> int:
        return len(self._dates)


def open_in_window(panel: MyWorkPanel, kind: str, record_id: int) -> None:
    """Ask for the record to be opened: through ``open_requested`` when the page listens to it,
    otherwise straight through the main window."""
    if panel.receivers(SIGNAL("open_requested(QString,int)")) > 0:
        panel.open_requested.emit(kind, record_id)
        return
    window = panel.window()
    if hasattr(window, "open_record"):
        window.open_record(kind, record_id)


def fit_height(widget: QListWidget, most: int = 8) -> None:
    """At least *most* rows (fewer if there are fewer), and room to grow to every row.

    The page gives spare height to the lists that can use it, so a long list fills the screen
    instead of scrolling inside a short box above an empty band; past the screen, it scrolls.
    """
    rows = max(1, widget.count())
    row_height = widget.sizeHintForRow(0) if widget.count() else widget.fontMetrics().height() + 6
    frame = 2 * widget.frameWidth() + 4
    widget.setMinimumHeight(min(rows, most) * row_height + frame)
    widget.setMaximumHeight(rows * row_height + frame)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
