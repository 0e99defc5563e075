"""Paperwork as PDF files: one catalogue of document kinds shared by the window and the command line.

Each kind knows how to gather its document (through :class:`~caseworker.services.paperwork.
PaperworkService`, which applies the reader's permissions and audits exports of a person's data)
and which renderer of :mod:`caseworker.reports.documents` draws it. Batches (a year's receipts or
statements, a month's meetings) gather and draw with one progress callback ``(done, total) ->
bool``: returning False cancels, and a cancelled batch leaves no file behind.

No Qt here: the UI runs these functions off its GUI thread, the command line runs them directly.
ReportLab is imported only when a document is drawn, so importing this module is cheap.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseworker.domain import documents as rd
from caseworker.domain.cases import case_reference
from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.gift_aid import tax_year_of, tax_year_span
from caseworker.domain.i18n import N_
from caseworker.domain.statistics import Dashboard, Period
from caseworker.services.org_settings import load_org_settings
from caseworker.services.paperwork import GENERAL_NOTES, MeetingRef, PaperworkService, dashboard_data, organisation

if TYPE_CHECKING:
    from caseworker.services.container import Services

Translate = Callable[[str], str]
Progress = Callable[[int, int], bool]
Document = Any  # one of the frozen documents of caseworker.domain.documents


class Kind(StrEnum):
    CASE_SUMMARY = "case-summary"
    AID_STATEMENT = "aid-statement"
    GRANT_APPLICATION = "grant-application"
    GRANT_REPORT = "grant-report"
    AGENDA = "agenda"
    MINUTES = "minutes"
    RECEIPT = "receipt"
    STATEMENT = "statement"
    UNSENDABLE = "unsendable"
    DASHBOARD = "dashboard"
    GRANT_OUTPUTS = "grant-outputs"
    INTRODUCTION = "introduction"
    FEEDBACK_FORM = "feedback-form"
    GIFT_AID_SCHEDULE = "gift-aid-schedule"


@dataclass(frozen=True)
class Options:
    """What some kinds need besides an id: a period, a year, an occurrence of a series."""

    start: date | None = None
    end: date | None = None
    year: int | None = None
    fiscal: bool = False
    #: The original start of one occurrence of a meeting series.
    occurrence: datetime | None = None
    #: Gift Aid schedule: gifts of £20 or less on aggregated rows.
    aggregate_small: bool = False


@dataclass(frozen=True)
class KindInfo:
    kind: Kind
    title: str
    #: The record the id names (None: the kind takes no id).
    record: str | None
    #: The renderer: module and function in caseworker.reports.documents.
    renderer: tuple[str, str]


CATALOGUE: dict[Kind, KindInfo] = {
    Kind.CASE_SUMMARY: KindInfo(Kind.CASE_SUMMARY, N_("Case summary"), "case", ("case_summary", "render_case_summary")),
    Kind.AID_STATEMENT: KindInfo(Kind.AID_STATEMENT, N_("Aid statement"), "client",
                                 ("aid_statement", "render_aid_statement")),
    Kind.GRANT_APPLICATION: KindInfo(Kind.GRANT_APPLICATION, N_("Grant application summary"), "grant",
                                     ("grants", "render_grant_application")),
    Kind.GRANT_REPORT: KindInfo(Kind.GRANT_REPORT, N_("Grant report"), "grant", ("grants", "render_grant_report")),
    Kind.AGENDA: KindInfo(Kind.AGENDA, N_("Agenda"), "meeting", ("meetings", "render_agenda")),
    Kind.MINUTES: KindInfo(Kind.MINUTES, N_("Minutes"), "meeting", ("meetings", "render_minutes")),
    Kind.RECEIPT: KindInfo(Kind.RECEIPT, N_("Receipt"), "receipt", ("receipts", "render_receipt")),
    Kind.STATEMENT: KindInfo(Kind.STATEMENT, N_("Giving statement"), "donor",
                             ("giving_statements", "render_giving_statement")),
    Kind.UNSENDABLE: KindInfo(Kind.UNSENDABLE, N_("Donors who cannot be sent a statement"), None,
                              ("giving_statements", "render_unsendable_list")),
    Kind.DASHBOARD: KindInfo(Kind.DASHBOARD, N_("Dashboard"), None, ("dashboard", "render_dashboard")),
    Kind.GRANT_OUTPUTS: KindInfo(Kind.GRANT_OUTPUTS, N_("Grant outputs"), "grant",
                                 ("grant_outputs", "render_grant_outputs")),
    Kind.INTRODUCTION: KindInfo(Kind.INTRODUCTION, N_("Introduction letter"), "case",
                                ("introduction", "render_introduction")),
    Kind.FEEDBACK_FORM: KindInfo(Kind.FEEDBACK_FORM, N_("Client feedback form"), "case",
                                 ("feedback_form", "render_feedback_form")),
    Kind.GIFT_AID_SCHEDULE: KindInfo(Kind.GIFT_AID_SCHEDULE, N_("Gift Aid claim schedule"), None,
                                     ("gift_aid", "render_gift_aid_schedule")),
}


@dataclass(frozen=True)
class Exported:
    path: Path
    pages: int
    #: Characters no bundled font has (printed as a box); empty when everything printed.
    missing_characters: tuple[str, ...] = ()


@dataclass(frozen=True)
class BatchExported:
    """``cancelled``: the user stopped it and nothing was written."""

    path: Path
    documents: int
    pages: int
    cancelled: bool = False
    missing_characters: tuple[str, ...] = ()


def parse_kind(text: str) -> Kind:
    try:
        return Kind(text)
    except ValueError:
        raise ValidationError("kind", N_("'{kind}' is not a kind of document: choose one of {kinds}."),
                              kind=text, kinds=", ".join(k.value for k in Kind)) from None


def now() -> datetime:
    return datetime.now(UTC)


def last_twelve_months(today: date) -> tuple[date, date]:
    """From the day after this day a year ago, to today."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return date.fromordinal(year_ago.toordinal() + 1), today


