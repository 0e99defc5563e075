"""funds and aid disbursements

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import caseworker.db.types

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('funds',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('restrictions', sa.Text(), nullable=False),
    sa.Column('currency', caseworker.db.types.CurrencyCode(length=3), nullable=False),
    sa.Column('budget_period', sa.String(length=10), nullable=False),
    sa.Column('budget', caseworker.db.types.Money(), nullable=True),
    sa.Column('client_cap', caseworker.db.types.Money(), nullable=True),
    sa.Column('cap_window', sa.String(length=20), nullable=False),
    sa.Column('approval_threshold', caseworker.db.types.Money(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funds')),
    sa.UniqueConstraint('name', name=op.f('uq_funds_name'))
    )
    op.create_table('disbursements',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('fund_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('amount', caseworker.db.types.Money(), nullable=False),
    sa.Column('currency', caseworker.db.types.CurrencyCode(length=3), nullable=False),
    sa.Column('disbursed_on', sa.Date(), nullable=False),
    sa.Column('payee_kind', sa.String(length=12), nullable=False),
    sa.Column('payee_name', sa.String(length=200), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('paid_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('voided_by_id', sa.Integer(), nullable=True),
    sa.Column('voided_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['approved_by_id'], ['users.id'], name=op.f('fk_disbursements_approved_by_id_users')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_disbursements_case_id_cases')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_disbursements_client_id_clients')),
    sa.ForeignKeyConstraint(['fund_id'], ['funds.id'], name=op.f('fk_disbursements_fund_id_funds')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['users.id'], name=op.f('fk_disbursements_requested_by_id_users')),
    sa.ForeignKeyConstraint(['voided_by_id'], ['users.id'], name=op.f('fk_disbursements_voided_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disbursements'))
    )
    with op.batch_alter_table('disbursements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disbursements_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_disbursements_client_fund', ['client_id', 'fund_id', 'disbursed_on'], unique=False)
        batch_op.create_index('ix_disbursements_fund_date', ['fund_id', 'disbursed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_disbursements_status'), ['status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('disbursements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disbursements_status'))
        batch_op.drop_index('ix_disbursements_fund_date')
        batch_op.drop_index('ix_disbursements_client_fund')
        batch_op.drop_index(batch_op.f('ix_disbursements_case_id'))

    op.drop_table('disbursements')
    op.drop_table('funds')
