"""The Gift Aid claim schedule: the rows HMRC's Charities Online schedule asks for, as a PDF to check
and sign off, and as the spreadsheet to upload (:func:`write_gift_aid_sheet`).

The columns are the schedule's own: title, first name, last name, house name or number, postcode,
aggregated donations, sponsored event, donation date (DD/MM/YY) and amount. Gifts from donors with a
declaration that carry no Gift Aid are listed after the schedule with the reason; gifts no
declaration covers are only counted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable

from caseworker.domain.documents import GiftAidClaimData
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
    write_output,
)

TITLE = N_("Gift Aid claim schedule")
#: The schedule's column headings, as HMRC's spreadsheet names them.
SHEET_COLUMNS = ("Item", "Title", "First name or initial", "Last name", "House name or number", "Postcode",
                 "Aggregated donations", "Sponsored event", "Donation date", "Amount")


def hmrc_date(day: date) -> str:
    return day.strftime("%d/%m/%y")


def render_gift_aid_schedule(
    doc: GiftAidClaimData,
    out: Output,
    *,
    made_by: str,
    made_at: datetime,
    translate: Translate | None = None,
) -> RenderResult:
    info = DocumentInfo(title=(translate or str)(TITLE), subject=doc.organisation.name, keywords=("gift aid",))
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at, translate=translate,
                        info=info, make_parts=lambda ctx: [schedule_part(ctx, doc)])


def schedule_part(ctx: Context, doc: GiftAidClaimData) -> Part:
    title = ctx.t(TITLE)
    period = ctx.t(N_("{start} to {end}"), start=ctx.date(doc.period_start), end=ctx.date(doc.period_end))
    story: list[Flowable] = letterhead(ctx, title, [period])
    story.append(facts(ctx, [
        (ctx.t(N_("Donations claimed")), str(len(doc.rows))),
        (ctx.t(N_("Total donations")), ctx.money(doc.total)),
        (ctx.t(N_("Gift Aid to claim (25p per £1)")), ctx.money(doc.gift_aid)),
        (ctx.t(N_("Earliest donation date")), ctx.date(doc.earliest) if doc.earliest else "–"),
    ]))
    story.append(ctx.heading(N_("Schedule of donations")))
    if doc.rows:
        columns = [Column(ctx.t(N_("Item")), 0.06, numeric=True), Column(ctx.t(N_("First name")), 0.13),
                   Column(ctx.t(N_("Last name")), 0.14), Column(ctx.t(N_("House")), 0.1),
                   Column(ctx.t(N_("Postcode")), 0.1), Column(ctx.t(N_("Aggregated donations")), 0.14),
                   Column(ctx.t(N_("Sponsored")), 0.11), Column(ctx.t(N_("Date")), 0.1),
                   Column(ctx.t(N_("Amount")), 0.12, numeric=True)]
        rows = [[str(n), r.first_name, r.last_name, r.house, r.postcode, r.aggregated,
                 ctx.t(N_("Yes")) if r.sponsored else "", hmrc_date(r.received_on), ctx.money(r.amount)]
                for n, r in enumerate(doc.rows, start=1)]
        story.append(data_table(ctx, columns, rows,
                                total=[ctx.t(N_("Total")), "", "", "", "", "", "", "", ctx.money(doc.total)]))
    else:
        story.append(ctx.para(ctx.t(N_("No donation in this period can be claimed."))))
    if doc.refused:
        story.append(ctx.heading(N_("Gifts from declared donors that carry no Gift Aid")))
        columns = [Column(ctx.t(N_("Date")), 0.12), Column(ctx.t(N_("Donor")), 0.24),
                   Column(ctx.t(N_("Amount")), 0.13, numeric=True), Column(ctx.t(N_("Benefit")), 0.13, numeric=True),
                   Column(ctx.t(N_("Why")), 0.38)]
        story.append(data_table(ctx, columns, [[ctx.date(r.received_on), r.donor, ctx.money(r.amount),
                                                 ctx.money(r.benefit), ctx.t(r.reason)] for r in doc.refused]))
    if doc.undeclared_gifts:
        message = (N_("1 more gift ({total}) came from a donor with no Gift Aid declaration and is not claimed.")
                   if doc.undeclared_gifts == 1 else
                   N_("{count} more gifts ({total}) came from donors with no Gift Aid declaration and are not "
                      "claimed."))
        story.append(ctx.para(ctx.t(message, count=doc.undeclared_gifts, total=ctx.money(doc.undeclared_total)),
                              "small"))
    story.append(ctx.para(ctx.t(N_(
        "Claim within 4 years of the end of the accounting period the donations fall in, and claim each donation "
        "once: this schedule does not record which donations were already claimed.")), "small"))
    notice = ctx.t(N_("Confidential — contains donors' names and addresses"))
    return Part(Section(title=title, confidential=True, confidential_notice=notice), story)


def write_gift_aid_sheet(doc: GiftAidClaimData, out: Path | str | BinaryIO,
                         translate: Translate | None = None) -> int:
    """The schedule as an .xlsx workbook laid out like HMRC's (returns the number of donation rows)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    tr: Callable[[str], str] = translate or str
    book = Workbook()
    sheet = book.active
    sheet.title = "Schedule"
    sheet.append(["Earliest donation date in the period of claim", hmrc_date(doc.earliest) if doc.earliest else ""])
    sheet.append([])
    sheet.append(list(SHEET_COLUMNS))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for n, row in enumerate(doc.rows, start=1):
        sheet.append([n, row.title, row.first_name, row.last_name, row.house, row.postcode, row.aggregated,
                      "Yes" if row.sponsored else "", hmrc_date(row.received_on), row.amount])
        sheet.cell(row=sheet.max_row, column=10).number_format = "0.00"
    for column, width in zip("ABCDEFGHIJ", (6, 8, 20, 20, 20, 10, 24, 10, 12, 10), strict=True):
        sheet.column_dimensions[column].width = width
    if doc.refused:
        other = book.create_sheet("Not claimed")
        other.append([tr(N_("Date")), tr(N_("Donor")), tr(N_("Amount")), tr(N_("Benefit")), tr(N_("Why"))])
        for refusal in doc.refused:
            other.append([hmrc_date(refusal.received_on), refusal.donor, refusal.amount,
                          refusal.benefit, tr(refusal.reason)])

    def produce(handle: BinaryIO) -> None:
        book.save(handle)

    write_output(out, produce)
    return len(doc.rows)
