"""A bug, shown as one: what happened, and where the log with the details is."""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from caseworker.ui.i18n import tr


def show_bug(parent: QWidget | None, exc: BaseException, log_path: Path | None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Caseworker ran into a problem"))
    box.setText(tr("Something went wrong inside Caseworker. Nothing half-done was saved: the "
                   "action was rolled back."))
    where = str(log_path) if log_path else tr("(no log file)")
    box.setInformativeText(tr("Please report it with the log file: {path}").format(path=where))
    box.setDetailedText("".join(traceback.format_exception_only(type(exc), exc)))
    box.exec()
