"""Address labels on the common sticky-label sheets (Avery/Zweckform sizes, A4 and US Letter).

Each label holds a name and its address lines, shrunk a size or two when a long address would
run over the label's edge; an address longer still is cut at the label's last line rather than
printed onto its neighbour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from caseworker.domain.mail import LABEL_SHEETS
from caseworker.reports.base import Output, RenderResult, write_output
from caseworker.reports.fonts import collecting_missing, fonts


@dataclass(frozen=True)
class Sheet:
    code: str
    description: str
    page: tuple[float, float]
    columns: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


SHEETS: dict[str, Sheet] = {s.code: s for s in (
    Sheet("L7160", LABEL_SHEETS["L7160"], A4, 3, 7, 63.5 * mm, 38.1 * mm,
          7.2 * mm, 15.15 * mm, 66.0 * mm, 38.1 * mm),
    Sheet("L7163", LABEL_SHEETS["L7163"], A4, 2, 7, 99.1 * mm, 38.1 * mm,
          4.65 * mm, 15.15 * mm, 101.6 * mm, 38.1 * mm),
    Sheet("5160", LABEL_SHEETS["5160"], LETTER, 3, 10, 2.625 * inch, 1 * inch,
          0.1875 * inch, 0.5 * inch, 2.75 * inch, 1 * inch),
    Sheet("5163", LABEL_SHEETS["5163"], LETTER, 2, 5, 4 * inch, 2 * inch,
          0.15625 * inch, 0.5 * inch, 4.1875 * inch, 2 * inch),
)}

PADDING = 3 * mm


@dataclass(frozen=True)
class Label:
    lines: tuple[str, ...]


def render_labels(labels: Sequence[Label], out: Output, *, sheet: str = "L7160", skip: int = 0) -> RenderResult:
    """Labels in reading order; ``skip`` leaves the first labels of a used sheet empty."""
    spec = SHEETS[sheet]
    face = fonts()
    pages = 0
    with collecting_missing() as missing:

        def produce(handle: BinaryIO) -> None:
            nonlocal pages
            canvas = Canvas(handle, pagesize=spec.page, pageCompression=1)
            canvas.setTitle("Address labels")
            canvas.setCreator("Caseworker")
            slot = skip
            for label in labels:
                if slot and slot % spec.per_page == 0:
                    canvas.showPage()
                index = slot % spec.per_page
                column, row = index % spec.columns, index // spec.columns
                x = spec.left + column * spec.pitch_x
                y_top = spec.page[1] - spec.top - row * spec.pitch_y
                _draw(canvas, face, label, x, y_top, spec)
                slot += 1
            canvas.showPage()
            canvas.save()
            pages = max(1, -(-slot // spec.per_page))

        write_output(out, produce)
    return RenderResult(pages=pages, missing_characters=tuple(sorted(missing)))


def _draw(canvas: Canvas, face, label: Label, x: float, y_top: float, spec: Sheet) -> None:
    inner_w = spec.width - 2 * PADDING
    inner_h = spec.height - 2 * PADDING
    size = 10.0
    runs = [face.single_font(line, bold=i == 0) for i, line in enumerate(label.lines) if line.strip()]
    while size > 6.5 and (len(runs) * size * 1.2 > inner_h
                          or any(stringWidth(text, name, size) > inner_w for name, text in runs)):
        size -= 0.5
    leading = size * 1.2
    fits = max(1, int(inner_h // leading))
    block = min(len(runs), fits) * leading
    y = y_top - (spec.height - block) / 2 - size
    for name, text in runs[:fits]:
        while text and stringWidth(text, name, size) > inner_w:
            text = text[:-1]
        canvas.setFont(name, size)
        canvas.drawString(x + PADDING, y, text)
        y -= leading
