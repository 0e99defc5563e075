"""Targets as typed: counts, outcomes by row, and the share of a target reached."""

from __future__ import annotations

from decimal import Decimal

import pytest

from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.grant_targets import Output, TargetsDraft, parse_count, share_of_target, validate_targets


@pytest.mark.parametrize("text, expected", [("", None), (" 1,200 ", 1200), (0, 0), ("0", 0), (None, None)])
def test_counts_as_typed(text, expected) -> None:
    assert parse_count(text, "people_served") == expected


@pytest.mark.parametrize("text", ["-3", "2.5", "ten", True, 10_000_001])
def test_a_count_that_is_not_one_names_its_field(text) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_count(text, "people_served")
    assert caught.value.field == "people_served"


def test_outcome_rows_are_checked_by_row_and_blank_rows_skipped() -> None:
    with pytest.raises(ValidationErrors) as caught:
        validate_targets(TargetsDraft(outputs={"people_served": "5", "bogus": "1"},
                                      outcomes=(("", "", ""), ("Rehoused", "", ""), ("rehoused", "4", ""))))
    assert {e.field for e in caught.value.errors} == {"bogus", "outcome_2_target", "outcome_3_name"}
    ok = validate_targets(TargetsDraft(outputs={"people_served": "5"}, outcomes=(("", "", ""), ("Rehoused", "4", "1"))))
    assert ok.outputs == {Output.PEOPLE_SERVED: 5} and ok.outcomes[0].achieved == 1


@pytest.mark.parametrize("reached, target, share", [(1, 40, Decimal("0.03")), (30, 30, Decimal("1.00")),
                                                    (45, 30, Decimal("1.50")), (None, 30, None), (3, 0, None),
                                                    (3, None, None)])
def test_the_share_of_a_target_reached(reached, target, share) -> None:
    assert share_of_target(reached, target) == share
