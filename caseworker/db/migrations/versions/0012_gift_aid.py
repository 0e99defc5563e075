"""Gift Aid declarations as records of their own; decisions' votes and meetings' quorum

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 19:50:00

A donor's "Gift Aid declared on" date becomes a written declaration of the past four years and
all future gifts made that day (the wording the receipts quoted until now), noted as carried over
so it can be checked against the paper. The date stays on the donor for older copies.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import caseworker.db.types

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

CARRIED_OVER = "Carried over from the donor's Gift Aid date: check it against the declaration on file."


def upgrade() -> None:
    op.create_table('gift_aid_declarations',
    sa.Column('donor_id', sa.Integer(), nullable=False),
    sa.Column('declared_on', sa.Date(), nullable=False),
    sa.Column('scope', sa.String(length=20), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('gift_id', sa.Integer(), nullable=True),
    sa.Column('confirmation_sent_on', sa.Date(), nullable=True),
    sa.Column('cancelled_on', sa.Date(), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['donor_id'], ['donors.id'], name=op.f('fk_gift_aid_declarations_donor_id_donors')),
    sa.ForeignKeyConstraint(['gift_id'], ['gifts.id'], name=op.f('fk_gift_aid_declarations_gift_id_gifts')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'],
                            name=op.f('fk_gift_aid_declarations_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gift_aid_declarations'))
    )
    with op.batch_alter_table('gift_aid_declarations', schema=None) as batch_op:
        batch_op.create_index('ix_gift_aid_declarations_donor', ['donor_id', 'declared_on'], unique=False)

    now = sa.func.current_timestamp()
    donors = sa.table('donors', sa.column('id', sa.Integer()), sa.column('gift_aid_declared_on', sa.Date()))
    declarations = sa.table(
        'gift_aid_declarations', *(sa.column(name) for name in (
            'donor_id', 'declared_on', 'scope', 'method', 'cancel_reason', 'note', 'created_at', 'updated_at',
            'version')))
    op.execute(declarations.insert().from_select(
        ['donor_id', 'declared_on', 'scope', 'method', 'cancel_reason', 'note', 'created_at', 'updated_at',
         'version'],
        sa.select(donors.c.id, donors.c.gift_aid_declared_on, sa.literal('past_and_future'), sa.literal('written'),
                  sa.literal(''), sa.literal(CARRIED_OVER), now, now, sa.literal(1))
        .where(donors.c.gift_aid_declared_on.is_not(None))))
    _board_tables()


def _tracked() -> list[sa.Column[Any]]:
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('created_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('updated_at', caseworker.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
    ]


def _board_tables() -> None:
    op.create_table('meeting_decision_votes',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('proposer', sa.String(length=200), nullable=False),
    sa.Column('seconder', sa.String(length=200), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=True),
    sa.Column('votes_against', sa.Integer(), nullable=True),
    sa.Column('abstentions', sa.Integer(), nullable=True),
    *_tracked(),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'],
                            name=op.f('fk_meeting_decision_votes_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_decision_votes'))
    )
    with op.batch_alter_table('meeting_decision_votes', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_decision_votes_meeting', ['meeting_id'], unique=False)
    op.create_table('meeting_quorums',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('quorum', sa.Integer(), nullable=False),
    *_tracked(),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_quorums_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_quorums')),
    sa.UniqueConstraint('meeting_id', name=op.f('uq_meeting_quorums_meeting_id'))
    )


def downgrade() -> None:
    op.drop_table('meeting_quorums')
    with op.batch_alter_table('meeting_decision_votes', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_decision_votes_meeting')
    op.drop_table('meeting_decision_votes')
    with op.batch_alter_table('gift_aid_declarations', schema=None) as batch_op:
        batch_op.drop_index('ix_gift_aid_declarations_donor')
    op.drop_table('gift_aid_declarations')
