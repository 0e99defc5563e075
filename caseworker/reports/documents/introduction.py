"""The introduction letter: who the client's worker and team are, and how and when to reach them."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable, Spacer

from caseworker.domain.i18n import N_
from caseworker.reports.base import (Column, Context, DocumentInfo, Output, Part, RenderResult, Section, Translate,
                                     data_table, letterhead, render_parts)
from caseworker.reports.data import IntroductionLetterData

TITLE = N_("Your support team")


def render_introduction(doc: IntroductionLetterData, out: Output, *, made_by: str, made_at: datetime,
                        translate: Translate | None = None) -> RenderResult:
    info = DocumentInfo(title=(translate or str)(TITLE), subject=doc.client_name, keywords=("introduction",))
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at, translate=translate,
                        info=info, make_parts=lambda ctx: [introduction_part(ctx, doc)])


def introduction_part(ctx: Context, doc: IntroductionLetterData) -> Part:
    title = ctx.t(TITLE)
    lines = [doc.reference] + ([ctx.date(doc.written_on)] if doc.written_on else [])
    story: list[Flowable] = letterhead(ctx, title, lines)
    story.append(ctx.para(doc.client_name, "body", bold=True))
    story.append(Spacer(1, 10))
    greeting = ctx.t(N_("Dear {name},"), name=doc.greeting_name) if doc.greeting_name else ctx.t(N_("Hello,"))
    story.append(ctx.para(greeting, "body"))
    story.append(Spacer(1, 6))
    if doc.worker and doc.team:
        text = ctx.t(N_("{worker} is now your worker for {reference} ({title}), with the {team} team."),
                     worker=doc.worker, reference=doc.reference, title=doc.case_title, team=doc.team)
    elif doc.worker:
        text = ctx.t(N_("{worker} is now your worker for {reference} ({title})."),
                     worker=doc.worker, reference=doc.reference, title=doc.case_title)
    else:
        text = ctx.t(N_("Our team is looking after {reference} ({title})."), reference=doc.reference,
                     title=doc.case_title)
    story.append(ctx.para(text, "body"))
    if doc.members:
        story.append(ctx.heading(N_("Your team")))
        columns = [Column(ctx.t(N_("Name")), 0.3), Column(ctx.t(N_("Role")), 0.3),
                   Column(ctx.t(N_("How and when to reach them")), 0.4)]
        story.append(data_table(ctx, columns, [[m.name, m.role, m.detail] for m in doc.members]))
    reach = [p for p in (doc.team_phone, doc.team_email) if p]
    if reach:
        story.append(Spacer(1, 8))
        story.append(ctx.para(ctx.t(N_("You can reach the team at {how}."), how=" · ".join(reach)), "body"))
    story.append(Spacer(1, 8))
    story.append(ctx.para(ctx.t(N_("If anything changes, or a time does not suit you, tell us: we will contact you "
                                   "the way and at the times you prefer.")), "body"))
    return Part(Section(title=title, confidential=True), story)
