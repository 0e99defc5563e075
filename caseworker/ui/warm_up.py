"""Loading the rest of the window while the sign-in dialog waits for a password.

The dialog needs Qt and little else, so it appears at once; meanwhile a background thread imports
the services and storage (Qt-free code, see :mod:`caseworker.services.preload`) and, once that is
done, the main window's sections are imported on the GUI thread one module per idle moment, so
typing stays responsive. Signing in waits for the background thread first: no module is ever
imported by two threads at once, and a quick typist only waits for what is left.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import threading
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)


def _window_modules() -> Iterator[str]:
    yield "caseworker.ui.main_window"
    import caseworker.ui.sections as sections

    for info in pkgutil.iter_modules(sections.__path__):
        yield f"{sections.__name__}.{info.name}"


class WarmUp(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._pending = _window_modules()
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._step)

    @property
    def finished(self) -> bool:
        thread = self._thread
        return thread is not None and thread.ident is not None and not thread.is_alive() \
            and not self._timer.isActive()

    def start(self) -> None:
        """Begin once the event loop runs, that is once the dialog is on screen: a thread started
        earlier would compete with the dialog's own drawing for the interpreter."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._load_services, name="warm-up")
            QTimer.singleShot(0, self._begin)

    def _begin(self) -> None:
        if self._thread is not None and self._thread.ident is None:
            self._thread.start()
            self._timer.start()

    def wait(self) -> None:
        """Block until the background imports are done (the window's own follow on demand)."""
        if self._thread is not None and self._thread.ident is not None:
            self._thread.join()

    @staticmethod
    def _load_services() -> None:
        from caseworker.services.preload import preload

        try:
            preload()
        except Exception:  # only time is lost: the same import fails again, in the open, when used
            log.warning("loading the services ahead of sign-in failed", exc_info=True)

    def _step(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        name = next(self._pending, None)
        if name is None:
            self._timer.stop()
            return
        try:
            importlib.import_module(name)
        except Exception:
            log.warning("loading %s ahead of sign-in failed", name, exc_info=True)
