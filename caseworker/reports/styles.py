"""One look for every document: type sizes, colours, spacing and table styling."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from caseworker.domain.palette import CHART_PALETTE
from caseworker.reports.fonts import SANS, SANS_BOLD

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#24507a")
RULE = colors.HexColor("#c5ccd6")
HEADER_FILL = colors.HexColor("#e8edf3")
STRIPE = colors.HexColor("#f6f8fa")
TOTAL_FILL = colors.HexColor("#eef1f4")
WARNING_INK = colors.HexColor("#8a1f11")
WARNING_FILL = colors.HexColor("#fbeae5")
WATERMARK = colors.Color(0.75, 0.1, 0.1, alpha=0.18)
CHART_COLOURS = tuple(colors.HexColor(c) for c in CHART_PALETTE)  # the window uses the same

MARGIN_X = 20 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 24 * mm

BODY_SIZE = 9.5
SMALL_SIZE = 8
TABLE_SIZE = 8.5


#: Room a heading needs below it; with less, it starts the next page instead of ending this one.
HEADING_ROOM = 28 * mm

#: Styles of headings (see base._build: kept with what follows without keepWithNext, which
#: would drag a whole long table to the next page).
HEADING_STYLES = ("cw-heading", "cw-subheading")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_right: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    small_center: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    org_name: ParagraphStyle
    org_line: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    notice: ParagraphStyle
    statement: ParagraphStyle
    footer: ParagraphStyle
    footer_right: ParagraphStyle
    confidential: ParagraphStyle


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": SANS,
        "fontSize": BODY_SIZE,
        "leading": BODY_SIZE * 1.38,
        "textColor": INK,
        "alignment": TA_LEFT,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The styles (built once, after the fonts are registered)."""
    return Styles(
        body=_style("cw-body", spaceAfter=5),
        body_right=_style("cw-body-right", alignment=TA_RIGHT),
        small=_style("cw-small", fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.3, textColor=MUTED),
        small_right=_style("cw-small-right", fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.3,
                           textColor=MUTED, alignment=TA_RIGHT),
        small_center=_style("cw-small-center", fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.3,
                            textColor=MUTED, alignment=TA_CENTER),
        title=_style("cw-title", fontName=SANS_BOLD, fontSize=15, leading=19, textColor=ACCENT,
                     alignment=TA_RIGHT),
        subtitle=_style("cw-subtitle", fontSize=9, leading=12.5, textColor=MUTED, alignment=TA_RIGHT),
        org_name=_style("cw-org", fontName=SANS_BOLD, fontSize=12.5, leading=16),
        org_line=_style("cw-org-line", fontSize=8.5, leading=11, textColor=MUTED),
        heading=_style("cw-heading", fontName=SANS_BOLD, fontSize=11.5, leading=15, textColor=ACCENT,
                       spaceBefore=12, spaceAfter=5),
        subheading=_style("cw-subheading", fontName=SANS_BOLD, fontSize=9.5, leading=13,
                          spaceBefore=6, spaceAfter=2),
        label=_style("cw-label", fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.35, textColor=MUTED),
        cell=_style("cw-cell", fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.3),
        cell_right=_style("cw-cell-right", fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.3,
                          alignment=TA_RIGHT),
        cell_head=_style("cw-cell-head", fontName=SANS_BOLD, fontSize=TABLE_SIZE,
                         leading=TABLE_SIZE * 1.3),
        cell_head_right=_style("cw-cell-head-right", fontName=SANS_BOLD, fontSize=TABLE_SIZE,
                               leading=TABLE_SIZE * 1.3, alignment=TA_RIGHT),
        notice=_style("cw-notice", fontSize=9, leading=12.5, textColor=WARNING_INK),
        statement=_style("cw-statement", fontSize=9.5, leading=13.5),
        footer=_style("cw-footer", fontSize=7.5, leading=9.5, textColor=MUTED),
        footer_right=_style("cw-footer-right", fontSize=7.5, leading=9.5, textColor=MUTED,
                            alignment=TA_RIGHT),
        confidential=_style("cw-confidential", fontName=SANS_BOLD, fontSize=7.5, leading=9.5,
                            textColor=WARNING_INK),
    )


def table_style(*, numeric_columns: tuple[int, ...] = (), has_total: bool = False) -> TableStyle:
    """Header row shaded and repeated, light stripes, numbers right-aligned, totals shaded."""
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
        ("LEADING", (0, 0), (-1, -1), TABLE_SIZE * 1.3),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2 if has_total else -1), [colors.white, STRIPE]),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    for column in numeric_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if has_total:
        commands += [
            ("FONTNAME", (0, -1), (-1, -1), SANS_BOLD),
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
        ]
    return TableStyle(commands)


def facts_style() -> TableStyle:
    """Label/value grid for a document's key facts."""
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ]
    )
