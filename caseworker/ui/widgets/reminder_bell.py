"""The reminder bell: a count in the status bar, a list of recent reminders, and a desktop
notification from the system tray where there is one.

The bell asks for the reminders whose time has come when the window opens and then every minute
(a read on the runner's worker, off the GUI thread). Each one is shown (the count, the list, the tray
message) and then stamped as shown in the database, so it never comes back, and one that fell due
while the app was closed arrives at the next start.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.tasks import ReminderRecord
from caseworker.ui import icons
from caseworker.ui.colours import colour
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import local_strftime, tr

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60_000


def reminder_text(r: ReminderRecord, ctx: UiContext) -> str:
    if r.kind == "escalation":
        return tr("Escalated: {title}").format(title=r.title)
    if r.source_type == "case":
        return tr("{title} is due on {day}").format(title=r.title, day=r.due)
    from datetime import datetime

    try:
        when = local_strftime(datetime.fromisoformat(r.due).astimezone(ctx.zone), "%a %d %b %H:%M")
    except ValueError:
        when = r.due
    return tr("{title} is due {when}").format(title=r.title, when=when)


class ReminderBell(QToolButton):
    open_requested = Signal(str, int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reminder-bell")
        self.setIcon(icons.icon("bell"))
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.recent: list[ReminderRecord] = []
        self.unread = 0
        self._checking = False
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            window_icon = QApplication.windowIcon()
            self.tray = QSystemTrayIcon(icons.icon("bell") if window_icon.isNull() else window_icon, self)
            self.tray.setToolTip(tr("Caseworker reminders"))
            self.tray.show()
        self.clicked.connect(self.show_list)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self._update()
        QTimer.singleShot(0, self.check)

    def check(self) -> None:
        if self._checking:
            return
        self._checking = True
        self.ctx.read(lambda s: s.tasks.due_reminders(), self._arrived, self._not_now)

    def _not_now(self, error: BaseException) -> None:
        # A reminder check that fails (the database busy, a network blip) is tried again next minute.
        self._checking = False
        log.warning("reminders could not be checked: %s", type(error).__name__)

    def _arrived(self, reminders: list[ReminderRecord]) -> None:
        self._checking = False
        if not reminders:
            return
        self.recent = (list(reversed(reminders)) + self.recent)[:50]
        self.unread += len(reminders)
        self._update()
        if self.tray is not None:
            body = "\n".join(reminder_text(r, self.ctx) for r in reminders[:5])
            self.tray.showMessage(tr("Caseworker: {n} reminders").format(n=len(reminders)) if len(reminders) > 1
                                  else tr("Caseworker reminder"), body, QSystemTrayIcon.MessageIcon.Information,
                                  10_000)
        ids = [r.id for r in reminders]
        self.ctx.write(lambda s: s.tasks.mark_shown(ids), None, self._not_now)

    def _update(self) -> None:
        self.setText(str(self.unread) if self.unread else "")
        name = tr("Reminders: {n} new").format(n=self.unread) if self.unread else tr("Reminders: none new")
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setStyleSheet(f"QToolButton#reminder-bell {{ color: {colour('error')}; font-weight: 600; }}" if self.unread else "")

    def show_list(self) -> None:
        self.unread = 0
        self._update()
        dialog = ReminderListDialog(self.ctx, self.recent, self.window())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            kind, ident = dialog.chosen
            window = self.window()
            if hasattr(window, "open_record"):
                window.open_record(kind, ident)


class ReminderListDialog(QDialog):
    """The reminders shown lately, newest first; Enter opens the task's record or the case."""

    def __init__(self, ctx: UiContext, reminders: list[ReminderRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Reminders"))
        self.setMinimumWidth(480)
        self.chosen: tuple[str, int] | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Reminders, newest first: Enter opens one"))
        for r in reminders:
            item = QListWidgetItem(f"{local_strftime(r.fire_at.astimezone(ctx.zone), '%a %d %b %H:%M')} — "
                                   f"{reminder_text(r, ctx)}",
                                   self.list)
            item.setData(Qt.ItemDataRole.UserRole, (r.source_type, r.source_id))
        if not reminders:
            item = QListWidgetItem(tr("No reminders since the app was opened."), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.itemActivated.connect(self._choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _choose(self, item: QListWidgetItem) -> None:
        source = item.data(Qt.ItemDataRole.UserRole)
        if source is not None and source[0] == "case":
            self.chosen = ("case", source[1])
            self.accept()
