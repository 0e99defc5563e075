"""The client service on both engines: files, search, duplicates, audit, permissions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from caseworker.db.database import Database
from caseworker.db.models import AuditEntry, Client
from caseworker.domain.clients import (
    ClientDraft,
    ConsentDraft,
    ContactDraft,
    OutcomeDraft,
    PossibleDuplicates,
    ReferralDraft,
)
from caseworker.domain.errors import ConflictError, NotPermitted, RuleViolation, ValidationError, ValidationErrors
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind
from caseworker.services.clients import client_label, client_labels
from caseworker.services.container import Services

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def draft(first: str = "Maria", last: str = "Smith", **kw) -> ClientDraft:
    return ClientDraft(first, last, **kw)


@pytest.fixture
def worker(services_for) -> Services:
    return services_for(Role.CASEWORKER)


def test_create_get_and_flags(worker: Services) -> None:
    record, changes = worker.clients.create(draft(
        preferred_name="Mia", date_of_birth="1980-02-03", phone="+44 7911 123456", email="Mia@Example.org",
        safeguarding="Do not visit alone", interpreter_needed=True, interpreter_language="Greek",
        accessibility="Wheelchair user", tags=("Housing", "housing", " debt ")))
    assert changes.ids(ChangeKind.CLIENT) == {record.id}
    got = worker.clients.get(record.id)
    assert got.name == "Mia Smith"
    assert got.date_of_birth == date(1980, 2, 3)
    assert got.phone == "+447911123456" and got.email == "Mia@example.org"
    assert got.flags.any and got.flags.safeguarding == "Do not visit alone"
    assert got.flags.interpreter_language == "Greek"
    assert got.tags == ("debt", "housing")


def test_every_change_lands_in_the_audit_log_with_before_and_after(db: Database, worker: Services) -> None:
    record, _ = worker.clients.create(draft(date_of_birth="1980-02-03"))
    changed, _ = worker.clients.update(record.id, draft(last="Smyth", date_of_birth="1980-02-03",
                                                         tags=("food",)), record.version)
    assert changed.last_name == "Smyth" and changed.version == record.version + 1
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.record_type == "client",
                                                     AuditEntry.record_id == record.id)
                            .order_by(AuditEntry.id)).all()
        assert [e.kind for e in entries] == ["create", "update"]
        assert entries[0].changes["first_name"] == [None, "Maria"]
        assert entries[1].changes == {"last_name": ["Smith", "Smyth"], "tags": [[], ["food"]]}
        assert entries[1].user_id == worker.actor.user_id and entries[1].action == "Change client"


def test_a_stale_form_is_refused(worker: Services, services_for) -> None:
    other = services_for(Role.CASEWORKER)
    record, _ = worker.clients.create(draft())
    other.clients.update(record.id, draft(first="Marie"), record.version)
    with pytest.raises(ConflictError):
        worker.clients.update(record.id, draft(first="Mary"), record.version)
    assert worker.clients.get(record.id).first_name == "Marie"


def test_duplicates_are_warned_about_unless_confirmed(worker: Services) -> None:
    first, _ = worker.clients.create(draft("José", "García", date_of_birth="1975-05-06"))
    with pytest.raises(PossibleDuplicates) as info:
        worker.clients.create(draft("jose", "GARCIA", date_of_birth="1975-05-06"))
    assert [c.id for c in info.value.candidates] == [first.id]
    assert len(worker.clients.list_ids(ListQuery())) == 1  # nothing written
    # Word order, accents and case do not hide a duplicate; another birthday is another person.
    assert worker.clients.possible_duplicates(draft("Garcia", "Jose", date_of_birth="1975-05-06"))
    assert not worker.clients.possible_duplicates(draft("José", "García", date_of_birth="1975-05-07"))
    assert not worker.clients.possible_duplicates(draft("Ana", "Pérez", date_of_birth="1975-05-06"))
    second, _ = worker.clients.create(draft("jose", "GARCIA", date_of_birth="1975-05-06"), confirmed=True)
    assert second.id != first.id


def test_search_by_any_name_prefix_ignoring_case_and_accents(worker: Services) -> None:
    ids = {}
    for first, last, preferred in [("Zoë", "O'Brien", ""), ("Σωκράτης", "Παπαδόπουλος", ""),
                                   ("Мария", "Иванова", ""), ("מרים", "כהן", ""), ("محمد", "حسن", ""),
                                   ("Robert", "Ng", "Bob"), ("Anna", "Lee-Smith", "")]:
        record, _ = worker.clients.create(draft(first, last, preferred_name=preferred))
        ids[first] = record.id
    find = lambda text: set(worker.clients.list_ids(ListQuery(text=text)))  # noqa: E731
    assert find("zoe") == {ids["Zoë"]}
    assert find("o'bri") == {ids["Zoë"]}
    assert find("ΣΩΚΡ") == {ids["Σωκράτης"]}
    assert find("пАПа") == set() and find("ива") == {ids["Мария"]}
    assert find("כה") == {ids["מרים"]}
    assert find("محم") == {ids["محمد"]}
    assert find("bob") == {ids["Robert"]} and find("rob ng") == {ids["Robert"]}
    assert find("smith") == {ids["Anna"]}
    # Wildcards and SQL-looking text match themselves only.
    assert find("%") == set() and find("_") == set() and find("a%") == set()
    assert find("'; DROP TABLE clients; --") == set()
    assert len(find("")) == 7


def test_list_filters_and_rows(worker: Services) -> None:
    a, _ = worker.clients.create(draft("Ann", "Able", safeguarding="Two workers only", tags=("food",)))
    b, _ = worker.clients.create(draft("Ben", "Baker", interpreter_needed=True, interpreter_language="Farsi",
                                       key_worker_id=worker.actor.user_id, phone="+1 202-555-0143"))
    c, _ = worker.clients.create(draft("Cy", "Cole", accessibility="Step-free access"))
    ids = worker.clients.list_ids
    assert ids(ListQuery()) == [a.id, b.id, c.id]
    assert ids(ListQuery().sorted_by("name", descending=True)) == [c.id, b.id, a.id]
    assert ids(ListQuery().with_filter("flag", "safeguarding")) == [a.id]
    assert ids(ListQuery().with_filter("flag", "interpreter")) == [b.id]
    assert ids(ListQuery().with_filter("flag", "any")) == [a.id, b.id, c.id]
    assert ids(ListQuery().with_filter("key_worker_id", worker.actor.user_id)) == [b.id]
    assert ids(ListQuery().with_filter("tag", "food")) == [a.id]
    # A phone number is found from its start, typed with or without the country code.
    assert ids(ListQuery(text="202 555")) == [b.id]
    assert ids(ListQuery(text="+1 (202) 555-01")) == [b.id]
    assert ids(ListQuery(text="555 0143")) == []
    assert set(ids(ListQuery().sorted_by("key_worker"))) == {a.id, b.id, c.id}
    rows = worker.clients.list_rows([c.id, a.id])
    assert [r.id for r in rows] == [c.id, a.id]
    assert rows[1].flags.safeguarding and rows[1].sort_name == "Able, Ann"


def test_contacts_consents_referrals(worker: Services) -> None:
    record, _ = worker.clients.create(draft())
    record, _ = worker.clients.add_contact(record.id, ContactDraft("phone", "+44 20 7946 0958", "Sister"))
    assert record.contacts[0].value == "+442079460958"
    with pytest.raises(ValidationErrors):
        worker.clients.add_contact(record.id, ContactDraft("email", "not an address"))
    record, _ = worker.clients.remove_contact(record.contacts[0].id, "Number changed")
    assert record.contacts == ()
    record, _ = worker.clients.add_consent(record.id, ConsentDraft("Share with partner agencies", True,
                                                                   "2026-01-05", "written"))
    record, _ = worker.clients.add_consent(record.id, ConsentDraft("Share with partner agencies", False,
                                                                   "2026-02-05", "verbal", "Changed mind"))
    assert [c.given for c in record.consents] == [False, True]
    assert record.consents[0].recorded_by == worker.actor.display_name
    record, _ = worker.clients.add_referral(record.id, ReferralDraft("Food bank", "Emergency parcel", "2026-01-10"))
    ref = record.referrals[0]
    assert ref.outcome == "pending"
    with pytest.raises(ValidationErrors):
        worker.clients.record_referral_outcome(ref.id, OutcomeDraft("accepted", "2026-01-01"), ref.version)
    record, _ = worker.clients.record_referral_outcome(ref.id, OutcomeDraft("accepted", "2026-01-12", "Parcel given"),
                                                       ref.version)
    assert record.referrals[0].outcome == "accepted" and record.referrals[0].outcome_on == date(2026, 1, 12)


def test_attachments_are_kept_in_the_database_with_a_limit(worker: Services) -> None:
    record, _ = worker.clients.create(draft())
    record, _ = worker.clients.add_attachment(record.id, "../../etc/\u202epassport.png", PNG)
    item = record.attachments[0]
    assert item.title == "passport.png" and item.mime_type == "image/png" and item.size == len(PNG)
    assert worker.clients.attachment_content(item.id).data == PNG
    with pytest.raises(ValidationError) as info:
        worker.clients.add_attachment(record.id, "big.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024))
    assert "10 MB" in info.value.text()
    record, _ = worker.clients.void_attachment(item.id, "Wrong person's passport")
    assert record.attachments[0].voided
    with pytest.raises(RuleViolation):
        worker.clients.attachment_content(item.id)


def test_fundraisers_never_read_clients_and_labels_hide_names(db: Database, worker: Services,
                                                               services_for) -> None:
    record, _ = worker.clients.create(draft())
    fundraiser = services_for(Role.FUNDRAISER)
    with pytest.raises(NotPermitted):
        fundraiser.clients.get(record.id)
    with pytest.raises(NotPermitted):
        fundraiser.clients.list_ids(ListQuery())
    assert all(hit.kind != "client" for hit in fundraiser.search.search("Maria"))
    assert [h.id for h in worker.search.search("mar") if h.kind == "client"] == [record.id]
    with db.read() as s:
        assert client_label(s, worker.actor, record.id) == "Maria Smith"
        assert client_label(s, fundraiser.actor, record.id) == "a client"
        assert client_labels(s, fundraiser.actor, [record.id]) == {record.id: "a client"}
        assert client_label(s, worker.actor, None) == "a client"


def test_anonymise_removes_identity_and_redacts_the_trail(db: Database, worker: Services,
                                                           services_for) -> None:
    record, _ = worker.clients.create(draft(date_of_birth="1990-01-01", phone="+44 7911 123456",
                                            tags=("food",)))
    worker.clients.add_attachment(record.id, "letter.txt", b"Dear Maria")
    with pytest.raises(NotPermitted):
        worker.clients.anonymise(record.id, "Asked in writing")
    manager = services_for(Role.MANAGER)
    manager.clients.anonymise(record.id, "Asked in writing on 2026-01-02")
    gone = manager.clients.get(record.id)
    assert gone.anonymised and "Maria" not in gone.name and gone.date_of_birth is None and gone.phone == ""
    assert manager.clients.list_ids(ListQuery(text="maria")) == []
    with db.read() as s:
        trail = " ".join(str(e.changes) for e in s.scalars(select(AuditEntry)))
        assert "Maria" not in trail and "7911" not in trail
        assert s.get(Client, record.id) is not None
    with pytest.raises(RuleViolation):
        manager.clients.update(record.id, draft(), gone.version)
