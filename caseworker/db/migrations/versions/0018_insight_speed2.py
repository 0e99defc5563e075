"""insight speed 2: a partial index of the timeline's contacts by case and time

Revision ID: 0018
Revises: 0016
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

# The predicate of caseworker.db.portable's contact_entry, spelled out so this migration keeps
# meaning what it meant when the code moves on.
CONTACT = "kind IN ('call', 'visit', 'message')"


def upgrade() -> None:
    where: dict[str, Any] = {f"{op.get_bind().dialect.name}_where": sa.text(CONTACT)}
    op.create_index('ix_case_events_contacts', 'case_events', ['case_id', 'at'], unique=False, **where)


def downgrade() -> None:
    op.drop_index('ix_case_events_contacts', table_name='case_events')
