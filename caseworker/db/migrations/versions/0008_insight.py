"""insight: covering indexes for the statistics

Revision ID: 0008in
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = '0008in'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_cases_insight', 'cases',
                    ['resolved_on', 'opened_on', 'due_on', 'category_id', 'assignee_id', 'escalation_level',
                     'acceptable', 'resolved_alone', 'satisfaction'], unique=False)
    op.create_index('ix_case_events_case_kind_at', 'case_events', ['case_id', 'kind', 'at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_case_events_case_kind_at', table_name='case_events')
    op.drop_index('ix_cases_insight', table_name='cases')
