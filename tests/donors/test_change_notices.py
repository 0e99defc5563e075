"""Change notices are made by the transaction from the rows it wrote, never by hand."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import update

from caseworker.db.base import Base
from caseworker.db.models import Donor
from caseworker.db.notices import NOTICES, QUIET, changes_so_far, notice
from caseworker.domain.donors import DonorDraft
from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.donors import HouseholdDraft

PACKAGE = Path(__file__).resolve().parents[2] / "caseworker"


def test_every_table_says_what_its_changes_touch() -> None:
    mapped = {m.class_ for m in Base.registry.mappers}
    assert mapped - set(NOTICES) - QUIET == set(), "a new table must say which views it changes (db/notices.py)"
    assert set(NOTICES) & QUIET == set()
    for cls, spec in NOTICES.items():
        for _kind, attribute in spec:
            assert attribute is None or attribute in cls.__table__.c, f"{cls.__name__}.{attribute}"


def test_an_action_returns_the_records_its_rows_belong_to(fundraiser, add_donor) -> None:
    ana, luis = add_donor("Ana", "Duarte"), add_donor("Luis", "Duarte")
    home, changes = fundraiser.donors.add_household(HouseholdDraft("Duarte family", member_ids=(ana,)))
    assert changes.ids(ChangeKind.HOUSEHOLD) == {home.id} and changes.ids(ChangeKind.DONOR) == {ana}
    other, _ = fundraiser.donors.add_household(HouseholdDraft("Elsewhere", member_ids=(luis,)))

    # Ana moves house: the household she left and the one she joined both hear of it.
    record = fundraiser.donors.get(ana)
    _, changes = fundraiser.donors.update_donor(ana, DonorDraft(first_name="Ana", last_name="Duarte",
                                                          household_id=other.id), record.version)
    assert changes.ids(ChangeKind.HOUSEHOLD) == {home.id, other.id}
    assert changes.ids(ChangeKind.DONOR) == {ana}
    assert not changes.touches(ChangeKind.CLIENT, ChangeKind.GIFT)


def test_an_action_that_changes_nothing_announces_nothing(fundraiser, add_donor) -> None:
    ana = add_donor()
    record = fundraiser.donors.get(ana)
    _, changes = fundraiser.donors.update_donor(ana, DonorDraft(first_name="Ana", last_name="Duarte"), record.version)
    assert changes == Changes()  # no view reloads for a save that changed nothing


def test_a_refused_action_announces_nothing_and_writes_nothing(fundraiser, add_donor, db) -> None:
    ana = add_donor()
    with pytest.raises((ValidationError, ValidationErrors)):
        fundraiser.donors.update_donor(ana, DonorDraft(first_name="Ana", last_name="Duarte", email="not an address"),
                                       fundraiser.donors.get(ana).version)
    assert fundraiser.donors.get(ana).email == ""


def test_bulk_statements_and_driver_writes_are_noticed(db, add_donor) -> None:
    ana = add_donor()
    with db.transaction("Bulk") as s:
        s.execute(update(Donor).where(Donor.id == ana).values(notes="bulk")
                  .execution_options(synchronize_session=False))
        changes = changes_so_far(s)
    # Which rows a bulk statement touched is not known: the kind as a whole.
    assert changes.touches(ChangeKind.DONOR) and changes.ids(ChangeKind.DONOR) == frozenset()
    with db.transaction("Driver") as s:
        notice(s, ChangeKind.DONOR, ana)
        assert changes_so_far(s) == Changes.of(ChangeKind.DONOR, ana)
    with db.read() as s:
        assert changes_so_far(s) == Changes()  # a read collects nothing


def _hand_written_notices(folder: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            made = (isinstance(func, ast.Attribute) and func.attr == "of"
                    and isinstance(func.value, ast.Name) and func.value.id == "Changes")
            filled = isinstance(func, ast.Name) and func.id == "Changes" and (node.args or node.keywords)
            if made or filled:
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return found


@pytest.mark.parametrize("folder", ["services", "ui", "cli", "reports"])
def test_no_service_or_view_writes_its_own_notice(folder: str) -> None:
    assert _hand_written_notices(folder) == []


def test_a_bulk_notice_mentions_every_record_of_its_kind() -> None:
    named = Changes.of(ChangeKind.CASE, 3)
    bulk = Changes.of(ChangeKind.CASE)
    assert named.mentions(ChangeKind.CASE, 3) and not named.mentions(ChangeKind.CASE, 4)
    assert bulk.mentions(ChangeKind.CASE, 4) and not bulk.mentions(ChangeKind.CLIENT, 4)
    with pytest.raises(ValueError):
        Changes.of("cases", 1)  # type: ignore[arg-type]  # kinds are an enum, not free text
