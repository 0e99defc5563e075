"""The case workflow as a pure state machine: every step, allowed and refused, and its guards."""

from __future__ import annotations

import itertools

import pytest

from caseworker.domain.cases import (
    MAX_ESCALATION_LEVEL,
    TRANSITIONS,
    Acceptability,
    CaseState,
    CaseStatus,
    Resolution,
    StepRequest,
    WaitingOn,
    case_reference,
    check_transition,
    parse_case_reference,
    validate_resolution,
)
from caseworker.domain.errors import RuleViolation, ValidationErrors

S = CaseStatus
GOOD = Resolution("Rent arrears cleared with a hardship grant", True, Acceptability.YES, 4)

# The whole graph, written out so a change to the workflow has to change this test too.
EXPECTED = {
    S.NEW: {S.ASSIGNED, S.IN_PROGRESS, S.WAITING, S.ESCALATED, S.RESOLVED},
    S.ASSIGNED: {S.IN_PROGRESS, S.WAITING, S.ESCALATED, S.RESOLVED},
    S.IN_PROGRESS: {S.WAITING, S.ESCALATED, S.RESOLVED},
    S.WAITING: {S.IN_PROGRESS, S.WAITING, S.ESCALATED, S.RESOLVED},
    S.ESCALATED: {S.IN_PROGRESS, S.WAITING, S.ESCALATED, S.RESOLVED},
    S.RESOLVED: {S.CLOSED, S.IN_PROGRESS},
    S.CLOSED: {S.IN_PROGRESS},
}


def full_request(target: CaseStatus) -> StepRequest:
    """A request carrying everything any step could need."""
    return StepRequest(target, waiting_on=WaitingOn.THIRD_PARTY, reason="because", resolution=GOOD)


def test_the_graph_is_as_documented() -> None:
    assert {k: set(v) for k, v in TRANSITIONS.items()} == EXPECTED


@pytest.mark.parametrize(("current", "target"), list(itertools.product(CaseStatus, CaseStatus)))
def test_every_step_is_allowed_or_refused_with_a_message(current: CaseStatus, target: CaseStatus) -> None:
    state = CaseState(current, assignee_id=7, waiting_on=WaitingOn.CLIENT if current is S.WAITING else None)
    if target in EXPECTED[current]:
        check_transition(state, full_request(target))
    else:
        with pytest.raises(RuleViolation) as info:
            check_transition(state, full_request(target))
        assert info.value.text().endswith(".")


def test_closing_an_unresolved_case_is_refused_with_a_clear_message() -> None:
    for current in (S.NEW, S.ASSIGNED, S.IN_PROGRESS, S.WAITING, S.ESCALATED):
        with pytest.raises(RuleViolation, match="closed only once it is resolved"):
            check_transition(CaseState(current, 1), StepRequest(S.CLOSED))


def test_resolving_without_an_outcome_is_refused() -> None:
    with pytest.raises(RuleViolation, match="without an outcome"):
        check_transition(CaseState(S.IN_PROGRESS, 1), StepRequest(S.RESOLVED))
    with pytest.raises(RuleViolation, match="without an outcome"):
        check_transition(CaseState(S.IN_PROGRESS, 1),
                         StepRequest(S.RESOLVED, resolution=Resolution("  ", True, Acceptability.YES)))


def test_work_needs_an_assignee() -> None:
    for target in (S.ASSIGNED, S.IN_PROGRESS):
        with pytest.raises(RuleViolation, match="Assign the case"):
            check_transition(CaseState(S.NEW, None), StepRequest(target))


def test_waiting_needs_to_say_on_whom() -> None:
    with pytest.raises(RuleViolation, match="waiting on"):
        check_transition(CaseState(S.IN_PROGRESS, 1), StepRequest(S.WAITING))
    with pytest.raises(RuleViolation, match="already waiting"):
        check_transition(CaseState(S.WAITING, 1, waiting_on=WaitingOn.CLIENT),
                         StepRequest(S.WAITING, waiting_on=WaitingOn.CLIENT))
    # From waiting on the client to waiting on a third party is a real step.
    check_transition(CaseState(S.WAITING, 1, waiting_on=WaitingOn.CLIENT),
                     StepRequest(S.WAITING, waiting_on=WaitingOn.THIRD_PARTY))


def test_escalation_needs_a_reason_and_stops_at_the_top_level() -> None:
    with pytest.raises(RuleViolation, match="reason for the escalation"):
        check_transition(CaseState(S.IN_PROGRESS, 1), StepRequest(S.ESCALATED))
    check_transition(CaseState(S.ESCALATED, 1, escalation_level=MAX_ESCALATION_LEVEL - 1),
                     StepRequest(S.ESCALATED, reason="still stuck"))
    with pytest.raises(RuleViolation, match="highest support level"):
        check_transition(CaseState(S.ESCALATED, 1, escalation_level=MAX_ESCALATION_LEVEL),
                         StepRequest(S.ESCALATED, reason="still stuck"))


def test_reopening_needs_a_reason() -> None:
    for current in (S.RESOLVED, S.CLOSED):
        with pytest.raises(RuleViolation, match="reason for reopening"):
            check_transition(CaseState(current, 1), StepRequest(S.IN_PROGRESS))
        check_transition(CaseState(current, 1), StepRequest(S.IN_PROGRESS, reason="the client came back"))


def test_a_finished_case_must_be_reopened_before_anything_else() -> None:
    with pytest.raises(RuleViolation, match="reopen it"):
        check_transition(CaseState(S.CLOSED, 1), full_request(S.WAITING))


def test_nothing_goes_back_to_new() -> None:
    with pytest.raises(RuleViolation, match="back to new"):
        check_transition(CaseState(S.ASSIGNED, 1), StepRequest(S.NEW))


def test_the_resolution_form_is_checked_field_by_field() -> None:
    with pytest.raises(ValidationErrors) as info:
        validate_resolution(Resolution("", True, "perhaps", 6))  # type: ignore[arg-type]
    assert set(info.value.by_field()) == {"outcome", "acceptable", "satisfaction"}
    with pytest.raises(ValidationErrors):
        validate_resolution(Resolution("ok", True, Acceptability.YES, True))  # type: ignore[arg-type]
    clean = validate_resolution(Resolution("  Housed \r\n", False, "partly", None))
    assert clean == Resolution("Housed", False, Acceptability.PARTLY, None)


def test_references_read_both_ways() -> None:
    assert case_reference(42) == "C-000042"
    assert parse_case_reference("C-000042") == 42
    assert parse_case_reference("c42") == 42
    assert parse_case_reference("42") == 42
    assert parse_case_reference("Cooper") is None
    assert parse_case_reference("C-") is None
