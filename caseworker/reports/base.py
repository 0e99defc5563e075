"""What every document shares: letterhead, footer, page numbers, tables, atomic writing.

A renderer turns its dataclass into one or more :class:`Part` (a section with its flowables) and
calls :func:`render_parts`. Page furniture (running header, footer, "Page 3 of 7", the VOID
watermark) is drawn when the canvas is saved, once the number of pages of every section is known.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date as CalendarDate
from datetime import datetime
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    LongTable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import KeepTogether

from caseworker.domain.documents import Organisation, PageSize
from caseworker.domain.i18n import N_
from caseworker.reports import formatting
from caseworker.reports.bidi import BidiParagraph, has_rtl
from caseworker.reports.fonts import SANS, SANS_BOLD, FontSet, collecting_missing, fonts
from caseworker.reports.styles import (
    ACCENT,
    HEADING_ROOM,
    HEADING_STYLES,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    RULE,
    WARNING_FILL,
    WATERMARK,
    Styles,
    facts_style,
    styles,
    table_style,
)

log = logging.getLogger(__name__)

Translate = Callable[[str], str]
Output = Path | str | BinaryIO

CONFIDENTIAL_NOTICE = N_("Confidential — contains personal information about a client")
PAGE_OF = N_("Page {page} of {pages}")
LABELLED_PAGE_OF = N_("{label} — page {page} of {pages}")
MADE_BY = N_("Made {when} by {who}")


def _identity(text: str) -> str:
    return text


@dataclass(frozen=True)
class RenderResult:
    """What a render produced: its pages, and characters printed as the placeholder box."""

    pages: int
    missing_characters: tuple[str, ...] = ()
    #: The first page (from 0) of each part, in order: where a bookmark to it points.
    starts: tuple[int, ...] = ()


@dataclass(frozen=True)
class Section:
    """One document inside a PDF (a batch holds many), numbered on its own."""

    title: str
    #: Footer names the section ("Receipt 2026-0001 — page 1 of 2") when set.
    page_label: str | None = None
    confidential: bool = False
    watermark: str | None = None
    #: The footer's confidentiality notice, when not the one about a client's personal information.
    confidential_notice: str | None = None


@dataclass
class Part:
    section: Section
    flowables: list[Flowable]
    #: Called when the part starts drawing (a batch reports progress and may cancel here).
    on_start: Callable[[], None] | None = None


@dataclass(frozen=True)
class LazyPart:
    """A part built only when the layout reaches it, and dropped once drawn (long batches)."""

    make: Callable[[], Part]


@dataclass(frozen=True)
class DocumentInfo:
    """PDF metadata."""

    title: str
    subject: str
    keywords: tuple[str, ...] = ()


@dataclass
class Context:
    """What the small drawing helpers need: organisation, wording, fonts and styles."""

    org: Organisation
    made_by: str
    made_at: datetime
    tr: Translate = _identity
    fonts: FontSet = field(default_factory=fonts)
    styles: Styles = field(default_factory=styles)

    # --- words and values

    def t(self, message: str, **params: object) -> str:
        """A marked message, translated, with its values filled in."""
        text = self.tr(message)
        return text.format(**params) if params else text

    def money(self, amount: Decimal) -> str:
        return formatting.format_money(amount, self.org.currency, self.org.money_format)

    def date(self, value: CalendarDate | None) -> str:
        if value is None:
            return "–"
        return formatting.format_date(value, self.org.date_style, self.tr)

    def when(self, value: datetime | None, zone: str | None = None) -> str:
        if value is None:
            return "–"
        return formatting.format_datetime(value, zone or self.org.time_zone, self.org.date_style, self.tr)

    # --- flowables

    def para(self, text: str, style: str = "body", *, bold: bool = False) -> Paragraph:
        """User text (or an already translated label) as a paragraph, font chosen per run."""
        paragraph_style = getattr(self.styles, style)
        bold = bold or paragraph_style.fontName == SANS_BOLD
        if has_rtl(text):
            return BidiParagraph(text, paragraph_style, fonts=self.fonts, bold=bold)
        return Paragraph(self.fonts.markup(text, bold), paragraph_style)

    def boxed(self, text: str, *, warning: bool = False, bold: bool = False) -> Table:
        """A statement in a ruled box (or a tinted warning), kept inside the margins."""
        box = grid([[self.para(text, "notice" if warning else "statement", bold=bold)]], colWidths=[self.width])
        commands: list[tuple[object, ...]] = [
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]
        if warning:
            commands.append(("BACKGROUND", (0, 0), (-1, -1), WARNING_FILL))
        else:
            commands.append(("BOX", (0, 0), (-1, -1), 0.6, RULE))
        box.setStyle(commands)
        box.spaceBefore, box.spaceAfter = 6, 10
        return box

    def heading(self, message: str, **params: object) -> Paragraph:
        return self.para(self.t(message, **params), "heading")

    def cell(self, text: str, *, right: bool = False, bold: bool = False) -> Paragraph:
        return self.para(text, "cell_right" if right else "cell", bold=bold)

    def notice(self, message: str, **params: object) -> Table:
        return self.boxed(self.t(message, **params), warning=True)

    def text_block(self, text: str, style: str = "body") -> list[Flowable]:
        """Long free text: one paragraph per blank-line-separated block, free to split pages."""
        blocks = [block.strip("\n") for block in text.replace("\r\n", "\n").split("\n\n")]
        return [self.para(block, style) for block in blocks if block.strip()]

    @property
    def width(self) -> float:
        return page_size(self.org)[0] - 2 * MARGIN_X


def grid(rows: Sequence[Sequence[Any]], colWidths: Sequence[float | None] | None = None,  # noqa: N803
         **kwargs: Any) -> Table:
    """A layout table whose cells default to the bundled face rather than ReportLab's Helvetica."""
    return Table(rows, colWidths=colWidths, style=[("FONTNAME", (0, 0), (-1, -1), SANS)], **kwargs)