# --- gathering ---------------------------------------------------------------------------------


def gather(services: Services, kind: Kind, ident: int | None, options: Options = Options(),
           translate: Translate | None = None) -> Document:
    """The document of *kind* for record *ident*, as the signed-in user may see it."""
    info = CATALOGUE[kind]
    if info.record is not None and ident is None:
        raise ValidationError("id", N_("Name the {record} to print."), record=info.record)
    paper = PaperworkService(services.db, services.actor)
    today = datetime.now(load_org_settings(services.db).zone).date()
    start, end = options.start, options.end
    if start is None or end is None:
        default_start, default_end = last_twelve_months(today)
        start, end = start or default_start, end or default_end
    doc: Document
    if kind is Kind.CASE_SUMMARY:
        doc = paper.case_summary(_id(ident))
    elif kind is Kind.AID_STATEMENT:
        doc = paper.aid_statement(_id(ident), start, end)
    elif kind is Kind.GRANT_APPLICATION:
        doc = paper.grant_application(_id(ident))
    elif kind is Kind.GRANT_REPORT:
        # Without a period, the grant's own reporting period.
        doc = paper.grant_report(_id(ident), options.start, options.end)
    elif kind in (Kind.AGENDA, Kind.MINUTES):
        doc = paper.meeting(_id(ident), options.occurrence)
        if kind is Kind.MINUTES and not doc.recorded:
            raise RuleViolation(N_("Nothing has been recorded for this meeting (attendance, discussion, decisions or "
                                   "actions): record the minutes first, or print its agenda."))
    elif kind is Kind.RECEIPT:
        doc = paper.receipt(_id(ident))
    elif kind is Kind.STATEMENT:
        doc = paper.statement(_id(ident), _year(options, today), fiscal=options.fiscal)
    elif kind is Kind.UNSENDABLE:
        doc = paper.unsendable(_year(options, today), fiscal=options.fiscal)
    elif kind is Kind.GRANT_OUTPUTS:
        # The grant's own period unless another is asked for.
        doc = grant_outputs_document(services, _id(ident), Period(start, end) if options.start and options.end
                                     else None)
    elif kind is Kind.INTRODUCTION:
        from caseworker.services.care import introduction_letter

        doc = introduction_letter(services, _id(ident), today, translate)
    elif kind is Kind.FEEDBACK_FORM:
        from caseworker.services.care import feedback_form

        doc = feedback_form(services, _id(ident))
    elif kind is Kind.GIFT_AID_SCHEDULE:
        doc = services.gift_aid.claim_schedule(*gift_aid_period(options, today),
                                               aggregate_small=options.aggregate_small)
    else:
        period = Period(start, end) if options.start and options.end else services.statistics.default_period()
        doc = paper.dashboard(period)
    return localised(doc, translate) if translate else doc


