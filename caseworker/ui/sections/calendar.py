"""Calendar: week and month views of meetings, grant deadlines and action items.

The view asks the calendar service for exactly the visible days (a series is expanded only
there) and paints them itself: no widget per entry, so a busy month on the large demo database
draws as fast as an empty one. Ctrl+Left / Ctrl+Right move a week or a month, T goes to today;
Up and Down walk through the entries, Enter opens one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.clock import utcnow
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.meetings import MeetingDetail
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.calendar import CalendarEntry, EntryKind
from caseworker.services.container import Services
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.meeting_dialogs import MeetingDialog
from caseworker.ui.export import export_batch
from caseworker.ui.i18n import error_text, local_strftime, tr
from caseworker.ui.sections.base import Section
from caseworker.ui.views.meeting_detail import MeetingDetailView, write_calendar_file
from caseworker.ui.widgets.flow_layout import FlowLayout

FIRST_HOUR, LAST_HOUR = 7, 21

# (fill, edge/text) per kind: calm tints that read on light and dark palettes alike.
COLOURS = {
    EntryKind.MEETING: ("#dbeafe", "#1e40af"),
    EntryKind.DEADLINE: ("#fef3c7", "#92400e"),
    EntryKind.ACTION: ("#dcfce7", "#166534"),
}
DONE_COLOURS = ("#f3f4f6", "#4b5563")


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_grid_start(day: date) -> date:
    return week_start(day.replace(day=1))


@dataclass
class _Hit:
    rect: QRectF
    index: int


class CalendarView(QWidget):
    """Paints a week (hours down, days across) or a month (six weeks of day cells)."""

    entry_selected = Signal(object)  # CalendarEntry or None
    entry_activated = Signal(object)  # CalendarEntry
    navigate = Signal(int)  # -1 / +1: the previous or next week or month
    today_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(560, 420)
        self.setAccessibleName(tr("Calendar"))
        self.mode = "week"
        self.anchor = date.today()
        self.today = date.today()
        self.zone = None
        self.entries: list[CalendarEntry] = []
        self.selected: int | None = None
        self._hits: list[_Hit] = []

    # -- state -----------------------------------------------------------------------------------
    def visible_range(self) -> tuple[date, date]:
        if self.mode == "week":
            first = week_start(self.anchor)
            return first, first + timedelta(days=6)
        first = month_grid_start(self.anchor)
        return first, first + timedelta(days=41)

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        key = self.entries[self.selected].key if self.selected is not None and self.selected < len(self.entries) else None
        self.entries = entries
        self.selected = next((i for i, e in enumerate(entries) if e.key == key), None) if key else None
        self._describe()
        self.update()

    def select(self, index: int | None) -> None:
        self.selected = index
        self._describe()
        self.update()
        self.entry_selected.emit(self.entries[index] if index is not None else None)

    def _describe(self) -> None:
        if self.selected is None:
            self.setAccessibleDescription(tr("{n} entries shown").format(n=len(self.entries)))
            return
        e = self.entries[self.selected]
        when = (local_strftime(e.start.astimezone(self.zone), "%a %d %b %H:%M") if e.start and self.zone
                else local_strftime(e.day, "%a %d %b"))
        self.setAccessibleDescription(f"{when}: {e.title}")

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hits = []
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        if self.mode == "week":
            self._paint_week(painter)
        else:
            self._paint_month(painter)
        if self.hasFocus():
            pen = QPen(palette.highlight().color())
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()

    def _grid_pen(self) -> QPen:
        colour = QColor(self.palette().text().color())
        colour.setAlpha(40)
        return QPen(colour)

    def _paint_week(self, p: QPainter) -> None:
        first, _last = self.visible_range()
        fm = QFontMetrics(self.font())
        gutter = fm.horizontalAdvance("00:00") + 14
        header_h = fm.height() * 2 + 8
        by_day: dict[date, list[int]] = defaultdict(list)
        for i, e in enumerate(self.entries):
            by_day[e.day].append(i)
        all_day_rows = max([sum(1 for i in by_day[first + timedelta(days=d)] if self.entries[i].all_day)
                            for d in range(7)] + [0])
        strip_h = min(all_day_rows, 3) * (fm.height() + 4) + (6 if all_day_rows else 0)
        top = header_h + strip_h
        width = self.width() - gutter - 1
        col_w = width / 7
        hours = LAST_HOUR - FIRST_HOUR
        hour_h = max(24.0, (self.height() - top - 4) / hours)
        text_colour = self.palette().text().color()
        muted = QColor(text_colour)
        muted.setAlpha(140)
        # day headers
        for d in range(7):
            day = first + timedelta(days=d)
            x = gutter + d * col_w
            rect = QRectF(x, 0, col_w, header_h)
            if day == self.today:
                p.fillRect(rect.adjusted(2, 2, -2, -2), QColor(COLOURS[EntryKind.MEETING][0]))
            bold = QFont(self.font())
            bold.setBold(day == self.today)
            p.setFont(bold)
            p.setPen(text_colour if day.weekday() < 5 else muted)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{local_strftime(day, '%a')}\n{day.day} {local_strftime(day, '%b')}")
        p.setFont(self.font())
        # hour lines
        p.setPen(self._grid_pen())
        for h in range(hours + 1):
            y = top + h * hour_h
            p.drawLine(QPointF(gutter, y), QPointF(self.width(), y))
            if h < hours:
                p.setPen(muted)
                p.drawText(QRectF(0, y, gutter - 6, fm.height()), Qt.AlignmentFlag.AlignRight, f"{FIRST_HOUR + h:02d}:00")
                p.setPen(self._grid_pen())
        for d in range(8):
            x = gutter + d * col_w
            p.drawLine(QPointF(x, 0), QPointF(x, top + hours * hour_h))
        p.drawLine(QPointF(gutter, top), QPointF(self.width(), top))
        # now line
        if self.zone is not None and first <= self.today <= first + timedelta(days=6):
            now = utcnow().astimezone(self.zone)
            y = top + (now.hour + now.minute / 60 - FIRST_HOUR) * hour_h
            if top <= y <= top + hours * hour_h:
                x = gutter + (self.today - first).days * col_w
                p.setPen(QPen(QColor("#dc2626"), 2))
                p.drawLine(QPointF(x, y), QPointF(x + col_w, y))
        # entries
        for d in range(7):
            day = first + timedelta(days=d)
            x0 = gutter + d * col_w
            all_day = [i for i in by_day[day] if self.entries[i].all_day]
            for row, i in enumerate(all_day[:3]):
                label = self.entries[i].title if row < 2 or len(all_day) <= 3 else tr("+{n} more").format(n=len(all_day) - 2)
                rect = QRectF(x0 + 2, header_h + 2 + row * (fm.height() + 4), col_w - 4, fm.height() + 2)
                self._block(p, rect, i, label)
            timed = [i for i in by_day[day] if not self.entries[i].all_day]
            for i, column, columns in self._lay_out(timed):
                e = self.entries[i]
                assert e.start is not None and e.end is not None and self.zone is not None
                s = e.start.astimezone(self.zone)
                end = e.end.astimezone(self.zone)
                start_h = s.hour + s.minute / 60
                end_h = end.hour + end.minute / 60 if end.date() == s.date() else 24
                y1 = top + (max(start_h, FIRST_HOUR) - FIRST_HOUR) * hour_h
                y2 = top + (min(max(end_h, start_h + 0.4), LAST_HOUR) - FIRST_HOUR) * hour_h
                if start_h >= LAST_HOUR:
                    y1, y2 = top + hours * hour_h - fm.height() - 4, top + hours * hour_h
                w = (col_w - 4) / columns
                rect = QRectF(x0 + 2 + column * w, y1 + 1, w - 2, max(y2 - y1 - 2, fm.height() + 2))
                self._block(p, rect, i, f"{s:%H:%M} {e.title}")

    def _lay_out(self, indices: list[int]) -> list[tuple[int, int, int]]:
        """Side-by-side columns for overlapping meetings of one day: (index, column, columns)."""
        ordered = sorted(indices, key=lambda i: (self.entries[i].start, self.entries[i].end))
        placed: list[tuple[int, int, int]] = []
        cluster: list[tuple[int, int]] = []
        ends: list[datetime] = []
        cluster_end: datetime | None = None

        def flush() -> None:
            n = max((c for _i, c in cluster), default=-1) + 1
            placed.extend((i, c, n) for i, c in cluster)

        for i in ordered:
            e = self.entries[i]
            assert e.start is not None and e.end is not None
            if cluster_end is not None and e.start >= cluster_end:
                flush()
                cluster, ends, cluster_end = [], [], None
            column = next((c for c, end in enumerate(ends) if end <= e.start), len(ends))
            if column == len(ends):
                ends.append(e.end)
            else:
                ends[column] = e.end
            cluster.append((i, column))
            cluster_end = e.end if cluster_end is None else max(cluster_end, e.end)
        flush()
        return placed

    def _paint_month(self, p: QPainter) -> None:
        first, _last = self.visible_range()
        fm = QFontMetrics(self.font())
        header_h = fm.height() + 8
        cell_w = (self.width() - 1) / 7
        cell_h = (self.height() - header_h - 1) / 6
        text_colour = self.palette().text().color()
        muted = QColor(text_colour)
        muted.setAlpha(120)
        by_day: dict[date, list[int]] = defaultdict(list)
        for i, e in enumerate(self.entries):
            by_day[e.day].append(i)
        for d in range(7):
            p.setPen(muted)
            p.drawText(QRectF(d * cell_w, 0, cell_w, header_h), Qt.AlignmentFlag.AlignCenter,
                       local_strftime((first + timedelta(days=d)), "%a"))
        line_h = fm.height() + 3
        for n in range(42):
            day = first + timedelta(days=n)
            x, y = (n % 7) * cell_w, header_h + (n // 7) * cell_h
            cell = QRectF(x, y, cell_w, cell_h)
            if day.month != self.anchor.month:
                shade = QColor(text_colour)
                shade.setAlpha(12)
                p.fillRect(cell, shade)
            p.setPen(self._grid_pen())
            p.drawRect(cell)
            number_rect = QRectF(x + 4, y + 2, cell_w - 8, fm.height())
            if day == self.today:
                p.setBrush(QColor(COLOURS[EntryKind.MEETING][1]))
                p.setPen(Qt.PenStyle.NoPen)
                size = fm.height() + 2
                p.drawEllipse(QRectF(x + cell_w - size - 4, y + 1, size, size))
                p.setPen(QColor("white"))
                p.drawText(QRectF(x + cell_w - size - 4, y + 1, size, size), Qt.AlignmentFlag.AlignCenter, str(day.day))
                p.setBrush(Qt.BrushStyle.NoBrush)
            else:
                p.setPen(text_colour if day.month == self.anchor.month else muted)
                p.drawText(number_rect, Qt.AlignmentFlag.AlignRight, str(day.day))
            items = by_day[day]
            room = max(1, int((cell_h - fm.height() - 6) // line_h))
            shown = items if len(items) <= room else items[:room - 1]
            for row, i in enumerate(shown):
                e = self.entries[i]
                label = f"{e.start.astimezone(self.zone):%H:%M} {e.title}" if e.start and self.zone else e.title
                rect = QRectF(x + 2, y + fm.height() + 4 + row * line_h, cell_w - 4, line_h - 1)
                self._block(p, rect, i, label)
            if len(shown) < len(items):
                p.setPen(muted)
                p.drawText(QRectF(x + 6, y + fm.height() + 4 + len(shown) * line_h, cell_w - 8, line_h),
                           Qt.AlignmentFlag.AlignLeft, tr("+{n} more").format(n=len(items) - len(shown)))

    def _block(self, p: QPainter, rect: QRectF, index: int, label: str) -> None:
        e = self.entries[index]
        fill, edge = DONE_COLOURS if e.done else COLOURS[e.kind]
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(fill))
        p.drawRoundedRect(rect, 3, 3)
        p.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), QColor(edge))
        if index == self.selected:
            pen = QPen(QColor(edge))
            pen.setWidth(2)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        p.setPen(QColor(edge))
        fm = QFontMetrics(self.font())
        inner = rect.adjusted(6, 1, -3, -1)
        if rect.height() >= fm.height() * 2 + 4:
            text = label
            p.drawText(inner, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, text)
        else:
            p.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, int(inner.width())))
        p.setBrush(Qt.BrushStyle.NoBrush)
        self._hits.append(_Hit(rect, index))

    # -- input -----------------------------------------------------------------------------------
    def _hit(self, pos: QPointF) -> int | None:
        return next((h.index for h in reversed(self._hits) if h.rect.contains(pos)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus()
        self.select(self._hit(event.position()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self._hit(event.position())
        if index is not None:
            self.entry_activated.emit(self.entries[index])

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        # The section's shortcuts catch these first when the window is active; this keeps them
        # working wherever the key reaches the view itself.
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.navigate.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if key == Qt.Key.Key_T and not event.modifiers():
            self.today_requested.emit()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.entries:
            step = 1 if key == Qt.Key.Key_Down else -1
            current = self.selected if self.selected is not None else (-1 if step > 0 else len(self.entries))
            self.select(max(0, min(len(self.entries) - 1, current + step)))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.entry_activated.emit(self.entries[self.selected])
            return
        super().keyPressEvent(event)


class CalendarSection(Section):
    required = Action.READ_MEETINGS
    kinds = ("meeting",)
    icon_name = "calendar-days"

    @classmethod
    def title(cls) -> str:
        return tr("Calendar")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("calendar")
        self._loaded = False
        self.view = CalendarView(self)
        self.view.zone = ctx.zone
        self.view.today = self._today()
        self.view.anchor = self.view.today
        self.view.entry_selected.connect(self._entry_selected)
        self.view.entry_activated.connect(self._entry_activated)
        self.view.navigate.connect(self.move)
        self.view.today_requested.connect(self.go_today)

        self.prev_button = self._tool("◀", tr("Previous (Ctrl+Left)"), lambda: self.move(-1))
        self.today_button = QPushButton(tr("Today"), self)
        self.today_button.setAccessibleName(tr("Go to today"))
        self.today_button.setToolTip(tr("Go to today (T)"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = self._tool("▶", tr("Next (Ctrl+Right)"), lambda: self.move(1))
        self.range_label = QLabel(self)
        self.range_label.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.range_label.setAccessibleName(tr("Shown period"))
        self.week_button = QPushButton(tr("Week"), self)
        self.month_button = QPushButton(tr("Month"), self)
        group = QButtonGroup(self)
        for b, mode in ((self.week_button, "week"), (self.month_button, "month")):
            b.setCheckable(True)
            b.setAccessibleName(tr("Show a {mode}").format(mode=tr(mode)))
            group.addButton(b)
            b.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
        self.week_button.setChecked(True)
        self.mine = QCheckBox(tr("Only mine"), self)
        self.mine.setAccessibleName(tr("Show only my meetings, deadlines and actions"))
        self.mine.toggled.connect(lambda _on: self.reload())
        self.new_button = QPushButton(icons.icon("plus"), tr("New meeting"), self)
        self.new_button.setToolTip(tr("New meeting (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setVisible(ctx.actor.can(Action.EDIT_MEETINGS))
        self.export_button = QPushButton(icons.icon("download"), tr("Export…"), self)
        self.export_button.setToolTip(tr("Export the meetings shown to an .ics file"))
        self.export_button.clicked.connect(self.export_range)
        self.pdf_button = QPushButton(icons.icon("file-down"), tr("Meetings of a month…"), self)
        self.pdf_button.setToolTip(tr("The agendas and minutes of a month's meetings as one PDF or a ZIP"))
        self.pdf_button.setAccessibleName(tr("Export the meetings of a month as PDF"))
        self.pdf_button.clicked.connect(lambda: export_batch(self, self.ctx, "meetings"))
        # Wraps onto a second line on a narrow window rather than scrolling the calendar sideways.
        bar = FlowLayout()
        for w in (self.prev_button, self.today_button, self.next_button, self.range_label, self.mine,
                  self.week_button, self.month_button, self.export_button, self.pdf_button, self.new_button):
            bar.addWidget(w)

        self.detail = MeetingDetailView(ctx, self)
        self.hint = QLabel(tr("Choose a meeting to see it here.\n\nCtrl+← / Ctrl+→ move, T goes to today,\n"
                              "↑ / ↓ walk through the entries, Enter opens one."), self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.side = QStackedWidget(self)
        self.side.addWidget(self.hint)
        self.side.addWidget(self.detail)
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 360])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        for keys, slot in (("Ctrl+Left", lambda: self.move(-1)), ("Ctrl+Right", lambda: self.move(1)),
                           ("T", self.go_today)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _tool(self, text: str, name: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(slot)
        return button

    def _today(self) -> date:
        return utcnow().astimezone(self.ctx.zone).date()

    # -- navigation ------------------------------------------------------------------------------
    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
        self.view.setFocus()

    def set_mode(self, mode: str) -> None:
        self.view.mode = mode
        (self.week_button if mode == "week" else self.month_button).setChecked(True)
        self.reload()

    def move(self, step: int) -> None:
        anchor = self.view.anchor
        if self.view.mode == "week":
            self.view.anchor = anchor + timedelta(weeks=step)
        else:
            month = anchor.month - 1 + step
            self.view.anchor = date(anchor.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def go_today(self) -> None:
        self.view.today = self._today()
        self.view.anchor = self.view.today
        self.reload()

    def show_day(self, day: date) -> None:
        self.view.anchor = day
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the entries of the days shown; *then* runs once they are on screen."""
        first, last = self.view.visible_range()
        if self.view.mode == "week":
            self.range_label.setText(tr("{first} – {last}").format(first=local_strftime(first, '%d %b'),
                                                                    last=local_strftime(last, '%d %b %Y')))
        else:
            self.range_label.setText(local_strftime(self.view.anchor, '%B %Y'))
        zone, mine = self.ctx.zone, self.mine.isChecked()
        self.ctx.read(lambda s: s.calendar.entries(first, last, zone=zone, mine_only=mine),
                      lambda entries: self._show_entries((first, last), entries, then))

    def _show_entries(self, shown: tuple[date, date], entries: list[CalendarEntry],
                      then: Callable[[], None] | None) -> None:
        if shown != self.view.visible_range():
            return  # the user moved on meanwhile: the entries of the new range follow
        self.view.set_entries(entries)
        if then is not None:
            then()

    # -- entries ---------------------------------------------------------------------------------
    def _entry_selected(self, entry: CalendarEntry | None) -> None:
        if entry is None:
            return
        if entry.kind is EntryKind.MEETING:
            record_id, key = entry.record_id, entry.occurrence_key
            if key is not None:
                self.ctx.read(lambda s: s.meetings.occurrence(record_id, key), self._show_detail, self._not_shown)
            else:
                self.ctx.read(lambda s: s.meetings.get(record_id), self._show_detail, self._not_shown)
        elif entry.kind is EntryKind.ACTION and entry.meeting_id is not None:
            meeting_id = entry.meeting_id
            self.ctx.read(lambda s: s.meetings.get(meeting_id), self._show_detail, self._not_shown)

    def _show_detail(self, meeting: MeetingDetail) -> None:
        self.detail.show_meeting(meeting)
        self.side.setCurrentWidget(self.detail)

    def _not_shown(self, error: CaseworkerError) -> None:
        QMessageBox.warning(self, tr("Calendar"), error_text(error))

    def _entry_activated(self, entry: CalendarEntry) -> None:
        if entry.kind is EntryKind.DEADLINE:
            window = self.window()
            if hasattr(window, "open_record"):
                window.open_record("grant", entry.record_id)
            return
        self._entry_selected(entry)
        self.detail.setFocus()

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a meeting; a series opens on its next occurrence from today (or its last one)."""
        if kind != "meeting":
            return
        self._loaded = True
        today, zone = self._today(), self.ctx.zone

        def find(s: Services) -> tuple[MeetingDetail, datetime | None]:
            meeting = s.meetings.get(record_id)
            if meeting.rule is None:
                return meeting, None
            start = datetime.combine(today, time(), zone)
            upcoming = [r for r in s.meetings.between(start, start + timedelta(days=400))
                        if r.meeting_id == record_id and r.key is not None]
            if not upcoming:
                return meeting, None
            return s.meetings.occurrence(record_id, upcoming[0].key), upcoming[0].key

        self.ctx.read(find, lambda found: self._opened(record_id, *found))

    def _opened(self, record_id: int, meeting: MeetingDetail, key: datetime | None) -> None:
        self.view.anchor = meeting.start.astimezone(self.ctx.zone).date()
        self._show_detail(meeting)

        def select() -> None:
            index = next((i for i, e in enumerate(self.view.entries) if e.kind is EntryKind.MEETING
                          and e.record_id == record_id and e.occurrence_key == key), None)
            if index is not None:
                self.view.selected = index
                self.view.update()

        self.reload(select)

    def new_record(self) -> bool:
        if not self.ctx.actor.can(Action.EDIT_MEETINGS):
            return False
        start = None
        if self.view.anchor != self._today():
            start = datetime.combine(self.view.anchor, time(10), self.ctx.zone)
        result = MeetingDialog.ask(self.ctx, zone=self.ctx.zone.key, start=start, parent=self)
        if result is not None:
            self._show_detail(result[0])
        return True

    def export_range(self) -> None:
        first, last = self.view.visible_range()
        default = str(Path.home() / f"meetings-{first:%Y%m%d}-{last:%Y%m%d}.ics")
        path, _f = QFileDialog.getSaveFileName(self, tr("Export meetings to a calendar file"), default,
                                               tr("iCalendar files (*.ics)"))
        if not path:
            return
        zone = self.ctx.zone
        # A busy month is hundreds of events: read and written off the GUI thread.
        self.ctx.read(lambda s: s.ics.range_ics(first, last, zone),
                      lambda data: self.ctx.runner.run(lambda: write_calendar_file(Path(path), data),
                                                       lambda _r: self._exported(path)))

    def _exported(self, path: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Exported to {path}").format(path=path), 6000)

    def on_changes(self, changes: Changes) -> None:
        if self._loaded and changes.touches(ChangeKind.MEETING, ChangeKind.GRANT, ChangeKind.ACTION_ITEM):
            self.reload()
        if changes.touches(ChangeKind.MEETING, ChangeKind.TASK):
            self.detail.on_changes(changes)