def page_size(org: Organisation) -> tuple[float, float]:
    return LETTER if org.page_size is PageSize.LETTER else A4


# --- Building blocks --------------------------------------------------------------------------


def letterhead(ctx: Context, title: str, lines: Sequence[str] = ()) -> list[Flowable]:
    """Organisation (logo, name, address, registration) left; document title and refs right."""
    org = ctx.org
    left: list[Flowable] = []
    logo = _logo(org)
    if logo is not None:
        left += [logo, Spacer(1, 3)]
    left.append(ctx.para(org.name, "org_name"))
    for line in org.address_lines:
        left.append(ctx.para(line, "org_line"))
    if org.contact_line:
        left.append(ctx.para(org.contact_line, "org_line"))
    if org.registration_number:
        label = ctx.t(org.registration_label) if org.registration_label else ctx.t(N_("Registration No."))
        left.append(ctx.para(f"{label} {org.registration_number}", "org_line"))
    right: list[Flowable] = [ctx.para(title, "title")]
    right += [ctx.para(line, "subtitle") for line in lines]
    table = grid([[left, right]], colWidths=[ctx.width * 0.46, ctx.width * 0.54])
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [table, Spacer(1, 6), HRFlowable(width="100%", thickness=1.2, color=ACCENT), Spacer(1, 10)]


def _logo(org: Organisation) -> Image | None:
    return fitted_image(org.logo_path or org.logo_png, 45 * mm, 16 * mm)


