"""Grant outputs: the figures a funder's report form asks for, one page that drops into the grant
report. People are counted, never named.

The bar chart uses the same colours as the window (``domain.palette``); amounts are printed from
their Decimals, and floats only place the bars.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.platypus import Flowable

from caseworker.domain.documents import GrantOutputsData
from caseworker.domain.grant_outputs import Tally
from caseworker.domain.i18n import N_
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
    facts,
    grid,
    keep,
    letterhead,
    render_parts,
)
from caseworker.reports.styles import CHART_COLOURS, INK, MUTED

TITLE = N_("Grant outputs")


def render_grant_outputs(doc: GrantOutputsData, out: Output, *, made_by: str, made_at: datetime,
                         translate: Translate | None = None) -> RenderResult:
    o = doc.outputs
    info = DocumentInfo(title=f"{(translate or str)(TITLE)}: {o.title}", subject=o.funder,
                        keywords=("grant", "outputs"))
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at,
                        translate=translate, info=info, make_parts=lambda ctx: [grant_outputs_part(ctx, doc)])


def grant_outputs_part(ctx: Context, doc: GrantOutputsData) -> Part:
    o = doc.outputs
    title = ctx.t(TITLE)
    period = f"{ctx.date(o.period.start)} – {ctx.date(o.period.end)}"
    story: list[Flowable] = letterhead(ctx, title, [o.title, o.funder, period])
    story.append(facts(ctx, [
        (ctx.t(N_("People served")), str(o.people_served)),
        (ctx.t(N_("New people served")), str(o.new_people)),
        (ctx.t(N_("Cases opened")), str(o.cases_opened)),
        (ctx.t(N_("Cases resolved")), str(o.cases_resolved)),
        (ctx.t(N_("Aid payments")), str(o.aid_payments)),
        (ctx.t(N_("Aid paid")), ctx.money(o.aid_amount)),
        (ctx.t(N_("Awarded")), ctx.money(o.awarded) if o.awarded is not None else "—"),
        (ctx.t(N_("Spent from this grant")), ctx.money(o.spent)),
        (ctx.t(N_("People reached through its spending")), str(o.reached)),
        (ctx.t(N_("Aid paid through its spending")), ctx.money(o.reached_amount)),
    ]))
    story.append(keep([ctx.heading(N_("Age on the last day of the period")), _bars(ctx, o.age_bands)]))
    tables = []
    for heading, tallies in ((N_("Languages"), o.languages), (N_("Areas (postcode district)"), o.districts),
                             (N_("Gender (as recorded)"), o.genders), (N_("Household size"), o.household_sizes)):
        rows = [[ctx.t(t.label) if t.label in ("other", "not recorded") else t.label, str(t.people)]
                for t in tallies] or [[ctx.t(N_("Nobody was served in this period.")), ""]]
        tables.append([ctx.heading(heading), data_table(
            ctx, [Column(ctx.t(heading), 0.33), Column(ctx.t(N_("People")), 0.13, numeric=True)], rows)])
    side_by_side = grid([tables[:2], tables[2:]], colWidths=[ctx.width * 0.5, ctx.width * 0.5])
    side_by_side.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    story.append(side_by_side)
    if o.aid_by_fund:
        rows = [[f.fund, str(f.payments), ctx.money(f.amount)] for f in o.aid_by_fund]
        story.append(keep([ctx.heading(N_("Aid paid by fund")), data_table(
            ctx, [Column(ctx.t(N_("Fund")), 0.5), Column(ctx.t(N_("Payments")), 0.2, numeric=True),
                  Column(ctx.t(N_("Amount")), 0.3, numeric=True)], rows,
            total=[ctx.t(N_("Total")), str(o.aid_payments), ctx.money(o.aid_amount)])]))
    if o.not_recorded:
        story.append(ctx.para(ctx.t(N_("Not recorded in client records, so not reported: {what}."),
                                    what=", ".join(ctx.t(w) for w in o.not_recorded)), "small"))
    return Part(Section(title=f"{title}: {o.title}"), story)


def _bars(ctx: Context, tallies: Sequence[Tally]) -> Flowable:
    """One labelled horizontal bar per band, the count written at its end."""
    row_h, label_w = 13, 90
    drawing = Drawing(ctx.width, row_h * len(tallies) + 4)
    top = max((t.people for t in tallies), default=0)
    span = ctx.width - label_w - 50
    for i, t in enumerate(tallies):
        y = drawing.height - (i + 1) * row_h
        label = ctx.t(t.label) if t.label == "not recorded" else t.label
        font, text = ctx.fonts.single_font(label)
        drawing.add(String(label_w - 6, y + 4, text, fontName=font, fontSize=8, fillColor=INK, textAnchor="end"))
        width = span * t.people / top if top else 0
        drawing.add(Rect(label_w, y + 2, width, row_h - 5, fillColor=CHART_COLOURS[0], strokeColor=None))
        drawing.add(String(label_w + width + 4, y + 4, str(t.people), fontName="CW-Sans", fontSize=8,
                           fillColor=MUTED if not t.people else INK))
    return grid([[drawing]], colWidths=[ctx.width])
