"""A client's flags wherever the client appears: one strip of chips, and the same words for lists.

Safeguarding, interpreter and accessibility flags are what a worker must see before phoning or
visiting. The client's own file shows them as a banner; everywhere else (the case pane, attendee
lists, aid dialogs) shows this compact strip, and lists show :func:`flags_text` in a column or
beside the row with :func:`flags_tooltip` as its tooltip. Nothing here asks the database: the
flags arrive on the rows the services already return, and only to roles that may read clients.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidgetItem, QSizePolicy, QWidget

from caseworker.domain.clients import ClientFlags
from caseworker.ui import icons
from caseworker.ui.i18n import tr

SAFEGUARDING_STYLE = "background: #fdecea; color: #8a1c14; border: 1px solid #e8a29c;"
INTERPRETER_STYLE = "background: #e8f0fe; color: #174ea6; border: 1px solid #a8c4f0;"
ACCESSIBILITY_STYLE = "background: #f3e8fd; color: #5b2a86; border: 1px solid #cfb0ec;"
CHIP_STYLE = " border-radius: 3px; padding: 1px 6px; font-weight: 600;"
SAFEGUARDING_COLOUR = "#b3261e"


def flag_parts(flags: ClientFlags | None) -> list[tuple[str, str, str]]:
    """(key, short word, full sentence) for each flag the client has, most urgent first."""
    if flags is None:
        return []
    parts = []
    if flags.safeguarding:
        parts.append(("safeguarding", "⚠ " + tr("Safeguarding"),
                      tr("Safeguarding: {text}").format(text=flags.safeguarding)))
    if flags.interpreter_needed:
        language = flags.interpreter_language
        parts.append(("interpreter", tr("Interpreter") + (f" ({language})" if language else ""),
                      tr("Interpreter needed: {language}").format(
                          language=language or tr("language not recorded"))))
    if flags.accessibility:
        parts.append(("accessibility", tr("Access"), tr("Accessibility: {text}").format(text=flags.accessibility)))
    return parts


def flags_text(flags: ClientFlags | None) -> str:
    """The flags in a few words, for a list column ("⚠ Safeguarding · Interpreter (Arabic)")."""
    return " · ".join(short for _k, short, _full in flag_parts(flags))


def flags_tooltip(flags: ClientFlags | None) -> str:
    """The flags in full, one a line, for a tooltip or a screen reader."""
    return "\n".join(full for _k, _short, full in flag_parts(flags))


def flag_item(item: QListWidgetItem, flags: ClientFlags | None, text: str) -> None:
    """A list row about a client with the flags leading it, in full in its tooltip and spoken text."""
    words = flags_text(flags)
    item.setText(f"{words}  |  {text}" if words else text)
    if not words:
        return
    full = flags_tooltip(flags)
    item.setToolTip(full)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}. {full}".replace("\n", "; "))
    if flags is not None and flags.safeguarding:
        item.setIcon(icons.icon("shield-alert"))


class FlagStrip(QWidget):
    """A row of coloured chips, one per flag, hidden when the client has none."""

    STYLES = {"safeguarding": SAFEGUARDING_STYLE, "interpreter": INTERPRETER_STYLE,
              "accessibility": ACCESSIBILITY_STYLE}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flag-strip")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.chips: dict[str, QLabel] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for key, style in self.STYLES.items():
            chip = QLabel(self)
            chip.setObjectName(f"flag-{key}")
            chip.setStyleSheet(f"QLabel#flag-{key} {{ {style}{CHIP_STYLE} }}")
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.hide()
            self.chips[key] = chip
            row.addWidget(chip)
        row.addStretch(1)
        self.flags: ClientFlags | None = None
        self.set_flags(None)

    def set_flags(self, flags: ClientFlags | None) -> None:
        self.flags = flags
        shown = {key: (short, full) for key, short, full in flag_parts(flags)}
        for key, chip in self.chips.items():
            short, full = shown.get(key, ("", ""))
            chip.setText(short)
            chip.setToolTip(full)
            chip.setAccessibleName(full)
            chip.setVisible(bool(short))
        sentence = flags_tooltip(flags)
        self.setToolTip(sentence)
        self.setAccessibleName(tr("Client flags: {flags}").format(flags=sentence.replace("\n", "; "))
                               if sentence else tr("No client flags"))
        self.setVisible(bool(shown))

    def texts(self) -> list[str]:
        """The chips shown, in order (what a sighted user reads)."""
        return [chip.text() for chip in self.chips.values() if not chip.isHidden()]
