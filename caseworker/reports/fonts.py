"""The bundled fonts, and text split into runs that each font can actually draw.

ReportLab has no glyph fallback: a character the current font lacks prints as an empty box. So
text is cut into runs, each run drawn with the first bundled face whose character map has its
characters. Right-to-left text (Arabic, Hebrew) is shaped (Arabic letters take their joined
presentation forms) and put into visual order before drawing, because ReportLab draws strings
left to right as given. A character no bundled face has is replaced by a visible placeholder and
counted, never dropped.
"""

from __future__ import annotations

import threading
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

#: Shown instead of a character that no bundled font can draw.
PLACEHOLDER = "\u25a1"  # □ (in DejaVu Sans)

SANS = "CW-Sans"
SANS_BOLD = "CW-Sans-Bold"
SYMBOLS = "CW-Symbols"


@dataclass(frozen=True)
class Face:
    """One bundled family: its registered names and files (bold falls back to regular)."""

    name: str
    file: str
    bold_name: str
    bold_file: str | None


# In order of preference: a character goes to the first face that has it.
FACES: tuple[Face, ...] = (
    Face(SANS, "NotoSans-Regular.ttf", SANS_BOLD, "NotoSans-Bold.ttf"),
    Face("CW-Arabic", "NotoSansArabic-Regular.ttf", "CW-Arabic-Bold", "NotoSansArabic-Bold.ttf"),
    Face("CW-Hebrew", "NotoSansHebrew-Regular.ttf", "CW-Hebrew-Bold", "NotoSansHebrew-Bold.ttf"),
    Face(SYMBOLS, "DejaVuSans.ttf", SYMBOLS, None),
)

Run = tuple[str, str]

# Names, fund names and labels repeat on every row and are worth remembering; notes are not.
_CACHED_LENGTH = 200


def font_dir() -> Path:
    """``resources/fonts`` of the source checkout (or editable install)."""
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _is_arabic(ch: str) -> bool:
    code = ord(ch)
    return 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def _is_invisible_format(ch: str) -> bool:
    # Direction marks, joiners and the like steer shaping and ordering, which is done before
    # drawing; they have no glyph of their own, so leaving them out loses nothing visible.
    return unicodedata.category(ch) == "Cf"


# Shaping keeps the lam-alef ligature Arabic requires but not the optional one for the word Allah:
# a glyph standing for four letters does not copy or search back reliably in every reader.
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"ARABIC LIGATURE ALLAH": False})


def visual_line(line: str) -> str:
    """Shape Arabic and reorder one line of mixed-direction text for left-to-right drawing."""
    if not any(is_rtl(ch) for ch in line):
        return line
    if any(_is_arabic(ch) for ch in line):
        line = _RESHAPER.reshape(line)
    return get_display(line)


