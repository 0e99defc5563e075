"""The words for the closed vocabularies the documents print, marked for translation.

Where the domain already words a vocabulary, the documents use the same words as the screens.
"""

from __future__ import annotations

from caseworker.domain.aid import KIND_LABELS as AID_KIND
from caseworker.domain.aid import STATUS_LABELS as DISBURSEMENT_STATUS
from caseworker.domain.cases import ACCEPTABILITY_LABELS as ACCEPTABILITY
from caseworker.domain.cases import STATUS_LABELS as CASE_STATUS
from caseworker.domain.documents import HandoffState
from caseworker.domain.i18n import N_

HANDOFF_STATE: dict[HandoffState, str] = {
    HandoffState.PENDING: N_("Pending"),
    HandoffState.ACCEPTED: N_("Accepted"),
    HandoffState.RETURNED: N_("Returned"),
}

__all__ = ["ACCEPTABILITY", "AID_KIND", "CASE_STATUS", "DISBURSEMENT_STATUS", "HANDOFF_STATE"]
