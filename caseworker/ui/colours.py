"""The window's own colours, in the shade that reads on the current theme (light or dark)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from caseworker.domain import palette


def colour(role: str) -> str:
    """``#rrggbb`` for a text role ("error", "warning", "ok", "muted") on the current theme."""
    app = QApplication.instance()
    background = app.palette().color(QPalette.ColorRole.Base).name() if app is not None else "#ffffff"
    return palette.text_colour(role, background)


def badge_style(role: str) -> str:
    """A stylesheet fragment for a fixed badge: its own background and text, in any theme."""
    background, text = palette.BADGES[role]
    return f"background: {background}; color: {text};"


def readable(tint: str) -> str:
    """*tint* as text on the current theme's lists: lightened or darkened until it reads (4.5:1)."""
    app = QApplication.instance()
    background = app.palette().color(QPalette.ColorRole.Base).name() if app is not None else "#ffffff"
    shade = QColor(tint)
    dark = palette.is_dark(background)
    for _ in range(20):
        if palette.contrast_ratio(shade.name(), background) >= 4.5:
            break
        shade = shade.lighter(115) if dark else shade.darker(115)
    return shade.name()
