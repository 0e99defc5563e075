"""The window fits the screen it opens on, and comes back where each user left it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from caseworker.db.database import Database
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from caseworker.ui import main_window
from caseworker.ui.window_state import fitted
from tests.conftest import make_user

LAPTOP = QRect(0, 0, 1366, 728)  # a 1366×768 screen less a 40-pixel task bar
SMALL = QRect(0, 0, 1280, 680)


@pytest.fixture
def screen(monkeypatch):
    area = {"rect": LAPTOP}
    monkeypatch.setattr(main_window, "available_area", lambda _w: area["rect"])
    return area


def _outer(window) -> QRect:
    """The window with the frame the window manager will add (offscreen draws none)."""
    style = window.style()
    border = style.pixelMetric(style.PixelMetric.PM_MdiSubWindowFrameWidth)
    title = style.pixelMetric(style.PixelMetric.PM_TitleBarHeight)
    return window.geometry().adjusted(-border, -title - border, border, border)


def test_the_window_opens_inside_a_laptop_screen_with_its_status_bar_showing(sqlite_db: Database, open_window,
                                                                            screen) -> None:
    window = open_window(Services(sqlite_db, make_user(sqlite_db, "sam", Role.CASEWORKER)))
    assert LAPTOP.contains(_outer(window)), _outer(window)
    assert window.height() < 768  # not the old fixed 1280×800
    status = window.statusBar()
    assert status.isVisible() and window.rect().contains(status.geometry())


def test_each_user_gets_back_their_own_size_position_and_splitters(sqlite_db: Database, open_window, screen,
                                                                  qtbot) -> None:
    sam = Services(sqlite_db, make_user(sqlite_db, "sam", Role.CASEWORKER))
    window = open_window(sam)
    window.setGeometry(QRect(40, 60, 1000, 600))
    window.splitter.setSizes([180, 820])
    widths = window.splitter.sizes()
    window.close()

    again = open_window(sam)
    assert again.geometry() == QRect(40, 60, 1000, 600)
    assert again.splitter.sizes() == widths
    # Someone else on the same computer keeps the default place.
    priya = open_window(Services(sqlite_db, make_user(sqlite_db, "priya", Role.CASEWORKER)))
    assert priya.geometry().size() != QRect(40, 60, 1000, 600).size()


def test_a_section_splitter_is_remembered(sqlite_db: Database, open_window, screen, qtbot) -> None:
    from caseworker.ui.sections.cases import CasesSection

    services = Services(sqlite_db, make_user(sqlite_db, "maria", Role.MANAGER))
    window = open_window(services)
    cases = window.section_of(CasesSection)
    window.show_section(cases)
    splitter = cases.findChildren(main_window.QSplitter)[0]
    splitter.setSizes([300, 700])
    sizes = splitter.sizes()
    window.close()
    again = open_window(services)
    cases = again.section_of(CasesSection)
    again.show_section(cases)
    assert cases.findChildren(main_window.QSplitter)[0].sizes() == sizes


def test_a_window_saved_on_a_large_screen_is_fitted_onto_a_smaller_one(sqlite_db: Database, open_window, screen,
                                                                      qtbot) -> None:
    sam = Services(sqlite_db, make_user(sqlite_db, "sam", Role.CASEWORKER))
    screen["rect"] = QRect(0, 0, 1920, 1160)
    window = open_window(sam)
    window.setGeometry(QRect(900, 500, 1600, 1000))
    window.close()
    screen["rect"] = SMALL
    again = open_window(sam)
    assert SMALL.contains(_outer(again)), _outer(again)


def test_fitting_keeps_the_preferred_size_when_there_is_room_and_centres_it() -> None:
    assert fitted(QRect(0, 0, 1920, 1080), None) == QRect(320, 140, 1280, 800)
    assert fitted(QRect(0, 0, 1366, 728), None) == QRect(43, 0, 1280, 728)
    # A place on a second screen that has gone is pulled back onto this one.
    assert fitted(QRect(0, 0, 1366, 728), QRect(2000, 100, 800, 600)) == QRect(566, 100, 800, 600)
