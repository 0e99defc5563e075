"""The introduction letter: who the client's worker and team are, and how and when to reach them."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable, Spacer

from caseworker.domain import introductions as words
from caseworker.domain.documents import IntroductionLetterData
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
    letterhead,
    render_parts,
)

TITLE = words.TITLE


def render_introduction(doc: IntroductionLetterData, out: Output, *, made_by: str, made_at: datetime,
                        translate: Translate | None = None) -> RenderResult:
    info = DocumentInfo(title=(translate or str)(TITLE), subject=doc.client_name, keywords=("introduction",))
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at, translate=translate,
                        info=info, make_parts=lambda ctx: [introduction_part(ctx, doc)])


def introduction_part(ctx: Context, doc: IntroductionLetterData) -> Part:
    def say(source: str, **params: object) -> str:
        # The client's language when the letter carries it; otherwise the organisation's, translated.
        if source in doc.phrases:
            text = doc.phrases[source]
            return text.format(**params) if params else text
        return ctx.t(source, **params)

    title = say(TITLE)
    lines = [doc.reference] + ([ctx.date(doc.written_on)] if doc.written_on else [])
    story: list[Flowable] = letterhead(ctx, title, lines)
    story.append(ctx.para(doc.client_name, "body", bold=True))
    story.append(Spacer(1, 10))
    greeting = say(words.DEAR, name=doc.greeting_name) if doc.greeting_name else say(words.HELLO)
    story.append(ctx.para(greeting, "body"))
    story.append(Spacer(1, 6))
    if doc.worker and doc.team:
        text = say(words.WORKER_AND_TEAM, worker=doc.worker, reference=doc.reference, title=doc.case_title,
                   team=doc.team)
    elif doc.worker:
        text = say(words.WORKER_ONLY, worker=doc.worker, reference=doc.reference, title=doc.case_title)
    elif doc.team:
        text = say(words.TEAM_ONLY, team=doc.team, reference=doc.reference, title=doc.case_title)
    else:
        text = say(words.OUR_TEAM, reference=doc.reference, title=doc.case_title)
    story.append(ctx.para(text, "body"))
    if doc.members:
        story.append(ctx.heading(say(words.YOUR_TEAM)))
        columns = [Column(say(words.NAME), 0.3), Column(say(words.ROLE), 0.3), Column(say(words.HOW_TO_REACH), 0.4)]
        story.append(data_table(ctx, columns, [[m.name, m.role, m.detail] for m in doc.members]))
    reach = [p for p in (doc.team_phone, doc.team_email) if p]
    if reach:
        story.append(Spacer(1, 8))
        story.append(ctx.para(say(words.REACH_TEAM, how=" · ".join(reach)), "body"))
    story.append(Spacer(1, 8))
    story.append(ctx.para(say(words.CLOSING), "body"))
    return Part(Section(title=title, confidential=True), story)
