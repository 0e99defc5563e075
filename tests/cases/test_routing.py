"""Routing: the least-loaded specialist, the point of contact, then anyone with the fewest cases."""

from __future__ import annotations

from caseworker.domain.routing import Candidate, Route, suggest_assignee

PRIYA = Candidate(1, "Priya", frozenset({"housing"}), open_cases=7)
TOM = Candidate(2, "Tom", frozenset({"housing", "health"}), open_cases=3)
SAM = Candidate(3, "Sam", frozenset({"benefits"}), open_cases=1)
LENA = Candidate(4, "Lena", frozenset(), open_cases=0)


def test_the_specialist_with_the_fewest_open_cases_is_suggested() -> None:
    s = suggest_assignee(Route("Housing", "housing"), [PRIYA, TOM, SAM, LENA])
    assert s.user_id == TOM.user_id
    assert s.reason_text() == "Tom has the fewest open cases (3) among the housing specialists."
    assert [c.user_id for c in s.ranked[:2]] == [TOM.user_id, PRIYA.user_id]


def test_the_answer_does_not_depend_on_the_order_of_the_candidates() -> None:
    route = Route("Housing", "housing")
    assert suggest_assignee(route, [TOM, PRIYA]).user_id == suggest_assignee(route, [PRIYA, TOM]).user_id


def test_the_point_of_contact_wins_a_tie_among_specialists() -> None:
    priya = Candidate(1, "Priya", frozenset({"housing"}), open_cases=3)
    assert suggest_assignee(Route("Housing", "housing", point_of_contact_id=1), [TOM, priya]).user_id == 1
    assert suggest_assignee(Route("Housing", "housing"), [TOM, priya]).user_id == 1  # then by name


def test_specialty_matching_ignores_case_and_spaces() -> None:
    assert suggest_assignee(Route("Housing", " Housing "), [SAM, PRIYA]).user_id == PRIYA.user_id


def test_without_specialists_the_point_of_contact_is_suggested() -> None:
    s = suggest_assignee(Route("Immigration", "immigration", point_of_contact_id=SAM.user_id), [PRIYA, SAM, LENA])
    assert s.user_id == SAM.user_id
    assert "point of contact for Immigration" in s.reason_text()
    assert s.ranked[0] == SAM


def test_without_specialty_or_contact_the_least_loaded_worker_is_suggested() -> None:
    s = suggest_assignee(Route("General"), [PRIYA, TOM, SAM, LENA])
    assert s.user_id == LENA.user_id
    assert "fewest open cases (0)" in s.reason_text()


def test_inactive_workers_are_never_suggested() -> None:
    gone = Candidate(9, "Gone", frozenset({"housing"}), open_cases=0, active=False)
    assert suggest_assignee(Route("Housing", "housing", point_of_contact_id=9), [gone, PRIYA]).user_id == PRIYA.user_id


def test_nobody_to_suggest() -> None:
    s = suggest_assignee(Route("Housing", "housing"), [])
    assert s.user_id is None and "Nobody" in s.reason_text()
