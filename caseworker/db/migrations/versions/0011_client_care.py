"""client care: tasks, reminders, contact rhythms, client feedback, staff and team profiles

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 19:53:35.791154
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import caseworker.db.types

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reminders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('source_type', sa.String(length=20), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('fire_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('shown_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_reminders_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminders')),
    sa.UniqueConstraint('user_id', 'source_type', 'source_id', 'key', name='uq_reminders_user_source_key')
    )
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.create_index('ix_reminders_user_shown_fire', ['user_id', 'shown_at', 'fire_at'], unique=False)

    op.create_table('staff_profiles',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('job_title', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('work_days', sa.String(length=40), nullable=False),
    sa.Column('work_from', sa.String(length=5), nullable=False),
    sa.Column('work_to', sa.String(length=5), nullable=False),
    sa.Column('backup_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['backup_id'], ['users.id'], name=op.f('fk_staff_profiles_backup_id_users')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_staff_profiles_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_profiles')),
    sa.UniqueConstraint('user_id', name=op.f('uq_staff_profiles_user_id'))
    )
    op.create_table('tasks',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('record_type', sa.String(length=20), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('due_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('rrule', sa.String(length=200), nullable=False),
    sa.Column('series_start', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('remind_minutes', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('finished_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], name=op.f('fk_tasks_assignee_id_users')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_tasks_created_by_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_tasks_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks'))
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index('ix_tasks_assignee_status_due', ['assignee_id', 'status', 'due_at'], unique=False)
        batch_op.create_index('ix_tasks_record', ['record_type', 'record_id'], unique=False)
        batch_op.create_index('ix_tasks_team_status_due', ['team_id', 'status', 'due_at'], unique=False)

    op.create_table('team_profiles',
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('point_of_contact_id', sa.Integer(), nullable=True),
    sa.Column('backup_id', sa.Integer(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['backup_id'], ['users.id'], name=op.f('fk_team_profiles_backup_id_users')),
    sa.ForeignKeyConstraint(['point_of_contact_id'], ['users.id'], name=op.f('fk_team_profiles_point_of_contact_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_team_profiles_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_profiles')),
    sa.UniqueConstraint('team_id', name=op.f('uq_team_profiles_team_id'))
    )
    op.create_table('contact_rhythms',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('every_days', sa.Integer(), nullable=False),
    sa.Column('while_case_open', sa.Boolean(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('days', sa.String(length=40), nullable=False),
    sa.Column('best_from', sa.String(length=5), nullable=False),
    sa.Column('best_to', sa.String(length=5), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_contact_rhythms_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_rhythms')),
    sa.UniqueConstraint('client_id', name=op.f('uq_contact_rhythms_client_id'))
    )
    op.create_table('client_feedback',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('solved', sa.String(length=10), nullable=False),
    sa.Column('acceptable', sa.String(length=10), nullable=False),
    sa.Column('treated', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_client_feedback_case_id_cases')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_feedback_client_id_clients')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_client_feedback_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_feedback')),
    sa.UniqueConstraint('case_id', name=op.f('uq_client_feedback_case_id'))
    )
    with op.batch_alter_table('client_feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_feedback_client_id'), ['client_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('client_feedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_feedback_client_id'))

    op.drop_table('client_feedback')
    op.drop_table('contact_rhythms')
    op.drop_table('team_profiles')
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_tasks_team_status_due')
        batch_op.drop_index('ix_tasks_record')
        batch_op.drop_index('ix_tasks_assignee_status_due')

    op.drop_table('tasks')
    op.drop_table('staff_profiles')
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_index('ix_reminders_user_shown_fire')

    op.drop_table('reminders')
