"""grants and meetings

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 14:49:47.332286
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import caseworker.db.types

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('funders',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funders'))
    )
    with op.batch_alter_table('funders', schema=None) as batch_op:
        batch_op.create_index('ix_funders_name', ['name', 'id'], unique=False)

    op.create_table('funder_contacts',
    sa.Column('funder_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['funder_id'], ['funders.id'], name=op.f('fk_funder_contacts_funder_id_funders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funder_contacts'))
    )
    with op.batch_alter_table('funder_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funder_contacts_funder_id'), ['funder_id'], unique=False)

    op.create_table('funder_programmes',
    sa.Column('funder_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['funder_id'], ['funders.id'], name=op.f('fk_funder_programmes_funder_id_funders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funder_programmes'))
    )
    with op.batch_alter_table('funder_programmes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funder_programmes_funder_id'), ['funder_id'], unique=False)

    op.create_table('meetings',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('starts_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('organiser_id', sa.Integer(), nullable=True),
    sa.Column('rule', sa.String(length=200), nullable=False),
    sa.Column('series_ends_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('recurrence_id', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('donor_purpose', sa.String(length=10), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['organiser_id'], ['users.id'], name=op.f('fk_meetings_organiser_id_users')),
    sa.ForeignKeyConstraint(['series_id'], ['meetings.id'], name=op.f('fk_meetings_series_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings')),
    sa.UniqueConstraint('series_id', 'recurrence_id', name='uq_meetings_series_recurrence')
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_series_id'), ['series_id'], unique=False)
        batch_op.create_index('ix_meetings_series_range', ['rule', 'series_ends_at'], unique=False)
        batch_op.create_index('ix_meetings_starts_at', ['starts_at'], unique=False)

    op.create_table('grant_applications',
    sa.Column('funder_id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('currency', caseworker.db.types.CurrencyCode(length=3), nullable=False),
    sa.Column('requested', caseworker.db.types.Money(), nullable=False),
    sa.Column('awarded', caseworker.db.types.Money(), nullable=True),
    sa.Column('stage', sa.String(length=12), nullable=False),
    sa.Column('stage_changed_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('submission_deadline', sa.Date(), nullable=True),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('decision_expected', sa.Date(), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('report_first_due', sa.Date(), nullable=True),
    sa.Column('report_rule', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_grant_applications_client_id_clients')),
    sa.ForeignKeyConstraint(['funder_id'], ['funders.id'], name=op.f('fk_grant_applications_funder_id_funders')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_grant_applications_owner_id_users')),
    sa.ForeignKeyConstraint(['programme_id'], ['funder_programmes.id'], name=op.f('fk_grant_applications_programme_id_funder_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_applications'))
    )
    with op.batch_alter_table('grant_applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_applications_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_grant_applications_deadline', ['submission_deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_applications_funder_id'), ['funder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_applications_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index('ix_grant_applications_stage', ['stage', 'id'], unique=False)

    op.create_table('meeting_action_items',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_action_items_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_meeting_action_items_owner_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_action_items'))
    )
    with op.batch_alter_table('meeting_action_items', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_action_items_due', ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_action_items_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index('ix_meeting_action_items_owner', ['owner_id', 'done', 'due_on'], unique=False)

    op.create_table('meeting_agenda_items',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('presenter', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_agenda_items_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_agenda_items'))
    )
    with op.batch_alter_table('meeting_agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_agenda_items_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_attendees',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('donor_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('attendance', sa.String(length=10), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_meeting_attendees_client_id_clients')),
    sa.ForeignKeyConstraint(['donor_id'], ['donors.id'], name=op.f('fk_meeting_attendees_donor_id_donors')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_attendees_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_meeting_attendees_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendees'))
    )
    with op.batch_alter_table('meeting_attendees', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_attendees_client', ['client_id'], unique=False)
        batch_op.create_index('ix_meeting_attendees_donor', ['donor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_attendees_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index('ix_meeting_attendees_user', ['user_id', 'meeting_id'], unique=False)

    op.create_table('meeting_decisions',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_decisions_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_decisions'))
    )
    with op.batch_alter_table('meeting_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_decisions_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_exceptions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('original_start', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_meeting_exceptions_created_by_id_users')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_exceptions_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_exceptions')),
    sa.UniqueConstraint('meeting_id', 'original_start', name='uq_meeting_exceptions_start')
    )
    with op.batch_alter_table('meeting_exceptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_exceptions_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('grant_budget_lines',
    sa.Column('grant_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=120), nullable=False),
    sa.Column('amount', caseworker.db.types.Money(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['grant_id'], ['grant_applications.id'], name=op.f('fk_grant_budget_lines_grant_id_grant_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_budget_lines'))
    )
    with op.batch_alter_table('grant_budget_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_budget_lines_grant_id'), ['grant_id'], unique=False)

    op.create_table('grant_documents',
    sa.Column('grant_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['grant_id'], ['grant_applications.id'], name=op.f('fk_grant_documents_grant_id_grant_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_documents'))
    )
    with op.batch_alter_table('grant_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_documents_grant_id'), ['grant_id'], unique=False)

    op.create_table('grant_spending',
    sa.Column('grant_id', sa.Integer(), nullable=False),
    sa.Column('budget_line_id', sa.Integer(), nullable=False),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('amount', caseworker.db.types.Money(), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('disbursement_id', sa.Integer(), nullable=True),
    sa.Column('voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['budget_line_id'], ['grant_budget_lines.id'], name=op.f('fk_grant_spending_budget_line_id_grant_budget_lines')),
    sa.ForeignKeyConstraint(['disbursement_id'], ['disbursements.id'], name=op.f('fk_grant_spending_disbursement_id_disbursements')),
    sa.ForeignKeyConstraint(['grant_id'], ['grant_applications.id'], name=op.f('fk_grant_spending_grant_id_grant_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_spending')),
    sa.UniqueConstraint('disbursement_id', name=op.f('uq_grant_spending_disbursement_id'))
    )
    with op.batch_alter_table('grant_spending', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_spending_grant_id'), ['grant_id'], unique=False)
        batch_op.create_index('ix_grant_spending_line', ['budget_line_id', 'spent_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('grant_spending', schema=None) as batch_op:
        batch_op.drop_index('ix_grant_spending_line')
        batch_op.drop_index(batch_op.f('ix_grant_spending_grant_id'))

    op.drop_table('grant_spending')
    with op.batch_alter_table('grant_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_documents_grant_id'))

    op.drop_table('grant_documents')
    with op.batch_alter_table('grant_budget_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_budget_lines_grant_id'))

    op.drop_table('grant_budget_lines')
    with op.batch_alter_table('meeting_exceptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_exceptions_meeting_id'))

    op.drop_table('meeting_exceptions')
    with op.batch_alter_table('meeting_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_decisions_meeting_id'))

    op.drop_table('meeting_decisions')
    with op.batch_alter_table('meeting_attendees', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_attendees_user')
        batch_op.drop_index(batch_op.f('ix_meeting_attendees_meeting_id'))
        batch_op.drop_index('ix_meeting_attendees_donor')
        batch_op.drop_index('ix_meeting_attendees_client')

    op.drop_table('meeting_attendees')
    with op.batch_alter_table('meeting_agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_agenda_items_meeting_id'))

    op.drop_table('meeting_agenda_items')
    with op.batch_alter_table('meeting_action_items', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_action_items_owner')
        batch_op.drop_index(batch_op.f('ix_meeting_action_items_meeting_id'))
        batch_op.drop_index('ix_meeting_action_items_due')

    op.drop_table('meeting_action_items')
    with op.batch_alter_table('grant_applications', schema=None) as batch_op:
        batch_op.drop_index('ix_grant_applications_stage')
        batch_op.drop_index(batch_op.f('ix_grant_applications_owner_id'))
        batch_op.drop_index(batch_op.f('ix_grant_applications_funder_id'))
        batch_op.drop_index('ix_grant_applications_deadline')
        batch_op.drop_index(batch_op.f('ix_grant_applications_client_id'))

    op.drop_table('grant_applications')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index('ix_meetings_starts_at')
        batch_op.drop_index('ix_meetings_series_range')
        batch_op.drop_index(batch_op.f('ix_meetings_series_id'))

    op.drop_table('meetings')
    with op.batch_alter_table('funder_programmes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funder_programmes_funder_id'))

    op.drop_table('funder_programmes')
    with op.batch_alter_table('funder_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funder_contacts_funder_id'))

    op.drop_table('funder_contacts')
    with op.batch_alter_table('funders', schema=None) as batch_op:
        batch_op.drop_index('ix_funders_name')

    op.drop_table('funders')