def gift_aid_period(options: Options, today: date) -> tuple[date, date]:
    """The tax year starting on 6 April of ``options.year``, the period given, or the last full tax year."""
    if options.year is not None:
        return tax_year_span(options.year)
    if options.start and options.end:
        return options.start, options.end
    return tax_year_span(tax_year_of(today) - 1)


def export_gift_aid_sheet(services: Services, out: Path | str, *, options: Options = Options(),
                          translate: Translate | None = None) -> int:
    """HMRC's claim schedule as a spreadsheet (.xlsx); returns the number of donation rows."""
    from caseworker.reports.documents.gift_aid import write_gift_aid_sheet

    today = datetime.now(load_org_settings(services.db).zone).date()
    doc = services.gift_aid.claim_schedule(*gift_aid_period(options, today), aggregate_small=options.aggregate_small)
    return write_gift_aid_sheet(doc, out, translate)


def _id(ident: int | None) -> int:
    assert ident is not None
    return ident


def _year(options: Options, today: date) -> int:
    return options.year if options.year is not None else today.year - 1


def localised(doc: Document, translate: Translate) -> Document:
    """The document with the words its gathering chose (labels, not people's text) translated."""
    if isinstance(doc, rd.CaseSummaryData):
        return replace(doc, priority=translate(doc.priority),
                       notes=tuple(replace(n, kind=translate(n.kind)) for n in doc.notes))
    if isinstance(doc, (rd.GrantApplicationData, rd.GrantReportData)):
        grant = replace(doc.grant, stage=translate(doc.grant.stage), applicant=translate(doc.grant.applicant))
        return replace(doc, grant=grant,
                       deadlines=tuple(replace(d, label=translate(d.label)) for d in doc.deadlines),
                       narrative=tuple(replace(n, heading=translate(n.heading)) for n in doc.narrative))
    if isinstance(doc, rd.MeetingData):
        return replace(doc, attendees=tuple(replace(a, affiliation=translate(a.affiliation) if a.affiliation else None)
                                            for a in doc.attendees),
                       agenda=tuple(replace(a, title=translate(a.title)) if a.title == GENERAL_NOTES else a
                                    for a in doc.agenda))
    if isinstance(doc, rd.UnsendableListData):
        return replace(doc, donors=tuple(replace(d, reason=translate(d.reason)) for d in doc.donors))
    return doc


def grant_outputs_document(services: Services, grant_id: int, period: Period | None = None) -> rd.GrantOutputsData:
    """A grant's outputs for its funder (managers only, as Insight)."""
    outputs = services.statistics.grant_outputs(grant_id, period)
    return rd.GrantOutputsData(organisation(load_org_settings(services.db), outputs.currency), outputs)


def dashboard_document(services: Services, dashboard: Dashboard) -> rd.DashboardData:
    """The figures already on the Insight screen, as the dashboard report."""
    return dashboard_data(load_org_settings(services.db), dashboard)


# --- drawing -----------------------------------------------------------------------------------


def renderer(kind: Kind) -> Callable[..., Any]:
    import importlib

    module, function = CATALOGUE[kind].renderer
    return getattr(importlib.import_module(f"caseworker.reports.documents.{module}"), function)


def render(kind: Kind, doc: Document, out: Path | str, *, made_by: str, made_at: datetime | None = None,
           translate: Translate | None = None) -> Exported:
    result = renderer(kind)(doc, out, made_by=made_by, made_at=made_at or now(), translate=translate)
    return Exported(Path(out), result.pages, tuple(result.missing_characters))


