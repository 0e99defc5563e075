"""The bad-input catalogue for client forms: each value is refused beside its field and changes nothing."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import func, select

from caseworker.db.database import Database
from caseworker.db.models import AuditEntry, Client
from caseworker.domain.clients import ClientDraft, ConsentDraft, ReferralDraft
from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.permissions import Role
from caseworker.services.container import Services

TEN_MB = "x" * (10 * 1024 * 1024)

BAD = [
    ("date_of_birth", {"date_of_birth": "31/12/1980"}),
    ("date_of_birth", {"date_of_birth": "1980-02-30"}),
    ("date_of_birth", {"date_of_birth": "yesterday"}),
    ("date_of_birth", {"date_of_birth": "2999-01-01"}),  # in the future
    ("date_of_birth", {"date_of_birth": "1850-01-01"}),
    ("first_name", {"first_name": ""}),
    ("first_name", {"first_name": "Ann\x00a"}),
    ("first_name", {"first_name": "A" * 121}),
    ("last_name", {"last_name": "Smith\nJones"}),
    ("notes", {"notes": TEN_MB}),
    ("needs", {"needs": "help\x00"}),
    ("safeguarding", {"safeguarding": "bell\x07"}),
    ("phone", {"phone": "12345"}),
    ("phone", {"phone": "+1 202 555 0143 9999 9999"}),
    ("phone", {"phone": "call me"}),
    ("email", {"email": "a@b"}),
    ("email", {"email": "name@" + "x" * 300 + ".org"}),
    ("email", {"email": "robert'); DROP TABLE clients;--"}),
    ("interpreter_language", {"interpreter_needed": True, "interpreter_language": ""}),
    ("contact_channel", {"contact_channel": "pigeon"}),
    ("email", {"contact_channel": "email"}),
    ("tags", {"tags": ("x" * 61,)}),
]


def _fields(exc: Exception) -> set[str]:
    if isinstance(exc, ValidationErrors):
        return {e.field for e in exc.errors}
    assert isinstance(exc, ValidationError)
    return {exc.field}


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count(Client.id))) or 0, s.scalar(select(func.count(AuditEntry.id))) or 0)


@pytest.fixture
def worker(services_for) -> Services:
    return services_for(Role.CASEWORKER)


@pytest.mark.parametrize(("field", "values"), BAD, ids=[f"{f}-{i}" for i, (f, _v) in enumerate(BAD)])
def test_bad_input_is_refused_beside_its_field_and_changes_nothing(db: Database, worker: Services, field: str,
                                                                   values: dict) -> None:
    base = {"first_name": "Maria", "last_name": "Smith"} | values
    before = _counts(db)
    with pytest.raises((ValidationError, ValidationErrors)) as info:
        worker.clients.create(ClientDraft(**base))
    assert field in _fields(info.value)
    errors = [info.value] if isinstance(info.value, ValidationError) else info.value.errors
    assert all(e.text().strip() for e in errors)  # a clear message for each field
    assert _counts(db) == before


def test_bad_input_on_update_leaves_the_record_as_it_was(db: Database, worker: Services) -> None:
    record, _ = worker.clients.create(ClientDraft("Maria", "Smith", date_of_birth="1980-02-03"))
    with pytest.raises(ValidationErrors):
        worker.clients.update(record.id, ClientDraft("Maria\x00", "Smith", date_of_birth="2999-01-01"),
                              record.version)
    assert worker.clients.get(record.id) == record


@pytest.mark.parametrize("first, last", [
    ("מרים", "כהן"), ("محمد", "عبد الله"), ("Σωκράτης", "Παπαδόπουλος"), ("Мария", "Иванова"),
    ("Ana 🌻", "Lopez"), ("Zoe\u0308", "O'Brien"), ("\u200fנועה", "לוי"), ("Nguyễn", "Thị Minh Khai"),
    ("Robert'); DROP TABLE clients;--", "100% _under"),
])
def test_names_in_any_script_are_stored_and_shown_exactly(worker: Services, first: str, last: str) -> None:
    record, _ = worker.clients.create(ClientDraft(first, last))
    got = worker.clients.get(record.id)
    # Canonically equivalent (NFC) text is the same text on screen: "Zoe" + combining diaeresis is "Zoë".
    assert (got.first_name, got.last_name) == (unicodedata.normalize("NFC", first), unicodedata.normalize("NFC", last))


def test_duplicate_check_compares_normalised_names(worker: Services) -> None:
    worker.clients.create(ClientDraft("Zoe\u0308", "O'Brien", date_of_birth="1990-03-04"))
    assert worker.clients.possible_duplicates(ClientDraft("ZOË", "o'brien", date_of_birth="1990-03-04"))
    assert worker.clients.possible_duplicates(ClientDraft("Zoe", "OBrien", date_of_birth="1990-03-04"))


def test_bad_consent_and_referral_dates(worker: Services) -> None:
    record, _ = worker.clients.create(ClientDraft("Maria", "Smith"))
    with pytest.raises(ValidationErrors) as info:
        worker.clients.add_consent(record.id, ConsentDraft("", True, "2999-01-01", "telepathy", "\x00"))
    assert _fields(info.value) == {"topic", "given_on", "method", "note"}
    with pytest.raises(ValidationErrors) as info:
        worker.clients.add_referral(record.id, ReferralDraft("", TEN_MB, "not a date"))
    assert _fields(info.value) == {"agency", "reason", "referred_on"}
    assert worker.clients.get(record.id).consents == () and worker.clients.get(record.id).referrals == ()
