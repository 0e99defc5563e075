"""letter and e-mail templates, the outbox and the thank-you ledger

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import caseworker.db.types

revision = '0008'
down_revision = '0007'
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
    op.create_table('message_templates',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('audience', sa.String(length=10), nullable=False),
    sa.Column('language', sa.String(length=20), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('attach', sa.String(length=10), nullable=False),
    sa.Column('fallback', sa.String(length=10), nullable=False),
    sa.Column('min_amount', caseworker.db.types.Money(), nullable=True),
    sa.Column('appeal_code', sa.String(length=40), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    *_tracked(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_templates')),
    sa.UniqueConstraint('name', 'language', name='uq_message_templates_name_language'),
    )
    with op.batch_alter_table('message_templates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_templates_audience'), ['audience'], unique=False)

    op.create_table('message_template_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('saved_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('saved_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['template_id'], ['message_templates.id'],
                            name=op.f('fk_message_template_versions_template_id_message_templates')),
    sa.ForeignKeyConstraint(['saved_by_id'], ['users.id'],
                            name=op.f('fk_message_template_versions_saved_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_template_versions')),
    sa.UniqueConstraint('template_id', 'number', name='uq_message_template_versions_template_id'),
    )

    op.create_table('outbox_messages',
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('audience', sa.String(length=10), nullable=False),
    sa.Column('donor_id', sa.Integer(), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('gift_id', sa.Integer(), nullable=True),
    sa.Column('receipt_id', sa.Integer(), nullable=True),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('template_version', sa.Integer(), nullable=True),
    sa.Column('touchpoint_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('to_name', sa.String(length=250), nullable=False),
    sa.Column('to_address', sa.String(length=254), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body_text', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('attach', sa.String(length=10), nullable=False),
    sa.Column('message_id', sa.String(length=250), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('claimed_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('sent_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('next_allowed', caseworker.db.types.UTCDateTime(timezone=True), nullable=True),
    *_tracked(),
    sa.ForeignKeyConstraint(['donor_id'], ['donors.id'], name=op.f('fk_outbox_messages_donor_id_donors')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_outbox_messages_client_id_clients')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_outbox_messages_case_id_cases')),
    sa.ForeignKeyConstraint(['gift_id'], ['gifts.id'], name=op.f('fk_outbox_messages_gift_id_gifts')),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipts.id'], name=op.f('fk_outbox_messages_receipt_id_receipts')),
    sa.ForeignKeyConstraint(['template_id'], ['message_templates.id'],
                            name=op.f('fk_outbox_messages_template_id_message_templates')),
    sa.ForeignKeyConstraint(['touchpoint_id'], ['touchpoints.id'],
                            name=op.f('fk_outbox_messages_touchpoint_id_touchpoints')),
    sa.ForeignKeyConstraint(['staff_id'], ['users.id'], name=op.f('fk_outbox_messages_staff_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_messages')),
    )
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_messages_status_next', ['status', 'next_attempt_at'], unique=False)
        batch_op.create_index('ix_outbox_messages_donor', ['donor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_messages_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_messages_gift_id'), ['gift_id'], unique=False)

    op.create_table('gift_thanks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('gift_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('thanked_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['gift_id'], ['gifts.id'], name=op.f('fk_gift_thanks_gift_id_gifts')),
    sa.ForeignKeyConstraint(['message_id'], ['outbox_messages.id'],
                            name=op.f('fk_gift_thanks_message_id_outbox_messages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gift_thanks')),
    sa.UniqueConstraint('gift_id', name='uq_gift_thanks_gift_id'),
    )


def downgrade() -> None:
    op.drop_table('gift_thanks')
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_messages_gift_id'))
        batch_op.drop_index(batch_op.f('ix_outbox_messages_client_id'))
        batch_op.drop_index('ix_outbox_messages_donor')
        batch_op.drop_index('ix_outbox_messages_status_next')
    op.drop_table('outbox_messages')
    op.drop_table('message_template_versions')
    with op.batch_alter_table('message_templates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_templates_audience'))
    op.drop_table('message_templates')
