"""How clients are served: the service-quality figures Insight breaks down, and their arithmetic.

The figures are counted over three groups of cases, each anchored on its own date:

- **resolved in the period**: cases whose present resolution falls in the period. A case that was
  reopened carries only its latest resolution (reopening clears the earlier one), so it counts once,
  in the period of its last resolution, with its time to resolution running from opening to that
  last resolution: a resolution that did not hold is not counted as one.
- **opened in the period**: new cases, and how long they waited for a first note, call or visit.
- **open at the period's end**: opened on or before the end and not resolved by then; their age
  at the end of the period and whether they were past their due date.

Check-ins are counted apart, by the day each fell due: a client with a contact rhythm of N days
owes a check-in N days after the rhythm began and N days after each call, visit or message (on
their case's timeline) since. It was **kept** when the next contact came on or before that day,
and missed when it came later, or has not come and the day has passed. A check-in counts in the
group of the case its previous contact was logged on (the rhythm's first, the client's latest
case opened by then), and only while that case was open when a rhythm is kept "while a case is
open". A check-in still to come is not counted.

Each figure has a stable name (used by ``caseworker stats`` and the exports); a figure without data
is None, never 0, so "no cases" is not read as "0 % on time".
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from caseworker.domain.i18n import N_
from caseworker.domain.statistics import Period, rate


class Dimension(StrEnum):
    TOTAL = "total"
    CATEGORY = "category"
    TEAM = "team"
    WORKER = "worker"
    LEVEL = "level"  # the support level: how many times the case was escalated
    MONTH = "month"


DIMENSION_LABELS: dict[Dimension, str] = {
    Dimension.TOTAL: N_("All cases"),
    Dimension.CATEGORY: N_("Category"),
    Dimension.TEAM: N_("Team"),
    Dimension.WORKER: N_("Worker"),
    Dimension.LEVEL: N_("Support level"),
    Dimension.MONTH: N_("Month"),
}


class Cohort(StrEnum):
    """Which cases a figure counts (and so which records a drill-down lists)."""

    RESOLVED = "resolved"
    OPENED = "opened"
    OPEN_AT_END = "open"
    CHECK_INS = "check_ins"


@dataclass(frozen=True)
class Figure:
    name: str
    cohort: Cohort
    description: str


# The stable names, in the order they are printed. Rates are fractions from 0 to 1; days are
# calendar days.
FIGURES: tuple[Figure, ...] = (
    Figure("opened", Cohort.OPENED, N_("cases opened in the period")),
    Figure("resolved", Cohort.RESOLVED, N_("cases resolved in the period (latest resolution)")),
    Figure("within_target", Cohort.RESOLVED, N_("resolved cases resolved on or before their due date")),
    Figure("within_target_rate", Cohort.RESOLVED, N_("share of resolved cases resolved within target")),
    Figure("acceptable_yes", Cohort.RESOLVED, N_("resolved cases whose outcome the client found acceptable")),
    Figure("acceptable_partly", Cohort.RESOLVED, N_("resolved cases the client found partly acceptable")),
    Figure("acceptable_no", Cohort.RESOLVED, N_("resolved cases the client did not find acceptable")),
    Figure("acceptable_rate", Cohort.RESOLVED, N_("share of the client's verdicts that were 'yes'")),
    Figure("resolved_alone", Cohort.RESOLVED, N_("resolved cases resolved by the worker alone")),
    Figure("with_specialist", Cohort.RESOLVED, N_("resolved cases resolved with a specialist")),
    Figure("alone_rate", Cohort.RESOLVED, N_("share of resolved cases resolved alone")),
    Figure("escalated", Cohort.RESOLVED, N_("resolved cases that were escalated at least once")),
    Figure("escalation_rate", Cohort.RESOLVED, N_("share of resolved cases that were escalated")),
    Figure("mean_escalation_level", Cohort.RESOLVED, N_("mean support level of the escalated cases")),
    Figure("median_days_to_resolve", Cohort.RESOLVED, N_("median days from opening to resolution")),
    Figure("p90_days_to_resolve", Cohort.RESOLVED, N_("90th percentile of days from opening to resolution")),
    Figure("handoffs_per_case", Cohort.RESOLVED, N_("accepted handoffs per resolved case")),
    Figure("reopened", Cohort.RESOLVED, N_("resolved cases that had been reopened before")),
    Figure("satisfaction_responses", Cohort.RESOLVED, N_("resolved cases with a satisfaction score")),
    Figure("mean_satisfaction", Cohort.RESOLVED, N_("mean satisfaction score (1 to 5)")),
    Figure("first_responded", Cohort.OPENED, N_("opened cases with a first note, call or visit")),
    Figure("median_days_to_first_response", Cohort.OPENED,
           N_("median days from opening to the first note, call or visit")),
    Figure("p90_days_to_first_response", Cohort.OPENED,
           N_("90th percentile of days from opening to the first note, call or visit")),
    Figure("open_at_end", Cohort.OPEN_AT_END, N_("cases open at the end of the period")),
    Figure("overdue_at_end", Cohort.OPEN_AT_END, N_("open cases past their due date at the end of the period")),
    Figure("median_open_age_days", Cohort.OPEN_AT_END, N_("median age in days of the cases open at the end")),
    Figure("p90_open_age_days", Cohort.OPEN_AT_END, N_("90th percentile age in days of the cases open at the end")),
    Figure("check_ins_due", Cohort.CHECK_INS, N_("check-ins that fell due in the period by the client's rhythm")),
    Figure("check_ins_kept", Cohort.CHECK_INS, N_("check-ins made on or before their due day")),
    Figure("check_ins_kept_rate", Cohort.CHECK_INS, N_("share of the check-ins due that were kept on rhythm")),
)
FIGURE_NAMES = tuple(f.name for f in FIGURES)
COHORT_OF = {f.name: f.cohort for f in FIGURES}


@dataclass(frozen=True)
class QualityFigures:
    """One group's figures over one period. Field names are the stable figure names."""

    opened: int = 0
    resolved: int = 0
    within_target: int = 0
    within_target_rate: Decimal | None = None
    acceptable_yes: int = 0
    acceptable_partly: int = 0
    acceptable_no: int = 0
    acceptable_rate: Decimal | None = None
    resolved_alone: int = 0
    with_specialist: int = 0
    alone_rate: Decimal | None = None
    escalated: int = 0
    escalation_rate: Decimal | None = None
    mean_escalation_level: Decimal | None = None
    median_days_to_resolve: Decimal | None = None
    p90_days_to_resolve: Decimal | None = None
    handoffs_per_case: Decimal | None = None
    reopened: int = 0
    satisfaction_responses: int = 0
    mean_satisfaction: Decimal | None = None
    first_responded: int = 0
    median_days_to_first_response: Decimal | None = None
    p90_days_to_first_response: Decimal | None = None
    open_at_end: int = 0
    overdue_at_end: int = 0
    median_open_age_days: Decimal | None = None
    p90_open_age_days: Decimal | None = None
    check_ins_due: int = 0
    check_ins_kept: int = 0
    check_ins_kept_rate: Decimal | None = None

    def as_dict(self) -> dict[str, int | Decimal | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class GroupFigures:
    key: str  # stable: an id, a level number, "YYYY-MM", or "all"; "none" for no team / no worker
    label: str
    current: QualityFigures
    previous: QualityFigures
    inactive: bool = False  # a worker who has left (their figures stay)


@dataclass(frozen=True)
class Breakdown:
    dimension: Dimension
    period: Period
    previous_period: Period
    category_id: int | None
    groups: tuple[GroupFigures, ...]
    total: GroupFigures


@dataclass(frozen=True)
class CohortCounts:
    """The sums one grouped query returns for the resolved cases of a group."""

    resolved: int = 0
    within_target: int = 0
    acceptable_yes: int = 0
    acceptable_partly: int = 0
    acceptable_no: int = 0
    resolved_alone: int = 0
    with_specialist: int = 0
    escalated: int = 0
    escalation_levels: int = 0
    handoffs: int = 0
    reopened: int = 0
    satisfaction_sum: int = 0
    satisfaction_responses: int = 0


def previous_period(period: Period) -> Period:
    """The period of the same length that ends the day before *period* starts.

    A period of whole calendar months compares with the same number of whole months before it
    (March–May with December–February), which a count of days would not.
    """
    start, end = period.start, period.end
    next_day = end + timedelta(days=1)
    if start.day == 1 and next_day.day == 1:
        months = (next_day.year * 12 + next_day.month) - (start.year * 12 + start.month)
        index = start.year * 12 + start.month - 1 - months
        return Period(date(index // 12, index % 12 + 1, 1), start - timedelta(days=1))
    length = (end - start).days + 1
    return Period(start - timedelta(days=length), start - timedelta(days=1))


def percentile(ordered_at: dict[int, int], count: int, num: int, den: int) -> Decimal | None:
    """The *num/den* percentile by linear interpolation between closest ranks (as PostgreSQL's
    ``percentile_cont``), given the values at the 1-based ranks it needs.

    ``percentile_ranks`` says which ranks those are, so only they are fetched from the database.
    """
    if count == 0:
        return None
    low, high = percentile_ranks(count, num, den)
    fraction = Decimal(((count - 1) * num) % den) / Decimal(den)
    value = Decimal(ordered_at[low]) + (Decimal(ordered_at[high]) - Decimal(ordered_at[low])) * fraction
    return value.quantize(Decimal("0.1"))


def percentile_ranks(count: int, num: int, den: int) -> tuple[int, int]:
    """The 1-based ranks around the *num/den* percentile of *count* ordered values."""
    position = (count - 1) * num
    return position // den + 1, (position + den - 1) // den + 1


def histogram_percentile(histogram: dict[int, int], num: int, den: int) -> Decimal | None:
    """The *num/den* percentile of the values a histogram ({value: how many}) counts, exactly as
    :func:`percentile` would find it from the ordered values themselves.

    Days are whole numbers, so a group of a hundred thousand cases has a few hundred distinct
    values: the database groups them (a plain GROUP BY, the same on every engine) and the
    percentile is read off the running count.
    """
    count = sum(histogram.values())
    if count == 0:
        return None
    low, high = percentile_ranks(count, num, den)
    at: dict[int, int] = {}
    seen = 0
    for value in sorted(histogram):
        first, seen = seen + 1, seen + histogram[value]
        for rank in (low, high):
            if first <= rank <= seen:
                at[rank] = value
        if high in at:
            break
    return percentile(at, count, num, den)


def mean(total: int, count: int) -> Decimal | None:
    return (Decimal(total) / Decimal(count)).quantize(Decimal("0.01")) if count else None


def figures_from(counts: CohortCounts, *, opened: int = 0, first_responded: int = 0,
                 days_to_resolve: tuple[Decimal | None, Decimal | None] = (None, None),
                 first_response: tuple[Decimal | None, Decimal | None] = (None, None),
                 open_at_end: int = 0, overdue_at_end: int = 0,
                 open_age: tuple[Decimal | None, Decimal | None] = (None, None),
                 check_ins: tuple[int, int] = (0, 0)) -> QualityFigures:
    c = counts
    verdicts = c.acceptable_yes + c.acceptable_partly + c.acceptable_no
    return QualityFigures(
        opened=opened, resolved=c.resolved, within_target=c.within_target,
        within_target_rate=rate(c.within_target, c.resolved),
        acceptable_yes=c.acceptable_yes, acceptable_partly=c.acceptable_partly, acceptable_no=c.acceptable_no,
        acceptable_rate=rate(c.acceptable_yes, verdicts),
        resolved_alone=c.resolved_alone, with_specialist=c.with_specialist,
        alone_rate=rate(c.resolved_alone, c.resolved_alone + c.with_specialist),
        escalated=c.escalated, escalation_rate=rate(c.escalated, c.resolved),
        mean_escalation_level=mean(c.escalation_levels, c.escalated),
        median_days_to_resolve=days_to_resolve[0], p90_days_to_resolve=days_to_resolve[1],
        handoffs_per_case=mean(c.handoffs, c.resolved), reopened=c.reopened,
        satisfaction_responses=c.satisfaction_responses,
        mean_satisfaction=mean(c.satisfaction_sum, c.satisfaction_responses),
        first_responded=first_responded,
        median_days_to_first_response=first_response[0], p90_days_to_first_response=first_response[1],
        open_at_end=open_at_end, overdue_at_end=overdue_at_end,
        median_open_age_days=open_age[0], p90_open_age_days=open_age[1],
        check_ins_due=check_ins[0], check_ins_kept=check_ins[1], check_ins_kept_rate=rate(check_ins[1], check_ins[0]),
    )


# Count figures a drill-down can narrow to: the cases behind the number, not the whole cohort.
# "missed_target" is the complement of "within_target", which a manager asks for as often.
DRILL_FILTERS = frozenset({
    "within_target", "missed_target", "acceptable_yes", "acceptable_partly", "acceptable_no",
    "resolved_alone", "with_specialist", "escalated", "reopened", "satisfaction_responses",
    "first_responded", "overdue_at_end", "check_ins_kept", "check_ins_missed",
})


@dataclass(frozen=True)
class DrillRow:
    """One case behind a figure, as the reader may see it (no client name without the right)."""

    case_id: int
    reference: str
    title: str
    client: str | None
    category: str
    worker: str
    opened_on: date
    due_on: date
    resolved_on: date | None
    days: int | None  # to resolution, or the age of an open case at the period's end
    within_target: bool | None
    acceptable: str | None
    satisfaction: int | None
    escalation_level: int


@dataclass(frozen=True)
class DrillDown:
    rows: tuple[DrillRow, ...]
    total: int  # all the cases behind the figure; rows may stop at the limit
    cohort: Cohort
    period: Period


DRILL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("reference", N_("Case")), ("title", N_("Title")), ("client", N_("Client")),
    ("category", N_("Category")), ("worker", N_("Worker")), ("opened_on", N_("Opened")),
    ("due_on", N_("Due")), ("resolved_on", N_("Resolved")), ("days", N_("Days")),
    ("within_target", N_("Within target")), ("acceptable", N_("Acceptable")),
    ("satisfaction", N_("Satisfaction")), ("escalation_level", N_("Support level")),
)
