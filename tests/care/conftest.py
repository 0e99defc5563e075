"""Fixtures for client care: an office with caseworkers, a fundraiser, a client and a donor."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from caseworker.db.database import Database
from caseworker.db.models import Donor, OrgSetting
from caseworker.domain.cases import CategoryDraft
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from tests.cases.conftest import MONDAY, add_client, worker
from tests.conftest import make_user

# Monday 2 November 2026, 08:00 UTC (09:00 in Berlin).
NOW = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


def set_zone(db: Database, zone: str) -> None:
    with db.transaction("test: time zone") as s:
        s.add(OrgSetting(key="timezone", value=json.dumps(zone)))


def add_donor(db: Database, name: str) -> int:
    with db.transaction("test: add donor") as s:
        donor = Donor(kind="individual", last_name=name, sort_name=name, search_name=name.lower())
        s.add(donor)
        s.flush()
        return donor.id


def pinned(services: Services, now: datetime = NOW) -> Services:
    services.tasks.now_override = now
    services.care.now_override = now
    services.cases.today_override = MONDAY
    return services


@dataclass
class CareOffice:
    db: Database
    manager: Services
    priya: Services
    sam: Services
    joe: Services  # fundraiser
    housing: int
    client: int
    donor: int


@pytest.fixture
def care_office(db: Database) -> CareOffice:
    manager = pinned(Services(db, make_user(db, "boss", Role.ADMIN, Role.MANAGER)))
    priya = pinned(worker(db, manager, "priya", "housing"))
    sam = pinned(worker(db, manager, "sam", "benefits"))
    joe = pinned(Services(db, make_user(db, "joe", Role.FUNDRAISER)))
    housing, _ = manager.cases.add_category(CategoryDraft("Housing", 5, "housing"))
    return CareOffice(db, manager, priya, sam, joe, housing.id, add_client(db, "Amina", "Yusuf"),
                      add_donor(db, "Patron"))
