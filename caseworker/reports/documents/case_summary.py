"""Case summary: the client's flags first, then the case, its history, notes and outcome."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable, Spacer

from caseworker.domain.documents import CaseSummaryData
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
from caseworker.reports.labels import ACCEPTABILITY, CASE_STATUS, HANDOFF_STATE

TITLE = N_("Case summary")
NOTES_WITHHELD = N_("Case notes are not included for your role.")


def render_case_summary(
    doc: CaseSummaryData,
    out: Output,
    *,
    made_by: str,
    made_at: datetime,
    translate: Translate | None = None,
) -> RenderResult:
    info = DocumentInfo(
        title=f"{translate(TITLE) if translate else TITLE} {doc.reference}",
        subject=doc.client.name,
        keywords=("case", doc.reference),
    )
    return render_parts(
        out,
        organisation=doc.organisation,
        made_by=made_by,
        made_at=made_at,
        translate=translate,
        info=info,
        make_parts=lambda ctx: [case_summary_part(ctx, doc)],
    )


def case_summary_part(ctx: Context, doc: CaseSummaryData) -> Part:
    title = ctx.t(TITLE)
    story: list[Flowable] = letterhead(
        ctx, title, [ctx.t(N_("Case {reference}"), reference=doc.reference), doc.client.name]
    )
    story += _flags(ctx, doc)
    story += _case_facts(ctx, doc)
    story += _history(ctx, doc)
    story += _handoffs(ctx, doc)
    story += _escalations(ctx, doc)
    story += _notes(ctx, doc)
    story += _outcome(ctx, doc)
    section = Section(title=f"{title} {doc.reference}", confidential=True)
    return Part(section, story)


def _flags(ctx: Context, doc: CaseSummaryData) -> list[Flowable]:
    flags = doc.client.flags
    lines = []
    if flags.safeguarding:
        lines.append(ctx.t(N_("Safeguarding: {detail}"), detail=flags.safeguarding))
    if flags.interpreter_language:
        lines.append(ctx.t(N_("Interpreter needed: {language}"), language=flags.interpreter_language))
    if flags.accessibility:
        lines.append(ctx.t(N_("Accessibility: {needs}"), needs=flags.accessibility))
    return [ctx.boxed("\n".join(lines), warning=True)] if lines else []


def _case_facts(ctx: Context, doc: CaseSummaryData) -> list[Flowable]:
    pairs = [
        (ctx.t(N_("Client")), doc.client.name),
        (ctx.t(N_("Client ref.")), doc.client.reference or "–"),
        (ctx.t(N_("Category")), doc.category),
        (ctx.t(N_("Priority")), doc.priority),
        (ctx.t(N_("Status")), ctx.t(CASE_STATUS[doc.status])),
        (ctx.t(N_("Assigned to")), doc.assignee or ctx.t(N_("Not assigned"))),
        (ctx.t(N_("Opened")), ctx.date(doc.opened)),
        (ctx.t(N_("Due")), ctx.date(doc.due)),
        (ctx.t(N_("Escalation level")), str(doc.escalation_level)),
    ]
    return [ctx.heading(N_("Case")), facts(ctx, pairs)]


def _history(ctx: Context, doc: CaseSummaryData) -> list[Flowable]:
    if not doc.status_history:
        return []
    columns = [
        Column(ctx.t(N_("When")), 0.22),
        Column(ctx.t(N_("Status")), 0.16),
        Column(ctx.t(N_("By")), 0.2),
        Column(ctx.t(N_("Note")), 0.42),
    ]
    rows = [
        [ctx.when(c.at), ctx.t(CASE_STATUS[c.status]), c.by, c.note]
        for c in doc.status_history
    ]
    return [ctx.heading(N_("Status history")), data_table(ctx, columns, rows)]


def _handoffs(ctx: Context, doc: CaseSummaryData) -> list[Flowable]:
    if not doc.handoffs:
        return []
    columns = [
        Column(ctx.t(N_("When")), 0.22),
        Column(ctx.t(N_("From")), 0.16),
        Column(ctx.t(N_("To")), 0.16),
        Column(ctx.t(N_("State")), 0.12),
        Column(ctx.t(N_("Note")), 0.34),
    ]
    rows = []
    for h in doc.handoffs:
        note = h.note
        if h.reason:
            note = (note + "\n" if note else "") + ctx.t(N_("Returned because: {reason}"), reason=h.reason)
        rows.append([ctx.when(h.at), h.from_user, h.to_user, ctx.t(HANDOFF_STATE[h.state]), note])
    return [ctx.heading(N_("Handoffs")), data_table(ctx, columns, rows)]


def _escalations(ctx: Context, doc: CaseSummaryData) -> list[Flowable]:
    if not doc.escalations:
        return []
    columns = [
        Column(ctx.t(N_("When")), 0.22),
        Column(ctx.t(N_("Level")), 0.1, numeric=True),
        Column(ctx.t(N_("By")), 0.2),
        Column(ctx.t(N_("Reason")), 0.48),
    ]
    rows = [[ctx.when(e.at), str(e.level), e.by, e.reason] for e in doc.escalations]
    return [ctx.heading(N_("Escalations")), data_table(ctx, columns, rows)]


def _notes(ctx: Context, doc: CaseSummaryData) -> list[Flowable]:
    story: list[Flowable] = [ctx.heading(N_("Notes"))]
    if doc.notes_withheld:
        story.append(ctx.notice(NOTES_WITHHELD))
    if not doc.notes and not doc.notes_withheld:
        story.append(ctx.para(ctx.t(N_("No notes on this case.")), "small"))
    for note in doc.notes:
        head = ctx.t(N_("{kind} — {when} — {author}"), kind=note.kind, when=ctx.when(note.at), author=note.author)
        story.append(ctx.para(head, "subheading"))
        story += ctx.text_block(note.text)
    return story


def _outcome(ctx: Context, doc: CaseSummaryData) -> list[Flowable]:
    outcome = doc.outcome
    if outcome is None:
        return []
    satisfaction = (
        ctx.t(N_("{score} of 5"), score=outcome.satisfaction)
        if outcome.satisfaction is not None
        else ctx.t(N_("Not asked"))
    )
    pairs = [
        (ctx.t(N_("Resolved")), ctx.date(outcome.resolved_on)),
        (
            ctx.t(N_("Resolved by")),
            ctx.t(N_("Caseworker with a specialist")) if outcome.with_specialist else ctx.t(N_("Caseworker alone")),
        ),
        (ctx.t(N_("Acceptable to client")), ctx.t(ACCEPTABILITY[outcome.acceptable])),
        (ctx.t(N_("Satisfaction")), satisfaction),
    ]
    return [
        ctx.heading(N_("Outcome")),
        *ctx.text_block(outcome.outcome),
        Spacer(1, 2),
        facts(ctx, pairs),
    ]
