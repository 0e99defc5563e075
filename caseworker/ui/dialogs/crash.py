"""A bug, shown as one: what happened, and where the log with the details is."""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from caseworker.ui.i18n import tr


def bug_box(parent: QWidget | None, exc: BaseException, log_path: Path | None) -> QMessageBox:
    """The crash dialog for *exc*: plain words first, the log's path, the exception in the details.

    The details hold only the exception's type and message (the traceback with its local values
    is in the log), so no client's name is put on the screen by accident of a bug.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Caseworker ran into a problem"))
    box.setText(tr("Something went wrong inside Caseworker. Nothing half-done was saved: the "
                   "action was rolled back."))
    where = str(log_path) if log_path else tr("(no log file)")
    box.setInformativeText(tr("Please report it with the log file: {path}").format(path=where))
    box.setDetailedText("".join(traceback.format_exception_only(type(exc), exc)))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
    return box


def show_bug(parent: QWidget | None, exc: BaseException, log_path: Path | None) -> None:
    bug_box(parent, exc, log_path).exec()