def fitted_image(source: Path | bytes | None, max_w: float, max_h: float) -> Image | None:
    """The image (a file or its bytes) scaled down to fit, or None when it cannot be read."""
    if source is None:
        return None
    try:
        # Read now: platypus opens images only while drawing, too late to leave them out.
        width, height = ImageReader(_image_source(source)).getSize()
    except (OSError, ValueError) as exc:
        # A moved or broken logo or signature file must not stop a receipt from being made.
        log.warning("Image %s could not be read: %s", source if isinstance(source, Path) else "(bytes)", exc)
        return None
    scale = min(max_w / width, max_h / height, 1.0)
    image = Image(_image_source(source), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _image_source(source: Path | bytes) -> str | io.BytesIO:
    return io.BytesIO(source) if isinstance(source, bytes) else str(source)


def facts(ctx: Context, pairs: Sequence[tuple[str, str]], columns: int = 2) -> Table:
    """Key facts as an aligned label/value grid, *columns* pairs per row."""
    rows: list[list[Flowable | str]] = []
    label_w = ctx.width / columns * 0.36
    value_w = ctx.width / columns - label_w
    for start in range(0, len(pairs), columns):
        row: list[Flowable | str] = []
        for label, value in pairs[start : start + columns]:
            row += [ctx.para(label, "label"), ctx.para(value, "cell")]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    table = grid(rows, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
    table.setStyle(facts_style())
    return table


@dataclass(frozen=True)
class Column:
    title: str
    #: Share of the frame width.
    width: float
    numeric: bool = False


def data_table(
    ctx: Context,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    total: Sequence[str] | None = None,
) -> Table:
    """A table whose header repeats on every page it flows onto; numeric columns right-aligned."""
    head = [ctx.para(c.title, "cell_head_right" if c.numeric else "cell_head") for c in columns]
    body: list[list[Any]] = [head]
    for row in rows:
        body.append([_cell(ctx, value, column.numeric) for value, column in zip(row, columns, strict=True)])
    if total is not None:
        body.append([ctx.cell(v, right=c.numeric, bold=True) for v, c in zip(total, columns, strict=True)])
    numeric = tuple(i for i, c in enumerate(columns) if c.numeric)
    table = LongTable(
        body,
        colWidths=[ctx.width * c.width for c in columns],
        repeatRows=1,
        hAlign="LEFT",
        splitByRow=1,
    )
    table.setStyle(table_style(numeric_columns=numeric, has_total=total is not None))
    if total is not None:
        # A total's label may run over the empty cells after it instead of wrapping.
        span = 0
        while span + 1 < len(total) and total[span + 1] == "":
            span += 1
        if span:
            table.setStyle([("SPAN", (0, -1), (span, -1))])
    return table


def _cell(ctx: Context, value: str, numeric: bool) -> Any:
    # Amounts and dates in the base face are drawn as plain strings: much faster on long tables.
    if numeric and all(ctx.fonts.covers(SANS, ch) for ch in value):
        return value
    return ctx.cell(value, right=numeric)


def keep(flowables: Sequence[Flowable]) -> KeepTogether:
    return KeepTogether(list(flowables))


# --- Pages ------------------------------------------------------------------------------------


class _SectionStart(Flowable):
    """Zero-size marker telling the canvas which section the following pages belong to."""

    def __init__(self, number: int, section: Section, on_start: Callable[[], None] | None) -> None:
        super().__init__()
        self.number = number
        self.section = section
        self.on_start = on_start

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        if self.on_start is not None:
            self.on_start()
        self.canv.cw_section = (self.number, self.section)  # type: ignore[attr-defined]


class _Furniture:
    """Draws running header, footer, page numbers and watermark once page counts are known."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.pages = 0
        self.starts: list[int] = []
        self.made_line = ctx.t(MADE_BY, when=ctx.when(ctx.made_at), who=ctx.made_by)

    def draw(self, canv: Canvas, section: Section, page: int, pages: int) -> None:
        width, height = canv._pagesize  # type: ignore[attr-defined]
        if section.watermark:
            self._watermark(canv, section.watermark, width, height)
        if page > 1:
            self._running_header(canv, section, width, height)
        self._footer(canv, section, page, pages, width)

    def _put(self, canv: Canvas, text: str, style: str, x: float, y: float, w: float, bold: bool = False) -> None:
        paragraph = self.ctx.para(text, style, bold=bold)
        _, h = paragraph.wrapOn(canv, w, 40)
        paragraph.drawOn(canv, x, y - h)

    def _running_header(self, canv: Canvas, section: Section, width: float, height: float) -> None:
        top = height - MARGIN_TOP + 20
        half = (width - 2 * MARGIN_X) / 2
        self._put(canv, self.ctx.org.name, "footer", MARGIN_X, top, half, bold=True)
        self._put(canv, section.title, "footer_right", MARGIN_X + half, top, half)
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, top - 13, width - MARGIN_X, top - 13)
        canv.restoreState()

    def _footer(self, canv: Canvas, section: Section, page: int, pages: int, width: float) -> None:
        rule_y = MARGIN_BOTTOM - 12
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)
        canv.restoreState()
        inner = width - 2 * MARGIN_X
        y = rule_y - 3
        if section.confidential:
            notice = section.confidential_notice or self.ctx.t(CONFIDENTIAL_NOTICE)
            self._put(canv, notice, "confidential", MARGIN_X, y, inner)
            y -= 11
        if section.page_label:
            numbering = self.ctx.t(LABELLED_PAGE_OF, label=section.page_label, page=page, pages=pages)
        else:
            numbering = self.ctx.t(PAGE_OF, page=page, pages=pages)
        self._put(canv, self.made_line, "footer", MARGIN_X, y, inner * 0.62)
        self._put(canv, numbering, "footer_right", MARGIN_X + inner * 0.62, y, inner * 0.38)

    def _watermark(self, canv: Canvas, text: str, width: float, height: float) -> None:
        font, shown = self.ctx.fonts.single_font(text, bold=True)
        canv.saveState()
        canv.setFillColor(WATERMARK)
        canv.translate(width / 2, height / 2)
        canv.rotate(40)
        canv.setFont(font, 120)
        canv.drawCentredString(0, -40, shown)
        canv.restoreState()


class _PagedCanvas(Canvas):
    """Holds a section's pages until it ends, so footers can say "page 3 of 7".

    Pages are held as snapshots of the canvas state (the recipe from ReportLab's own examples),
    and written out as soon as the next section starts: a batch of a thousand receipts holds one
    receipt's pages at a time, not the whole batch.
    """

    def __init__(self, *args: Any, furniture: _Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        # Mutated, never rebound: every snapshot refers to this same list.
        self._held_pages: list[dict[str, Any]] = []
        self.cw_section: tuple[int, Section] = (0, Section(title=""))

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        page = dict(self.__dict__)
        held = self._held_pages
        if held and held[0]["cw_section"][0] != page["cw_section"][0]:
            self._write_held()
            self.__dict__.update(page)
        held.append(page)
        self._startPage()

    def _write_held(self) -> None:
        held = self._held_pages
        self._furniture.starts.append(self._furniture.pages)
        for number, state in enumerate(held, start=1):
            self.__dict__.update(state)
            self._furniture.draw(self, state["cw_section"][1], number, len(held))
            Canvas.showPage(self)
        self._furniture.pages += len(held)
        held.clear()

    def save(self) -> None:
        if self._held_pages:
            self._write_held()
        Canvas.save(self)


class _Deferred(Flowable):
    """Stands in the story for a :class:`LazyPart` until the layout reaches it."""

    def __init__(self, number: int, lazy: LazyPart) -> None:
        super().__init__()
        self.number = number
        self.lazy = lazy

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0


class _DocTemplate(BaseDocTemplate):
    def handle_flowable(self, flowables: list[Flowable]) -> None:
        first = flowables[0]
        if isinstance(first, _Deferred):
            flowables[0:1] = _part_flowables(first.number, first.lazy.make())
            return
        super().handle_flowable(flowables)


def _doc_template(target: Any, ctx: Context, info: DocumentInfo) -> BaseDocTemplate:
    width, height = page_size(ctx.org)
    doc = _DocTemplate(
        target,
        pagesize=(width, height),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=ctx.org.name,
        subject=info.subject,
        keywords=", ".join(info.keywords),
        creator="Caseworker",
        initialFontName=SANS,
        lang=ctx.org.language,
        # A reader's window names the document by its title, not its file name (PDF/UA asks this).
        displayDocTitle=True,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def _part_flowables(number: int, part: Part) -> list[Flowable]:
    story: list[Flowable] = [PageBreak()] if number > 1 else []
    story.append(_SectionStart(number, part.section, part.on_start))
    for flowable in part.flowables:
        if isinstance(flowable, Paragraph) and flowable.style.name in HEADING_STYLES:
            story.append(CondPageBreak(HEADING_ROOM))
        story.append(flowable)
    return story


def _build(target: Any, ctx: Context, info: DocumentInfo, parts: Sequence[Part | LazyPart]) -> _Furniture:
    story: list[Flowable] = []
    for number, part in enumerate(parts, start=1):
        if isinstance(part, LazyPart):
            story.append(_Deferred(number, part))
        else:
            story += _part_flowables(number, part)
    if not story:
        story.append(_SectionStart(1, Section(title=info.title), None))
    furniture = _Furniture(ctx)
    doc = _doc_template(target, ctx, info)
    doc.build(story, canvasmaker=partial(_PagedCanvas, furniture=furniture))
    return furniture


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside *path*, moved over it only if the block succeeds.

    Refuses a database or its key file, a folder and a device node (see ``caseworker.outputs``).
    """
    from caseworker.outputs import atomic_output

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # the check below names the folder that cannot be used
    with atomic_output(path) as tmp:
        yield tmp


def write_output(out: Output, produce: Callable[[BinaryIO], None]) -> None:
    """Write to a path atomically, or to a stream only once the whole document exists."""
    if isinstance(out, (str, Path)):
        with atomic_path(Path(out)) as tmp, tmp.open("wb") as handle:
            produce(handle)
    else:
        buffer = io.BytesIO()
        produce(buffer)
        out.write(buffer.getvalue())


def render_parts(
    out: Output,
    *,
    organisation: Organisation,
    made_by: str,
    made_at: datetime,
    translate: Translate | None,
    info: DocumentInfo,
    make_parts: Callable[[Context], Sequence[Part | LazyPart]],
) -> RenderResult:
    """Build the parts into one PDF at *out* and report pages and unprintable characters."""
    ctx = Context(organisation, made_by, made_at, translate or _identity)
    formatting.local(made_at, organisation.time_zone)  # refuses a naive time before any work
    built: list[_Furniture] = []
    with collecting_missing() as missing:

        def produce(handle: BinaryIO) -> None:
            built.append(_build(handle, ctx, info, make_parts(ctx)))

        write_output(out, produce)
    return RenderResult(pages=built[0].pages, missing_characters=tuple(sorted(missing)),
                        starts=tuple(built[0].starts))


def render_bytes(render: Callable[..., RenderResult], doc: object, **kwargs: Any) -> tuple[bytes, RenderResult]:
    """Render any document into memory (for ZIPs and e-mail attachments)."""
    buffer = io.BytesIO()
    result = render(doc, buffer, **kwargs)
    return buffer.getvalue(), result


__all__ = [
    "CONFIDENTIAL_NOTICE",
    "Column",
    "Context",
    "DocumentInfo",
    "Output",
    "LazyPart",
    "Part",
    "RenderResult",
    "Section",
    "Translate",
    "atomic_path",
    "data_table",
    "facts",
    "fitted_image",
    "grid",
    "keep",
    "letterhead",
    "render_bytes",
    "render_parts",
    "write_output",
]
