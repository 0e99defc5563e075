"""The app's own colours read in a light and a dark theme: text at least 4.5:1 against its background."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from caseworker.domain import palette
from caseworker.domain.palette import contrast_ratio
from caseworker.ui.colours import colour

AA = 4.5


def test_the_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("role", list(palette.TEXT_COLOURS))
def test_every_text_colour_reads_on_light_and_dark_backgrounds(role: str) -> None:
    light, dark = palette.TEXT_COLOURS[role]
    for background in palette.LIGHT_BACKGROUNDS:
        assert contrast_ratio(light, background) >= AA, (role, light, background)
        assert palette.text_colour(role, background) == light
    for background in palette.DARK_BACKGROUNDS:
        assert contrast_ratio(dark, background) >= AA, (role, dark, background)
        assert palette.text_colour(role, background) == dark


def test_badges_and_status_pills_read_in_any_theme() -> None:
    for role, (background, text) in palette.BADGES.items():
        assert contrast_ratio(text, background) >= AA, role
    for status, tint in palette.STATUS_PILLS.items():
        assert contrast_ratio(palette.PILL_TEXT, tint) >= AA, status


def dark_palette() -> QPalette:
    """A dark system theme, as Fusion draws one."""
    p = QPalette()
    for role, value in ((QPalette.ColorRole.Window, "#353535"), (QPalette.ColorRole.WindowText, "#f0f0f0"),
                        (QPalette.ColorRole.Base, "#2a2a2a"), (QPalette.ColorRole.AlternateBase, "#323232"),
                        (QPalette.ColorRole.Text, "#f0f0f0"), (QPalette.ColorRole.Button, "#353535"),
                        (QPalette.ColorRole.ButtonText, "#f0f0f0"), (QPalette.ColorRole.Highlight, "#2a82da"),
                        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.ToolTipBase, "#2a2a2a"),
                        (QPalette.ColorRole.ToolTipText, "#f0f0f0"), (QPalette.ColorRole.PlaceholderText, "#a0a0a0"),
                        (QPalette.ColorRole.Light, "#505050"), (QPalette.ColorRole.Midlight, "#454545"),
                        (QPalette.ColorRole.Mid, "#404040"), (QPalette.ColorRole.Dark, "#232323")):
        p.setColor(role, QColor(value))
    return p


def light_palette() -> QPalette:
    p = QPalette()
    for role, value in ((QPalette.ColorRole.Window, "#efefef"), (QPalette.ColorRole.WindowText, "#000000"),
                        (QPalette.ColorRole.Base, "#ffffff"), (QPalette.ColorRole.Text, "#000000"),
                        (QPalette.ColorRole.Button, "#efefef"), (QPalette.ColorRole.ButtonText, "#000000"),
                        (QPalette.ColorRole.PlaceholderText, "#6e6e6e")):
        p.setColor(role, QColor(value))
    return p


@pytest.fixture
def theme():
    app = QApplication.instance()
    before = app.palette()

    def use(p: QPalette) -> None:
        app.setPalette(p)

    yield use
    app.setPalette(before)


_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{6})")
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{6})")


def colour_problems(section: QWidget, title: str, p: QPalette) -> list[str]:
    """Text whose own colour does not stand out from what it is drawn on, in theme *p*."""
    found = []
    window, base = p.color(QPalette.ColorRole.Window).name(), p.color(QPalette.ColorRole.Base).name()
    for widget in [section, *section.findChildren(QWidget)]:
        if not widget.isVisibleTo(section.window()):
            continue
        sheet = widget.styleSheet()
        text = _COLOUR.search(sheet)
        own = _BACKGROUND.search(sheet)
        if own is not None and text is None:
            found.append(f"{title}: {type(widget).__name__} {widget.objectName()!r} sets a background "
                         f"{own.group(1)} but takes the theme's text colour")
        if text is None:
            continue
        for background in ([own.group(1)] if own else [window, base]):
            if contrast_ratio(text.group(1), background) < AA:
                found.append(f"{title}: {type(widget).__name__} {widget.objectName()!r} "
                             f"{getattr(widget, 'text', lambda: '')()!r}: {text.group(1)} on {background}")
    for view in section.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(section.window()):
            continue
        for row in range(min(model.rowCount(QModelIndex()), 40)):
            for col in range(1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())):
                brush = model.index(row, col).data(9)  # ForegroundRole
                if brush is None:
                    continue
                fg = (brush.color() if hasattr(brush, "color") else QColor(brush)).name()
                if contrast_ratio(fg, base) < AA:
                    found.append(f"{title}: {view.accessibleName()!r} row {row} column {col}: {fg} on {base}")
    return found


@pytest.mark.parametrize("name", ["light", "dark"])
@pytest.mark.parametrize("username", ["demo", "ana"])
def test_every_section_reads_in_a_light_and_a_dark_theme(name, username, theme, demo_services, open_window,
                                                          qtbot) -> None:
    p = light_palette() if name == "light" else dark_palette()
    theme(p)
    assert colour("error") == palette.TEXT_COLOURS["error"][0 if name == "light" else 1]
    window = open_window(demo_services(username))
    window.resize(1366, 698)
    found: list[str] = []
    for row, title in enumerate(window.section_titles()):
        window.section_actions[row].trigger()
        section = window.current_section()
        records = getattr(section, "list", None)
        if records is not None and hasattr(records, "table") and records.table.model().rowCount():
            records.table.selectRow(0)
        qtbot.wait(5)
        found += colour_problems(section, title, p)
    assert not found, "\n".join(sorted(set(found)))
