"""imports: batches and what they touched, remembered mappings, external ids, merged records

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import caseworker.db.types

revision = '0009'
down_revision = '0008'
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
    op.create_table('import_batches',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('created', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('undone_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('undone_by_id', sa.Integer(), nullable=True),
    *_tracked(),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_import_batches_user_id_users')),
    sa.ForeignKeyConstraint(['undone_by_id'], ['users.id'], name=op.f('fk_import_batches_undone_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches'))
    )
    op.create_table('import_batch_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('before', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batches.id'],
                            name=op.f('fk_import_batch_records_batch_id_import_batches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch_records'))
    )
    op.create_index('ix_import_batch_records_batch', 'import_batch_records',
                    ['batch_id', 'record_type', 'record_id'], unique=False)
    op.create_table('import_mappings',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('header_key', sa.String(length=64), nullable=False),
    sa.Column('mapping', sa.JSON(), nullable=False),
    *_tracked(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_mappings')),
    sa.UniqueConstraint('kind', 'header_key', name='uq_import_mappings_kind_header')
    )
    op.create_table('external_ids',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_external_ids')),
    sa.UniqueConstraint('record_type', 'value', name='uq_external_ids_record_type')
    )
    op.create_index('ix_external_ids_record', 'external_ids', ['record_type', 'record_id'], unique=False)
    op.create_table('record_merges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('merged_id', sa.Integer(), nullable=False),
    sa.Column('survivor_id', sa.Integer(), nullable=False),
    sa.Column('merged_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('merged_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['merged_by_id'], ['users.id'], name=op.f('fk_record_merges_merged_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_record_merges')),
    sa.UniqueConstraint('record_type', 'merged_id', name='uq_record_merges_record_type')
    )
    op.create_index(op.f('ix_record_merges_survivor_id'), 'record_merges', ['survivor_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_record_merges_survivor_id'), table_name='record_merges')
    op.drop_table('record_merges')
    op.drop_index('ix_external_ids_record', table_name='external_ids')
    op.drop_table('external_ids')
    op.drop_table('import_mappings')
    op.drop_index('ix_import_batch_records_batch', table_name='import_batch_records')
    op.drop_table('import_batch_records')
    op.drop_table('import_batches')
