"""Making the demo database a new office asked for, with progress and a way to cancel.

The demo is made off the GUI thread; the dialog shows each step and its Cancel button stops the
work at the next step, leaving no file behind.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from caseworker.domain.errors import CaseworkerError
from caseworker.ui.i18n import error_text, tr
from caseworker.ui.runner import Runner

#: The demo's steps in the order they are reported (the module names of services/demo, then indexes).
_STEPS = ("schema", "people", "clients", "cases", "aid", "donors", "touchpoints", "grants_meetings", "indexes")


def demo_path() -> Path:
    from caseworker.settings import data_dir

    return data_dir() / "caseworker-demo.db"


def make_demo(path: Path, parent: QWidget | None = None) -> bool:
    """Make the demo database at *path* unless it is there already; False if cancelled or failed."""
    if path.exists():
        return True
    from caseworker.services.demo_database import DemoCancelled, create_demo_database

    path.parent.mkdir(parents=True, exist_ok=True)
    progress = QProgressDialog(tr("Making the demo database…"), tr("Cancel"), 0, len(_STEPS), parent)
    progress.setWindowTitle(tr("Caseworker"))
    progress.setAccessibleName(tr("Making the demo database"))
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    cancelled = threading.Event()
    progress.canceled.connect(cancelled.set)
    runner = Runner(progress)
    done = QEventLoop()
    outcome: dict[str, object] = {}

    relay = _Stepped(progress)
    relay.stepped.connect(lambda name: progress.setValue(_STEPS.index(name) + 1) if name in _STEPS else None,
                          Qt.ConnectionType.QueuedConnection)

    def step(name: str) -> bool:
        # On the worker thread: it only emits and reads a thread-safe flag.
        relay.stepped.emit(name)
        return not cancelled.is_set()

    runner.run(lambda: create_demo_database(path, progress=step),
               on_done=lambda _db: (outcome.setdefault("ok", True), done.quit()),
               on_error=lambda exc: (outcome.setdefault("error", exc), done.quit()))
    runner.bug.connect(lambda exc: (outcome.setdefault("error", exc), done.quit()))
    progress.show()
    done.exec()
    progress.close()
    progress.deleteLater()
    error = outcome.get("error")
    if error is None:
        return True
    if not isinstance(error, DemoCancelled):
        text = error_text(error) if isinstance(error, CaseworkerError) else str(error)
        QMessageBox.warning(parent, tr("Caseworker"), tr("The demo could not be made: {reason}").format(reason=text))
    return False


class _Stepped(QObject):
    """Carries the worker's step names to the GUI thread."""

    stepped = Signal(str)
