"""Grant application summary and grant report for a period."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.platypus import Flowable

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
    letterhead,
    render_parts,
)
from caseworker.reports.data import (
    ZERO,
    BudgetLine,
    Deadline,
    GrantApplicationData,
    GrantFacts,
    GrantReportData,
    NarrativeSection,
)

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
    return Part(Section(title=title), story)


def grant_report_part(ctx: Context, doc: GrantReportData) -> Part:
    title = ctx.t(REPORT_TITLE)
    period = ctx.t(N_("{start} to {end}"), start=ctx.date(doc.period_start), end=ctx.date(doc.period_end))
    story: list[Flowable] = letterhead(ctx, title, [*_title_lines(ctx, doc.grant), period])
    story += _grant_facts(ctx, doc.grant)
    if doc.budget:
        story += [ctx.heading(N_("Spending against budget")), _budget_table(ctx, doc.budget, with_period=True)]
    met = tuple(d for d in doc.deadlines if d.met_on is not None)
    open_ = tuple(d for d in doc.deadlines if d.met_on is None)
    story.append(ctx.heading(N_("Deadlines met")))
    story.append(_deadline_table(ctx, met, as_of=doc.as_of) if met else ctx.para(ctx.t(N_("None yet.")), "small"))
    story.append(ctx.heading(N_("Deadlines coming")))
    story.append(_deadline_table(ctx, open_, as_of=doc.as_of) if open_ else ctx.para(ctx.t(N_("None.")), "small"))
    story += _narrative(ctx, doc.narrative)
    return Part(Section(title=title), story)


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
    if grant.funder_contact:
        pairs.append((ctx.t(N_("Funder contact")), grant.funder_contact))
    if grant.report_schedule:
        pairs.append((ctx.t(N_("Reports due")), grant.report_schedule))
    return [
        ctx.heading(N_("Grant")),
        facts(ctx, pairs),
        ctx.para(ctx.t(N_("Purpose")), "subheading"),
        *ctx.text_block(grant.purpose),
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
