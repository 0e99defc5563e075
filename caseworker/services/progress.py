"""Long work that reports how far it got and can be stopped, without any toolkit.

A service doing long work takes a :class:`Progress`, calls :meth:`Progress.step` as it goes and
:meth:`Progress.check` where stopping is safe (between chunks, inside the transaction, so a
cancelled import rolls back whole). The window's progress dialog and the command line's line on
standard error are both subclasses; :meth:`Progress.cancel` may be called from any thread.
"""

from __future__ import annotations

import threading

from caseworker.domain.errors import CaseworkerError
from caseworker.domain.i18n import N_


class Cancelled(CaseworkerError):
    code = "cancelled"
    default_message = N_("Cancelled: nothing was changed.")


class Progress:
    """Reports nothing; cancellable. Subclasses override :meth:`report` to show the figures."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()

    def step(self, done: int, total: int | None, stage: str = "") -> None:
        """*done* of *total* units (None: unknown) of the *stage* (a translatable label)."""
        self.report(done, total, stage)
        self.check()

    def report(self, done: int, total: int | None, stage: str) -> None:
        pass

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Stop here (raising :class:`Cancelled`) if someone asked."""
        if self._cancelled.is_set():
            raise Cancelled()

