"""Where a migration finds a table: one file, or the files of a database split by trust domain.

An embedded database may keep each trust domain in a file of its own (see ``caseworker.db.layout``),
attached to the migration's connection by name. A migration that changes a table does so in every
file holding a copy of it, and makes a new table in the file of its domain::

    for schema in copies("tasks"):
        op.add_column("tasks", sa.Column("colour", sa.String(10)), schema=schema)
    op.create_table("client_pets", ..., schema=home("client_pets"))

On a single file or a server both give ``None``: the table's one place, as before.
"""

from __future__ import annotations

from alembic import op

from caseworker.db.layout import PART_DOMAINS, homes


def _split() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    attached = {row[1] for row in bind.exec_driver_sql("PRAGMA database_list")}
    return all(d.value in attached for d in PART_DOMAINS)


def copies(table: str) -> list[str | None]:
    """The schemas to change *table* in (a shared table of mixed rows has a copy in every file)."""
    return list(homes(table)) if _split() else [None]


def home(table: str) -> str | None:
    """The schema a new *table* is made in (its domain's file); a mixed table is made per copy."""
    return homes(table)[0] if _split() else None
