"""All services for one signed-in user: the composition the UI and the command line share.

Each service is made, and its module imported, the first time it is used: a window starts with
the few it shows first, and a command line call imports only what it runs.
"""

from __future__ import annotations

from functools import cache, cached_property
from typing import TYPE_CHECKING

from caseworker.db.database import Database
from caseworker.domain.records import Actor
from caseworker.domain.registry import Registry

if TYPE_CHECKING:
    from caseworker.services.accounts import AccountService
    from caseworker.services.aid import AidService
    from caseworker.services.audit import AuditService
    from caseworker.services.backups import BackupService
    from caseworker.services.board import BoardService
    from caseworker.services.calendar import CalendarService
    from caseworker.services.care import CareService
    from caseworker.services.cases import CaseService
    from caseworker.services.clients import ClientService
    from caseworker.services.contact_policy import ContactPolicyService
    from caseworker.services.db_roles import DbRoleService
    from caseworker.services.donors import DonorService
    from caseworker.services.gift_aid import GiftAidService
    from caseworker.services.gifts import GiftService
    from caseworker.services.grant_reports import GrantReportService
    from caseworker.services.grant_targets import GrantTargetService
    from caseworker.services.grants import GrantService
    from caseworker.services.ics import IcsService
    from caseworker.services.imports import ImportService
    from caseworker.services.list_export import ListExportService
    from caseworker.services.mail import MailService
    from caseworker.services.meetings import MeetingService
    from caseworker.services.merging import MergeService
    from caseworker.services.neglect import NeglectService
    from caseworker.services.org_settings import OrgSettingsService
    from caseworker.services.organigram import OrganigramService
    from caseworker.services.paperwork import PaperworkService
    from caseworker.services.person_data import PersonDataService
    from caseworker.services.planning import PlanningService
    from caseworker.services.protection import ProtectionService
    from caseworker.services.receipts import ReceiptService
    from caseworker.services.search import SearchProvider, SearchService
    from caseworker.services.statistics import StatisticsService
    from caseworker.services.tasks import TaskService
    from caseworker.services.touchpoints import TouchpointService


