"""A grant application's targets and outcomes

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-06 22:40:00

Output targets, the demographics the funder asks for and the report's narrative (one row per
grant), and named outcomes with a target number and how many were reached.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import caseworker.db.types

revision = '0014'
down_revision = '0012'
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
    op.create_table('grant_targets',
    sa.Column('grant_id', sa.Integer(), nullable=False),
    sa.Column('people_served', sa.Integer(), nullable=True),
    sa.Column('new_people', sa.Integer(), nullable=True),
    sa.Column('cases_resolved', sa.Integer(), nullable=True),
    sa.Column('aid_payments', sa.Integer(), nullable=True),
    sa.Column('demographics', sa.String(length=100), nullable=False),
    sa.Column('narrative', sa.Text(), nullable=False),
    *_tracked(),
    sa.ForeignKeyConstraint(['grant_id'], ['grant_applications.id'],
                            name=op.f('fk_grant_targets_grant_id_grant_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_targets')),
    sa.UniqueConstraint('grant_id', name=op.f('uq_grant_targets_grant_id'))
    )
    op.create_table('grant_outcomes',
    sa.Column('grant_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('target', sa.Integer(), nullable=False),
    sa.Column('achieved', sa.Integer(), nullable=True),
    *_tracked(),
    sa.ForeignKeyConstraint(['grant_id'], ['grant_applications.id'],
                            name=op.f('fk_grant_outcomes_grant_id_grant_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_outcomes'))
    )
    with op.batch_alter_table('grant_outcomes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_outcomes_grant_id'), ['grant_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('grant_outcomes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_outcomes_grant_id'))
    op.drop_table('grant_outcomes')
    op.drop_table('grant_targets')
