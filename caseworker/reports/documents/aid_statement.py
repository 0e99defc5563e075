"""Client aid statement: every disbursement in a period, with totals per fund and overall."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from decimal import Decimal

from reportlab.platypus import Flowable, Spacer

from caseworker.domain.documents import ZERO, AidStatementData, DisbursementStatus
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
from caseworker.reports.labels import AID_KIND, DISBURSEMENT_STATUS

TITLE = N_("Aid statement")
#: Approved and paid aid is committed; requests and voids are listed but not added up.
COUNTED = frozenset({DisbursementStatus.APPROVED, DisbursementStatus.PAID})


def render_aid_statement(
    doc: AidStatementData,
    out: Output,
    *,
    made_by: str,
    made_at: datetime,
    translate: Translate | None = None,
) -> RenderResult:
    info = DocumentInfo(title=(translate or str)(TITLE), subject=doc.client.name, keywords=("aid",))
    return render_parts(
        out,
        organisation=doc.organisation,
        made_by=made_by,
        made_at=made_at,
        translate=translate,
        info=info,
        make_parts=lambda ctx: [aid_statement_part(ctx, doc)],
    )


def fund_totals(doc: AidStatementData) -> dict[str, Decimal]:
    """Committed aid (approved or paid) per fund, in first-seen order."""
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for line in doc.lines:
        if line.status in COUNTED:
            totals[line.fund] += line.amount
    return dict(totals)


def aid_statement_part(ctx: Context, doc: AidStatementData) -> Part:
    title = ctx.t(TITLE)
    period = ctx.t(N_("{start} to {end}"), start=ctx.date(doc.period_start), end=ctx.date(doc.period_end))
    story: list[Flowable] = letterhead(ctx, title, [period])
    pairs = [(ctx.t(N_("Client")), doc.client.name), (ctx.t(N_("Client ref.")), doc.client.reference or "–")]
    if doc.client.has_address:
        pairs.append((ctx.t(N_("Address")), "\n".join(doc.client.address_lines)))
    pairs.append((ctx.t(N_("Period")), period))
    story.append(facts(ctx, pairs))
    story.append(ctx.heading(N_("Disbursements")))
    if not doc.lines:
        story.append(ctx.para(ctx.t(N_("No aid was given in this period.")), "body"))
        return Part(Section(title=title, confidential=True), story)
    story.append(_lines_table(ctx, doc))
    story.append(Spacer(1, 4))
    story.append(ctx.para(ctx.t(N_("Totals include approved and paid aid; requests and void entries are listed "
                                   "but not counted.")), "small"))
    story.append(ctx.heading(N_("Totals by fund")))
    story.append(_totals_table(ctx, doc))
    return Part(Section(title=title, confidential=True), story)


def _lines_table(ctx: Context, doc: AidStatementData) -> Flowable:
    columns = [
        Column(ctx.t(N_("Date")), 0.13),
        Column(ctx.t(N_("Fund")), 0.2),
        Column(ctx.t(N_("Kind")), 0.11),
        Column(ctx.t(N_("Payee")), 0.24),
        Column(ctx.t(N_("Status")), 0.13),
        Column(ctx.t(N_("Amount")), 0.19, numeric=True),
    ]
    rows = [
        [
            ctx.date(line.on),
            line.fund,
            ctx.t(AID_KIND[line.kind]),
            line.payee,
            ctx.t(DISBURSEMENT_STATUS[line.status]),
            ctx.money(line.amount),
        ]
        for line in sorted(doc.lines, key=lambda line: line.on)
    ]
    return data_table(ctx, columns, rows)


def _totals_table(ctx: Context, doc: AidStatementData) -> Flowable:
    totals = fund_totals(doc)
    columns = [Column(ctx.t(N_("Fund")), 0.6), Column(ctx.t(N_("Total")), 0.4, numeric=True)]
    rows = [[fund, ctx.money(amount)] for fund, amount in totals.items()]
    overall = sum(totals.values(), ZERO)
    return data_table(ctx, columns, rows, total=[ctx.t(N_("All funds")), ctx.money(overall)])
