"""insight: indexes for the statistics

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# The same predicates as caseworker.db.portable's written_entry and reopen_event, spelled out so
# this migration keeps meaning what it meant when the code moves on.
WRITTEN = "kind IN ('note', 'call', 'visit')"
REOPENED = {
    "sqlite": "(kind = 'status' AND json_extract(data, '$.reopened') = 1)",
    "postgresql": "(kind = 'status' AND (data ->> 'reopened') = 'true')",
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_index('ix_cases_insight', 'cases',
                    ['resolved_on', 'opened_on', 'due_on', 'category_id', 'assignee_id', 'escalation_level',
                     'acceptable', 'resolved_alone', 'satisfaction'], unique=False)
    where: dict[str, Any] = {f"{dialect}_where": sa.text(WRITTEN)}
    op.create_index('ix_case_events_written', 'case_events', ['case_id', 'at', 'kind'], unique=False, **where)
    where = {f"{dialect}_where": sa.text(REOPENED[dialect])}
    op.create_index('ix_case_events_reopened', 'case_events', ['case_id'], unique=False, **where)
    op.create_index('ix_gifts_insight', 'gifts', ['gift_date', 'voided_at', 'amount', 'donor_id', 'appeal_code',
                                                   'method', 'thanked_on'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_gifts_insight', table_name='gifts')
    op.drop_index('ix_case_events_reopened', table_name='case_events')
    op.drop_index('ix_case_events_written', table_name='case_events')
    op.drop_index('ix_cases_insight', table_name='cases')
