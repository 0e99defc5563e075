"""The client's feedback form, printed for a visit: was it solved, was it acceptable, how were you
treated, in their own words. What they write is recorded apart from the worker's verdict."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.platypus import Flowable, HRFlowable, Spacer

from caseworker.domain.documents import FeedbackFormData
from caseworker.domain.i18n import N_
from caseworker.reports.base import (
    Context,
    DocumentInfo,
    Output,
    Part,
    RenderResult,
    Section,
    Translate,
    facts,
    letterhead,
    render_parts,
)

TITLE = N_("How did we do?")


def render_feedback_form(doc: FeedbackFormData, out: Output, *, made_by: str, made_at: datetime,
                         translate: Translate | None = None) -> RenderResult:
    info = DocumentInfo(title=(translate or str)(TITLE), subject=doc.reference, keywords=("feedback",))
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at, translate=translate,
                        info=info, make_parts=lambda ctx: [feedback_form_part(ctx, doc)])


def feedback_form_part(ctx: Context, doc: FeedbackFormData) -> Part:
    title = ctx.t(TITLE)
    story: list[Flowable] = letterhead(ctx, title, [doc.reference])
    pairs = [(ctx.t(N_("Client")), doc.client_name), (ctx.t(N_("Case")), f"{doc.reference} · {doc.case_title}"),
             (ctx.t(N_("Worker")), doc.worker or "–")]
    if doc.resolved_on is not None:
        pairs.append((ctx.t(N_("Resolved")), ctx.date(doc.resolved_on)))
    story.append(facts(ctx, pairs))
    story.append(Spacer(1, 8))
    story.append(ctx.para(ctx.t(N_("Your answers help us do better. They are kept as you give them, apart from "
                                   "what your worker wrote.")), "body"))
    circle = ctx.t(N_("(circle one)"))
    for question, answers in (
            (N_("1. Was your problem solved?"), ctx.t(N_("Yes / Partly / No"))),
            (N_("2. Was the outcome acceptable to you?"), ctx.t(N_("Yes / Partly / No"))),
            (N_("3. How were you treated? (1 = badly, 5 = very well)"), "1 / 2 / 3 / 4 / 5")):
        story.append(ctx.heading(question))
        story.append(ctx.para(f"{answers} {circle}", "body"))
    story.append(ctx.heading(N_("4. Anything you would like to tell us, in your own words")))
    for _ in range(6):
        story.append(Spacer(1, 18))
        story.append(HRFlowable(width="100%", thickness=0.5, color=colors.grey))
    return Part(Section(title=title, confidential=True), story)
