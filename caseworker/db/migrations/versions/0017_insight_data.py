"""insight data: refused disbursements, contacts the guard blocked, grant reports submitted, and a
client's gender and household size

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import caseworker.db.types

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.add_column(sa.Column('gender', sa.String(length=60), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('household_size', sa.Integer(), nullable=True))
    op.create_table('aid_refusals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('fund_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('amount', caseworker.db.types.Money(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('asked_on', sa.Date(), nullable=False),
    sa.Column('limit_kind', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_aid_refusals_client_id_clients')),
    sa.ForeignKeyConstraint(['fund_id'], ['funds.id'], name=op.f('fk_aid_refusals_fund_id_funds')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_aid_refusals_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_refusals'))
    )
    op.create_index('ix_aid_refusals_fund_on', 'aid_refusals', ['fund_id', 'asked_on'], unique=False)
    op.create_table('guard_blocks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('donor_id', sa.Integer(), nullable=False),
    sa.Column('proposed_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('rules', sa.String(length=200), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['donor_id'], ['donors.id'], name=op.f('fk_guard_blocks_donor_id_donors')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_guard_blocks_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guard_blocks'))
    )
    op.create_index('ix_guard_blocks_at_user', 'guard_blocks', ['at', 'user_id'], unique=False)
    op.create_table('grant_report_submissions',
    sa.Column('grant_id', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=False),
    sa.Column('submitted_by_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['grant_id'], ['grant_applications.id'],
                            name=op.f('fk_grant_report_submissions_grant_id_grant_applications')),
    sa.ForeignKeyConstraint(['submitted_by_id'], ['users.id'],
                            name=op.f('fk_grant_report_submissions_submitted_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_report_submissions'))
    )
    op.create_index('uq_grant_report_submissions_grant_due', 'grant_report_submissions', ['grant_id', 'due_on'],
                    unique=True)


def downgrade() -> None:
    op.drop_index('uq_grant_report_submissions_grant_due', table_name='grant_report_submissions')
    op.drop_table('grant_report_submissions')
    op.drop_index('ix_guard_blocks_at_user', table_name='guard_blocks')
    op.drop_table('guard_blocks')
    op.drop_index('ix_aid_refusals_fund_on', table_name='aid_refusals')
    op.drop_table('aid_refusals')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_column('household_size')
        batch_op.drop_column('gender')
