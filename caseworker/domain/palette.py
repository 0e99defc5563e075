"""The chart colours, one list for the window and the PDFs so a chart looks the same in both.

Okabe and Ito's palette ("Color Universal Design", 2008): eight colours told apart by people with
the common forms of colour blindness, and distinct in greyscale print by lightness. The order puts
the two most distinct (blue, orange) first, since most charts compare two series.
"""

from __future__ import annotations

CHART_PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow (last: weak on white)
    "#000000",
)
# The period before, drawn beside the current figures.
PREVIOUS_COLOUR = "#9AA5B1"


# -- text and badges --------------------------------------------------------------------------
# The window's own colours for words, one shade for a light theme and one for a dark theme:
# a colour that reads on white (dark red) is unreadable on a dark grey, and the other way round.
# Each is checked (tests/desk/test_contrast.py) to reach WCAG's 4.5:1 for normal text against
# the backgrounds below.
TEXT_COLOURS: dict[str, tuple[str, str]] = {
    # role: (on a light theme, on a dark theme)
    "error": ("#b3261e", "#ff8a80"),
    "warning": ("#8a5300", "#ffb74d"),
    "ok": ("#1e5b2c", "#81c995"),
    "muted": ("#666666", "#a8a8a8"),
    "safeguarding": ("#b3261e", "#ff8a80"),
}

# The backgrounds text is drawn on in common themes: Fusion's, Windows', macOS's and GNOME's
# window and list ("base") colours.
LIGHT_BACKGROUNDS: tuple[str, ...] = ("#ffffff", "#efefef", "#f0f0f0", "#ececec", "#f6f5f4", "#f7f7f7")
DARK_BACKGROUNDS: tuple[str, ...] = ("#353535", "#2a2a2a", "#202020", "#2b2b2b", "#1e1e1e", "#242424",
                                     "#303030")

# Fixed badges (a tinted background with its own text colour): the same in both themes, so
# they always carry their own background and never take the theme's text colour.
BADGES: dict[str, tuple[str, str]] = {
    # role: (background, text)
    "safeguarding": ("#fdecea", "#8a1c14"),
    "interpreter": ("#e8f0fe", "#174ea6"),
    "accessibility": ("#f3e8fd", "#5b2a86"),
    "stop": ("#fdecea", "#8a1c14"),
    "segment": ("#e8f0fe", "#174ea6"),
    "allow": ("#e7f4ea", "#1e5b2c"),
    "warn": ("#fff4e0", "#7a4b00"),
    "block": ("#fdecea", "#8a1c14"),
    "notice": ("#fff4e5", "#663c00"),
    "calendar-meeting": ("#dbeafe", "#1e40af"),
    "calendar-deadline": ("#fef3c7", "#92400e"),
    "calendar-action": ("#dcfce7", "#166534"),
    "calendar-done": ("#f3f4f6", "#4b5563"),
}

# Case status pills: white text on a calm tint.
STATUS_PILLS: dict[str, str] = {
    "new": "#5b6b7f", "assigned": "#3f6fb5", "in_progress": "#2f7d62", "waiting": "#87590a",
    "escalated": "#b3461e", "resolved": "#556829", "closed": "#666666",
}
PILL_TEXT = "#ffffff"


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of a ``#rrggbb`` colour."""
    value = colour.lstrip("#")
    r, g, b = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(background: str) -> bool:
    """Whether text on *background* should take the dark theme's shades."""
    return relative_luminance(background) < 0.18


def text_colour(role: str, background: str) -> str:
    """The shade of *role* that reads on *background*."""
    light, dark = TEXT_COLOURS[role]
    return dark if is_dark(background) else light
