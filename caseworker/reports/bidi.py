"""Paragraphs of right-to-left text that wrap in reading order.

ReportLab draws and wraps strings left to right. Text in Arabic or Hebrew is therefore put into
visual order before drawing (:func:`caseworker.reports.fonts.visual_line`); but reordering a whole
paragraph and then letting ReportLab wrap it cuts the visual string from its left, which is the
end of the text, so a long note would print its last line first. Here the paragraph is broken
into lines in reading order for the width it gets, and each line is reordered on its own.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from caseworker.reports.fonts import FontSet, is_rtl

# ReportLab's own wrapping must never break a line this module has measured to fit: measuring
# words one by one can come out a hair narrower than the joined line.
_SLACK = 0.98
RLM = "\u200f"  # RIGHT-TO-LEFT MARK


def has_rtl(text: str) -> bool:
    return any(is_rtl(ch) for ch in text)


def starts_rtl(text: str) -> bool:
    """Whether the first strongly directional character reads right to left (the base direction)."""
    for ch in text:
        if is_rtl(ch):
            return True
        if unicodedata.bidirectional(ch) == "L":
            return False
    return False


class BidiParagraph(Paragraph):
    """A :class:`Paragraph` of user text with right-to-left parts, broken into lines before drawing."""

    def __init__(self, text: str | None, style: ParagraphStyle, bulletText: Any = None,  # noqa: N803
                 frags: Any = None, *args: Any, fonts: FontSet | None = None, bold: bool = False,
                 **kwargs: Any) -> None:
        # ReportLab's split() makes the parts through this constructor with frags and no text:
        # those parts are already broken into lines, and stay as they are.
        self._logical = text if fonts is not None else None
        self._fonts, self._bold, self._broken_for = fonts, bold, -1.0
        self._left_style: ParagraphStyle | None = None
        if self._logical is not None and style.alignment == TA_LEFT and starts_rtl(self._logical):
            self._left_style = style
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        markup = fonts.markup(text or "", bold) if fonts is not None else text
        super().__init__(markup, style, bulletText, frags, *args, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._logical is not None and self._fonts is not None and availWidth != self._broken_for:
            # A table asks again with each width it tries; each time the lines are broken anew.
            self._broken_for = availWidth
            room = (availWidth - self.style.leftIndent - self.style.rightIndent) * _SLACK
            lines = break_lines(self._logical, room, self._fonts, self._bold, self.style.fontSize)
            if self._left_style is not None:
                # A name or a short phrase on one line lines up with its column like any other (right
                # aligned, it would sit hard against the next column); a longer right-to-left text
                # reads from the right margin.
                one_line = len(lines) == 1
                self.style = self._left_style if one_line else ParagraphStyle(
                    f"{self._left_style.name}-rtl", parent=self._left_style, alignment=TA_RIGHT)
            if self.style.alignment == TA_RIGHT and starts_rtl(self._logical):
                # Each line keeps the paragraph's direction even when it begins with a number or
                # a Latin word (the mark steers the reordering and is not drawn).
                lines = [RLM + line for line in lines]
            self._setup(self._fonts.markup("\n".join(lines), self._bold), self.style, self.bulletText, None,
                        cleanBlockQuotedText)
        return super().wrap(availWidth, availHeight)


def break_lines(text: str, width: float, fonts: FontSet, bold: bool, size: float) -> list[str]:
    """*text* in reading order, broken at spaces into lines no wider than *width* points."""
    lines: list[str] = []
    space = stringWidth(" ", fonts.runs(" ", bold)[0][0], size) if text else 0.0
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split(" "):
            w = sum(stringWidth(chunk, name, size) for name, chunk in fonts.runs(word, bold)) if word else 0.0
            if line and used + space + w > width:
                lines.append(" ".join(line))
                line, used = [word], w
            else:
                used += (space if line else 0.0) + w
                line.append(word)
        lines.append(" ".join(line))
    return lines
