"""A bug, shown as one: what happened, and a crash report the user can save and send.

The report (see :mod:`caseworker.crash_report`) is kept in the logs folder as soon as the bug is
shown, and the dialog's Save button copies it wherever the user wants, to attach to an e-mail. The
details show the same report, so what is saved is exactly what the user could read first.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from caseworker.crash_report import CrashReport, build_report, write_report
from caseworker.ui.i18n import tr


def toolkit_description() -> str:
    return f"Qt {QLibraryInfo.version().toString()} ({QGuiApplication.platformName() or 'no platform'})"


class CrashBox(QMessageBox):
    """The crash dialog for one bug; ``report_path`` is where its report was kept (None if it could not be)."""

    def __init__(self, parent: QWidget | None, exc: BaseException, log_path: Path | None) -> None:
        super().__init__(parent)
        when = datetime.now(UTC)
        self.report: CrashReport = build_report(exc, toolkit=toolkit_description(), when=when)
        self.report_path: Path | None = None
        if log_path is not None:
            try:
                self.report_path = write_report(self.report, log_path.parent, when)
            except OSError:
                self.report_path = None  # a full or read-only disk: the report can still be saved below
        self._default_name = self.report.file_name(when)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(tr("Caseworker ran into a problem"))
        self.setText(tr("Something went wrong inside Caseworker. Nothing half-done was saved: the "
                        "action was rolled back."))
        report = str(self.report_path) if self.report_path else tr("(not kept: save it below)")
        log = str(log_path) if log_path else tr("(no log file)")
        self.setInformativeText(tr("A report for the people who look after Caseworker was kept on this "
                                   "computer: {report}. It holds no client or donor details. Save it to "
                                   "send it with a few words on what you were doing. The log file is "
                                   "{log}.").format(report=report, log=log))
        self.setDetailedText(self.report.text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
        self.save_button: QPushButton = self.addButton(tr("&Save report…"), QMessageBox.ButtonRole.ActionRole)
        self.save_button.setAccessibleName(tr("Save the crash report"))
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.close_button)

    def save_report(self, target: Path | None = None) -> Path | None:
        """Write the report to *target*, or to a file the user chooses; None if they cancelled."""
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Save the crash report"),
                                                    str(Path.home() / self._default_name),
                                                    tr("Text files (*.txt)"))
            if not chosen:
                return None
            target = Path(chosen)
        target.write_text(self.report.text, encoding="utf-8")
        return target


def bug_box(parent: QWidget | None, exc: BaseException, log_path: Path | None) -> CrashBox:
    return CrashBox(parent, exc, log_path)


def show_bug(parent: QWidget | None, exc: BaseException, log_path: Path | None) -> None:
    box = bug_box(parent, exc, log_path)
    # A message box closes on any button: Save shows it again, so the user can still read or close it.
    while True:
        box.exec()
        if box.clickedButton() is not box.save_button:
            return
        try:
            box.save_report()
        except OSError as exc_save:
            QMessageBox.warning(box, tr("Caseworker"),
                                tr("The report could not be saved: {reason}").format(reason=exc_save.strerror))
