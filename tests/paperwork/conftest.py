"""A small office with one of everything the paperwork prints, made through the real services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from caseworker.db.database import Database
from caseworker.domain.aid import AidKind
from caseworker.domain.cases import Acceptability, CaseDraft, CategoryDraft, EventKind, Resolution
from caseworker.domain.clients import ClientDraft
from caseworker.domain.donors import DonorDraft
from caseworker.domain.gifts import GiftDraft
from caseworker.domain.grants import Stage
from caseworker.domain.meetings import AttendeeDraft, AttendeeKind, MeetingDraft
from caseworker.domain.org import OrgSettings
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services.aid import DisbursementDraft, FundDraft
from caseworker.services.container import Services
from caseworker.services.grants import FunderDraft, GrantDraft, SpendingDraft
from tests.conftest import make_user
from tests.reports.conftest import Pdf

NAMES = {
    "latin": "Zoë Ångström-Nuñez",
    "greek": "Ελένη Παπαδοπούλου",
    "cyrillic": "Иван Петрович Сидоров",
    "arabic": "محمد عبد الله",
    "hebrew": "שרה כהן",
}
NOTE = "Home visit with a colleague: the landlord agreed to repairs."
LONG_NOTE = (" ".join(f"word{i}" for i in range(1400)))[:9990] + " THE-END"
YEAR = date.today().year - 1


@dataclass
class Office:
    db: Database
    admin: Services
    caseworker: Services
    fundraiser: Services
    client_id: int
    case_id: int
    fund_id: int
    grant_id: int
    meeting_id: int
    donor_ids: list[int]

    def services(self, actor: Actor) -> Services:
        return Services(self.db, actor)


def split(name: str) -> tuple[str, str]:
    first, _, last = name.rpartition(" ")
    return first, last


@pytest.fixture
def office(db: Database, admin: Actor) -> Office:
    boss = Services(db, admin)
    boss.settings.update(OrgSettings(name="Riverside Community Advice", address=("12 Mill Lane", "Leeds"),
                                     timezone="Europe/London", currency="GBP"))
    worker = Services(db, make_user(db, "carla", Role.CASEWORKER))
    fundraiser = Services(db, make_user(db, "fred", Role.FUNDRAISER))

    first, last = split(NAMES["greek"])
    client, _ = worker.clients.create(ClientDraft(first, last, address="4 Quay Street\nLeeds", postcode="LS2 7AB",
                                                  safeguarding="Do not visit alone", interpreter_needed=True,
                                                  interpreter_language="Greek"))
    category, _ = boss.cases.add_category(CategoryDraft("Housing", 20))
    case, _ = worker.cases.open_case(CaseDraft(client.id, category.id, "Eviction notice", "high",
                                               assignee_id=worker.actor.user_id, first_note=NOTE))
    worker.cases.add_entry(case.id, EventKind.CALL, LONG_NOTE)
    case, _ = worker.cases.escalate(case.id, "Court date set", case.version)
    case, _ = worker.cases.resolve(case.id, Resolution("Tenancy kept.", False, Acceptability.PARTLY, 4), case.version)

    fund, _ = boss.aid.save_fund(FundDraft("Hardship fund", currency="GBP"))
    today = date.today()
    for days, amount in ((40, "120.50"), (10, "79.50")):
        worker.aid.record_disbursement(DisbursementDraft(client.id, fund.id, AidKind.CASH, Decimal(amount),
                                                         today - timedelta(days=days)))

    funder, _ = boss.grants.save_funder(FunderDraft("Greenway Trust"))
    grant, _ = boss.grants.save_grant(GrantDraft(funder.id, "Housing support", Decimal("30000.00"), currency="GBP",
                                                 purpose="Advice for tenants facing eviction.",
                                                 period_start=today - timedelta(days=200),
                                                 period_end=today + timedelta(days=165),
                                                 report_first_due=today - timedelta(days=20)))
    for stage in (Stage.DRAFTING, Stage.SUBMITTED):
        grant, _ = boss.grants.move_stage(grant.id, stage, grant.version)
    grant, _ = boss.grants.move_stage(grant.id, Stage.AWARDED, grant.version, awarded=Decimal("25000.00"))
    grant, _ = boss.grants.add_budget_line(grant.id, "Staff", Decimal("20000.00"))
    grant, _ = boss.grants.add_budget_line(grant.id, "Training", Decimal("5000.00"))
    staff_line = grant.balance.lines[0].line_id
    boss.grants.record_spending(grant.id, SpendingDraft(staff_line, Decimal("1234.56"), today - timedelta(days=5)))
    boss.grants.record_spending(grant.id, SpendingDraft(staff_line, Decimal("1000.00"), today - timedelta(days=150)))

    start = datetime.now(UTC).replace(microsecond=0, second=0, minute=0) - timedelta(days=2)
    meeting, _ = boss.meetings.create(MeetingDraft(
        "Board meeting", start, start + timedelta(hours=1), "Europe/London", location="Room 1",
        attendees=(AttendeeDraft(AttendeeKind.STAFF, user_id=worker.actor.user_id),
                   AttendeeDraft(AttendeeKind.EXTERNAL, name=NAMES["cyrillic"], organisation="Funder")),
        agenda=("Budget", "Safeguarding")))
    meeting, _ = boss.meetings.record_minutes(meeting.id, "We agreed the budget.", ["Adopt the budget"], {},
                                              meeting.version)
    boss.meetings.add_action_item(meeting.id, "Send the report", worker.actor.user_id, today + timedelta(days=7))

    donors = []
    for key in ("latin", "arabic", "hebrew"):
        first, last = split(NAMES[key])
        donor, _ = fundraiser.donors.add_donor(DonorDraft(first_name=first, last_name=last,
                                                          address_line1="1 High Street", city="York",
                                                          postcode="YO1 1AA"))
        donors.append(donor.id)
    nowhere, _ = fundraiser.donors.add_donor(DonorDraft(first_name="Nomad", last_name="Smith"))
    donors.append(nowhere.id)
    for n, donor_id in enumerate(donors):
        for month in (3, 9):
            fundraiser.gifts.record_gift(GiftDraft(donor_id, Decimal(f"{25 * (n + 1)}.00"), date(YEAR, month, 10)))
    return Office(db, boss, worker, fundraiser, client.id, case.id, fund.id, grant.id, meeting.id, donors)


@pytest.fixture
def pdf_at():
    def read(path: Path) -> Pdf:
        return Pdf(path)
    return read
