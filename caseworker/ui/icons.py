"""The window's one icon set: Lucide, bundled in ``resources/icons`` with its licence.

``icon("briefcase")`` gives a QIcon drawn in the palette's text colour, so the line icons stay
legible on a dark palette, and rendered at each size (times the screen's pixel ratio) a view asks
for, so they are sharp on high-DPI screens. An unknown name gives a neutral dashed circle rather
than failing: a section naming an icon that is not bundled yet still opens.

Available names (the Lucide file names; a few older Lucide names are accepted as aliases):

- sections: ``house`` (alias ``home``), ``users``, ``user-round``, ``briefcase``, ``hand-coins``,
  ``file-text``, ``calendar``, ``calendar-days``, ``heart-handshake``, ``handshake``,
  ``clipboard-list``, ``list-checks``, ``chart-bar``, ``chart-column``, ``settings``,
  ``sliders-horizontal``, ``landmark``, ``building-2``, ``gift``, ``receipt``, ``inbox``
- actions: ``plus``, ``search``, ``save``, ``x``, ``check``, ``undo-2`` (alias ``undo``),
  ``printer``, ``file-down``, ``file-plus``, ``folder-open``, ``download``, ``upload``,
  ``copy``, ``send``, ``pencil``, ``trash-2``, ``ban``, ``refresh-cw``, ``filter``,
  ``history``, ``external-link``, ``arrow-right``, ``chevron-right``, ``image-up``,
  ``log-out``, ``lock``, ``key-round``
- people: ``user-round-plus``, ``user-round-x``, ``user-round-check``, ``mail``, ``phone``,
  ``map-pin``
- signs: ``triangle-alert`` (alias ``alert-triangle``), ``shield-alert``, ``circle-alert``,
  ``circle-check``, ``info``, ``circle-help``, ``languages``, ``accessibility``, ``clock``,
  ``bell``, ``database``, ``monitor``, ``circle-dashed`` (the fallback)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
FALLBACK = "circle-dashed"
ALIASES = {
    "home": "house",
    "alert-triangle": "triangle-alert",
    "undo": "undo-2",
    "bar-chart": "chart-bar",
    "help-circle": "circle-help",
    "alert-circle": "circle-alert",
    "check-circle": "circle-check",
}
# The picture of each channel (its values; see domain/channels.py), wherever one is listed.
CHANNEL_ICONS = {"phone": "phone", "sms": "phone", "email": "mail", "letter": "send", "visit": "map-pin",
                 "video": "monitor", "event": "calendar-days", "in_person": "users", "site_visit": "map-pin"}
# Sizes drawn up front; QIcon scales from the nearest for anything else.
SIZES = (16, 20, 24, 32, 40, 48, 64)


def available() -> list[str]:
    """Every bundled icon name."""
    return sorted(p.stem for p in ICON_DIR.glob("*.svg"))


def icon_path(name: str) -> Path:
    """The SVG file for *name* (or its alias); the fallback's file when it is not bundled."""
    path = ICON_DIR / f"{ALIASES.get(name, name)}.svg"
    return path if path.is_file() else ICON_DIR / f"{FALLBACK}.svg"


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """The icon *name* in *color* (the palette's text colour by default)."""
    if color is None:
        color = _text_color()
    return _cached_icon(str(icon_path(name)), QColor(color).name())


def _text_color() -> QColor:
    app = QGuiApplication.instance()
    if app is None:
        return QColor("#444444")
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText)


@cache
def _cached_icon(path: str, color: str) -> QIcon:
    svg = Path(path).read_text(encoding="utf-8").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    ratio = _pixel_ratio()
    for size in SIZES:
        result.addPixmap(_render(renderer, size, ratio))
        if ratio != 1.0:
            result.addPixmap(_render(renderer, size, 1.0))
    return result


def _pixel_ratio() -> float:
    app = QGuiApplication.instance()
    screen = QGuiApplication.primaryScreen() if app is not None else None
    return screen.devicePixelRatio() if screen is not None else 1.0


def _render(renderer: QSvgRenderer, size: int, ratio: float) -> QPixmap:
    device = round(size * ratio)
    image = QImage(QSize(device, device), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, device, device))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def clear_cache() -> None:
    """Forget drawn icons (after the palette changes between light and dark)."""
    _cached_icon.cache_clear()
