"""Export PDF from the window: ask where to save, draw off the GUI thread, open the result.

One document (``export_document``) is gathered and drawn by a read on the runner's worker (it asks
the services and writes only the file the user chose) and then opened in the system's viewer. A
batch (a year's receipts or statements, a month's meetings) runs the same way behind a progress
dialog whose Cancel makes the progress callback answer False: the batch stops at the next document
and leaves no file. The drawing itself is :mod:`caseworker.exports` (no Qt).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseworker import exports
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.i18n import TRANSLATION_CONTEXT
from caseworker.domain.statistics import Dashboard
from caseworker.services.container import Services
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import error_text, tr

PDF_FILTER = "PDF (*.pdf)"
ZIP_FILTER = "ZIP (*.zip)"
BATCHES = ("receipts", "statements", "meetings")


def translate(message: str) -> str:
    """The reports' wording in the user's language (Qt's translate is safe on any thread)."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, message)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def ask_save_path(parent: QWidget | None, suggested: str, file_filter: str = PDF_FILTER) -> Path | None:
    """Where to write, starting in the user's Documents folder; None when they cancel."""
    chosen, _ = QFileDialog.getSaveFileName(parent, tr("Export PDF"), str(documents_folder() / suggested),
                                            file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    wanted = ".zip" if file_filter == ZIP_FILTER else ".pdf"
    return path if path.suffix.lower() == wanted else path.with_name(path.name + wanted)


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _show_error(parent: QWidget | None, exc: CaseworkerError) -> None:
    QMessageBox.warning(parent, tr("Export PDF"), error_text(exc))


def announce_saved(parent: QWidget | None, path: Path) -> None:
    """Tell the main window a file was saved, so its status bar says where (with Open folder)."""
    widget = parent
    while widget is not None and not hasattr(widget, "show_saved_file"):
        widget = widget.parentWidget()
    if widget is not None:
        widget.show_saved_file(path)


def _opened(parent: QWidget | None, path: Path, missing: tuple[str, ...]) -> None:
    announce_saved(parent, path)
    if missing:
        QMessageBox.information(parent, tr("Export PDF"), tr(
            "Some characters have no printed form and show as a box: {characters}").format(
                characters=" ".join(missing)))
    open_file(path)


# --- one document ------------------------------------------------------------------------------


def export_document(parent: QWidget | None, ctx: UiContext, kind: exports.Kind | str, ident: int | None,
                    *, reference: str = "", **options: Any) -> None:
    """Ask where to save the document, draw it in the background and open it when done.

    *reference* names the record in the suggested file name as people quote it (a receipt's number).
    """
    kind = exports.Kind(kind)
    chosen = exports.Options(**options)
    path = ask_save_path(parent, exports.default_file_name(kind, ident, chosen, reference))
    if path is None:
        return
    ctx.read(lambda s: exports.export_document(s, kind, ident, path, options=chosen, translate=translate),
             lambda result: _opened(parent, result.path, result.missing_characters),
             lambda exc: _show_error(parent, exc))


def export_dashboard(parent: QWidget | None, ctx: UiContext, dashboard: Dashboard) -> None:
    """The figures shown on the Insight screen, as the dashboard report."""
    period = dashboard.period
    options = exports.Options(start=period.start, end=period.end)
    path = ask_save_path(parent, exports.default_file_name(exports.Kind.DASHBOARD, None, options))
    if path is None:
        return
    made_by = ctx.actor.display_name

    def draw(services: Services) -> exports.Exported:
        doc = exports.dashboard_document(services, dashboard)
        return exports.render(exports.Kind.DASHBOARD, doc, path, made_by=made_by, translate=translate)

    ctx.read(draw, lambda result: _opened(parent, result.path, result.missing_characters),
             lambda exc: _show_error(parent, exc))


# --- batches -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchChoice:
    what: str
    year: int
    month: int = 1
    fiscal: bool = False
    as_zip: bool = False

    def file_name(self) -> str:
        if self.what == "meetings":
            stem = f"meetings-{self.year}-{self.month:02d}"
        else:
            stem = f"{self.what}-{'fy' if self.fiscal else ''}{self.year}"
        return stem + (".zip" if self.as_zip else ".pdf")


class BatchDialog(QDialog):
    """Which year (or month) to print, and whether as one PDF or a ZIP of one file each."""

    def __init__(self, what: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        titles = {"receipts": tr("Export receipts for a year"), "statements": tr("Export statements for a year"),
                  "meetings": tr("Export the meetings of a month")}
        self.setWindowTitle(titles[what])
        form = QFormLayout()
        self.year = QSpinBox(self)
        self.year.setRange(1900, 9999)
        # Year-end paperwork is made after the year ends; a month's meetings usually this month.
        self.year.setValue(today.year if what == "meetings" else today.year - 1)
        self.year.setAccessibleName(tr("Year"))
        form.addRow(tr("&Year"), self.year)
        self.month = QComboBox(self)
        self.month.setAccessibleName(tr("Month"))
        for number in range(1, 13):
            self.month.addItem(QLocale().standaloneMonthName(number), number)
        self.month.setCurrentIndex(today.month - 1)
        if what == "meetings":
            form.addRow(tr("&Month"), self.month)
        else:
            self.month.hide()
        self.fiscal = QCheckBox(tr("The fiscal year starting in that year"), self)
        self.fiscal.setAccessibleName(tr("Fiscal year"))
        if what == "statements":
            form.addRow("", self.fiscal)
        else:
            self.fiscal.hide()
        self.as_zip = QComboBox(self)
        self.as_zip.setAccessibleName(tr("Export as"))
        self.as_zip.addItem(tr("One PDF with every document"), False)
        self.as_zip.addItem(tr("A ZIP with one PDF per document"), True)
        form.addRow(tr("&Export as"), self.as_zip)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)

    def choice(self) -> BatchChoice:
        return BatchChoice(self.what, self.year.value(), int(self.month.currentData()), self.fiscal.isChecked(),
                           bool(self.as_zip.currentData()))

    @classmethod
    def ask(cls, what: str, today: date, parent: QWidget | None = None) -> BatchChoice | None:
        dialog = cls(what, today, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class _Relay(QObject):
    moved = Signal(int, int)
    ended = Signal()


class BatchProgress(QProgressDialog):
    """Progress of a batch; Cancel makes :meth:`report` answer False on the worker thread."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, tr("Cancel"), 0, 1, parent)
        self.setWindowTitle(tr("Export PDF"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setAccessibleName(tr("Export progress"))
        self.cancel_requested = threading.Event()
        self._ending = False
        self.canceled.connect(self._cancel_clicked)
        self._relay = _Relay(self)
        self._relay.moved.connect(self._moved)
        self._relay.ended.connect(self._ended)

    def report(self, done: int, total: int) -> bool:
        """The batch's progress callback; runs on the worker thread."""
        self._relay.moved.emit(done, total)
        return not self.cancel_requested.is_set()

    def _moved(self, done: int, total: int) -> None:
        if self.cancel_requested.is_set():
            return
        self.setMaximum(max(total, 1))
        self.setValue(min(done, max(total, 1)))

    def end(self) -> None:
        """Close the dialog once the batch stops, however it stops; runs on the worker thread."""
        self._relay.ended.emit()

    def _cancel_clicked(self) -> None:
        # Closing the dialog at the end also emits canceled: that is not the user's Cancel.
        if not self._ending:
            self.cancel_requested.set()

    def _ended(self) -> None:
        self._ending = True
        self.close()
        self.deleteLater()


def export_batch(parent: QWidget | None, ctx: UiContext, what: str) -> None:
    """Ask for the year (or month) and the form, then draw the batch behind a progress dialog."""
    today = datetime.now(ctx.zone).date()
    choice = BatchDialog.ask(what, today, parent)
    if choice is None:
        return
    path = ask_save_path(parent, choice.file_name(), ZIP_FILTER if choice.as_zip else PDF_FILTER)
    if path is None:
        return
    run_batch(parent, ctx, choice, path)


def run_batch(parent: QWidget | None, ctx: UiContext, choice: BatchChoice, path: Path) -> BatchProgress:
    labels = {"receipts": tr("Preparing the receipts of {year}…"),
              "statements": tr("Preparing the giving statements of {year}…"),
              "meetings": tr("Preparing the meetings of {year}-{month}…")}
    progress = BatchProgress(labels[choice.what].format(year=choice.year, month=f"{choice.month:02d}"), parent)
    progress.show()

    def draw(services: Services) -> exports.BatchExported:
        try:
            return draw_batch(services)
        finally:
            progress.end()

    def draw_batch(services: Services) -> exports.BatchExported:
        if choice.what == "receipts":
            return exports.export_receipts(services, choice.year, path, as_zip=choice.as_zip,
                                           progress=progress.report, translate=translate)
        if choice.what == "statements":
            return exports.export_statements(services, choice.year, path, fiscal=choice.fiscal,
                                             as_zip=choice.as_zip, progress=progress.report, translate=translate)
        return exports.export_meetings(services, choice.year, choice.month, path, as_zip=choice.as_zip,
                                       progress=progress.report, translate=translate)

    def done(result: exports.BatchExported) -> None:
        if result.cancelled:
            return
        # A ZIP is for sending on or printing elsewhere: show it in its folder rather than unpack it.
        target = result.path.parent if choice.as_zip else result.path
        _opened(parent, target, result.missing_characters)

    ctx.read(draw, done, lambda exc: _show_error(parent, exc))
    return progress