class Services:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    @cached_property
    def accounts(self) -> AccountService:
        from caseworker.services.accounts import AccountService

        return AccountService(self.db, self.actor)

    @cached_property
    def aid(self) -> AidService:
        from caseworker.services.aid import AidService

        return AidService(self.db, self.actor)

    @cached_property
    def audit(self) -> AuditService:
        from caseworker.services.audit import AuditService

        return AuditService(self.db, self.actor)

    @cached_property
    def db_roles(self) -> DbRoleService:
        from caseworker.services.db_roles import DbRoleService

        return DbRoleService(self.db, self.actor)

    @cached_property
    def backups(self) -> BackupService:
        from caseworker.services.backups import BackupService

        return BackupService(self.db, self.actor)

    @cached_property
    def calendar(self) -> CalendarService:
        from caseworker.services.calendar import CalendarService

        return CalendarService(self.db, self.actor)

    @cached_property
    def care(self) -> CareService:
        from caseworker.services.care import CareService

        return CareService(self.db, self.actor)

    @cached_property
    def cases(self) -> CaseService:
        from caseworker.services.cases import CaseService

        return CaseService(self.db, self.actor)

    @cached_property
    def clients(self) -> ClientService:
        from caseworker.services.clients import ClientService

        return ClientService(self.db, self.actor)

    @cached_property
    def contact_policy(self) -> ContactPolicyService:
        from caseworker.services.contact_policy import ContactPolicyService

        return ContactPolicyService(self.db, self.actor)

    @cached_property
    def donors(self) -> DonorService:
        from caseworker.services.donors import DonorService

        return DonorService(self.db, self.actor)

    @cached_property
    def grant_targets(self) -> GrantTargetService:
        from caseworker.services.grant_targets import GrantTargetService

        return GrantTargetService(self.db, self.actor)

    @cached_property
    def board(self) -> BoardService:
        from caseworker.services.board import BoardService

        return BoardService(self.db, self.actor)

    @cached_property
    def gift_aid(self) -> GiftAidService:
        from caseworker.services.gift_aid import GiftAidService

        return GiftAidService(self.db, self.actor)

    @cached_property
    def gifts(self) -> GiftService:
        from caseworker.services.gifts import GiftService

        return GiftService(self.db, self.actor)

    @cached_property
    def grant_reports(self) -> GrantReportService:
        from caseworker.services.grant_reports import GrantReportService

        return GrantReportService(self.db, self.actor)

    @cached_property
    def grants(self) -> GrantService:
        from caseworker.services.grants import GrantService

        return GrantService(self.db, self.actor)

    @cached_property
    def ics(self) -> IcsService:
        from caseworker.services.ics import IcsService

        return IcsService(self.db, self.actor)

    @cached_property
    def mail(self) -> MailService:
        from caseworker.services.mail import MailService

        return MailService(self.db, self.actor)

    @cached_property
    def imports(self) -> ImportService:
        from caseworker.services.imports import ImportService

        return ImportService(self.db, self.actor)

    @cached_property
    def list_export(self) -> ListExportService:
        from caseworker.services.list_export import ListExportService

        return ListExportService(self.db, self.actor)

    @cached_property
    def meetings(self) -> MeetingService:
        from caseworker.services.meetings import MeetingService

        return MeetingService(self.db, self.actor)

    @cached_property
    def merging(self) -> MergeService:
        from caseworker.services.merging import MergeService

        return MergeService(self.db, self.actor)

    @cached_property
    def neglect(self) -> NeglectService:
        from caseworker.services.neglect import NeglectService

        return NeglectService(self.db, self.actor)

    @cached_property
    def organigram(self) -> OrganigramService:
        from caseworker.services.organigram import OrganigramService

        return OrganigramService(self.db, self.actor)

    @cached_property
    def paperwork(self) -> PaperworkService:
        from caseworker.services.paperwork import PaperworkService

        return PaperworkService(self.db, self.actor)

    @cached_property
    def person_data(self) -> PersonDataService:
        from caseworker.services.person_data import PersonDataService

        return PersonDataService(self.db, self.actor)

    @cached_property
    def planning(self) -> PlanningService:
        from caseworker.services.planning import PlanningService

        return PlanningService(self.db, self.actor)

    @cached_property
    def protection(self) -> ProtectionService:
        from caseworker.services.protection import ProtectionService

        return ProtectionService(self.db, self.actor)

    @cached_property
    def receipts(self) -> ReceiptService:
        from caseworker.services.receipts import ReceiptService

        return ReceiptService(self.db, self.actor)

    @cached_property
    def search(self) -> SearchService:
        from caseworker.services.search import SearchService

        return SearchService(self.db, self.actor)

    @cached_property
    def settings(self) -> OrgSettingsService:
        from caseworker.services.org_settings import OrgSettingsService

        return OrgSettingsService(self.db, self.actor)

    @cached_property
    def statistics(self) -> StatisticsService:
        from caseworker.services.statistics import StatisticsService

        return StatisticsService(self.db, self.actor)

    @cached_property
    def tasks(self) -> TaskService:
        from caseworker.services.tasks import TaskService

        return TaskService(self.db, self.actor)

    @cached_property
    def touchpoints(self) -> TouchpointService:
        from caseworker.services.touchpoints import TouchpointService

        return TouchpointService(self.db, self.actor)


@cache
def search_sources() -> Registry[SearchProvider]:
    """What quick search looks through, in the order its hits are listed."""
    from caseworker.services import cases, clients, donors, grants, meetings, search

    return Registry("quick search source", [(p.kind, p) for p in (
        clients.search_clients, cases.search_cases, donors.search_donors, donors.search_households,
        grants.search_grants, grants.search_funders, meetings.search_meetings, search.search_users)])
