"""Donor gift receipts in the US, Canadian and UK styles.

What each style must say:

* US (IRS Publication 1771): the organisation's name; the cash amount, or a description (no value)
  of a gift in kind; that no goods or services were given in return, or a description and a
  good-faith estimate of their value.
* Canada (CRA, official donation receipts): "Official receipt for income tax purposes", the
  registration number, a unique serial number, place of issue, date of the gift (or its year) and
  of issue, donor's name and address, amount, advantage and eligible amount, an authorised
  signature, and the CRA's name and web address.
* UK: an acknowledgement with thanks, the donor's full name and home address, the gifts with any
  benefit given in return and the Gift Aid each carries (none where no declaration covers it or the
  benefit passes HMRC's limits); HMRC's declaration wording only where a declaration on file covers
  the gifts, with its date, how it was made and any cancellation.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Spacer

from caseworker.domain.documents import ZERO, Gift, ReceiptData, ReceiptStyle
from caseworker.domain.gift_aid import tax_year_label, tax_year_span
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
    fitted_image,
    grid,
    keep,
    letterhead,
    render_parts,
)
from caseworker.reports.styles import INK

TITLES = {
    ReceiptStyle.US: N_("Donation receipt"),
    ReceiptStyle.CA: N_("Official receipt for income tax purposes"),
    ReceiptStyle.UK: N_("Donation acknowledgement"),
}
RECEIPT_NUMBER = N_("Receipt No. {number}")
RECEIPT_LABEL = N_("Receipt {number}")
REPLACES = N_("This receipt replaces receipt No. {number}, which is void.")
VOIDED = N_("This receipt was voided on {date}: {reason}")
VOID_WATERMARK = N_("VOID")
US_NOTHING_IN_RETURN = N_("No goods or services were provided in exchange for this contribution.")
US_ADVANTAGE = N_(
    "In exchange for this contribution, {organisation} provided: {description}. Our good-faith "
    "estimate of the value of these goods or services is {value}. The amount you may deduct is "
    "limited to the excess of your contribution over this value."
)
US_IN_KIND = N_("Gift in kind: {description} (value not stated by the organisation)")
US_KEEP = N_("Please keep this receipt for your tax records.")
CA_AGENCY = N_("Canada Revenue Agency: canada.ca/charities-giving")
UK_WANT = {
    "past_and_future": N_("I want to Gift Aid any donations I make in the future or have made in the past 4 years "
                          "to {charity}."),
    "future": N_("I want to Gift Aid any donations I make in the future to {charity}."),
    "this_gift": N_("I want to Gift Aid my donation of {amount} to {charity}."),
}
UK_TAXPAYER = N_(
    "I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount "
    "of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference."
)
UK_METHOD = {
    "written": N_("Made in writing on {date}."),
    "online": N_("Made online on {date}."),
    "oral": N_("Given orally on {date}; we confirmed it to you by letter on {confirmed}."),
}
UK_CANCELLED = N_("Cancelled with effect from {date}: gifts received from that day carry no Gift Aid.")
UK_CLAIM = N_("Thanks to your Gift Aid declaration, {charity} can claim {value} from HMRC on these gifts, at no "
              "extra cost to you.")
UK_NO_DECLARATION = N_(
    "We hold no Gift Aid declaration covering these gifts, so we claim no Gift Aid on them. If you are a UK "
    "taxpayer, a declaration would let us claim 25p from HMRC for every £1 you give: ask us for a form."
)
UK_CHANGES = N_(
    "Please tell us if you want to cancel your declaration, change your name or home address, or no longer "
    "pay sufficient tax on your income and/or capital gains."
)
UK_REFUSED_MARK = "*"


def render_receipt(
    doc: ReceiptData,
    out: Output,
    *,
    made_by: str,
    made_at: datetime,
    translate: Translate | None = None,
) -> RenderResult:
    tr = translate or str
    info = DocumentInfo(
        title=f"{tr(TITLES[doc.style])} — {tr(RECEIPT_NUMBER).format(number=doc.number)}",
        subject=doc.donor.name,
        keywords=("receipt", doc.number),
    )
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at,
                        translate=translate, info=info, make_parts=lambda ctx: [receipt_part(ctx, doc)])


def receipt_part(ctx: Context, doc: ReceiptData) -> Part:
    title = ctx.t(TITLES[doc.style])
    lines = [ctx.t(RECEIPT_NUMBER, number=doc.number), ctx.t(N_("Issued {date}"), date=ctx.date(doc.issued_on))]
    story: list[Flowable] = letterhead(ctx, title, lines)
    if doc.void is not None:
        story.append(ctx.notice(VOIDED, date=ctx.date(doc.void.voided_on), reason=doc.void.reason))
    if doc.replaces:
        story.append(ctx.notice(REPLACES, number=doc.replaces))
    story += {ReceiptStyle.US: _us, ReceiptStyle.CA: _canada, ReceiptStyle.UK: _uk}[doc.style](ctx, doc)
    section = Section(
        title=f"{title} — {ctx.t(RECEIPT_NUMBER, number=doc.number)}",
        page_label=ctx.t(RECEIPT_LABEL, number=doc.number),
        watermark=ctx.t(VOID_WATERMARK) if doc.void is not None else None,
    )
    return Part(section, story)


def _donor_block(ctx: Context, doc: ReceiptData, heading: str) -> list[Flowable]:
    lines = [doc.donor.name, *doc.donor.address_lines]
    return [ctx.para(ctx.t(heading), "label"), ctx.para("\n".join(lines)), Spacer(1, 6)]


def _gift_description(ctx: Context, gift: Gift) -> str:
    parts = [p for p in (gift.fund, gift.method) if p]
    return " · ".join(parts) or ctx.t(N_("Donation"))


def _covers(ctx: Context, doc: ReceiptData) -> str:
    if doc.tax_year is not None:
        return ctx.t(N_("Gifts received in {year}"), year=doc.tax_year)
    if len(doc.gifts) == 1:
        return ctx.date(doc.gifts[0].received_on)
    return ", ".join(ctx.date(g.received_on) for g in doc.gifts)


def _us(ctx: Context, doc: ReceiptData) -> list[Flowable]:
    story = _donor_block(ctx, doc, N_("Donor"))
    org = doc.organisation
    story.append(ctx.para(ctx.t(N_("Thank you for your gift to {organisation}."), organisation=org.name)))
    columns = [Column(ctx.t(N_("Date received")), 0.2), Column(ctx.t(N_("Gift")), 0.55),
               Column(ctx.t(N_("Amount")), 0.25, numeric=True)]
    rows = []
    for gift in doc.gifts:
        if gift.in_kind:
            rows.append([ctx.date(gift.received_on),
                         ctx.t(US_IN_KIND, description=gift.in_kind_description or ""), "—"])
        else:
            rows.append([ctx.date(gift.received_on), _gift_description(ctx, gift), ctx.money(gift.amount)])
    cash = sum((g.amount for g in doc.gifts if not g.in_kind), ZERO)
    story.append(data_table(ctx, columns, rows, total=[ctx.t(N_("Total cash contributions")), "", ctx.money(cash)]))
    with_advantage = [g for g in doc.gifts if g.advantage_value > 0]
    if with_advantage:
        description = "; ".join(g.advantage_description or ctx.t(N_("goods or services")) for g in with_advantage)
        text = ctx.t(US_ADVANTAGE, organisation=org.name, description=description,
                     value=ctx.money(doc.advantage_total))
    else:
        text = ctx.t(US_NOTHING_IN_RETURN)
    story.append(ctx.boxed(text))
    if org.registration_number:
        label = ctx.t(org.registration_label) if org.registration_label else ctx.t(N_("Tax ID (EIN)"))
        story.append(ctx.para(ctx.t(N_("{organisation} — {label} {number}"), organisation=org.name,
                                    label=label, number=org.registration_number), "small"))
    story.append(ctx.para(ctx.t(US_KEEP), "small"))
    story += _signature(ctx, doc)
    return story


def _canada(ctx: Context, doc: ReceiptData) -> list[Flowable]:
    org = doc.organisation
    pairs = [
        (ctx.t(N_("Serial No.")), doc.number),
        (ctx.t(N_("Registration No.")), org.registration_number or "–"),
        (ctx.t(N_("Date issued")), ctx.date(doc.issued_on)),
        (ctx.t(N_("Place of issue")), doc.place_of_issue or "–"),
        (ctx.t(N_("Date gift received")), _covers(ctx, doc)),
        (ctx.t(N_("Charity")), ", ".join([org.name, *org.address_lines])),
    ]
    story: list[Flowable] = [facts(ctx, pairs), Spacer(1, 8)]
    story += _donor_block(ctx, doc, N_("Donor's name and address"))
    columns = [Column(ctx.t(N_("Date received")), 0.16), Column(ctx.t(N_("Description")), 0.36),
               Column(ctx.t(N_("Amount of gift")), 0.16, numeric=True),
               Column(ctx.t(N_("Advantage")), 0.16, numeric=True),
               Column(ctx.t(N_("Eligible amount")), 0.16, numeric=True)]
    rows = []
    for gift in doc.gifts:
        description = _gift_description(ctx, gift)
        if gift.in_kind:
            description = ctx.t(N_("Gift of property: {description}"), description=gift.in_kind_description or "")
            if gift.appraiser:
                description += "\n" + ctx.t(N_("Appraised by {appraiser}"), appraiser=gift.appraiser)
        if gift.advantage_description:
            description += "\n" + ctx.t(N_("Advantage: {description}"), description=gift.advantage_description)
        rows.append([ctx.date(gift.received_on), description, ctx.money(gift.value),
                     ctx.money(gift.advantage_value), ctx.money(gift.eligible_amount)])
    total = [ctx.t(N_("Total")), "", ctx.money(doc.total), ctx.money(doc.advantage_total), ctx.money(doc.eligible_total)]
    story.append(data_table(ctx, columns, rows, total=total))
    story.append(ctx.boxed(
        ctx.t(N_("Eligible amount of gift for tax purposes: {amount}"), amount=ctx.money(doc.eligible_total)),
        bold=True))
    story += _signature(ctx, doc)
    story.append(Spacer(1, 10))
    story.append(ctx.para(ctx.t(CA_AGENCY), "small"))
    return story


def _uk(ctx: Context, doc: ReceiptData) -> list[Flowable]:
    """An acknowledgement with thanks; the Gift Aid each gift carries under HMRC's benefit limits; and
    the donor's declaration quoted only where one covers the gifts."""
    org = doc.organisation
    story = _donor_block(ctx, doc, N_("Donor's full name and home address"))
    story.append(ctx.para(ctx.t(N_("Thank you for your gift to {organisation}."), organisation=org.name)))
    columns = [Column(ctx.t(N_("Date received")), 0.16), Column(ctx.t(N_("Gift")), 0.36),
               Column(ctx.t(N_("Amount")), 0.16, numeric=True),
               Column(ctx.t(N_("Benefit to you")), 0.16, numeric=True),
               Column(ctx.t(N_("Gift Aid")), 0.16, numeric=True)]
    rows = []
    refusals: list[str] = []
    for gift in doc.gifts:
        description = _gift_description(ctx, gift)
        if gift.in_kind:
            description = ctx.t(N_("Gift in kind: {description}"), description=gift.in_kind_description or "")
        if gift.advantage_description:
            description += "\n" + ctx.t(N_("Benefit: {description}"), description=gift.advantage_description)
        if gift.gift_aid is not None:
            gift_aid = ctx.money(gift.gift_aid)
        else:
            reason = ctx.t(gift.gift_aid_refused or N_("No Gift Aid"))
            if reason not in refusals:
                refusals.append(reason)
            gift_aid = ctx.t(N_("None")) + UK_REFUSED_MARK * (refusals.index(reason) + 1)
        rows.append([ctx.date(gift.received_on), description, ctx.money(gift.value),
                     ctx.money(gift.advantage_value), gift_aid])
    story.append(ctx.para(_uk_covers(ctx, doc), "subheading"))
    story.append(data_table(ctx, columns, rows, total=[
        ctx.t(N_("Total")), "", ctx.money(doc.total), ctx.money(doc.advantage_total), ctx.money(doc.gift_aid_total)]))
    for n, reason in enumerate(refusals, start=1):
        story.append(ctx.para(f"{UK_REFUSED_MARK * n} {reason}", "small"))
    if doc.gift_aid_total > ZERO:
        story.append(ctx.boxed(ctx.t(UK_CLAIM, charity=org.name, value=ctx.money(doc.gift_aid_total)), bold=True))
    if doc.declarations:
        story.append(ctx.para(ctx.t(N_("Your Gift Aid declaration")), "heading"))
        for declaration in doc.declarations:
            amount = ctx.money(declaration.gift_amount) if declaration.gift_amount is not None else ""
            want = ctx.t(UK_WANT[declaration.scope], amount=amount, charity=org.name)
            story.append(ctx.boxed(f"{want} {ctx.t(UK_TAXPAYER)}"))
            made = ctx.t(UK_METHOD[declaration.method], date=ctx.date(declaration.declared_on),
                         confirmed=ctx.date(declaration.confirmation_sent_on))
            story.append(ctx.para(made))
            if declaration.cancelled_on is not None:
                story.append(ctx.para(ctx.t(UK_CANCELLED, date=ctx.date(declaration.cancelled_on))))
        story.append(ctx.para(ctx.t(UK_CHANGES), "small"))
    else:
        story.append(ctx.boxed(ctx.t(UK_NO_DECLARATION)))
    if org.registration_number:
        label = ctx.t(org.registration_label) if org.registration_label else ctx.t(N_("Registered charity No."))
        story.append(ctx.para(f"{org.name} — {label} {org.registration_number}", "small"))
    return story


def _uk_covers(ctx: Context, doc: ReceiptData) -> str:
    if doc.tax_year is not None:
        first, last = tax_year_span(doc.tax_year)
        return ctx.t(N_("Gifts received in the {year} tax year ({first} to {last})"),
                     year=tax_year_label(doc.tax_year), first=ctx.date(first), last=ctx.date(last))
    return ctx.t(N_("Gifts acknowledged"))


def _signature(ctx: Context, doc: ReceiptData) -> list[Flowable]:
    signatory = doc.signatory
    cells: list[Flowable] = [Spacer(1, 14)]
    image = fitted_image(signatory.signature_image if signatory else None, 50 * mm, 14 * mm)
    if image is not None:
        cells = [image]
    cells.append(HRFlowable(width="100%", thickness=0.6, color=INK, spaceBefore=2, spaceAfter=3))
    cells.append(ctx.para(ctx.t(N_("Authorised signature")), "label"))
    if signatory is not None:
        cells.append(ctx.para(signatory.name + (f", {signatory.title}" if signatory.title else ""), "small"))
    table = grid([[cells]], colWidths=[ctx.width * 0.45], hAlign="LEFT")
    table.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 12)])
    return [keep([table])]
