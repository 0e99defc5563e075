"""A partial index of the timeline's contacts (calls, visits and messages) by case and time.

The client-care card asks, for each case opened in a period, when it first had a contact. With
this index that is one step per case into an index of the contact lines alone; through the
timeline's (case, time) index every line of the case had to be read to learn its kind (2 s of CPU
on the large demo for the card's first-response figures, against 0.1 s).
"""

from __future__ import annotations

from sqlalchemy import Index

from caseworker.db.models.cases import CaseEvent
from caseworker.db.portable import contact_entry

CONTACTS_INDEX = Index("ix_case_events_contacts", CaseEvent.case_id, CaseEvent.at,
                       sqlite_where=contact_entry(), postgresql_where=contact_entry())
