"""Alembic's environment: always driven from ``caseworker.db.migrate`` with a live connection."""

from __future__ import annotations

from alembic import context

import caseworker.db.models  # noqa: F401 - registers every table
from caseworker.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
