"""Running service calls off the GUI thread, one at a time, with results back on it.

Window code does not use the runner directly: it runs a :class:`~caseworker.ui.operations.Read`
or :class:`~caseworker.ui.operations.Write`, which submit their call here. The call runs on the
runner's single worker thread (one serialized database worker, as SQLite wants), and its result or
error comes back through a queued signal on the GUI thread. A write's :class:`Changes` are
announced once with ``changed`` so every view can refresh what it shows. Errors the user can act
on go to ``on_error`` (or a plain message box); anything else is a bug and goes to the crash
dialog with the log's path.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from caseworker.domain.errors import CaseworkerError
from caseworker.domain.records import Changes

log = logging.getLogger(__name__)

_worker = threading.local()


def in_worker() -> bool:
    """Whether the current code runs as a runner job (on its thread, or inline in tests)."""
    return getattr(_worker, "depth", 0) > 0


def _call(fn: Callable[[], Any]) -> Any:
    _worker.depth = getattr(_worker, "depth", 0) + 1
    try:
        return fn()
    finally:
        _worker.depth -= 1


Done = Callable[[Any], None]
Failed = Callable[[CaseworkerError], None]


def changes_in(result: Any) -> Changes | None:
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    return None


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = _call(self._fn)
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.finished, result)

    @staticmethod
    def _deliver(signal, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The relay went with the application as it quit: no window is left to tell, and
            # the action itself has run (or failed) whole in its own transaction.
            log.debug("a background action finished after the application quit")


class Runner(QObject):
    changed = Signal(object)  # Changes
    busy_changed = Signal(bool)
    error_shown = Signal(str)
    bug = Signal(object)  # an unexpected exception, for the crash dialog

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0
        self._relays: set[_Relay] = set()
        self._closed = False
        self.default_error_handler: Failed | None = None

    def run(self, fn: Callable[[], Any], on_done: Done | None = None,
            on_error: Failed | None = None) -> None:
        """Work that touches no service (writing a file the user chose, drawing a PDF from data
        already read); service calls go through operations."""
        self.submit(fn, on_done, on_error, announce=True)

    def submit(self, fn: Callable[[], Any], on_done: Done | None = None,
               on_error: Failed | None = None, *, announce: bool) -> None:
        if self._synchronous:
            try:
                result = _call(fn)
            except BaseException as exc:
                self._failed(exc, on_error)
            else:
                self._finished(result, on_done, announce)
            return
        if self._closed:  # the window is closing: its views may still ask for a refresh
            log.debug("a background action was asked for after the window closed")
            return
        relay = _Relay()
        self._relays.add(relay)
        relay.finished.connect(lambda result: self._complete(relay, result, None, on_done, on_error, announce))
        relay.failed.connect(lambda exc: self._complete(relay, None, exc, on_done, on_error, announce))
        self._set_pending(+1)
        self._pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _complete(self, relay: _Relay, result: Any, exc: BaseException | None,
                  on_done: Done | None, on_error: Failed | None, announce: bool) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        self._set_pending(-1)
        if exc is not None:
            self._failed(exc, on_error)
        else:
            self._finished(result, on_done, announce)

    def _finished(self, result: Any, on_done: Done | None, announce: bool) -> None:
        if on_done is not None:
            on_done(result)
        changes = changes_in(result) if announce else None
        if changes:
            self.changed.emit(changes)

    def _failed(self, exc: BaseException, on_error: Failed | None) -> None:
        if isinstance(exc, CaseworkerError):
            handler = on_error or self.default_error_handler
            if handler is not None:
                handler(exc)
            else:
                self.error_shown.emit(exc.text())
            return
        log.error("unexpected error in a background action", exc_info=exc)
        self.bug.emit(exc)

    def _set_pending(self, delta: int) -> None:
        was_busy = self.busy
        self._pending += delta
        if was_busy != self.busy:
            self.busy_changed.emit(self.busy)

    @Slot()
    def shutdown(self) -> None:
        """Finish what was asked for (a save is never dropped), then take no more."""
        self._closed = True
        self._pool.waitForDone(10000)
