"""Indexes that let Insight count in the database without reading whole rows.

Case rows carry long text (titles, outcomes); the statistics read a handful of small columns of
every case in a period. A covering index over those columns is read instead of the table (about
eight times faster on the large demo), and the timeline index on (case, kind, time) answers "the
first note, call or visit of this case" from the index alone.
"""

from __future__ import annotations

from sqlalchemy import Index

from caseworker.db.models.cases import Case, CaseEvent

CASE_FIGURES_INDEX = Index(
    "ix_cases_insight", Case.resolved_on, Case.opened_on, Case.due_on, Case.category_id, Case.assignee_id,
    Case.escalation_level, Case.acceptable, Case.resolved_alone, Case.satisfaction)
CASE_EVENTS_KIND_INDEX = Index("ix_case_events_case_kind_at", CaseEvent.case_id, CaseEvent.kind, CaseEvent.at)