def export_document(services: Services, kind: Kind, ident: int | None, out: Path | str, *,
                    options: Options = Options(), translate: Translate | None = None) -> Exported:
    """Gather and draw one document into *out* (written atomically), as the signed-in user."""
    doc = gather(services, kind, ident, options, translate)
    return render(kind, doc, out, made_by=services.actor.display_name, translate=translate)


def safe_file_part(text: str, max_chars: int = 60) -> str:
    """*text* as part of a file name any system accepts: letters, digits, dot, dash and underscore."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_text)
    return re.sub(r"-{2,}", "-", cleaned).strip("-.")[:max_chars].strip("-.")


def default_file_name(kind: Kind, ident: int | None, options: Options = Options(), reference: str = "") -> str:
    """A name to offer in a save dialog: the kind, the record and the period, never a person's name.

    The record is named as people quote it — a case by its reference (case-summary-C-000042.pdf), a
    receipt by its number, a meeting by its day — when the caller knows it; the id only otherwise.
    """
    parts = [kind.value]
    named = safe_file_part(reference) if reference else ""
    if named:
        parts.append(named)
    elif ident is not None and CATALOGUE[kind].record == "case":
        parts.append(case_reference(ident))
    elif ident is not None:
        parts.append(str(ident))
    if kind in (Kind.STATEMENT, Kind.UNSENDABLE, Kind.GIFT_AID_SCHEDULE) and options.year is not None:
        parts.append(f"{'fy' if options.fiscal else ''}{options.year}")
    if (kind in (Kind.AID_STATEMENT, Kind.GRANT_REPORT, Kind.DASHBOARD, Kind.GIFT_AID_SCHEDULE)
            and options.start and options.end and options.year is None):
        parts.append(f"{options.start.isoformat()}_{options.end.isoformat()}")
    return "-".join(parts) + ".pdf"


# --- batches -----------------------------------------------------------------------------------


class _Cancelled(Exception):
    pass


def _gathered(items: Sequence[Any], fetch: Callable[[Any], Document], progress: Progress | None,
              total: int) -> list[Document]:
    """Gather every document, reporting progress over the first half of *total* steps."""
    docs = []
    for done, item in enumerate(items):
        if progress is not None and progress(done, total) is False:
            raise _Cancelled
        docs.append(fetch(item))
    return docs


def _second_half(progress: Progress | None, offset: int) -> Progress | None:
    if progress is None:
        return None
    return lambda done, total: progress(offset + done, offset + total)


def export_receipts(services: Services, year: int, out: Path | str, *, as_zip: bool = False,
                    progress: Progress | None = None, translate: Translate | None = None) -> BatchExported:
    """Every standing receipt of *year*, by number: one PDF, or a ZIP of one PDF per receipt."""
    paper = PaperworkService(services.db, services.actor)
    ids = paper.receipts_of_year(year)
    if not ids:
        raise RuleViolation(N_("There are no receipts for {year}."), year=year)
    return _stewardship_batch(services, ids, paper.receipt, out, as_zip, progress, translate)


def export_statements(services: Services, year: int, out: Path | str, *, fiscal: bool = False,
                      as_zip: bool = False, progress: Progress | None = None,
                      translate: Translate | None = None) -> BatchExported:
    """The giving statement of every donor of *year* who can be posted one (see :func:`gather`
    with ``Kind.UNSENDABLE`` for the others)."""
    paper = PaperworkService(services.db, services.actor)
    donors = paper.statement_donors(year, fiscal=fiscal)
    if not donors:
        raise RuleViolation(N_("No donor who gave in {year} can be sent a statement."), year=year)
    return _stewardship_batch(services, donors, lambda donor_id: paper.statement(donor_id, year, fiscal=fiscal),
                              out, as_zip, progress, translate)


class LazyDocuments(Sequence[Any]):
    """The documents of a batch, each gathered only when read (and not kept): a batch of fifty
    thousand receipts never holds more than the renderer's chunk of them."""

    def __init__(self, ids: Sequence[int], fetch: Callable[[int], Document], translate: Translate | None) -> None:
        self.ids, self.fetch, self.translate = ids, fetch, translate

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):  # type: ignore[no-untyped-def,override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        doc = self.fetch(self.ids[index])
        return localised(doc, self.translate) if self.translate else doc


