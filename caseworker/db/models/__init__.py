"""The typed tables. Importing this package registers every table on ``Base.metadata``.

One module per capability; each is listed here so that Alembic, the tests and the demo generator
all see the whole schema.
"""

from caseworker.db.models.accounts import Team, User, UserRole, UserSpecialty
from caseworker.db.models.aid import Disbursement, Fund
from caseworker.db.models.audit import AuditEntry
from caseworker.db.models.board import DecisionVote, MeetingQuorum
from caseworker.db.models.care import ClientFeedback, ContactRhythm, Reminder, StaffProfile, Task, TeamProfile
from caseworker.db.models.cases import Case, CaseCategory, CaseEvent, CaseSpecialist, Handoff
from caseworker.db.models.clients import (
                                          Client,
                                          ClientAttachment,
                                          ClientConsent,
                                          ClientContact,
                                          ClientReferral,
                                          ClientSearchKey,
                                          ClientTag,
)
from caseworker.db.models.db_roles import DbRoleLogin, DbRoleSettings
from caseworker.db.models.donors import Donor, DonorQuietPeriod, Household
from caseworker.db.models.gift_aid import GiftAidDeclaration
from caseworker.db.models.gifts import Gift, GiftSchedule, Receipt, ReceiptCounter, ReceiptGift, SoftCredit
from caseworker.db.models.grant_targets import GrantOutcome, GrantTarget
from caseworker.db.models.grants import (
                                          Funder,
                                          FunderContact,
                                          FunderProgramme,
                                          GrantApplication,
                                          GrantBudgetLine,
                                          GrantDocument,
                                          GrantSpending,
)
from caseworker.db.models.imports import ExternalId, ImportBatch, ImportBatchRecord, ImportMapping, RecordMerge
from caseworker.db.models.insight import CASE_FIGURES_INDEX, FIRST_RESPONSE_INDEX, GIFT_FIGURES_INDEX, REOPEN_INDEX
from caseworker.db.models.insight_data import AidRefusal, GrantReportSubmission, GuardBlock
from caseworker.db.models.insight_speed import (
                                          CLIENT_CASES_INDEX,
                                          COUNTED_CONTACTS_INDEX,
                                          DONOR_GIFTS_INDEX,
                                          ESCALATIONS_INDEX,
                                          OVERRIDES_INDEX,
)
from caseworker.db.models.insight_speed2 import CONTACTS_INDEX
from caseworker.db.models.letters import GiftThanks, MessageTemplate, MessageTemplateVersion, OutboxMessage
from caseworker.db.models.meetings import (
                                          ActionItem,
                                          AgendaItem,
                                          Meeting,
                                          MeetingAttendee,
                                          MeetingDecision,
                                          MeetingException,
)
from caseworker.db.models.org import OrgSetting
from caseworker.db.models.touchpoints import ContactPolicyRow, Touchpoint

__all__ = [
    "DbRoleLogin",
    "DbRoleSettings",
    "AidRefusal",
    "GrantReportSubmission",
    "GuardBlock",
    "CASE_FIGURES_INDEX",
    "CLIENT_CASES_INDEX",
    "CONTACTS_INDEX",
    "COUNTED_CONTACTS_INDEX",
    "DONOR_GIFTS_INDEX",
    "ESCALATIONS_INDEX",
    "OVERRIDES_INDEX",
    "FIRST_RESPONSE_INDEX",
    "GIFT_FIGURES_INDEX",
    "REOPEN_INDEX",
    "ActionItem",
    "AgendaItem",
    "Funder",
    "FunderContact",
    "FunderProgramme",
    "GrantApplication",
    "GrantBudgetLine",
    "GrantDocument",
    "GrantOutcome",
    "GrantTarget",
    "GrantSpending",
    "Meeting",
    "MeetingAttendee",
    "MeetingDecision",
    "MeetingException",
    "MeetingQuorum",
    "AuditEntry",
    "Case",
    "CaseCategory",
    "CaseEvent",
    "CaseSpecialist",
    "Handoff",
    "Disbursement",
    "Fund",
    "Client",
    "ClientAttachment",
    "ClientConsent",
    "ClientFeedback",
    "ContactRhythm",
    "ClientContact",
    "ClientReferral",
    "ClientSearchKey",
    "ClientTag",
    "ContactPolicyRow",
    "DecisionVote",
    "Donor",
    "ExternalId",
    "ImportBatch",
    "ImportBatchRecord",
    "ImportMapping",
    "RecordMerge",
    "DonorQuietPeriod",
    "Gift",
    "GiftAidDeclaration",
    "GiftSchedule",
    "GiftThanks",
    "Household",
    "MessageTemplate",
    "MessageTemplateVersion",
    "OutboxMessage",
    "Receipt",
    "Reminder",
    "ReceiptCounter",
    "ReceiptGift",
    "SoftCredit",
    "StaffProfile",
    "OrgSetting",
    "Task",
    "Team",
    "TeamProfile",
    "Touchpoint",
    "User",
    "UserRole",
    "UserSpecialty",
]
