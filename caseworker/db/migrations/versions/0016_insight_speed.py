"""insight speed: covering indexes for a grant's outputs and the supporter figures; timeline lines by kind

Revision ID: 0016
Revises: 0012
"""

from __future__ import annotations

from alembic import op

revision = '0016'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_cases_client_span', 'cases', ['client_id', 'opened_on', 'resolved_on'], unique=False)
    op.create_index('ix_gifts_donor_figures', 'gifts', ['donor_id', 'gift_date', 'voided_at', 'amount'],
                    unique=False)
    op.create_index('ix_case_events_kind_at', 'case_events', ['kind', 'at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_case_events_kind_at', table_name='case_events')
    op.drop_index('ix_gifts_donor_figures', table_name='gifts')
    op.drop_index('ix_cases_client_span', table_name='cases')
