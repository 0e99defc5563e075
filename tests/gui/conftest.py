from __future__ import annotations

import pytest

from caseworker.db.database import Database
from caseworker.services.container import Services
from caseworker.settings import Settings
from caseworker.ui.application import build_main_window
from caseworker.ui.main_window import MainWindow
from caseworker.ui.runner import Runner


@pytest.fixture
def open_window(qtbot):
    """``open_window(services)`` -> a shown MainWindow whose runner works synchronously."""

    def make(services: Services) -> MainWindow:
        window = build_main_window(services, Settings(), Runner(synchronous=True))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
