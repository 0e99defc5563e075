"""Paperwork: gathering the documents the PDF reports draw, with the reader's permissions applied.

Each public method returns one of the frozen dataclasses of :mod:`caseworker.domain.documents` (which
imports nothing heavy); drawing happens elsewhere (``caseworker.exports``), never here. What a role
may not read is left out before the data leaves this module: a role that may read a case but not
its notes gets the summary without them and ``notes_withheld`` set; someone who may not read
clients sees "a client" as a grant's applicant or a meeting's attendee.

Gathering a case summary or an aid statement is an export of a person's data, so it is written to
the audit trail (``services.reading.record_read``) in the same transaction as the reading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from caseworker.db.db_roles import server_enforces_roles
from caseworker.db.models import (
    ActionItem,
    Case,
    CaseCategory,
    CaseEvent,
    Client,
    Disbursement,
    Donor,
    Fund,
    Funder,
    FunderContact,
    FunderProgramme,
    Gift,
    GrantApplication,
    GrantBudgetLine,
    GrantDocument,
    GrantReportSubmission,
    GrantSpending,
    Handoff,
    Meeting,
    Receipt,
    User,
)
from caseworker.db.trust_domains import TrustDomain
from caseworker.domain import documents as rd
from caseworker.domain.aid import AidKind, AidStatus, PayeeKind
from caseworker.domain.cases import (
    EVENT_LABELS,
    PRIORITY_LABELS,
    WRITTEN_KINDS,
    Acceptability,
    CaseStatus,
    EventKind,
    HandoffState,
    Priority,
    case_reference,
)
from caseworker.domain.channels import CHANNEL_LABELS, Channel, capitalised
from caseworker.domain.clients import display_name as client_display_name
from caseworker.domain.donors import display_name as donor_display_name
from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.grant_targets import DEMOGRAPHIC_LABELS, OUTPUT_LABELS, Demographic, Output
from caseworker.domain.grants import STAGE_LABELS, Stage
from caseworker.domain.i18n import N_
from caseworker.domain.meetings import Attendance, AttendeeKind, MeetingDetail
from caseworker.domain.org import OrgSettings
from caseworker.domain.permissions import Action
from caseworker.domain.recurrence import SeriesRule
from caseworker.domain.statistics import Dashboard, Period
from caseworker.services import grant_outputs as outputs
from caseworker.services.base import Service, get_or_404
from caseworker.services.board import decisions_of, quorum_of
from caseworker.services.clients import client_label
from caseworker.services.grant_targets import targets_of
from caseworker.services.grants import KEY_DATE_LABELS, report_dates
from caseworker.services.meetings import MeetingService, meetings_between
from caseworker.services.org_settings import load_org_settings
from caseworker.services.reading import record_read
from caseworker.services.receipts import ReceiptService
from caseworker.services.receipts import year_span as receipt_year_span
from caseworker.services.statistics import StatisticsService

NO_ADDRESS = N_("No postal address")
INCOMPLETE_ADDRESS = N_("Address has no town or postcode")
GENERAL_NOTES = N_("General notes")
CLIENT_WITHHELD = N_("A client (name withheld for confidentiality)")
DECIDED_STAGES = frozenset({Stage.AWARDED, Stage.DECLINED, Stage.REPORTING, Stage.CLOSED})


@dataclass(frozen=True)
class MeetingRef:
    """One meeting to print: a one-off (``key`` None) or an occurrence of a series."""

    meeting_id: int
    key: datetime | None = None


@dataclass(frozen=True)
class YearSpan:
    """A calendar or fiscal year as [start, end] dates and the way the page names it."""

    start: date
    end: date
    label: str


def year_span(settings: OrgSettings, year: int, *, fiscal: bool) -> YearSpan:
    """The year *year* (or the fiscal year starting in it), as the giving statements count it."""
    if fiscal and settings.fiscal_year_start_month != 1:
        start = date(year, settings.fiscal_year_start_month, 1)
        end = date(year + 1, settings.fiscal_year_start_month, 1) - timedelta(days=1)
        return YearSpan(start, end, f"{year}–{str(year + 1)[-2:]}")
    return YearSpan(date(year, 1, 1), date(year, 12, 31), str(year))


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError("end", N_("The period ends before it starts."))


def organisation(settings: OrgSettings, currency: str | None = None) -> rd.Organisation:
    org = rd.organisation_from_settings(settings)
    return replace(org, currency=currency) if currency and currency != org.currency else org


def dashboard_data(settings: OrgSettings, dashboard: Dashboard) -> rd.DashboardData:
    """The Insight figures as the dashboard report draws them (no names, only counts and sums)."""
    period = dashboard.period
    cases = tuple(rd.MonthlyCases(m.month, m.opened, m.resolved, m.escalations, m.median_days_to_resolve)
                  for m in dashboard.cases.by_month)
    g = dashboard.grants
    c = dashboard.cases
    quality = rd.ServiceQuality(
        resolved=c.resolved, within_target=c.within_target, resolved_alone=c.resolved_alone,
        with_specialist=c.with_specialist, acceptable_yes=c.acceptable.get("yes", 0),
        acceptable_partly=c.acceptable.get("partly", 0), acceptable_no=c.acceptable.get("no", 0),
        mean_satisfaction=c.mean_satisfaction, open_now=c.open_now, overdue_now=c.overdue_now)
    return rd.DashboardData(
        organisation=organisation(settings, dashboard.currency),
        period_label=f"{period.start.isoformat()} – {period.end.isoformat()}",
        period_start=period.start, period_end=period.end, quality=quality,
        cases=cases,
        aid_by_fund=tuple(rd.FundTotal(name, amount) for name, amount in dashboard.aid_by_fund),
        grants=rd.GrantOutcomes(g.submitted, g.awarded, g.declined, g.pending, g.awarded_amount),
        retention=tuple(rd.RetentionYear(r.year, r.donors, r.retained, r.previous_donors)
                        for r in dashboard.retention),
    )


def has_postal_address(lines: Iterable[str], city: str, postcode: str) -> str | None:
    """Why a statement cannot be posted to this address, or None when it can."""
    if not any(line.strip() for line in lines):
        return NO_ADDRESS
    if not (city.strip() or postcode.strip()):
        return INCOMPLETE_ADDRESS
    return None


class PaperworkService(Service):
    # -- casework ------------------------------------------------------------------------------
    def case_summary(self, case_id: int) -> rd.CaseSummaryData:
        """The case for print: notes only for roles that may read them; the export is audited."""
        self.require(Action.READ_CASES)
        self.require(Action.READ_CLIENTS)
        with_notes = self.can(Action.READ_CASE_NOTES)
        settings = load_org_settings(self.db)
        with self.db.transaction("Export case summary") as s:
            case = get_or_404(s, Case, case_id, "Case")
            client = s.get(Client, case.client_id)
            category = s.get(CaseCategory, case.category_id)
            events = list(s.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id)
                                    .order_by(CaseEvent.at, CaseEvent.id)))
            handoffs = list(s.scalars(select(Handoff).where(Handoff.case_id == case_id)
                                      .order_by(Handoff.offered_at, Handoff.id)))
            names = _user_names(s, [case.assignee_id, *(e.author_id for e in events),
                                    *(h.from_user_id for h in handoffs), *(h.to_user_id for h in handoffs)])
            written = [e for e in events if e.kind in WRITTEN_KINDS]
            notes = tuple(rd.CaseNote(e.at, names.get(e.author_id or 0, ""), EVENT_LABELS[EventKind(e.kind)], e.text)
                          for e in written if e.text.strip()) if with_notes else ()
            record_read(s, self.actor, "case", case_id,
                        "case summary export" + ("" if with_notes else " (without notes)"))
            return rd.CaseSummaryData(
                organisation=organisation(settings),
                reference=case_reference(case.id),
                client=_case_client(client),
                category=category.name if category else "",
                priority=PRIORITY_LABELS.get(Priority(case.priority), case.priority)
                if case.priority in set(Priority) else case.priority,
                status=CaseStatus(case.status),
                assignee=names.get(case.assignee_id or 0) or None,
                opened=case.opened_on,
                due=case.due_on,
                escalation_level=case.escalation_level,
                status_history=tuple(_status_changes(events, names)),
                handoffs=tuple(rd.Handoff(h.offered_at, names.get(h.from_user_id or 0, "—"),
                                          names.get(h.to_user_id, "—"), HandoffState(h.state), h.note, h.reason)
                               for h in handoffs),
                escalations=tuple(rd.Escalation(e.at, int(e.data.get("level") or 0), names.get(e.author_id or 0, ""),
                                                e.text) for e in events if e.kind == EventKind.ESCALATION),
                notes=notes,
                notes_withheld=not with_notes and any(e.text.strip() for e in written),
                outcome=_outcome(case),
            )

    def aid_statement(self, client_id: int, start: date, end: date) -> rd.AidStatementData:
        """Every disbursement to the client in [start, end], voids included and marked; audited."""
        self.require(Action.READ_AID)
        self.require(Action.READ_CLIENTS)
        check_period(start, end)
        settings = load_org_settings(self.db)
        with self.db.transaction("Export aid statement") as s:
            client = get_or_404(s, Client, client_id, "Client")
            rows = s.execute(select(Disbursement, Fund.name).join(Fund, Fund.id == Disbursement.fund_id)
                             .where(Disbursement.client_id == client_id,
                                    Disbursement.disbursed_on.between(start, end))
                             .order_by(Disbursement.disbursed_on, Disbursement.id)).all()
            name = client_display_name(client.first_name, client.last_name, client.preferred_name)
            lines = tuple(
                rd.AidLine(on=d.disbursed_on, fund=fund, kind=AidKind(d.kind),
                           payee=d.payee_name if d.payee_kind == PayeeKind.THIRD_PARTY.value and d.payee_name
                           else name,
                           status=AidStatus(d.status), amount=d.amount, reference=f"A{d.id}")
                for d, fund in rows)
            currencies = {d.currency for d, _fund in rows}
            record_read(s, self.actor, "client", client_id, "aid statement export")
            address = tuple(line for line in (client.address.splitlines() + [client.postcode]) if line.strip())
            return rd.AidStatementData(
                organisation=organisation(settings, currencies.pop() if len(currencies) == 1 else None),
                client=rd.Person(name, address, f"CL{client.id}"),
                period_start=start, period_end=end, lines=lines,
            )

    # -- grants --------------------------------------------------------------------------------
    def grant_application(self, grant_id: int) -> rd.GrantApplicationData:
        self.require(Action.READ_GRANTS)
        settings = load_org_settings(self.db)
        with self.db.read() as s:
            g = get_or_404(s, GrantApplication, grant_id, "Grant application")
            checklist = tuple(rd.ChecklistItem(d.name, d.done) for d in s.scalars(
                select(GrantDocument).where(GrantDocument.grant_id == g.id)
                .order_by(GrantDocument.position, GrantDocument.id)))
            far = (g.period_end or datetime.now(settings.zone).date()) + timedelta(days=400)
            return rd.GrantApplicationData(
                organisation=organisation(settings, g.currency),
                grant=self._grant_facts(s, g, settings),
                budget=tuple(_budget(s, g.id, None, None)),
                deadlines=tuple(_deadlines(g, date(1900, 1, 1), far, _submitted(s, g.id))),
                checklist=checklist,
                narrative=_narrative(g),
            )

    def grant_report(self, grant_id: int, start: date | None = None, end: date | None = None, *,
                     as_of: date | None = None) -> rd.GrantReportData:
        """Spending per budget line in the period and to date, reconciled to the award; key dates.

        Without a period, the grant's own reporting period: from the day after the previous report
        (or the grant's start) to the latest report due by *as_of* (or the next one when none is
        due yet). A funder's document: a client applicant is never named.
        """
        self.require(Action.READ_GRANTS)
        settings = load_org_settings(self.db)
        as_of = as_of or datetime.now(settings.zone).date()
        with self.db.read() as s:
            g = get_or_404(s, GrantApplication, grant_id, "Grant application")
            if not (self.can(Action.READ_AID) and self.can(Action.READ_CLIENTS)):
                # Its figures are counted from clients, cases and aid, which this person's own
                # database role may not read, or whose file their password does not open.
                if server_enforces_roles(s):
                    raise RuleViolation(N_("A grant report counts the people helped and the aid paid, which this "
                                           "database server lets only caseworkers and managers read: ask one of "
                                           "them to make it."))
                keys = self.db.keys
                if keys is not None and keys.split and TrustDomain.CASEWORK not in keys.domains:
                    raise RuleViolation(N_("A grant report counts the people helped and the aid paid, which are "
                                           "kept in a file only caseworkers' and managers' passwords open: ask "
                                           "one of them to make it."))
            due = None
            if start is None or end is None:
                start, end, due = reporting_period(g, as_of)
            check_period(start, end)
            horizon = max(end, as_of) + timedelta(days=366)
            facts = self._grant_facts(s, g, settings)
            if g.client_id:
                facts = replace(facts, applicant=CLIENT_WITHHELD, client_named=False)
            helped, payments = s.execute(
                select(func.count(func.distinct(Disbursement.client_id)), func.count(Disbursement.id))
                .join(GrantSpending, GrantSpending.disbursement_id == Disbursement.id)
                .where(GrantSpending.grant_id == g.id, GrantSpending.voided.is_(False),
                       GrantSpending.spent_on.between(start, end))).one()
            return rd.GrantReportData(
                organisation=organisation(settings, g.currency),
                grant=facts,
                period_start=start, period_end=end, as_of=as_of,
                budget=tuple(_budget(s, g.id, start, end)),
                deadlines=tuple(_deadlines(g, date(1900, 1, 1), horizon, _submitted(s, g.id))),
                narrative=_narrative(g),
                report_due=due,
                people_helped=helped, aid_payments=payments,
                **_against_targets(s, g, start, end),
            )

    def _grant_facts(self, s: Session, g: GrantApplication, settings: OrgSettings) -> rd.GrantFacts:
        funder = s.get(Funder, g.funder_id)
        programme = s.get(FunderProgramme, g.programme_id) if g.programme_id else None
        contact = s.scalars(select(FunderContact).where(FunderContact.funder_id == g.funder_id,
                                                        FunderContact.active.is_(True))
                            .order_by(FunderContact.id)).first()
        schedule = None
        if g.report_first_due is not None:
            if g.report_rule:
                template, values = SeriesRule.from_rrule(g.report_rule).describe()
                schedule = _fill(template, values)
            else:
                schedule = g.report_first_due.isoformat()
        return rd.GrantFacts(
            funder=funder.name if funder else "",
            programme=programme.name if programme else "",
            purpose=g.purpose,
            applicant=client_label(s, self.actor, g.client_id) if g.client_id else settings.name,
            stage=STAGE_LABELS[Stage(g.stage)],
            requested=g.requested,
            awarded=g.awarded,
            reference=f"G{g.id} · {g.title}",
            funder_contact=", ".join(p for p in (contact.name, contact.email or contact.phone) if p) if contact else None,
            report_schedule=schedule,
            grant_start=g.period_start,
            grant_end=g.period_end,
            client_named=bool(g.client_id) and self.can(Action.READ_CLIENTS),
        )

    # -- meetings ------------------------------------------------------------------------------
    def meeting(self, meeting_id: int, key: datetime | None = None) -> rd.MeetingData:
        """The agenda or minutes of a meeting (an occurrence of a series when *key* is given)."""
        self.require(Action.READ_MEETINGS)
        meetings = MeetingService(self.db, self.actor)
        detail = meetings.occurrence(meeting_id, key) if key is not None else meetings.get(meeting_id)
        with self.db.read() as s:
            earlier = _earlier_actions(s, detail)
            later = [r for r in meetings_between(s, detail.end, detail.end + timedelta(days=400))
                     if r.title == detail.title and r.start > detail.start]
            decisions = tuple(rd.Decision(d.text, d.proposer, d.seconder, d.votes_for, d.votes_against,
                                          d.abstentions) for d in decisions_of(s, detail.id))
            quorum = quorum_of(s, detail.id)
        data = _meeting_data(organisation(load_org_settings(self.db)), detail)
        return replace(data, earlier_actions=earlier, next_meeting=later[0].start if later else None,
                       decisions=decisions if len(decisions) == len(data.decisions) else data.decisions,
                       quorum=quorum)

    def meetings_of_month(self, year: int, month: int) -> list[MeetingRef]:
        """Every meeting (and occurrence) held in the month, in the organisation's time zone."""
        self.require(Action.READ_MEETINGS)
        if not 1 <= month <= 12:
            raise ValidationError("month", N_("Choose a month from 1 to 12."))
        zone = load_org_settings(self.db).zone
        first = date(year, month, 1)
        after = date(year + (month == 12), month % 12 + 1, 1)
        start = datetime.combine(first, time.min, tzinfo=zone).astimezone(UTC)
        end = datetime.combine(after, time.min, tzinfo=zone).astimezone(UTC)
        rows = MeetingService(self.db, self.actor).between(start, end)
        return [MeetingRef(r.meeting_id, r.key) for r in rows if r.start >= start]

    # -- stewardship ---------------------------------------------------------------------------
    def receipt(self, receipt_id: int) -> rd.ReceiptData:
        return ReceiptService(self.db, self.actor).gather_receipt(receipt_id)

    def statement(self, donor_id: int, year: int, *, fiscal: bool = False) -> rd.GivingStatementData:
        return ReceiptService(self.db, self.actor).gather_statement(donor_id, year, fiscal=fiscal)

    def receipts_of_year(self, year: int) -> list[int]:
        """The receipts standing for *year* (its annual receipts and those issued in it; in the UK
        style the tax year from 6 April), by number."""
        self.require(Action.READ_GIFTS)
        issued = Receipt.issued_on.between(*receipt_year_span(load_org_settings(self.db).receipt_style, year))
        stmt = (select(Receipt.id).where(Receipt.voided_at.is_(None),
                                         or_(Receipt.tax_year == year, and_(Receipt.tax_year.is_(None), issued)))
                .order_by(Receipt.number))
        with self.db.read() as s:
            return list(s.scalars(stmt))

    def statement_donors(self, year: int, *, fiscal: bool = False) -> list[int]:
        """Donors who gave in the year and can be posted a statement, in name order."""
        return [donor_id for donor_id, reason in self._givers(year, fiscal) if reason is None]

    def unsendable(self, year: int, *, fiscal: bool = False) -> rd.UnsendableListData:
        """Donors who gave in the year but have no address a statement could be posted to."""
        self.require(Action.READ_GIFTS)
        settings = load_org_settings(self.db)
        span = year_span(settings, year, fiscal=fiscal)
        stuck = {donor_id: reason for donor_id, reason in self._givers(year, fiscal) if reason is not None}
        donors: list[rd.UnsendableDonor] = []
        if stuck:
            with self.db.read() as s:
                for chunk in _chunks(list(stuck), 500):
                    totals = s.execute(
                        select(Gift.donor_id, func.count(Gift.id), Donor.kind, Donor.first_name, Donor.last_name,
                               Donor.organisation_name, Donor.sort_name)
                        .join(Donor, Donor.id == Gift.donor_id)
                        .where(Gift.donor_id.in_(chunk), Gift.voided_at.is_(None),
                               Gift.gift_date.between(span.start, span.end))
                        .group_by(Gift.donor_id, Donor.kind, Donor.first_name, Donor.last_name,
                                  Donor.organisation_name, Donor.sort_name)).all()
                    amounts = _gift_totals(s, chunk, span)
                    for donor_id, count, kind, first, last, org_name, _sort_name in totals:
                        donors.append(rd.UnsendableDonor(
                            name=donor_display_name(kind, first, last, org_name), reference=f"D{donor_id}",
                            reason=stuck[donor_id], gifts=count, total=amounts.get(donor_id, Decimal("0.00"))))
        donors.sort(key=lambda d: (d.name.casefold(), d.reference or ""))
        return rd.UnsendableListData(organisation=organisation(settings), period_label=span.label,
                                     donors=tuple(donors))

    def _givers(self, year: int, fiscal: bool) -> list[tuple[int, str | None]]:
        self.require(Action.READ_GIFTS)
        span = year_span(load_org_settings(self.db), year, fiscal=fiscal)
        gave = (select(Gift.donor_id).where(Gift.voided_at.is_(None), Gift.gift_date.between(span.start, span.end))
                .distinct())
        stmt = (select(Donor.id, Donor.address_line1, Donor.address_line2, Donor.city, Donor.region,
                       Donor.postcode, Donor.country)
                .where(Donor.id.in_(gave)).order_by(Donor.sort_name, Donor.id))
        with self.db.read() as s:
            return [(donor_id, has_postal_address((line1, line2), city, postcode))
                    for donor_id, line1, line2, city, _region, postcode, _country in s.execute(stmt)]

    # -- insight -------------------------------------------------------------------------------
    def dashboard(self, period: Period) -> rd.DashboardData:
        figures = StatisticsService(self.db, self.actor).dashboard(period)
        return dashboard_data(load_org_settings(self.db), figures)


