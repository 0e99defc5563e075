"""A grant's report schedule, reports marked submitted, and the share sent on time.

The due dates come from each grant's schedule (a first date and a repeat rule, expanded by the
recurrence engine: no SQL can expand an RRULE), so the figure reads the awarded grants' schedules
(a narrow row per grant) and the submissions for the period's due dates in one grouped query.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import GrantApplication, GrantReportSubmission, User
from caseworker.db.notices import changes_so_far
from caseworker.domain.aid_grants import ReportDeadlines
from caseworker.domain.errors import ValidationError
from caseworker.domain.grant_reports import ReportState, ScheduledReport, report_state
from caseworker.domain.i18n import N_
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.domain.statistics import Period
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404
from caseworker.services.grants import report_dates
from caseworker.services.org_settings import load_org_settings

AWARDED_STAGES = ("awarded", "reporting", "closed")
# How far past the grant's period (or today) the schedule is listed, and at most how many reports.
LOOK_AHEAD = timedelta(days=366)
MOST_LISTED = 120
SUBMISSION_FIELDS = ("grant_id", "due_on", "submitted_on")


class GrantReportService(Service):
    # Tests pin "today" (which decides when an unsubmitted report is missed).
    today_override: date | None = None

    def schedule(self, grant_id: int) -> list[ScheduledReport]:
        """Every report the grant's schedule asks for, up to a year past its period (or today),
        with the ones marked submitted."""
        self.require(Action.READ_GRANTS)
        with self.db.read() as s:
            return self._schedule(s, grant_id, self._today())

    def mark_submitted(self, grant_id: int, due_on: date, submitted_on: date) -> tuple[list[ScheduledReport], Changes]:
        """Record that the report due on *due_on* went to the funder on *submitted_on*."""
        self.require(Action.EDIT_GRANTS)
        today = self._today()
        if submitted_on is None:
            raise ValidationError("submitted_on", N_("Enter the day the report was submitted."))
        if submitted_on > today:
            raise ValidationError("submitted_on", N_("A report cannot be submitted in the future."))
        with self.db.transaction("Mark a grant report submitted") as s:
            g = get_or_404(s, GrantApplication, grant_id, "Grant application")
            if due_on not in report_dates(g.report_first_due, g.report_rule, due_on, due_on):
                raise ValidationError("due_on", N_("No report of this grant is due on {day}."),
                                      day=due_on.isoformat())
            if s.scalar(select(GrantReportSubmission.id).where(GrantReportSubmission.grant_id == grant_id,
                                                               GrantReportSubmission.due_on == due_on)):
                raise ValidationError("due_on", N_("The report due on {day} is already marked submitted."),
                                      day=due_on.isoformat())
            row = GrantReportSubmission(grant_id=grant_id, due_on=due_on, submitted_on=submitted_on,
                                        submitted_by_id=self.actor.user_id)
            self.stamp(row)
            s.add(row)
            s.flush()
            audit.record_created(s, self.actor, "grant report", row, SUBMISSION_FIELDS)
            return self._schedule(s, grant_id, today), changes_so_far(s)

    def _schedule(self, s: Session, grant_id: int, today: date) -> list[ScheduledReport]:
        g = get_or_404(s, GrantApplication, grant_id, "Grant application")
        if g.report_first_due is None:
            return []
        until = max(g.period_end or today, today) + LOOK_AHEAD
        dues = report_dates(g.report_first_due, g.report_rule, g.report_first_due, until)[:MOST_LISTED]
        done = {due: (on, name) for due, on, name in s.execute(
            select(GrantReportSubmission.due_on, GrantReportSubmission.submitted_on, User.display_name)
            .join(User, User.id == GrantReportSubmission.submitted_by_id)
            .where(GrantReportSubmission.grant_id == grant_id))}
        # A submission for a date the schedule no longer lists (the rule was changed) stays shown.
        days = sorted(set(dues) | set(done))
        return [ScheduledReport(grant_id, due, done.get(due, (None, ""))[0], done.get(due, (None, ""))[1] or "",
                                report_state(due, done.get(due, (None, ""))[0], today)) for due in days]

    def _today(self) -> date:
        if self.today_override is not None:
            return self.today_override
        return utcnow().astimezone(load_org_settings(self.db).zone).date()


def report_deadlines(s: Session, period: Period, today: date) -> ReportDeadlines:
    """Reports of awarded grants due in *period*: on time, late, missed (overdue, not submitted)
    and pending."""
    dues: set[tuple[int, date]] = set()
    for grant_id, first, rule in s.execute(
            select(GrantApplication.id, GrantApplication.report_first_due, GrantApplication.report_rule)
            .where(GrantApplication.stage.in_(AWARDED_STAGES), GrantApplication.report_first_due <= period.end,
                   or_(GrantApplication.report_rule != "", GrantApplication.report_first_due >= period.start))):
        dues.update((grant_id, day) for day in report_dates(first, rule, period.start, period.end))
    submitted = {(grant_id, due): on for grant_id, due, on in s.execute(
        select(GrantReportSubmission.grant_id, GrantReportSubmission.due_on, GrantReportSubmission.submitted_on)
        .join(GrantApplication, GrantApplication.id == GrantReportSubmission.grant_id)
        .where(GrantApplication.stage.in_(AWARDED_STAGES),
               GrantReportSubmission.due_on.between(period.start, period.end)))}
    counts = dict.fromkeys(ReportState, 0)
    for key in dues | set(submitted):
        counts[report_state(key[1], submitted.get(key), today)] += 1
    return ReportDeadlines(counts[ReportState.ON_TIME], counts[ReportState.LATE], counts[ReportState.MISSED],
                           counts[ReportState.PENDING])
