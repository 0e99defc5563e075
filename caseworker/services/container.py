"""All services for one signed-in user: the composition the UI and the command line share."""

from __future__ import annotations

from caseworker.db.database import Database
from caseworker.domain.records import Actor
from caseworker.services.accounts import AccountService
from caseworker.services.aid import AidService
from caseworker.services.audit import AuditService
from caseworker.services.calendar import CalendarService
from caseworker.services.cases import CaseService
from caseworker.services.clients import ClientService
from caseworker.services.contact_policy import ContactPolicyService
from caseworker.services.donors import DonorService
from caseworker.services.gifts import GiftService
from caseworker.services.grants import GrantService
from caseworker.services.ics import IcsService
from caseworker.services.meetings import MeetingService
from caseworker.services.neglect import NeglectService
from caseworker.services.org_settings import OrgSettingsService
from caseworker.services.paperwork import PaperworkService
from caseworker.services.planning import PlanningService
from caseworker.services.receipts import ReceiptService
from caseworker.services.search import SearchService
from caseworker.services.statistics import StatisticsService
from caseworker.services.touchpoints import TouchpointService


class Services:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
        self.accounts = AccountService(db, actor)
        self.aid = AidService(db, actor)
        self.audit = AuditService(db, actor)
        self.calendar = CalendarService(db, actor)
        self.cases = CaseService(db, actor)
        self.clients = ClientService(db, actor)
        self.contact_policy = ContactPolicyService(db, actor)
        self.donors = DonorService(db, actor)
        self.gifts = GiftService(db, actor)
        self.grants = GrantService(db, actor)
        self.ics = IcsService(db, actor)
        self.meetings = MeetingService(db, actor)
        self.neglect = NeglectService(db, actor)
        self.paperwork = PaperworkService(db, actor)
        self.planning = PlanningService(db, actor)
        self.receipts = ReceiptService(db, actor)
        self.search = SearchService(db, actor)
        self.settings = OrgSettingsService(db, actor)
        self.statistics = StatisticsService(db, actor)
        self.touchpoints = TouchpointService(db, actor)