# --- helpers -------------------------------------------------------------------------------------


def _fill(template: str, values: dict[str, Any]) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _gift_totals(s: Session, donor_ids: list[int], span: YearSpan) -> dict[int, Decimal]:
    # Summed in Python: money columns hold integer cents and a gift in kind counts at its value.
    totals: dict[int, Decimal] = {}
    for donor_id, amount in s.execute(select(Gift.donor_id, Gift.amount).where(
            Gift.donor_id.in_(donor_ids), Gift.voided_at.is_(None), Gift.gift_date.between(span.start, span.end))):
        totals[donor_id] = totals.get(donor_id, Decimal("0.00")) + amount
    return totals


def _user_names(s: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(s.execute(select(User.id, User.display_name).where(User.id.in_(wanted))).all())


def _case_client(client: Client | None) -> rd.CaseClient:
    if client is None:
        return rd.CaseClient(N_("a client"))
    language = (client.interpreter_language or N_("language not recorded")) if client.interpreter_needed else None
    return rd.CaseClient(
        name=client_display_name(client.first_name, client.last_name, client.preferred_name),
        reference=f"CL{client.id}",
        flags=rd.ClientFlags(safeguarding=client.safeguarding or None, interpreter_language=language,
                             accessibility=client.accessibility or None),
    )


def _status_changes(events: Iterable[CaseEvent], names: dict[int, str]) -> Iterable[rd.StatusChange]:
    for e in events:
        if e.kind not in (EventKind.STATUS, EventKind.ESCALATION):
            continue
        target = (e.data or {}).get("to")
        if target in set(CaseStatus):
            yield rd.StatusChange(e.at, CaseStatus(target), names.get(e.author_id or 0, ""), e.text)


def _outcome(case: Case) -> rd.CaseOutcome | None:
    if case.acceptable is None:
        return None
    return rd.CaseOutcome(outcome=case.outcome, with_specialist=case.resolved_alone is False,
                          acceptable=Acceptability(case.acceptable), satisfaction=case.satisfaction,
                          resolved_on=case.resolved_on)


def _budget(s: Session, grant_id: int, start: date | None, end: date | None) -> Iterable[rd.BudgetLine]:
    lines = list(s.scalars(select(GrantBudgetLine).where(GrantBudgetLine.grant_id == grant_id)
                           .order_by(GrantBudgetLine.position, GrantBudgetLine.id)))
    spent: dict[int, Decimal] = {}
    in_period: dict[int, Decimal] = {}
    for line_id, on, amount in s.execute(select(GrantSpending.budget_line_id, GrantSpending.spent_on,
                                                GrantSpending.amount)
                                         .where(GrantSpending.grant_id == grant_id, GrantSpending.voided.is_(False))):
        if end is not None and on > end:
            continue  # a report says what was spent by the end of its period, not since
        spent[line_id] = spent.get(line_id, Decimal("0.00")) + amount
        if start is not None and on >= start:
            in_period[line_id] = in_period.get(line_id, Decimal("0.00")) + amount
    for line in lines:
        yield rd.BudgetLine(line.category, line.amount, spent.get(line.id, Decimal("0.00")),
                            in_period.get(line.id, Decimal("0.00")) if start is not None else None)


def _submitted(s: Session, grant_id: int) -> dict[date, date]:
    """The grant's reports marked submitted: due date -> the day it went to the funder."""
    return dict(s.execute(select(GrantReportSubmission.due_on, GrantReportSubmission.submitted_on)
                          .where(GrantReportSubmission.grant_id == grant_id)).all())


def _deadlines(g: GrantApplication, start: date, end: date,
               submitted: dict[date, date] | None = None) -> Iterable[rd.Deadline]:
    stage = Stage(g.stage)
    if g.submission_deadline is not None and start <= g.submission_deadline <= end:
        yield rd.Deadline(KEY_DATE_LABELS["submission"], g.submission_deadline, g.submitted_on)
    if g.decision_expected is not None and start <= g.decision_expected <= end:
        decided = g.stage_changed_at.date() if stage in DECIDED_STAGES and g.stage_changed_at else None
        yield rd.Deadline(KEY_DATE_LABELS["decision"], g.decision_expected, decided)
    if stage in (Stage.AWARDED, Stage.REPORTING, Stage.CLOSED):
        if stage is Stage.CLOSED and g.stage_changed_at is not None:
            end = min(end, g.stage_changed_at.date())  # a closed grant owes no further report
        # A report is met on the day it was marked submitted. After the grant's period only the
        # final report is owed, not the rest of an endless schedule.
        dues = report_dates(g.report_first_due, g.report_rule, start, end)
        if g.period_end is not None:
            after = [on for on in dues if on > g.period_end]
            dues = [on for on in dues if on <= g.period_end] + after[:1]
        for on in dues:
            yield rd.Deadline(KEY_DATE_LABELS["report"], on, (submitted or {}).get(on))
        if g.period_end is not None and start <= g.period_end <= end:
            yield rd.Deadline(KEY_DATE_LABELS["period_end"], g.period_end)


def reporting_period(g: GrantApplication, as_of: date) -> tuple[date, date, date | None]:
    """The grant's reporting period for the report due most recently by *as_of* (the next one when
    none is due yet), as (first day, last day, report due date); the last twelve months when the
    grant has no report schedule."""
    first_day = g.period_start or (g.report_first_due - timedelta(days=365) if g.report_first_due else None)
    last_day = g.period_end or as_of
    if g.report_first_due is None or first_day is None:
        return as_of - timedelta(days=364), as_of, None
    dues = report_dates(g.report_first_due, g.report_rule, first_day, max(as_of, last_day) + timedelta(days=400))
    if not dues:
        return first_day, min(last_day, as_of), None
    passed = [d for d in dues if d <= as_of]
    due = passed[-1] if passed else dues[0]
    previous = [d for d in dues if d < due]
    start = previous[-1] + timedelta(days=1) if previous else first_day
    return start, min(due, last_day) if last_day >= start else due, due


def _against_targets(s: Session, g: GrantApplication, start: date, end: date) -> dict[str, Any]:
    """The application's targets with what the statistics count for the reporting period and for
    the grant to date (from its start to the period's end); outcomes as the organisation recorded
    them. Counts only: nobody is named."""
    wanted = targets_of(s, g.id)
    if wanted.empty:
        return {}

    def measure(period: Period) -> tuple[dict[Output, int], outputs.People]:
        who = outputs.people(s, period)
        _opened, resolved = outputs.cases_delivered(s, period)
        paid = sum(f.payments for f in outputs.aid_by_fund(s, period))
        return {Output.PEOPLE_SERVED: who.served, Output.NEW_PEOPLE: who.new, Output.CASES_RESOLVED: resolved,
                Output.AID_PAYMENTS: paid}, who

    now, who = measure(Period(start, end))
    since = g.period_start if g.period_start is not None and g.period_start <= start else None
    so_far = measure(Period(since, end))[0] if since is not None else now
    rows = [rd.TargetRow(OUTPUT_LABELS[o], wanted.outputs[o], now[o], so_far[o]) for o in Output if o in wanted.outputs]
    rows += [rd.TargetRow(o.name, o.target, None, o.achieved, named=True) for o in wanted.outcomes]
    tallies = {Demographic.AGE: who.age_bands, Demographic.LANGUAGE: who.languages, Demographic.AREA: who.districts,
               Demographic.GENDER: who.genders, Demographic.HOUSEHOLD: who.household_sizes}
    demographics = tuple(rd.DemographicTally(DEMOGRAPHIC_LABELS[d], tuple((t.label, t.people) for t in tallies[d]))
                         for d in wanted.demographics)
    return {"targets": tuple(rows), "demographics": demographics, "progress": wanted.narrative}


def _narrative(g: GrantApplication) -> tuple[rd.NarrativeSection, ...]:
    sections = []
    if g.notes.strip():
        sections.append(rd.NarrativeSection(N_("Notes"), g.notes))
    return tuple(sections)


_ATTENDANCE = {Attendance.ATTENDED: rd.Attendance.ATTENDED, Attendance.APOLOGIES: rd.Attendance.APOLOGIES,
               Attendance.ABSENT: rd.Attendance.ABSENT}
_AFFILIATION = {AttendeeKind.STAFF: N_("Staff"), AttendeeKind.CLIENT: N_("Client"), AttendeeKind.DONOR: N_("Donor")}


def _earlier_actions(s: Session, m: MeetingDetail) -> tuple[rd.ActionItem, ...]:
    """Actions of earlier meetings of the same name (a board's, a committee's) still open at this one."""
    rows = s.execute(select(ActionItem.text, User.display_name, ActionItem.due_on)
                     .join(Meeting, Meeting.id == ActionItem.meeting_id)
                     .outerjoin(User, User.id == ActionItem.owner_id)
                     .where(ActionItem.done.is_(False), Meeting.title == m.title, Meeting.starts_at < m.start,
                            Meeting.id != m.id, Meeting.id != (m.series_id or m.id))
                     .order_by(ActionItem.due_on, ActionItem.id))
    return tuple(rd.ActionItem(text, owner or "", due, False) for text, owner, due in rows)


_WITHHELD_NAMES = frozenset({"a client", "a donor"})


def _unique(attendees: Iterable[rd.Attendee]) -> tuple[rd.Attendee, ...]:
    """One line per person: the same name and affiliation listed twice is one invitee (the one with
    their attendance recorded, when only one has it)."""
    kept: dict[tuple[str, str], rd.Attendee] = {}
    for n, a in enumerate(attendees):
        key = (" ".join(a.name.casefold().split()), (a.affiliation or "").casefold())
        if a.name in _WITHHELD_NAMES:
            key = (str(n), "")  # two people shown only as "a client" are still two people
        if key not in kept or (kept[key].attendance is None and a.attendance is not None):
            kept[key] = a
    return tuple(kept.values())


def _meeting_data(org: rd.Organisation, m: MeetingDetail) -> rd.MeetingData:
    attendees = _unique(
        rd.Attendee(a.name, a.organisation or _AFFILIATION.get(a.kind), _ATTENDANCE.get(a.attendance))
        for a in m.attendees)
    agenda = [rd.AgendaItem(title=a.title, presenter=a.presenter or None, discussion=a.notes) for a in m.agenda]
    if m.minutes.strip():
        agenda.append(rd.AgendaItem(title=GENERAL_NOTES, discussion=m.minutes))
    series = None
    if m.rule is not None:
        template, values = m.rule.describe()
        series = _fill(template, values)
    online = m.channel in (Channel.VIDEO, Channel.PHONE)
    how = capitalised(CHANNEL_LABELS[m.channel])
    return rd.MeetingData(
        organisation=org,
        title=m.title,
        starts_at=m.start,
        ends_at=m.end,
        time_zone=m.timezone,
        place=None if online else (m.location or None),
        channel=(f"{how}: {m.location}" if m.location else how)
        if online else None,
        chair=m.organiser or None,
        series=series,
        attendees=attendees,
        agenda=tuple(agenda),
        decisions=m.decisions,
        actions=tuple(rd.ActionItem(a.text, a.owner, a.due_on, a.done) for a in m.actions),
    )
