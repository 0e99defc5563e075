"""insight speed: covering indexes for a grant's outputs and the supporter figures; the timeline's
escalations, the guard's overrides and the contacts it counts

Revision ID: 0016
Revises: 0012
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0014'
branch_labels = None
depends_on = None

# The predicate of caseworker.db.portable's escalation_entry, spelled out so this migration keeps
# meaning what it meant when the code moves on.
ESCALATION = "kind = 'escalation'"


def upgrade() -> None:
    op.create_index('ix_cases_client_span', 'cases', ['client_id', 'opened_on', 'resolved_on'], unique=False)
    op.create_index('ix_gifts_donor_figures', 'gifts', ['donor_id', 'gift_date', 'voided_at', 'amount'],
                    unique=False)
    where: dict[str, Any] = {f"{op.get_bind().dialect.name}_where": sa.text(ESCALATION)}
    op.create_index('ix_case_events_escalations', 'case_events', ['at'], unique=False, **where)
    where = {f"{op.get_bind().dialect.name}_where": sa.text("override_by_id IS NOT NULL")}
    op.create_index('ix_touchpoints_overrides', 'touchpoints', ['when', 'override_by_id'], unique=False, **where)
    op.create_index('ix_touchpoints_counted', 'touchpoints', ['status', 'when', 'purpose', 'donor_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_touchpoints_counted', table_name='touchpoints')
    op.drop_index('ix_touchpoints_overrides', table_name='touchpoints')
    op.drop_index('ix_case_events_escalations', table_name='case_events')
    op.drop_index('ix_gifts_donor_figures', table_name='gifts')
    op.drop_index('ix_cases_client_span', table_name='cases')
