"""Blocking steps that come before the window's worker exists: unlocking the database and
signing in (an argon2 key derivation, an integrity check after a crash, a migration, a slow
server). They run on a thread of their own while the dialog that asked keeps painting; the rare
question they must put to the user (restore a backup?) is asked back on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot

T = TypeVar("T")


class _Finished(QObject):
    finished = Signal()


def run_aside(fn: Callable[[], T]) -> T:
    """``fn()`` on a thread of its own, the GUI thread's events flowing until it returns."""
    if QCoreApplication.instance() is None:  # no window to keep painting
        return fn()
    outcome: dict[str, Any] = {}
    relay = _Finished()
    loop = QEventLoop()
    relay.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # handed to the caller on the GUI thread
            outcome["error"] = exc
        finally:
            relay.finished.emit()

    thread = threading.Thread(target=work, name="caseworker-unlock", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class _GuiCall(QObject):
    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.result: Any = None
        self.call.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)

    @Slot(object)
    def _run(self, fn: Callable[[], Any]) -> None:
        self.result = fn()


def on_gui_thread(fn: Callable[[], T]) -> T:
    """``fn()`` on the GUI thread, from any thread; the caller waits for its answer."""
    app = QCoreApplication.instance()
    if app is None or threading.current_thread() is threading.main_thread():
        return fn()
    bridge = _GuiCall()
    bridge.moveToThread(app.thread())
    bridge.call.emit(fn)
    return bridge.result
