"""cases, organigram, routing, timeline

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import caseworker.db.types

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_categories',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('target_days', sa.Integer(), nullable=False),
    sa.Column('specialty', sa.String(length=60), nullable=False),
    sa.Column('point_of_contact_id', sa.Integer(), nullable=True),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['point_of_contact_id'], ['users.id'], name=op.f('fk_case_categories_point_of_contact_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_case_categories_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_categories')),
    sa.UniqueConstraint('name', name=op.f('uq_case_categories_name'))
    )
    op.create_table('cases',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('opened_by_id', sa.Integer(), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('target_days', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('paused_days', sa.Integer(), nullable=False),
    sa.Column('waiting_on', sa.String(length=20), nullable=False),
    sa.Column('waiting_since', sa.Date(), nullable=True),
    sa.Column('escalation_level', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('resolved_alone', sa.Boolean(), nullable=True),
    sa.Column('acceptable', sa.String(length=10), nullable=True),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], name=op.f('fk_cases_assignee_id_users')),
    sa.ForeignKeyConstraint(['category_id'], ['case_categories.id'], name=op.f('fk_cases_category_id_case_categories')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_cases_client_id_clients')),
    sa.ForeignKeyConstraint(['opened_by_id'], ['users.id'], name=op.f('fk_cases_opened_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_assignee_status', ['assignee_id', 'status', 'due_on'], unique=False)
        batch_op.create_index('ix_cases_category', ['category_id', 'status'], unique=False)
        batch_op.create_index('ix_cases_client', ['client_id', 'id'], unique=False)
        batch_op.create_index('ix_cases_status_due', ['status', 'due_on', 'id'], unique=False)

    op.create_table('case_events',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('edited', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_case_events_author_id_users')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_events_case_id_cases')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_case_events_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_events'))
    )
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.create_index('ix_case_events_case_at', ['case_id', 'at'], unique=False)
        batch_op.create_index('ix_case_events_client_at', ['client_id', 'at'], unique=False)

    op.create_table('case_specialists',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('involved_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_specialists_case_id_cases')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_case_specialists_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_specialists')),
    sa.UniqueConstraint('case_id', 'user_id', name='uq_case_specialists_case_user')
    )
    with op.batch_alter_table('case_specialists', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_specialists_case_id'), ['case_id'], unique=False)

    op.create_table('handoffs',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('from_user_id', sa.Integer(), nullable=True),
    sa.Column('to_user_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('offered_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('decided_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_handoffs_case_id_cases')),
    sa.ForeignKeyConstraint(['from_user_id'], ['users.id'], name=op.f('fk_handoffs_from_user_id_users')),
    sa.ForeignKeyConstraint(['to_user_id'], ['users.id'], name=op.f('fk_handoffs_to_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handoffs'))
    )
    with op.batch_alter_table('handoffs', schema=None) as batch_op:
        batch_op.create_index('ix_handoffs_case', ['case_id', 'state'], unique=False)
        batch_op.create_index('ix_handoffs_to_state', ['to_user_id', 'state'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('handoffs', schema=None) as batch_op:
        batch_op.drop_index('ix_handoffs_to_state')
        batch_op.drop_index('ix_handoffs_case')

    op.drop_table('handoffs')
    with op.batch_alter_table('case_specialists', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_specialists_case_id'))

    op.drop_table('case_specialists')
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.drop_index('ix_case_events_client_at')
        batch_op.drop_index('ix_case_events_case_at')

    op.drop_table('case_events')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_status_due')
        batch_op.drop_index('ix_cases_client')
        batch_op.drop_index('ix_cases_category')
        batch_op.drop_index('ix_cases_assignee_status')

    op.drop_table('cases')
    op.drop_table('case_categories')
