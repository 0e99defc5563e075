"""Year-end (or fiscal-year) giving statement per donor, and the list of donors who cannot be sent one."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable, Spacer

from caseworker.domain.documents import ZERO, GivingStatementData, UnsendableListData
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
    letterhead,
    render_parts,
)

STATEMENT_TITLE = N_("Giving statement")
STATEMENT_LABEL = N_("Statement {donor}")
NO_GIFTS = N_("We have no gifts from you recorded between {start} and {end}.")
UNSENDABLE_TITLE = N_("Donors who cannot be sent a statement")


def render_giving_statement(
    doc: GivingStatementData,
    out: Output,
    *,
    made_by: str,
    made_at: datetime,
    translate: Translate | None = None,
) -> RenderResult:
    tr = translate or str
    info = DocumentInfo(title=f"{tr(STATEMENT_TITLE)} {doc.period_label}", subject=doc.donor.name,
                        keywords=("giving statement", doc.period_label))
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at,
                        translate=translate, info=info,
                        make_parts=lambda ctx: [giving_statement_part(ctx, doc)])


def render_unsendable_list(
    doc: UnsendableListData,
    out: Output,
    *,
    made_by: str,
    made_at: datetime,
    translate: Translate | None = None,
) -> RenderResult:
    tr = translate or str
    info = DocumentInfo(title=f"{tr(UNSENDABLE_TITLE)} — {doc.period_label}", subject=doc.period_label,
                        keywords=("giving statement",))
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at,
                        translate=translate, info=info,
                        make_parts=lambda ctx: [unsendable_list_part(ctx, doc)])


def giving_statement_part(ctx: Context, doc: GivingStatementData) -> Part:
    title = ctx.t(STATEMENT_TITLE)
    story: list[Flowable] = letterhead(ctx, title, [doc.period_label])
    story.append(ctx.para("\n".join([doc.donor.name, *doc.donor.address_lines])))
    if doc.donor.reference:
        story.append(ctx.para(ctx.t(N_("Donor ref. {reference}"), reference=doc.donor.reference), "small"))
    story.append(Spacer(1, 8))
    period = ctx.t(N_("{start} to {end}"), start=ctx.date(doc.period_start), end=ctx.date(doc.period_end))
    story.append(ctx.heading(N_("Your gifts, {period}"), period=period))
    if not doc.gifts:
        story.append(ctx.para(ctx.t(NO_GIFTS, start=ctx.date(doc.period_start), end=ctx.date(doc.period_end))))
    else:
        story.append(_gifts_table(ctx, doc))
        story.append(Spacer(1, 6))
        story.append(ctx.para(ctx.t(N_(
            "The eligible amount is the value of each gift less any goods or services you received in "
            "return. Receipts already issued are listed by number."
        )), "small"))
    story.append(Spacer(1, 8))
    story.append(ctx.para(ctx.t(N_("Thank you for your support of {organisation}."),
                                organisation=doc.organisation.name)))
    section = Section(title=f"{title} — {doc.period_label}", page_label=ctx.t(STATEMENT_LABEL, donor=doc.donor.name))
    return Part(section, story)


def _gifts_table(ctx: Context, doc: GivingStatementData) -> Flowable:
    columns = [
        Column(ctx.t(N_("Date")), 0.14),
        Column(ctx.t(N_("Fund")), 0.2),
        Column(ctx.t(N_("Method")), 0.13),
        Column(ctx.t(N_("Receipt No.")), 0.13),
        Column(ctx.t(N_("Amount")), 0.14, numeric=True),
        Column(ctx.t(N_("Advantage")), 0.12, numeric=True),
        Column(ctx.t(N_("Eligible")), 0.14, numeric=True),
    ]
    rows = []
    for gift in sorted(doc.gifts, key=lambda g: g.received_on):
        fund = gift.fund or ""
        if gift.in_kind:
            fund = ctx.t(N_("In kind: {description}"), description=gift.in_kind_description or "")
        rows.append([
            ctx.date(gift.received_on), fund, gift.method or "", gift.receipt_number or "–",
            ctx.money(gift.value), ctx.money(gift.advantage_value), ctx.money(gift.eligible_amount),
        ])
    advantage = sum((g.advantage_value for g in doc.gifts), ZERO)
    count = ctx.t(N_("1 gift") if len(doc.gifts) == 1 else N_("{count} gifts"), count=len(doc.gifts))
    total = [ctx.t(N_("Total")), count, "", "",
             ctx.money(doc.total), ctx.money(advantage), ctx.money(doc.eligible_total)]
    return data_table(ctx, columns, rows, total=total)


def unsendable_list_part(ctx: Context, doc: UnsendableListData) -> Part:
    title = ctx.t(UNSENDABLE_TITLE)
    story: list[Flowable] = letterhead(ctx, title, [doc.period_label])
    if not doc.donors:
        story.append(ctx.para(ctx.t(N_("Every donor with gifts in this period has a valid address."))))
        return Part(Section(title=title), story)
    story.append(ctx.para(ctx.t(N_(
        "These donors gave in the period but have no valid postal address, so no statement was made "
        "for them. Correct their address and make their statements again."
    ))))
    columns = [
        Column(ctx.t(N_("Donor")), 0.3),
        Column(ctx.t(N_("Ref.")), 0.12),
        Column(ctx.t(N_("Reason")), 0.3),
        Column(ctx.t(N_("Gifts")), 0.1, numeric=True),
        Column(ctx.t(N_("Total")), 0.18, numeric=True),
    ]
    rows = [[d.name, d.reference or "–", d.reason, str(d.gifts), ctx.money(d.total)] for d in doc.donors]
    donors = ctx.t(N_("1 donor") if len(doc.donors) == 1 else N_("{count} donors"), count=len(doc.donors))
    total = [donors, "", "",
             str(sum(d.gifts for d in doc.donors)), ctx.money(sum((d.total for d in doc.donors), ZERO))]
    story.append(data_table(ctx, columns, rows, total=total))
    return Part(Section(title=title), story)
