"""Settings → Backups: the database's backups with size and check result; back up now; restore.

On PostgreSQL the page explains the server's own tools instead. The schedule (a backup a day,
rotated) runs from a timer the window starts, off the GUI thread like everything else.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.errors import CaseworkerError
from caseworker.domain.i18n import N_
from caseworker.domain.records import Changes
from caseworker.services.backups import BackupInfo
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import error_text, tr, tr_domain

log = logging.getLogger(__name__)
FIRST_CHECK_MS = 2 * 60 * 1000
EVERY_MS = 60 * 60 * 1000
REASONS = {"daily": N_("Scheduled"), "manual": N_("Made by hand")}


def size_text(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


class BackupsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backups-page")
        self.backups: list[BackupInfo] = []
        self._loaded = False
        #: Whether backups are taken here (a database file), once the services have said so.
        self.supported: bool | None = None
        self._wanted = False
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{tr('Backups')}</h2>", self)
        layout.addWidget(heading)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(tr("Backups of this database"))
        self.table.setHorizontalHeaderLabels([tr("Taken"), tr("Why"), tr("Size"), tr("Check")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Backup result"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.now_button = QPushButton(tr("Back up now"), self)
        self.now_button.setAccessibleName(tr("Back up the database now"))
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(tr("Restore…"), self)
        self.restore_button.setAccessibleName(tr("Restore the chosen backup"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.refresh_button = QPushButton(tr("Check again"), self)
        self.refresh_button.setAccessibleName(tr("List and check the backups again"))
        self.refresh_button.clicked.connect(self.reload)
        for b in (self.now_button, self.restore_button, self.refresh_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for w in (self.table, self.now_button, self.restore_button, self.refresh_button):
            w.setVisible(False)  # until the services say whether backups are taken here
        ctx.read(lambda s: s.backups.supported, self._show_supported, self._failed)

    def _show_supported(self, supported: bool) -> None:
        self.supported = supported
        if supported:
            self.explanation.setText(tr(
                "A backup is taken every day while Caseworker runs (the last week kept daily, then one a week for "
                "a month and one a month for a year), and before every upgrade. Each is checked after it is "
                "written. An encrypted database's backups need their .keys file, kept beside them."))
        else:
            self.explanation.setText(tr(
                "This database is on a PostgreSQL server: back it up with the server's own tools, for example "
                "pg_dump -Fc caseworker > caseworker.dump on a schedule, kept on an encrypted disk, and restore with "
                "pg_restore. Caseworker does not copy a server's database itself."))
        for w in (self.table, self.now_button, self.restore_button, self.refresh_button):
            w.setVisible(supported)
        if self._wanted:
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self.supported is None:
            self._wanted = True  # listed as soon as the page knows backups are taken here
            return
        if not self._loaded and self.supported:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        self.ctx.read(lambda s: s.backups.backups(), self._show, self._failed)

    def _show(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, b in enumerate(backups):
            check = tr("Passed") if b.ok else tr("Failed: {problem}").format(problem=tr_domain(b.check))
            values = [b.taken_at.astimezone(self.ctx.zone).strftime("%Y-%m-%d %H:%M"),
                      tr_domain(REASONS[b.reason]) if b.reason in REASONS else b.reason,
                      size_text(b.size), check]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        empty = tr("No backups yet — Back up now makes one.")
        if not backups:
            self.message.setText(empty)
        elif self.message.text() == empty:
            self.message.setText("")
        self._selection()

    def _selection(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.ok)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def back_up_now(self) -> None:
        self.now_button.setEnabled(False)
        self.message.setText(tr("Backing up…"))
        self.ctx.write(lambda s: s.backups.make_now(), self._made, self._failed)

    def _made(self, result: tuple[BackupInfo, Changes]) -> None:
        info = result[0]
        self.now_button.setEnabled(True)
        self.message.setText(tr("Backed up to {name} ({size}); its check passed.").format(
            name=info.name, size=size_text(info.size)) if info.ok else
            tr("Backed up to {name}, but its check failed: {problem}").format(name=info.name, problem=info.check))
        self.reload()

    def restore_selected(self, *, confirmed: bool = False) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if not confirmed:
            answer = QMessageBox.warning(
                self, tr("Restore a backup"),
                tr("Restore the backup taken {when}? Everything saved since then is replaced by the backup's "
                   "contents. The current database file is kept aside, renamed, so nothing is deleted.").format(
                    when=chosen.taken_at.astimezone(self.ctx.zone).strftime("%Y-%m-%d %H:%M")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        path = chosen.path
        self.ctx.write(lambda s: s.backups.restore(path, confirmed=True), self._restored, self._failed)

    def _restored(self, result: tuple[Path, Changes]) -> None:
        kept = result[0]
        self.message.setText(tr("Restored. The replaced file is kept as {name}. Restart Caseworker so that every "
                                "screen shows the restored data.").format(name=getattr(kept, "name", kept)))
        self.reload()

    def _failed(self, error: CaseworkerError) -> None:
        self.now_button.setEnabled(True)
        self.message.setText(error_text(error))


class BackupSchedule(QObject):
    """Asks the service, now and then, to take the day's backup if it is due."""

    def __init__(self, ctx: UiContext, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_once)
        ctx.read(lambda s: s.backups.supported, self._start, self._failed)

    def _start(self, supported: bool) -> None:
        if supported:
            self.timer.start(FIRST_CHECK_MS)

    def run_once(self) -> None:
        # Adds a checked copy beside the file and drops old scheduled ones: no record changes.
        self.ctx.read(lambda s: s.backups.run_schedule(), self._done, self._failed)

    def _done(self, info: BackupInfo | None) -> None:
        if info is not None and not info.ok:
            log.warning("the scheduled backup did not pass its check")
        self.timer.start(EVERY_MS)

    def _failed(self, error: CaseworkerError) -> None:
        log.warning("the scheduled backup failed: %s", error.text())
        self.timer.start(EVERY_MS)
