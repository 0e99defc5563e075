"""touchpoints and the contact policy

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import caseworker.db.types

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[Any]]:
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table('touchpoints',
    sa.Column('donor_id', sa.Integer(), nullable=False),
    sa.Column('when', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('campaign', sa.String(length=120), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('override_by_id', sa.Integer(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('cancelled_reason', sa.Text(), nullable=False),
    *_tracked(),
    sa.ForeignKeyConstraint(['donor_id'], ['donors.id'], name=op.f('fk_touchpoints_donor_id_donors')),
    sa.ForeignKeyConstraint(['staff_id'], ['users.id'], name=op.f('fk_touchpoints_staff_id_users')),
    sa.ForeignKeyConstraint(['override_by_id'], ['users.id'],
                            name=op.f('fk_touchpoints_override_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_touchpoints'))
    )
    with op.batch_alter_table('touchpoints', schema=None) as batch_op:
        batch_op.create_index('ix_touchpoints_donor_when', ['donor_id', 'when'], unique=False)
        batch_op.create_index('ix_touchpoints_status_when', ['status', 'when'], unique=False)
        batch_op.create_index('ix_touchpoints_staff_when', ['staff_id', 'when'], unique=False)
        batch_op.create_index(batch_op.f('ix_touchpoints_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('contact_policies',
    sa.Column('settings', sa.JSON(), nullable=False),
    *_tracked(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_policies'))
    )


def downgrade() -> None:
    op.drop_table('contact_policies')
    with op.batch_alter_table('touchpoints', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_touchpoints_meeting_id'))
        batch_op.drop_index('ix_touchpoints_staff_when')
        batch_op.drop_index('ix_touchpoints_status_when')
        batch_op.drop_index('ix_touchpoints_donor_when')
    op.drop_table('touchpoints')