def _is_presentation_form(code: int) -> bool:
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, except that a shaped Arabic glyph (a presentation form such as
    U+FEE3, meem in its initial form) maps back to its base letters (U+0645): copying or searching
    the PDF then finds the letters a person typed, not the shapes drawn."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
             f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
             f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
             f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar"]
    for index, code in enumerate(subset):
        text = chr(code)
        if _is_presentation_form(code):
            text = unicodedata.normalize("NFKC", text)
            # A ligature (lam-alef, the word Allah) stands for several letters. Drawn in visual
            # order, its letters are read back reversed with the rest of the run, so they are
            # mapped in visual order too.
            text = text[::-1] if len(text) > 1 and is_rtl(text[0]) else text
        lines.append(f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


# ReportLab writes each TrueType subset's ToUnicode map through this module function.
ttfonts.makeToUnicodeCMap = to_unicode_cmap


class FontSet:
    """The registered faces and what each can draw."""

    def __init__(self, directory: Path) -> None:
        self._regular: list[tuple[str, frozenset[int]]] = []
        self._bold: list[tuple[str, frozenset[int]]] = []
        for face in FACES:
            regular = self._register(face.name, directory / face.file)
            self._regular.append((face.name, regular))
            if face.bold_file is None:
                self._bold.append((face.name, regular))
                bold_name = face.name
            else:
                self._bold.append((face.bold_name, self._register(face.bold_name, directory / face.bold_file)))
                bold_name = face.bold_name
            # Lets <b> inside Paragraph markup pick the bold face of whichever family is current.
            for italic in (0, 1):
                addMapping(face.name, 0, italic, face.name)
                addMapping(face.name, 1, italic, bold_name)
                addMapping(bold_name, 0, italic, face.name)
                addMapping(bold_name, 1, italic, bold_name)
        #: Every character replaced by the placeholder since the fonts were loaded.
        self.missing: Counter[str] = Counter()
        self._lock = threading.Lock()

    @staticmethod
    def _register(name: str, path: Path) -> frozenset[int]:
        if name in pdfmetrics.getRegisteredFontNames():
            font = pdfmetrics.getFont(name)
        else:
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
        return frozenset(font.face.charToGlyph)

    def covers(self, font_name: str, ch: str) -> bool:
        for name, cmap in (*self._regular, *self._bold):
            if name == font_name:
                return ord(ch) in cmap
        return False

    def _face_for(self, ch: str, bold: bool, current: str | None) -> str | None:
        faces = self._bold if bold else self._regular
        code = ord(ch)
        if current is not None:
            # Spaces, digits and punctuation stay in the run they sit in, so runs stay long.
            for name, cmap in faces:
                if name == current and code in cmap:
                    return name
        for name, cmap in faces:
            if code in cmap:
                return name
        return None

    def runs(self, text: str, bold: bool = False) -> list[Run]:
        """``[(font_name, text), ...]`` in drawing order; records characters no face has."""
        if len(text) <= _CACHED_LENGTH:
            result, missing = _analyse(self, text, bold)
        else:
            result, missing = self._split(text, bold)
        if missing:
            self._record(missing)
        return list(result)

    def _record(self, missing: tuple[str, ...]) -> None:
        with self._lock:
            self.missing.update(missing)
        collector = _collector.get()
        if collector is not None:
            collector.update(missing)

    def _split(self, text: str, bold: bool) -> tuple[tuple[Run, ...], tuple[str, ...]]:
        text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\t", " ")
        if not text:
            return (), ()
        single = self._single_face(text, bold)
        if single is not None:
            return ((single, text),), ()
        lines = [visual_line(line) for line in text.split("\n")]
        runs: list[list[str]] = []
        missing: list[str] = []
        for index, line in enumerate(lines):
            if index:
                self._append(runs, runs[-1][0] if runs else (SANS_BOLD if bold else SANS), "\n")
            for ch in line:
                if _is_invisible_format(ch):
                    continue
                current = runs[-1][0] if runs else None
                name = self._face_for(ch, bold, current)
                if name is None:
                    missing.append(ch)
                    name, ch = SYMBOLS, PLACEHOLDER
                self._append(runs, name, ch)
        return tuple((name, "".join(chunks)) for name, *chunks in runs), tuple(missing)

    def _single_face(self, text: str, bold: bool) -> str | None:
        """The face that draws all of a left-to-right text alone, if one does (the usual case)."""
        distinct = {ord(ch) for ch in set(text)}
        distinct.discard(0x0A)
        if not distinct:
            return SANS_BOLD if bold else SANS
        if any(is_rtl(chr(code)) for code in distinct):
            return None
        for name, cmap in self._bold if bold else self._regular:
            if distinct <= cmap:
                return name
        return None

    @staticmethod
    def _append(runs: list[list[str]], name: str, ch: str) -> None:
        if runs and runs[-1][0] == name:
            runs[-1].append(ch)
        else:
            runs.append([name, ch])

    def markup(self, text: str, bold: bool = False) -> str:
        """Paragraph markup: one ``<font name=...>`` per run, XML-escaped, newlines as breaks."""
        parts = []
        for name, chunk in self.runs(text, bold):
            body = escape(chunk).replace("\n", "<br/>")
            parts.append(f'<font name="{name}">{body}</font>')
        return "".join(parts)

    def single_font(self, text: str, bold: bool = False) -> Run:
        """One font for places that draw a plain string (chart labels, the watermark).

        The face of the longest run wins; characters it lacks become the placeholder, counted.
        """
        runs = self.runs(text, bold)
        if not runs:
            return (SANS_BOLD if bold else SANS), ""
        name = max(runs, key=lambda run: len(run[1]))[0]
        out: list[str] = []
        lost: list[str] = []
        for run_name, chunk in runs:
            for ch in chunk:
                if run_name == name or self.covers(name, ch):
                    out.append(ch)
                else:
                    lost.append(ch)
                    out.append(self._placeholder_in(name))
        if lost:
            self._record(tuple(lost))
        return name, "".join(out)


    def _placeholder_in(self, name: str) -> str:
        for candidate in (PLACEHOLDER, "\ufffd"):
            if self.covers(name, candidate):
                return candidate
        return "?"


@lru_cache(maxsize=4096)
def _analyse(fonts: FontSet, text: str, bold: bool) -> tuple[tuple[Run, ...], tuple[str, ...]]:
    return fonts._split(text, bold)


_collector: ContextVar[Counter[str] | None] = ContextVar("caseworker_reports_missing", default=None)
_fonts: FontSet | None = None
_fonts_lock = threading.Lock()


def fonts() -> FontSet:
    """The bundled fonts, registered with ReportLab on first use."""
    global _fonts
    if _fonts is None:
        with _fonts_lock:
            if _fonts is None:
                _fonts = FontSet(font_dir())
    return _fonts


def runs(text: str, bold: bool = False) -> list[Run]:
    return fonts().runs(text, bold)


def markup(text: str, bold: bool = False) -> str:
    return fonts().markup(text, bold)


@contextmanager
def collecting_missing() -> Iterator[Counter[str]]:
    """Collect the characters replaced by the placeholder while the block runs."""
    collected: Counter[str] = Counter()
    token = _collector.set(collected)
    try:
        yield collected
    finally:
        _collector.reset(token)
