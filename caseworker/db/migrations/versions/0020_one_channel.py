"""one channel: a client's "post" preference is the channel every other record calls a letter

Revision ID: 0020
Revises: 0018
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0018'
branch_labels = None
depends_on = None

# The columns that hold a client's channel (their preference, their rhythm's, a task's planned
# contact), spelled out so this migration keeps meaning what it meant when the models move on.
# Before this revision none of them could hold "letter", so the downgrade is exact.
CLIENT_CHANNEL_COLUMNS = (("clients", "contact_channel"), ("contact_rhythms", "channel"), ("tasks", "channel"))


def _rename(old: str, new: str) -> None:
    for table, column in CLIENT_CHANNEL_COLUMNS:
        t = sa.table(table, sa.column(column, sa.String))
        op.execute(t.update().where(t.c[column] == old).values({column: new}))


def upgrade() -> None:
    _rename("post", "letter")


def downgrade() -> None:
    _rename("letter", "post")
