"""Insight dashboard: casework, aid, grants and donor retention as charts with their figures.

Charts are drawn with ReportLab graphics. Chart geometry needs floats, so Decimal amounts are
converted only to place bars and slices; every number printed is formatted from the Decimal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table

from caseworker.domain.documents import ZERO, DashboardData, MonthlyCases
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


def period_line(ctx: Context, doc: DashboardData) -> str:
    """The period in the same date style as every other document."""
    if doc.period_start is None or doc.period_end is None:
        return doc.period_label
    return ctx.t(N_("{start} to {end}"), start=ctx.date(doc.period_start), end=ctx.date(doc.period_end))


def dashboard_part(ctx: Context, doc: DashboardData) -> Part:
    # ReportLab's chart renderer starts every drawing by selecting its default font: left at
    # Helvetica, that font is referenced (though never used) without being embedded.
    STATE_DEFAULTS["fontName"] = "CW-Sans"
    title = ctx.t(TITLE)
    period = period_line(ctx, doc)
    story: list[Flowable] = letterhead(ctx, title, [period])
    story += _cases(ctx, doc)
    story += _quality(ctx, doc)
    story += _aid(ctx, doc)
    story += _grants(ctx, doc)
    story += _retention(ctx, doc)
    return Part(Section(title=f"{title} {period}"), story)


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


@dataclass(frozen=True)
class Bucket:
    """Months gathered for a chart and table: one month, a quarter or a year."""

    first: date
    last: date
    label: str
    tick: str
    opened: int
    resolved: int
    escalations: int
    #: Only a bucket of one month has a median (medians of months do not add up).
    median: Decimal | None
    #: The period covers only part of it.
    partial: bool


def _month_end(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1) - timedelta(days=1)


def buckets(ctx: Context, doc: DashboardData) -> tuple[str, list[Bucket]]:
    """The months gathered so a chart and its table stay readable at any span: months up to a year and
    a half, quarters up to five years, years beyond; each marked partial where the period cuts it."""
    months = sorted(doc.cases, key=lambda m: m.month)
    if not months:
        return "month", []
    size = "month" if len(months) <= 18 else "quarter" if len(months) <= 60 else "year"
    groups: dict[tuple[int, int], list[MonthlyCases]] = {}
    for m in months:
        key = (m.month.year, m.month.month if size == "month" else
               (m.month.month - 1) // 3 if size == "quarter" else 0)
        groups.setdefault(key, []).append(m)
    found = []
    many_years = months[0].month.year != months[-1].month.year
    for (year, part), group in groups.items():
        if size == "month":
            first = date(year, part, 1)
            last = _month_end(first)
            label = formatting.format_month(first, ctx.tr)
            tick = ctx.t(formatting.MONTHS_SHORT[part - 1]) + (f" {str(year)[-2:]}" if many_years else "")
        elif size == "quarter":
            first = date(year, 3 * part + 1, 1)
            last = _month_end(date(year, 3 * part + 3, 1))
            label = tick = f"Q{part + 1} {year}"
        else:
            first, last = date(year, 1, 1), date(year, 12, 31)
            label = tick = str(year)
        partial = bool((doc.period_start and doc.period_start > first) or (doc.period_end and doc.period_end < last)
                       or len(group) < {"month": 1, "quarter": 3, "year": 12}[size])
        found.append(Bucket(first, last, label + ("*" if partial else ""), tick + ("*" if partial else ""),
                            sum(m.opened for m in group), sum(m.resolved for m in group),
                            sum(m.escalations for m in group),
                            group[0].median_days_to_resolve if size == "month" else None, partial))
    return size, found


def thinned(labels: Sequence[str], most: int) -> list[str]:
    """Every n-th label (the last always kept), so at most about *most* show and none overlap."""
    if len(labels) <= most:
        return list(labels)
    step = math.ceil(len(labels) / most)
    last = len(labels) - 1
    return [text if (index % step == 0 and last - index >= step) or index == last else ""
            for index, text in enumerate(labels)]


def nice_top(value: float) -> tuple[float, float]:
    """A round top for a value axis at or above *value*, and a step giving at most five grid lines."""
    if value <= 0:
        return 4.0, 1.0
    raw = value / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step * math.ceil(value / step), step


def _cases(ctx: Context, doc: DashboardData) -> list[Flowable]:
    story: list[Flowable] = [ctx.heading(N_("Casework"))]
    size, groups = buckets(ctx, doc)
    if not groups or not any(b.opened or b.resolved or b.escalations for b in groups):
        return [*story, _empty(ctx, N_("No cases were opened, resolved or escalated in this period."))]
    width = ctx.width
    per = {"month": N_("Cases per month"), "quarter": N_("Cases per quarter"), "year": N_("Cases per year")}[size]

    bars = Drawing(width * 0.58, 150)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 24, width * 0.58 - 36, 112
    chart.data = [[b.opened for b in groups], [b.resolved for b in groups], [b.escalations for b in groups]]
    chart.categoryAxis.categoryNames = _axis_fonts(ctx, chart.categoryAxis, thinned([b.tick for b in groups], 8))
    _axis_fonts(ctx, chart.valueAxis)
    top, step = nice_top(max(max(row) for row in chart.data))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.barSpacing = 1
    chart.groupSpacing = 6 if len(groups) <= 24 else 2
    for index in range(3):
        chart.bars[index].fillColor = CHART_COLOURS[index]
        chart.bars[index].strokeColor = None
    bars.add(chart)
    bars.add(_caption(ctx, per, 0, 142))

    months = sorted(doc.cases, key=lambda m: m.month)
    medians = [float(m.median_days_to_resolve) if m.median_days_to_resolve is not None else None for m in months]
    if any(v is not None for v in medians):
        line: Flowable = Drawing(width * 0.42, 150)
        lc = HorizontalLineChart()
        lc.x, lc.y, lc.width, lc.height = 28, 24, width * 0.42 - 36, 112
        lc.data = [medians]
        many_years = months[0].month.year != months[-1].month.year
        ticks = [ctx.t(formatting.MONTHS_SHORT[m.month.month - 1]) + (f" {str(m.month.year)[-2:]}" if many_years
                                                                       else "") for m in months]
        lc.categoryAxis.categoryNames = _axis_fonts(ctx, lc.categoryAxis, thinned(ticks, 5))
        _axis_fonts(ctx, lc.valueAxis)
        top, step = nice_top(max(v for v in medians if v is not None))
        lc.valueAxis.valueMin, lc.valueAxis.valueMax, lc.valueAxis.valueStep = 0, top, step
        lc.valueAxis.visibleGrid = True
        lc.valueAxis.gridStrokeColor = RULE
        lc.lines[0].strokeColor = CHART_COLOURS[0]
        lc.lines[0].strokeWidth = 1.6 if len(months) <= 24 else 0.8
        if len(months) <= 12:
            # A month or two make no line: each month shows as a dot.
            lc.lines[0].symbol = makeMarker("FilledCircle", size=4, fillColor=CHART_COLOURS[0])
        line.add(lc)  # type: ignore[attr-defined]
        line.add(_caption(ctx, N_("Median business days to resolve"), 0, 142))  # type: ignore[attr-defined]
    else:
        line = _empty(ctx, N_("No case was resolved in this period, so there is no time to resolve to show."))

    charts = grid([[bars, line]], colWidths=[width * 0.58, width * 0.42])
    charts.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    legend = _legend_row(ctx, [(CHART_COLOURS[0], ctx.t(N_("Opened"))), (CHART_COLOURS[1], ctx.t(N_("Resolved"))),
                               (CHART_COLOURS[2], ctx.t(N_("Escalations")))])
    heading = {"month": N_("Month"), "quarter": N_("Quarter"), "year": N_("Year")}[size]
    columns = [Column(ctx.t(heading), 0.28), Column(ctx.t(N_("Opened")), 0.18, numeric=True),
               Column(ctx.t(N_("Resolved")), 0.18, numeric=True), Column(ctx.t(N_("Escalations")), 0.18, numeric=True)]
    if size == "month":
        columns.append(Column(ctx.t(N_("Median days")), 0.18, numeric=True))
    rows = []
    for b in groups:
        row = [b.label, str(b.opened), str(b.resolved), str(b.escalations)]
        if size == "month":
            row.append(formatting.format_number(b.median, 1) if b.median is not None else "–")
        rows.append(row)
    total = [ctx.t(N_("Total")), str(sum(b.opened for b in groups)), str(sum(b.resolved for b in groups)),
             str(sum(b.escalations for b in groups))] + ([""] if size == "month" else [])
    story = [keep([*story, charts, legend]), Spacer(1, 6), data_table(ctx, columns, rows, total=total)]
    if any(b.partial for b in groups):
        what = {"month": N_("* Part of the month only: the period runs from {start} to {end}."),
                "quarter": N_("* Part of the quarter only: the period runs from {start} to {end}."),
                "year": N_("* Part of the year only: the period runs from {start} to {end}.")}[size]
        start = doc.period_start or groups[0].first
        end = doc.period_end or groups[-1].last
        story.append(ctx.para(ctx.t(what, start=ctx.date(start), end=ctx.date(end)), "small"))
    return story


def _quality(ctx: Context, doc: DashboardData) -> list[Flowable]:
    """The service-quality figures of the Insight section."""
    q = doc.quality
    if q is None:
        return []
    story: list[Flowable] = [ctx.heading(N_("Service quality"))]
    if not q.resolved and not q.open_now:
        return [*story, _empty(ctx, N_("No case was resolved in this period."))]
    judged = q.acceptable_yes + q.acceptable_partly + q.acceptable_no

    def share(n: int, of: int) -> str:
        return f"{n} ({formatting.format_percent(Decimal(n) / Decimal(of))})" if of else str(n)

    rows = [
        [ctx.t(N_("Cases resolved")), str(q.resolved)],
        [ctx.t(N_("Resolved within target")), share(q.within_target, q.resolved)],
        [ctx.t(N_("Resolved without a specialist")), share(q.resolved_alone, q.resolved)],
        [ctx.t(N_("Outcome acceptable to the client")), share(q.acceptable_yes, judged)],
        [ctx.t(N_("Partly acceptable")), share(q.acceptable_partly, judged)],
        [ctx.t(N_("Not acceptable")), share(q.acceptable_no, judged)],
        [ctx.t(N_("Mean satisfaction (1 to 5)")),
         formatting.format_number(q.mean_satisfaction, 1) if q.mean_satisfaction is not None else "–"],
        [ctx.t(N_("Open now")), str(q.open_now)],
        [ctx.t(N_("Overdue now")), str(q.overdue_now)],
    ]
    columns = [Column(ctx.t(N_("Measure")), 0.5), Column(ctx.t(N_("Figure")), 0.2, numeric=True)]
    return [keep([*story, data_table(ctx, columns, rows)])]


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
    columns = [Column(ctx.t(N_("Year")), 0.12), Column(ctx.t(N_("Donors")), 0.1, numeric=True),
               Column(ctx.t(N_("Retained")), 0.11, numeric=True), Column(ctx.t(N_("Rate")), 0.1, numeric=True)]
    if all(r.rate is None for r in doc.retention):
        rows = [[str(r.year), str(r.donors), "–", "–"] for r in doc.retention]
        return [keep([*story, _empty(ctx, N_("Retention compares each year's donors with the year before's: it "
                                             "needs donors in two years running.")),
                      data_table(ctx, columns, rows)])]
    years = thinned([str(r.year) for r in doc.retention], 6)
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
    rows = [[str(r.year), str(r.donors), str(r.retained), formatting.format_percent(r.rate)] for r in doc.retention]
    table = data_table(ctx, columns, rows)
    layout = grid([[drawing, table]], colWidths=[ctx.width * 0.56, ctx.width * 0.44])
    layout.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [keep([*story, layout])]

