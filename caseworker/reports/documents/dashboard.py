"""Insight dashboard: casework, aid, grants and donor retention as charts with their figures.

Charts are drawn with ReportLab graphics. Chart geometry needs floats, so Decimal amounts are
converted only to place bars and slices; every number printed is formatted from the Decimal.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table

from caseworker.domain.i18n import N_
from caseworker.reports import formatting
from caseworker.reports.base import (
    Column,
    Context,
    DocumentInfo,
    Output,
    Part,
    RenderResult,
    Section,
    Translate,
    data_table,
    grid,
    keep,
    letterhead,
    render_parts,
)
from caseworker.reports.data import ZERO, DashboardData
from caseworker.reports.styles import CHART_COLOURS, INK, MUTED, RULE

TITLE = N_("Dashboard")
CHART_FONT_SIZE = 7


def render_dashboard(
    doc: DashboardData,
    out: Output,
    *,
    made_by: str,
    made_at: datetime,
    translate: Translate | None = None,
) -> RenderResult:
    info = DocumentInfo(title=f"{(translate or str)(TITLE)} {doc.period_label}", subject=doc.period_label,
                        keywords=("dashboard",))
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at,
                        translate=translate, info=info, make_parts=lambda ctx: [dashboard_part(ctx, doc)])


def dashboard_part(ctx: Context, doc: DashboardData) -> Part:
    title = ctx.t(TITLE)
    story: list[Flowable] = letterhead(ctx, title, [doc.period_label])
    story += _cases(ctx, doc)
    story += _aid(ctx, doc)
    story += _grants(ctx, doc)
    story += _retention(ctx, doc)
    return Part(Section(title=f"{title} {doc.period_label}"), story)


def _label(ctx: Context, text: str) -> tuple[str, str]:
    return ctx.fonts.single_font(text)


def _axis_fonts(ctx: Context, axis: object, labels: Sequence[str] | None = None) -> list[str]:
    shown = []
    font = "CW-Sans"
    for text in labels or ():
        font, value = _label(ctx, text)
        shown.append(value)
    axis.labels.fontName = font  # type: ignore[attr-defined]
    axis.labels.fontSize = CHART_FONT_SIZE  # type: ignore[attr-defined]
    axis.labels.fillColor = MUTED  # type: ignore[attr-defined]
    axis.strokeColor = RULE  # type: ignore[attr-defined]
    return shown


def _legend(ctx: Context, items: Sequence[tuple[colors.Color, str] | tuple[colors.Color, str, str]]) -> Table:
    """A legend as table rows so names in any script print with the right fonts.

    A figure beside a name gets its own right-aligned cell: mixed into one line with a
    right-to-left name, the bidi algorithm would reorder the amount too.
    """
    rows = []
    for colour, text, *figure in items:
        swatch = Drawing(8, 8)
        swatch.add(Rect(0, 0, 8, 8, fillColor=colour, strokeColor=None))
        rows.append([swatch, ctx.para(text, "small"), *(ctx.para(f, "small_right") for f in figure)])
    widths = [12, None] if len(rows[0]) == 2 else [12, 150, 110]
    table = grid(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    return table


def _legend_row(ctx: Context, items: Sequence[tuple[colors.Color, str]]) -> Table:
    cells: list[object] = []
    for colour, text in items:
        swatch = Drawing(8, 8)
        swatch.add(Rect(0, 0, 8, 8, fillColor=colour, strokeColor=None))
        cells += [swatch, ctx.para(text, "small")]
    table = grid([cells], colWidths=[12, 70] * len(items), hAlign="LEFT")
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return table


def _empty(ctx: Context, message: str) -> Flowable:
    return ctx.para(ctx.t(message), "small")


def _cases(ctx: Context, doc: DashboardData) -> list[Flowable]:
    story: list[Flowable] = [ctx.heading(N_("Casework"))]
    if not doc.cases:
        return [*story, _empty(ctx, N_("No cases in this period."))]
    months = [formatting.format_month(m.month, ctx.tr) for m in doc.cases]
    ticks = _month_ticks(ctx, doc)
    width = ctx.width

    bars = Drawing(width * 0.58, 150)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 24, width * 0.58 - 36, 112
    chart.data = [[m.opened for m in doc.cases], [m.resolved for m in doc.cases], [m.escalations for m in doc.cases]]
    chart.categoryAxis.categoryNames = _axis_fonts(ctx, chart.categoryAxis, ticks)
    _axis_fonts(ctx, chart.valueAxis)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for index in range(3):
        chart.bars[index].fillColor = CHART_COLOURS[index]
        chart.bars[index].strokeColor = None
    bars.add(chart)
    bars.add(_caption(ctx, N_("Cases per month"), 0, 142))

    line = Drawing(width * 0.42, 150)
    lc = HorizontalLineChart()
    lc.x, lc.y, lc.width, lc.height = 28, 24, width * 0.42 - 36, 112
    medians = [float(m.median_days_to_resolve) if m.median_days_to_resolve is not None else None for m in doc.cases]
    lc.data = [medians]
    _at_least_a_point(lc)
    lc.categoryAxis.categoryNames = _axis_fonts(
        ctx, lc.categoryAxis, _month_ticks(ctx, doc, every=2 if len(doc.cases) > 8 else 1)
    )
    _axis_fonts(ctx, lc.valueAxis)
    lc.valueAxis.valueMin = 0
    lc.valueAxis.visibleGrid = True
    lc.valueAxis.gridStrokeColor = RULE
    lc.lines[0].strokeColor = CHART_COLOURS[0]
    lc.lines[0].strokeWidth = 1.6
    line.add(lc)
    line.add(_caption(ctx, N_("Median business days to resolve"), 0, 142))

    charts = grid([[bars, line]], colWidths=[width * 0.58, width * 0.42])
    charts.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    legend = _legend_row(ctx, [(CHART_COLOURS[0], ctx.t(N_("Opened"))), (CHART_COLOURS[1], ctx.t(N_("Resolved"))),
                               (CHART_COLOURS[2], ctx.t(N_("Escalations")))])
    columns = [Column(ctx.t(N_("Month")), 0.28), Column(ctx.t(N_("Opened")), 0.18, numeric=True),
               Column(ctx.t(N_("Resolved")), 0.18, numeric=True), Column(ctx.t(N_("Escalations")), 0.18, numeric=True),
               Column(ctx.t(N_("Median days")), 0.18, numeric=True)]
    rows = [[name, str(m.opened), str(m.resolved), str(m.escalations),
             formatting.format_number(m.median_days_to_resolve, 1) if m.median_days_to_resolve is not None else "–"]
            for name, m in zip(months, doc.cases, strict=True)]
    total = [ctx.t(N_("Total")), str(sum(m.opened for m in doc.cases)), str(sum(m.resolved for m in doc.cases)),
             str(sum(m.escalations for m in doc.cases)), ""]
    return [keep([*story, charts, legend]), Spacer(1, 6), data_table(ctx, columns, rows, total=total)]


def _month_ticks(ctx: Context, doc: DashboardData, *, every: int = 1) -> list[str]:
    """Short month names (the period is in the title); every n-th only where space is tight."""
    return [
        ctx.t(formatting.MONTHS_SHORT[m.month.month - 1]) if index % every == 0 else ""
        for index, m in enumerate(doc.cases)
    ]


def _caption(ctx: Context, message: str, x: float, y: float) -> String:
    font, text = _label(ctx, ctx.t(message))
    return String(x, y, text, fontName=font, fontSize=8, fillColor=INK)


def _aid(ctx: Context, doc: DashboardData) -> list[Flowable]:
    story: list[Flowable] = [ctx.heading(N_("Aid by fund"))]
    funds = [f for f in doc.aid_by_fund if f.amount > 0]
    if not funds:
        return [*story, _empty(ctx, N_("No aid was given in this period."))]
    total = sum((f.amount for f in funds), ZERO)
    pie_drawing = Drawing(150, 130)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 10, 5, 120, 120
    pie.data = [float(f.amount) for f in funds]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for index in range(len(funds)):
        pie.slices[index].fillColor = CHART_COLOURS[index % len(CHART_COLOURS)]
    pie_drawing.add(pie)
    legend = _legend(ctx, [
        (CHART_COLOURS[i % len(CHART_COLOURS)], f.fund,
         f"{ctx.money(f.amount)} ({formatting.format_percent(f.amount / total)})")
        for i, f in enumerate(funds)
    ])
    legend_rows = [[legend], [ctx.para(ctx.t(N_("Total: {amount}"), amount=ctx.money(total)), "body", bold=True)]]
    side = grid(legend_rows, hAlign="LEFT")
    side.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)])
    layout = grid([[pie_drawing, side]], colWidths=[160, ctx.width - 160])
    layout.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [keep([*story, layout])]


def _grants(ctx: Context, doc: DashboardData) -> list[Flowable]:
    g = doc.grants
    rate = g.success_rate
    rows = [
        [ctx.t(N_("Applications submitted")), str(g.submitted)],
        [ctx.t(N_("Awarded")), str(g.awarded)],
        [ctx.t(N_("Declined")), str(g.declined)],
        [ctx.t(N_("Awaiting a decision")), str(g.pending)],
        [ctx.t(N_("Success rate (of decided)")), formatting.format_percent(rate)],
        [ctx.t(N_("Amount awarded")), ctx.money(g.awarded_amount)],
    ]
    columns = [Column(ctx.t(N_("Grants")), 0.45), Column(ctx.t(N_("Figure")), 0.2, numeric=True)]
    table = data_table(ctx, columns, rows)
    bar = Drawing(ctx.width * 0.33, 70)
    share = float(rate) if rate is not None else 0.0
    bar_w = ctx.width * 0.3
    bar.add(Rect(0, 30, bar_w, 14, fillColor=colors.HexColor("#e8edf3"), strokeColor=None))
    bar.add(Rect(0, 30, bar_w * share, 14, fillColor=CHART_COLOURS[1], strokeColor=None))
    font, caption = _label(ctx, ctx.t(N_("Success rate")))
    bar.add(String(0, 50, caption, fontName=font, fontSize=8, fillColor=INK))
    bar.add(String(0, 18, formatting.format_percent(rate), fontName="CW-Sans-Bold", fontSize=9, fillColor=INK))
    layout = grid([[table, bar]], colWidths=[ctx.width * 0.67, ctx.width * 0.33])
    layout.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [keep([ctx.heading(N_("Grants")), layout])]


def _at_least_a_point(chart: HorizontalLineChart) -> None:
    """A series with fewer than two values is drawn as a dot: ReportLab cannot draw a one-point line."""
    if sum(v is not None for v in chart.data[0]) < 2:
        from reportlab.graphics.widgets.markers import makeMarker

        chart.joinedLines = 0
        chart.lines[0].symbol = makeMarker("FilledCircle", size=4)


def _retention(ctx: Context, doc: DashboardData) -> list[Flowable]:
    story: list[Flowable] = [ctx.heading(N_("Donor retention"))]
    if not doc.retention:
        return [*story, _empty(ctx, N_("No donors in this period."))]
    years = [str(r.year) for r in doc.retention]
    drawing = Drawing(ctx.width * 0.55, 140)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 30, 20, ctx.width * 0.55 - 40, 100
    chart.data = [[float(r.rate * 100) if r.rate is not None else None for r in doc.retention]]
    _at_least_a_point(chart)
    chart.categoryAxis.categoryNames = _axis_fonts(ctx, chart.categoryAxis, years)
    _axis_fonts(ctx, chart.valueAxis)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.lines[0].strokeColor = CHART_COLOURS[3]
    chart.lines[0].strokeWidth = 1.6
    drawing.add(chart)
    drawing.add(_caption(ctx, N_("Retention rate"), 0, 128))
    columns = [Column(ctx.t(N_("Year")), 0.12), Column(ctx.t(N_("Donors")), 0.1, numeric=True),
               Column(ctx.t(N_("Retained")), 0.11, numeric=True), Column(ctx.t(N_("Rate")), 0.1, numeric=True)]
    rows = [[str(r.year), str(r.donors), str(r.retained), formatting.format_percent(r.rate)] for r in doc.retention]
    table = data_table(ctx, columns, rows)
    layout = grid([[drawing, table]], colWidths=[ctx.width * 0.56, ctx.width * 0.44])
    layout.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [keep([*story, layout])]

