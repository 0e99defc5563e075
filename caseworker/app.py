"""The composition root of the window: settings, then the database, then the Qt application.

Qt is imported here only when a window is about to open; the command line never loads it.
"""

from __future__ import annotations

import gc


def run_window(db_location: str | None = None) -> int:
    from caseworker.settings import load_settings
    from caseworker.ui.application import run

    settings = load_settings()
    if db_location:
        settings = settings.with_changes(database=db_location)
    code = run(settings)
    # The window, its worker thread and its connections go now, while the interpreter is whole,
    # not in the middle of its shutdown (where a Qt thread asking for the GIL aborts the process).
    gc.collect()
    return code
