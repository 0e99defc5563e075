"""Fixtures for casework: a small organigram, clients and signed-in workers on each engine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from caseworker.db.database import Database
from caseworker.db.models import Client, ClientSearchKey
from caseworker.domain.cases import CategoryDraft
from caseworker.domain.inputs import name_key
from caseworker.domain.permissions import Role
from caseworker.services.accounts import UserDraft
from caseworker.services.container import Services
from tests.conftest import make_user

# A Monday, so the business-day arithmetic in the tests reads easily.
MONDAY = date(2026, 11, 2)


def add_client(db: Database, first: str, last: str) -> int:
    with db.transaction("test: add client") as s:
        client = Client(first_name=first, last_name=last)
        s.add(client)
        s.flush()
        for word in {name_key(first), name_key(last)}:
            s.add(ClientSearchKey(client_id=client.id, key=word))
        return client.id


def worker(db: Database, manager: Services, username: str, *specialties: str,
           roles: tuple[Role, ...] = (Role.CASEWORKER,)) -> Services:
    actor = make_user(db, username, *roles)
    if specialties:
        user = manager.accounts.get(actor.user_id)
        manager.accounts.update_user(user.id, UserDraft(user.username, user.display_name, user.roles,
                                                        specialties=specialties), user.version)
    services = Services(db, actor)
    services.cases.today_override = MONDAY
    return services


@dataclass
class Office:
    db: Database
    manager: Services
    priya: Services  # housing
    tom: Services  # housing and health
    sam: Services  # benefits
    housing: int
    benefits: int
    general: int
    client: int
    other_client: int


@pytest.fixture
def office(db: Database) -> Office:
    manager = Services(db, make_user(db, "boss", Role.ADMIN, Role.MANAGER))
    manager.cases.today_override = MONDAY
    priya = worker(db, manager, "priya", "housing")
    tom = worker(db, manager, "tom", "housing", "health")
    sam = worker(db, manager, "sam", "benefits")
    housing, _ = manager.cases.add_category(CategoryDraft("Housing", 5, "housing"))
    benefits, _ = manager.cases.add_category(CategoryDraft("Benefits", 10, "benefits",
                                                           point_of_contact_id=sam.actor.user_id))
    general, _ = manager.cases.add_category(CategoryDraft("General advice", 3))
    return Office(db, manager, priya, tom, sam, housing.id, benefits.id, general.id,
                  add_client(db, "Amina", "Yusuf"), add_client(db, "Björn", "Andersson"))
