"""clients: profile, flags, search keys, tags, contacts, consents, attachments, referrals

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 14:49:45.221477
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import caseworker.db.types

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('clients',
    sa.Column('first_name', sa.String(length=120), nullable=False),
    sa.Column('last_name', sa.String(length=120), nullable=False),
    sa.Column('preferred_name', sa.String(length=120), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('search_name', sa.String(length=400), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('phone_key', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.Column('postcode', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=60), nullable=False),
    sa.Column('contact_channel', sa.String(length=20), nullable=False),
    sa.Column('contact_times', sa.String(length=200), nullable=False),
    sa.Column('key_worker_id', sa.Integer(), nullable=True),
    sa.Column('safeguarding', sa.String(length=500), nullable=False),
    sa.Column('interpreter_needed', sa.Boolean(), nullable=False),
    sa.Column('interpreter_language', sa.String(length=60), nullable=False),
    sa.Column('accessibility', sa.String(length=500), nullable=False),
    sa.Column('flag_bits', sa.Integer(), nullable=False),
    sa.Column('needs', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('anonymised_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['key_worker_id'], ['users.id'], name=op.f('fk_clients_key_worker_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clients'))
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.create_index('ix_clients_born', ['anonymised_at', 'date_of_birth'], unique=False)
        batch_op.create_index('ix_clients_flags', ['flag_bits', 'anonymised_at', 'search_name'], unique=False)
        batch_op.create_index('ix_clients_key_worker_id', ['key_worker_id'], unique=False)
        batch_op.create_index('ix_clients_list', ['anonymised_at', 'search_name'], unique=False)
        batch_op.create_index('ix_clients_phone_key', ['phone_key'], unique=False)

    op.create_table('client_attachments',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('uploaded_by_id', sa.Integer(), nullable=True),
    sa.Column('voided_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_attachments_client_id_clients')),
    sa.ForeignKeyConstraint(['uploaded_by_id'], ['users.id'], name=op.f('fk_client_attachments_uploaded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_attachments'))
    )
    with op.batch_alter_table('client_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_attachments_client_id'), ['client_id'], unique=False)

    op.create_table('client_consents',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=120), nullable=False),
    sa.Column('given', sa.Boolean(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_consents_client_id_clients')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_client_consents_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_consents'))
    )
    with op.batch_alter_table('client_consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_consents_client_id'), ['client_id'], unique=False)

    op.create_table('client_contacts',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('value', sa.String(length=254), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_contacts_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_contacts'))
    )
    with op.batch_alter_table('client_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_contacts_client_id'), ['client_id'], unique=False)

    op.create_table('client_referrals',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('agency', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('referred_on', sa.Date(), nullable=False),
    sa.Column('made_by_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('outcome_on', sa.Date(), nullable=True),
    sa.Column('outcome_note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_referrals_client_id_clients')),
    sa.ForeignKeyConstraint(['made_by_id'], ['users.id'], name=op.f('fk_client_referrals_made_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_referrals'))
    )
    with op.batch_alter_table('client_referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_referrals_client_id'), ['client_id'], unique=False)

    op.create_table('client_search_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_search_keys_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_search_keys'))
    )
    with op.batch_alter_table('client_search_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_search_keys_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_client_search_keys_key', ['key', 'client_id'], unique=False)

    op.create_table('client_tags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('tag', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_tags_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_tags')),
    sa.UniqueConstraint('client_id', 'tag', name='uq_client_tags_client_tag')
    )
    with op.batch_alter_table('client_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_tags_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_client_tags_tag', ['tag', 'client_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('client_tags', schema=None) as batch_op:
        batch_op.drop_index('ix_client_tags_tag')
        batch_op.drop_index(batch_op.f('ix_client_tags_client_id'))

    op.drop_table('client_tags')
    with op.batch_alter_table('client_search_keys', schema=None) as batch_op:
        batch_op.drop_index('ix_client_search_keys_key')
        batch_op.drop_index(batch_op.f('ix_client_search_keys_client_id'))

    op.drop_table('client_search_keys')
    with op.batch_alter_table('client_referrals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_referrals_client_id'))

    op.drop_table('client_referrals')
    with op.batch_alter_table('client_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_contacts_client_id'))

    op.drop_table('client_contacts')
    with op.batch_alter_table('client_consents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_consents_client_id'))

    op.drop_table('client_consents')
    with op.batch_alter_table('client_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_attachments_client_id'))

    op.drop_table('client_attachments')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index('ix_clients_phone_key')
        batch_op.drop_index('ix_clients_list')
        batch_op.drop_index('ix_clients_key_worker_id')
        batch_op.drop_index('ix_clients_flags')
        batch_op.drop_index('ix_clients_born')

    op.drop_table('clients')
