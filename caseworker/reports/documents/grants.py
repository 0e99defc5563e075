"""Grant application summary and grant report for a period."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.platypus import Flowable, Spacer

from caseworker.domain.documents import (
    ZERO,
    BudgetLine,
    Deadline,
    GrantApplicationData,
    GrantFacts,
    GrantReportData,
    NarrativeSection,
)
from caseworker.domain.grant_targets import share_of_target
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
from caseworker.reports.formatting import format_percent
from caseworker.reports.styles import INK

APPLICATION_TITLE = N_("Grant application summary")
REPORT_TITLE = N_("Grant report")


def render_grant_application(
    doc: GrantApplicationData,
    out: Output,
    *,
    made_by: str,
    made_at: datetime,
    translate: Translate | None = None,
) -> RenderResult:
    tr = translate or str
    info = DocumentInfo(title=tr(APPLICATION_TITLE), subject=f"{doc.grant.funder} — {doc.grant.programme}",
                        keywords=("grant",))
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at,
                        translate=translate, info=info,
                        make_parts=lambda ctx: [grant_application_part(ctx, doc)])


def render_grant_report(
    doc: GrantReportData,
    out: Output,
    *,
    made_by: str,
    made_at: datetime,
    translate: Translate | None = None,
) -> RenderResult:
    tr = translate or str
    info = DocumentInfo(title=tr(REPORT_TITLE), subject=f"{doc.grant.funder} — {doc.grant.programme}",
                        keywords=("grant", "report"))
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at,
                        translate=translate, info=info,
                        make_parts=lambda ctx: [grant_report_part(ctx, doc)])


def grant_application_part(ctx: Context, doc: GrantApplicationData) -> Part:
    title = ctx.t(APPLICATION_TITLE)
    story: list[Flowable] = letterhead(ctx, title, _title_lines(ctx, doc.grant))
    story += _grant_facts(ctx, doc.grant)
    if doc.budget:
        story += [ctx.heading(N_("Budget")), _budget_table(ctx, doc.budget, with_period=False)]
    if doc.deadlines:
        story += [ctx.heading(N_("Key dates")), _deadline_table(ctx, doc.deadlines, as_of=None)]
    if doc.checklist:
        story.append(ctx.heading(N_("Checklist")))
        columns = [Column(ctx.t(N_("Item")), 0.8), Column(ctx.t(N_("Done")), 0.2)]
        rows = [[item.text, ctx.t(N_("Yes")) if item.done else ctx.t(N_("Not yet"))] for item in doc.checklist]
        story.append(data_table(ctx, columns, rows))
    story += _narrative(ctx, doc.narrative)
    # A client named as the applicant makes this an internal, confidential paper.
    return Part(Section(title=title, confidential=doc.grant.client_named), story)


def grant_report_part(ctx: Context, doc: GrantReportData) -> Part:
    title = ctx.t(REPORT_TITLE)
    period = ctx.t(N_("Reporting period {start} to {end}"), start=ctx.date(doc.period_start),
                   end=ctx.date(doc.period_end))
    story: list[Flowable] = letterhead(ctx, title, [*_title_lines(ctx, doc.grant), period])
    story += _grant_facts(ctx, doc.grant)
    if doc.report_due is not None:
        story.append(ctx.para(ctx.t(N_("This report is due on {date}."), date=ctx.date(doc.report_due))))
    if doc.aid_payments:
        story.append(ctx.heading(N_("Outputs this period")))
        columns = [Column(ctx.t(N_("Output")), 0.7), Column(ctx.t(N_("This period")), 0.3, numeric=True)]
        story.append(data_table(ctx, columns, [
            [ctx.t(N_("People helped with aid paid from this grant")), str(doc.people_helped)],
            [ctx.t(N_("Aid payments made from this grant")), str(doc.aid_payments)]]))
    story += _against_targets(ctx, doc)
    story.append(ctx.heading(N_("Spending against budget")))
    if doc.budget:
        story.append(_budget_table(ctx, doc.budget, with_period=True))
        story += _variances(ctx, doc)
    else:
        story.append(ctx.para(ctx.t(N_("The grant has no budget lines yet.")), "small"))
    story += _reconciliation(ctx, doc)
    met = tuple(d for d in doc.deadlines if d.met_on is not None)
    overdue = tuple(d for d in doc.deadlines if d.met_on is None and d.due < doc.as_of)
    coming = tuple(d for d in doc.deadlines if d.met_on is None and d.due >= doc.as_of)
    story.append(ctx.heading(N_("Deadlines met")))
    story.append(_deadline_table(ctx, met, as_of=doc.as_of) if met else ctx.para(ctx.t(N_("None yet.")), "small"))
    if overdue:
        story += [ctx.heading(N_("Overdue")), _deadline_table(ctx, overdue, as_of=doc.as_of)]
    story.append(ctx.heading(N_("Deadlines coming")))
    story.append(_deadline_table(ctx, coming, as_of=doc.as_of) if coming else ctx.para(ctx.t(N_("None.")), "small"))
    story.append(ctx.heading(N_("Narrative")))
    if doc.progress.strip():
        story += [ctx.para(ctx.t(N_("Progress this period")), "subheading"), *ctx.text_block(doc.progress)]
    if doc.narrative:
        story += _narrative(ctx, doc.narrative)
    elif not doc.progress.strip():
        story.append(ctx.para(ctx.t(N_("No narrative has been written for this grant.")), "small"))
    story += _certification(ctx, doc)
    return Part(Section(title=title), story)


def _against_targets(ctx: Context, doc: GrantReportData) -> list[Flowable]:
    """The application's targets, each with this period, the grant to date and the share of the
    target reached; then the people served by each characteristic the funder asks about."""
    if not doc.targets and not doc.demographics:
        return []
    story: list[Flowable] = [ctx.heading(N_("Outputs and outcomes against targets"))]
    if doc.targets:
        columns = [Column(ctx.t(N_("Measure")), 0.4), Column(ctx.t(N_("Target")), 0.14, numeric=True),
                   Column(ctx.t(N_("This period")), 0.15, numeric=True),
                   Column(ctx.t(N_("Grant to date")), 0.16, numeric=True),
                   Column(ctx.t(N_("Of target")), 0.15, numeric=True)]
        rows = []
        for row in doc.targets:
            share = share_of_target(row.to_date, row.target)
            rows.append([row.label if row.named else ctx.t(row.label),
                         _count(row.target), _count(row.this_period), _count(row.to_date),
                         format_percent(share) if share is not None else "—"])
        story.append(data_table(ctx, columns, rows))
        story.append(ctx.para(ctx.t(N_("Outputs are counted from the organisation's casework and aid records for "
                                        "the period; outcomes are as the organisation recorded them. Targets are "
                                        "for the whole grant.")), "small"))
    for tally in doc.demographics:
        story.append(ctx.para(ctx.t(N_("People served this period by {what}"), what=ctx.t(tally.title).lower()),
                              "subheading"))
        if not tally.rows:
            story.append(ctx.para(ctx.t(N_("Nobody was served in this period.")), "small"))
            continue
        columns = [Column(ctx.t(tally.title), 0.7), Column(ctx.t(N_("People")), 0.3, numeric=True)]
        story.append(data_table(ctx, columns, [[ctx.t(label), str(n)] for label, n in tally.rows]))
    return story


def _count(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def _variances(ctx: Context, doc: GrantReportData) -> list[Flowable]:
    """Budget lines spent beyond their budget, each named with its overspend."""
    over = [line for line in doc.budget if line.spent > line.budget]
    return [ctx.para(ctx.t(N_("{category} is over its budget by {amount}."), category=line.category,
                           amount=ctx.money(line.spent - line.budget)), "small") for line in over]


def _reconciliation(ctx: Context, doc: GrantReportData) -> list[Flowable]:
    gap = doc.unallocated
    if gap is None:
        return []
    awarded = doc.grant.awarded or ZERO
    if gap == ZERO:
        text = ctx.t(N_("The budget lines add up to the award of {award}."), award=ctx.money(awarded))
        return [ctx.para(text, "small")]
    if gap > ZERO:
        text = ctx.t(N_("The budget lines add up to {budget}; the award is {award}: {gap} of the award is not yet "
                        "allocated to a budget line."), budget=ctx.money(doc.budget_total), award=ctx.money(awarded),
                     gap=ctx.money(gap))
    else:
        text = ctx.t(N_("The budget lines add up to {budget}, {gap} more than the award of {award}."),
                     budget=ctx.money(doc.budget_total), award=ctx.money(awarded), gap=ctx.money(-gap))
    return [ctx.boxed(text, warning=True)]


def _certification(ctx: Context, doc: GrantReportData) -> list[Flowable]:
    statement = ctx.t(N_("I certify that this report is correct and that the grant was spent on the purposes for "
                         "which {funder} awarded it to {organisation}."), funder=doc.grant.funder,
                      organisation=doc.organisation.name)
    rows = [[ctx.para(ctx.t(label), "label"), ""] for label in
            (N_("Name"), N_("Position"), N_("Signature"), N_("Date"))]
    table = grid(rows, colWidths=[ctx.width * 0.2, ctx.width * 0.5], hAlign="LEFT")
    table.setStyle([("LINEBELOW", (1, 0), (1, -1), 0.6, INK), ("TOPPADDING", (0, 0), (-1, -1), 14),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [keep([ctx.heading(N_("Certification")), ctx.para(statement), Spacer(1, 4), table])]


def _title_lines(ctx: Context, grant: GrantFacts) -> list[str]:
    lines = [grant.funder, grant.programme]
    if grant.reference:
        lines.append(ctx.t(N_("Ref. {reference}"), reference=grant.reference))
    return lines


def _grant_facts(ctx: Context, grant: GrantFacts) -> list[Flowable]:
    pairs = [
        (ctx.t(N_("Funder")), grant.funder),
        (ctx.t(N_("Programme")), grant.programme),
        (ctx.t(N_("Applicant")), grant.applicant),
        (ctx.t(N_("Stage")), grant.stage),
        (ctx.t(N_("Requested")), ctx.money(grant.requested)),
        (ctx.t(N_("Awarded")), ctx.money(grant.awarded) if grant.awarded is not None else ctx.t(N_("Not decided"))),
    ]
    if grant.grant_start and grant.grant_end:
        pairs.append((ctx.t(N_("Grant period")), ctx.t(N_("{start} to {end}"), start=ctx.date(grant.grant_start),
                                                       end=ctx.date(grant.grant_end))))
    if grant.report_schedule:
        pairs.append((ctx.t(N_("Reports due")), grant.report_schedule))
    contact: list[Flowable] = []
    if grant.funder_contact:
        # A line of its own, the width of the page: an e-mail address is never split inside a narrow cell.
        contact = [facts(ctx, [(ctx.t(N_("Funder contact")), grant.funder_contact)], columns=1)]
    return [
        ctx.heading(N_("Grant")),
        facts(ctx, pairs),
        *contact,
        *([ctx.para(ctx.t(N_("Purpose")), "subheading"), *ctx.text_block(grant.purpose)] if grant.purpose.strip()
          else []),
    ]


def _budget_table(ctx: Context, lines: Sequence[BudgetLine], *, with_period: bool) -> Flowable:
    columns = [Column(ctx.t(N_("Budget category")), 0.34 if with_period else 0.4),
               Column(ctx.t(N_("Budget")), 0.165 if with_period else 0.2, numeric=True)]
    if with_period:
        columns.append(Column(ctx.t(N_("This period")), 0.165, numeric=True))
    columns += [Column(ctx.t(N_("Spent to date")), 0.165 if with_period else 0.2, numeric=True),
                Column(ctx.t(N_("Remaining")), 0.165 if with_period else 0.2, numeric=True)]
    rows = []
    for line in lines:
        row = [line.category, ctx.money(line.budget)]
        if with_period:
            row.append(ctx.money(line.spent_in_period if line.spent_in_period is not None else ZERO))
        row += [ctx.money(line.spent), ctx.money(line.remaining)]
        rows.append(row)
    total = [ctx.t(N_("Total")), ctx.money(sum((line.budget for line in lines), ZERO))]
    if with_period:
        total.append(ctx.money(sum((line.spent_in_period or ZERO for line in lines), ZERO)))
    total += [ctx.money(sum((line.spent for line in lines), ZERO)),
              ctx.money(sum((line.remaining for line in lines), ZERO))]
    return data_table(ctx, columns, rows, total=total)


def _deadline_state(ctx: Context, deadline: Deadline, as_of: date | None) -> str:
    if deadline.met_on is not None:
        late = deadline.met_on > deadline.due
        return ctx.t(N_("Met {date} (late)") if late else N_("Met {date}"), date=ctx.date(deadline.met_on))
    if as_of is not None and deadline.due < as_of:
        return ctx.t(N_("Overdue"))
    return ctx.t(N_("Coming"))


def _deadline_table(ctx: Context, deadlines: Sequence[Deadline], *, as_of: date | None) -> Flowable:
    columns = [Column(ctx.t(N_("What")), 0.5), Column(ctx.t(N_("Due")), 0.2), Column(ctx.t(N_("State")), 0.3)]
    rows = [[d.label, ctx.date(d.due), _deadline_state(ctx, d, as_of)] for d in sorted(deadlines, key=lambda d: d.due)]
    return data_table(ctx, columns, rows)


def _narrative(ctx: Context, sections: Sequence[NarrativeSection]) -> list[Flowable]:
    story: list[Flowable] = []
    for section in sections:
        story.append(ctx.para(section.heading, "heading"))
        story += ctx.text_block(section.text)
    return story
