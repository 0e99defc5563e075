"""The bad-input catalogue, through the real services on both engines.

Each bad value must be refused with a message for its own field and leave the database exactly as
it was; each good-but-unusual value must be stored and shown exactly. Later capabilities add their
own inputs to these tables.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, Text, func, select

from caseworker.db.database import Database
from caseworker.db.models import AuditEntry
from caseworker.db.types import Money
from caseworker.domain.clients import ClientDraft
from caseworker.domain.donors import DonorDraft
from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.gifts import GiftDraft
from caseworker.domain.inputs import MAX_AMOUNT, clean_text, name_key, parse_money
from caseworker.domain.listing import ListQuery
from caseworker.domain.records import Actor
from caseworker.services.accounts import AccountService
from caseworker.services.clients import ClientService
from caseworker.services.donors import DonorService
from caseworker.services.gifts import GiftService
from caseworker.services.search import SearchService

TEN_MB = "x" * (10 * 1024 * 1024)


def field_errors(exc: ValidationError | ValidationErrors) -> dict[str, str]:
    if isinstance(exc, ValidationErrors):
        return exc.by_field()
    return {exc.field: exc.text()}


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {"audit": s.scalar(select(func.count(AuditEntry.id))) or 0}


def refused(db: Database, action: Any, field: str, fragment: str) -> None:
    before = counts(db)
    with pytest.raises((ValidationError, ValidationErrors)) as caught:
        action()
    errors = field_errors(caught.value)
    assert field in errors, errors
    assert fragment.lower() in errors[field].lower(), errors[field]
    assert counts(db) == before


@pytest.fixture
def clients(db: Database, admin: Actor) -> ClientService:
    return ClientService(db, admin)


@pytest.mark.parametrize(("value", "fragment"), [
    ("2023-02-29", "not a day on the calendar"),
    ("0000-01-01", "no year 0"),
    ("10000-01-01", "after the year 9999"),
    ("2999-01-01", "in the future"),
])
def test_impossible_and_future_birth_dates(db: Database, clients: ClientService, value: str,
                                           fragment: str) -> None:
    refused(db, lambda: clients.create(ClientDraft("Ann", "Lee", date_of_birth=value)),
            "date_of_birth", fragment)


@pytest.mark.parametrize(("field", "draft", "fragment"), [
    ("first_name", ClientDraft("An\x00n", "Lee"), "NUL"),
    ("notes", ClientDraft("Ann", "Lee", notes=TEN_MB), "at most"),
    ("notes", ClientDraft("Ann", "Lee", notes="ok\x00"), "NUL"),
])
def test_nul_bytes_and_a_ten_megabyte_note(db: Database, clients: ClientService, field: str,
                                           draft: ClientDraft, fragment: str) -> None:
    refused(db, lambda: clients.create(draft), field, fragment)


@pytest.mark.parametrize("name", [
    "مريم الحسيني", "שרה כהן", "Zoë 👩🏽‍🚒", "Ngọc Ánh", "Zoe\u0308",
    "Robert'); DROP TABLE clients;--", "100% _real_",
])
def test_unusual_names_are_stored_and_shown_exactly(db: Database, clients: ClientService, name: str) -> None:
    record, _ = clients.create(ClientDraft(name, "Testperson"), confirmed=True)
    shown = clients.get(record.id)
    assert shown.first_name == unicodedata.normalize("NFC", name)


def test_names_are_normalised_for_duplicate_checks(db: Database, clients: ClientService) -> None:
    born = date(1990, 1, 2)
    clients.create(ClientDraft("Zoë", "Ærø", date_of_birth=born), confirmed=True)
    assert clients.possible_duplicates(ClientDraft("ZOE\u0308", "ÆRØ", date_of_birth=born))
    assert name_key("Zoe\u0308") == name_key("ZOË")


@pytest.mark.parametrize("text", ["%", "_", "'; DROP TABLE users; --", "\\", "100%", "a_b"])
def test_sql_looking_text_and_wildcards_in_searches(db: Database, admin: Actor, clients: ClientService,
                                                    text: str) -> None:
    clients.create(ClientDraft("Plain", "Name"), confirmed=True)
    clients.create(ClientDraft("Percent", "100% Sure"), confirmed=True)
    found = clients.list_ids(ListQuery(text=text))
    shown = [f"{c.first_name} {c.last_name}" for c in map(clients.get, found)]
    # A wildcard matches itself only: "%" never lists everyone, "_" never any one character.
    assert all(text.lower() in name.lower() for name in shown), shown
    assert "Plain Name" not in shown
    assert SearchService(db, admin).search(text) is not None
    users = AccountService(db, admin)
    assert all(text.lower() in (u.username + u.display_name).lower()
               for u in map(users.get, users.list_user_ids(ListQuery(text=text))))


@pytest.fixture
def gifts(db: Database, admin: Actor) -> tuple[GiftService, int]:
    donor, _ = DonorService(db, admin).add_donor(DonorDraft(first_name="Dora", last_name="Donor"))
    return GiftService(db, admin), donor.id


@pytest.mark.parametrize(("amount", "fragment"), [
    ("NaN", "not an amount"), ("Infinity", "not an amount"), ("-5", "negative"),
    ("1e400", "not an amount"), ("12.345", "decimal places"),
    (Decimal("NaN"), "number"), (Decimal("Infinity"), "number"), (Decimal("1e400"), "too large"),
    (Decimal("12.345"), "decimal places"), (Decimal("-5"), "negative"),
])
def test_bad_amounts(db: Database, gifts: tuple[GiftService, int], amount: Any, fragment: str) -> None:
    service, donor_id = gifts
    refused(db, lambda: service.record_gift(GiftDraft(donor_id, amount, "2026-01-05")), "amount", fragment)


# -- Hypothesis: anything valid round-trips exactly on both engines ------------------------------
_names = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=40) \
    .filter(lambda s: s.strip())
_amounts = st.decimals(min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT, places=2,
                       allow_nan=False, allow_infinity=False)

_scratch = MetaData()
_values = Table("protection_round_trip", _scratch,
                Column("id", Integer, primary_key=True),
                Column("name", Text, nullable=False),
                Column("amount", Money, nullable=False))


@pytest.fixture
def round_trip_table(db: Database):
    _scratch.create_all(db.engine)
    yield _values
    _scratch.drop_all(db.engine)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=_names, amount=_amounts)
def test_any_name_and_amount_round_trip_exactly(db: Database, round_trip_table: Table, name: str,
                                                amount: Decimal) -> None:
    stored_name = clean_text(name, "name", max_chars=200)
    stored_amount = parse_money(str(amount), "amount", allow_negative=True, allow_zero=True)
    with db.transaction("Save a value") as s:
        new_id = s.execute(round_trip_table.insert().values(name=stored_name, amount=stored_amount)
                           ).inserted_primary_key[0]
    with db.read() as s:
        loaded_name, loaded_amount = s.execute(
            select(round_trip_table.c.name, round_trip_table.c.amount).where(round_trip_table.c.id == new_id)).one()
    assert loaded_name == stored_name == unicodedata.normalize("NFC", name.strip())
    assert loaded_amount == amount and str(loaded_amount) == str(stored_amount)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(first=_names.filter(lambda s: len(s.strip()) <= 40))
def test_any_client_name_round_trips_through_the_service(db: Database, admin: Actor, first: str) -> None:
    clients = ClientService(db, admin)
    try:
        record, _ = clients.create(ClientDraft(first, "Roundtrip"), confirmed=True)
    except (ValidationError, ValidationErrors) as exc:
        # Only refusals with a field-specific reason are acceptable (e.g. a name made of symbols).
        assert field_errors(exc)
        return
    assert clients.get(record.id).first_name == clean_text(first, "first_name", max_chars=200)
