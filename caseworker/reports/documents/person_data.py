"""Everything held about one person, readable: each section a heading, each record its fields.

Drawn from :class:`PersonDataDocument`, plain data the person-data export prepares; the same
content goes out as JSON beside it for machines (GDPR article 20).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.platypus import Flowable, Spacer

from caseworker.domain.documents import Organisation
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

TITLE = N_("A person's data")
#: A field's text in the PDF is cut here; the JSON export carries it whole.
MAX_VALUE = 600


@dataclass(frozen=True)
class PersonDataDocument:
    organisation: Organisation
    record_type: str
    record_id: int
    name: str
    #: (heading, records), each record a tuple of (field, value as text).
    sections: tuple[tuple[str, tuple[tuple[tuple[str, str], ...], ...]], ...]


def render_person_data(doc: PersonDataDocument, out: Output, *, made_by: str, made_at: datetime,
                       translate: Translate | None = None) -> RenderResult:
    info = DocumentInfo(title=(translate or str)(TITLE), subject=f"{doc.record_type} {doc.record_id}",
                        keywords=("gdpr", "subject access"))
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at, translate=translate,
                        info=info, make_parts=lambda ctx: [_part(ctx, doc)])


def _part(ctx: Context, doc: PersonDataDocument) -> Part:
    flow: list[Flowable] = letterhead(ctx, ctx.t(TITLE), [doc.name, f"{doc.record_type} {doc.record_id}"])
    flow.append(ctx.para(ctx.t(N_("Everything this organisation holds about the person named above, as of {when}."),
                               when=ctx.when(ctx.made_at))))
    for heading, records in doc.sections:
        flow += [Spacer(1, 8), ctx.para(heading.replace("_", " ").capitalize(), "heading")]
        if not records:
            flow.append(ctx.para(ctx.t(N_("Nothing held."))))
            continue
        for record in records:
            pairs = [(k, v if len(v) <= MAX_VALUE else v[:MAX_VALUE] + "…") for k, v in record if v not in ("", "None")]
            if pairs:
                flow += [facts(ctx, pairs, columns=1), Spacer(1, 4)]
    return Part(Section(ctx.t(TITLE), confidential=True), flow)