def _stewardship_batch(services: Services, ids: Sequence[int], fetch: Callable[[int], Document],
                       out: Path | str, as_zip: bool, progress: Progress | None,
                       translate: Translate | None) -> BatchExported:
    from caseworker.reports.documents.batch import render_batch, write_zip

    draw = write_zip if as_zip else render_batch
    result = draw(LazyDocuments(ids, fetch, translate), out, made_by=services.actor.display_name, made_at=now(),
                  progress=progress, translate=translate)
    if result.cancelled:
        return BatchExported(Path(out), 0, 0, cancelled=True)
    return BatchExported(Path(out), result.documents, result.pages, result.cancelled,
                         tuple(result.missing_characters))


def export_meetings(services: Services, year: int, month: int, out: Path | str, *, as_zip: bool = False,
                    progress: Progress | None = None, translate: Translate | None = None) -> BatchExported:
    """Every meeting of the month: the minutes of those that ended with something recorded, the agenda of
    the others."""
    paper = PaperworkService(services.db, services.actor)
    refs = paper.meetings_of_month(year, month)
    if not refs:
        raise RuleViolation(N_("There are no meetings in {month}."), month=f"{year}-{month:02d}")
    total = 2 * len(refs)
    made_at = now()

    def fetch(ref: MeetingRef) -> rd.MeetingData:
        doc = paper.meeting(ref.meeting_id, ref.key)
        return localised(doc, translate) if translate else doc

    try:
        docs = _gathered(refs, fetch, progress, total)
        later = _second_half(progress, len(refs))
        # A meeting that ended with nothing recorded prints as its agenda, not as empty minutes.
        kinds = [Kind.MINUTES if d.ends_at <= made_at and d.recorded else Kind.AGENDA for d in docs]
        made = {"made_by": services.actor.display_name, "made_at": made_at, "translate": translate}
        if as_zip:
            pages = _meetings_zip(docs, kinds, out, made, later)
        else:
            pages = _meetings_pdf(docs, kinds, out, made, later)
    except _Cancelled:
        return BatchExported(Path(out), 0, 0, cancelled=True)
    return BatchExported(Path(out), len(docs), pages)


def _check(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise _Cancelled


def _meetings_pdf(docs: Sequence[rd.MeetingData], kinds: Sequence[Kind], out: Path | str,
                  made: dict[str, Any], progress: Progress | None) -> int:
    from functools import partial

    from caseworker.reports.base import Context, DocumentInfo, LazyPart, Part, render_parts
    from caseworker.reports.documents.meetings import agenda_part, minutes_part

    total = len(docs)

    def part(ctx: Context, index: int) -> Part:
        draw = minutes_part if kinds[index] is Kind.MINUTES else agenda_part
        made_part = draw(ctx, docs[index])
        made_part.on_start = lambda: _check(progress, index, total)
        return made_part

    title = (made["translate"] or str)(N_("Meetings"))
    result = render_parts(out, organisation=docs[0].organisation, made_by=made["made_by"], made_at=made["made_at"],
                          translate=made["translate"], info=DocumentInfo(title=title, subject=title),
                          make_parts=lambda ctx: [LazyPart(partial(part, ctx, i)) for i in range(total)])
    _check(progress, total, total)
    return result.pages


def _meetings_zip(docs: Sequence[rd.MeetingData], kinds: Sequence[Kind], out: Path | str,
                  made: dict[str, Any], progress: Progress | None) -> int:
    from caseworker.reports.base import write_output

    pages = 0

    def fill(handle: Any) -> None:
        nonlocal pages
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for index, (doc, kind) in enumerate(zip(docs, kinds, strict=True)):
                _check(progress, index, len(docs))
                buffer = io.BytesIO()
                pages += renderer(kind)(doc, buffer, **made).pages
                stamp = doc.starts_at.strftime("%Y-%m-%d-%H%M")
                archive.writestr(f"{stamp}-{kind.value}-{index + 1}.pdf", buffer.getvalue())
            _check(progress, len(docs), len(docs))

    write_output(out, fill)
    return pages
