"""database roles: the bookkeeping of per-person login roles on a PostgreSQL server

Revision ID: 0021
Revises: 0020
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import caseworker.db.types

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('db_role_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('prefix', sa.String(length=40), nullable=False),
    sa.Column('set_up_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('set_up_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['set_up_by_id'], ['users.id'], name=op.f('fk_db_role_settings_set_up_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_db_role_settings')),
    sa.UniqueConstraint('prefix', name=op.f('uq_db_role_settings_prefix'))
    )
    op.create_table('db_role_logins',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role_name', sa.String(length=63), nullable=False),
    sa.Column('password_set_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_db_role_logins_user_id_users')),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_db_role_logins')),
    sa.UniqueConstraint('role_name', name=op.f('uq_db_role_logins_role_name'))
    )


def downgrade() -> None:
    # Only the bookkeeping goes: roles on the server outlive a downgrade, and `caseworker db-roles
    # setup` on the newer version finds and reuses them by name.
    op.drop_table('db_role_logins')
    op.drop_table('db_role_settings')
