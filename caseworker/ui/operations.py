"""The one road from the window to the data: typed operations run on the runner's worker.

A :class:`Read` asks the services a question on the worker thread and hands the answer to its
``done`` callback on the GUI thread; it announces nothing. A :class:`Write` runs one user action
on the worker; its result must carry the :class:`Changes` the action made, and the runner
announces them once, after ``done``, so every view refreshes what it shows. Both take the
services as their argument rather than reaching them from the window, so window code cannot call
a service on the GUI thread by accident: the services are only in reach inside an operation.

Errors the user can act on go to ``failed`` (or the window's default handler); anything else is a
bug and goes to the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from caseworker.domain.errors import CaseworkerError
from caseworker.ui.runner import changes_in

if TYPE_CHECKING:
    from caseworker.services.container import Services
    from caseworker.ui.context import UiContext

T = TypeVar("T")
Failed = Callable[[CaseworkerError], None]


class MissingChanges(TypeError):
    """A write operation whose action returned no Changes: a programming error, not the user's."""


@dataclass(frozen=True, slots=True)
class Read(Generic[T]):
    """A question for the services; its answer arrives on the GUI thread."""

    query: Callable[[Services], T]
    done: Callable[[T], None] | None = None
    failed: Failed | None = None

    def run(self, ctx: UiContext) -> None:
        services = ctx.worker_services()
        ctx.runner.submit(lambda: self.query(services), self.done, self.failed, announce=False)


@dataclass(frozen=True, slots=True)
class Write(Generic[T]):
    """One user action; the Changes in its result are announced once, after ``done``."""

    action: Callable[[Services], T]
    done: Callable[[T], None] | None = None
    failed: Failed | None = None

    def run(self, ctx: UiContext) -> None:
        services = ctx.worker_services()
        action = self.action

        def perform() -> Any:
            result = action(services)
            if changes_in(result) is None:
                raise MissingChanges(f"{getattr(action, '__qualname__', action)!r} returned no Changes")
            return result

        ctx.runner.submit(perform, self.done, self.failed, announce=True)


__all__ = ["MissingChanges", "Read", "Write"]
