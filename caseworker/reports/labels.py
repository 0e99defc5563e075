"""The words for the closed vocabularies the documents print, marked for translation."""

from __future__ import annotations

from caseworker.domain.i18n import N_
from caseworker.reports.data import (
    Acceptability,
    AidKind,
    CaseStatus,
    DisbursementStatus,
    HandoffState,
)

CASE_STATUS: dict[CaseStatus, str] = {
    CaseStatus.NEW: N_("New"),
    CaseStatus.ASSIGNED: N_("Assigned"),
    CaseStatus.IN_PROGRESS: N_("In progress"),
    CaseStatus.WAITING: N_("Waiting"),
    CaseStatus.ESCALATED: N_("Escalated"),
    CaseStatus.RESOLVED: N_("Resolved"),
    CaseStatus.CLOSED: N_("Closed"),
}

HANDOFF_STATE: dict[HandoffState, str] = {
    HandoffState.PENDING: N_("Pending"),
    HandoffState.ACCEPTED: N_("Accepted"),
    HandoffState.RETURNED: N_("Returned"),
}

ACCEPTABILITY: dict[Acceptability, str] = {
    Acceptability.YES: N_("Yes"),
    Acceptability.PARTLY: N_("Partly"),
    Acceptability.NO: N_("No"),
}

AID_KIND: dict[AidKind, str] = {
    AidKind.CASH: N_("Cash"),
    AidKind.VOUCHER: N_("Voucher"),
    AidKind.GOODS: N_("Goods"),
    AidKind.SERVICE: N_("Service"),
}

DISBURSEMENT_STATUS: dict[DisbursementStatus, str] = {
    DisbursementStatus.REQUESTED: N_("Requested"),
    DisbursementStatus.APPROVED: N_("Approved"),
    DisbursementStatus.PAID: N_("Paid"),
    DisbursementStatus.VOID: N_("Void"),
}
