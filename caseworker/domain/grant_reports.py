"""A grant's scheduled reports and whether each was sent to the funder on time.

The schedule is the grant's own (its first report and repeat rule); a report is marked submitted
with the day it went. On time means submitted on or before its due date; a report whose day has
passed without a submission is missed; one still to come is pending and counts neither way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from caseworker.domain.i18n import N_


class ReportState(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    MISSED = "missed"  # overdue, not submitted
    PENDING = "pending"  # due today or later, not submitted yet


REPORT_STATE_LABELS = {
    ReportState.ON_TIME: N_("Submitted on time"),
    ReportState.LATE: N_("Submitted late"),
    ReportState.MISSED: N_("Overdue"),
    ReportState.PENDING: N_("To come"),
}


def report_state(due_on: date, submitted_on: date | None, today: date) -> ReportState:
    if submitted_on is not None:
        return ReportState.ON_TIME if submitted_on <= due_on else ReportState.LATE
    return ReportState.MISSED if due_on < today else ReportState.PENDING


@dataclass(frozen=True)
class ScheduledReport:
    grant_id: int
    due_on: date
    submitted_on: date | None
    submitted_by: str
    state: ReportState
