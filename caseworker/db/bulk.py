"""Many rows of one table inserted with a single driver ``executemany``.

``session.execute(insert(table), rows)`` builds and type-converts every row's parameters through
SQLAlchemy's generic machinery, which costs more than the database's own work for an import of
hundreds of thousands of rows. Here the statement is compiled once, each column's bind processor
(the same one SQLAlchemy would use: UTC instants, money in minor units, JSON) is looked up once,
and the rows go to the driver as plain tuples or dicts. Column defaults the rows leave out are
computed once for the whole call, which suits stamps and empty JSON alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault


def insert_many(s: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert *rows* into *table* in the session's transaction (one statement per set of keys)."""
    groups: dict[tuple[str, ...], list[Mapping[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    for same in groups.values():
        _insert_same_keys(s, table, same)


def _insert_same_keys(s: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    conn = s.connection()
    dialect = conn.dialect
    keys = list(rows[0])
    given = set(keys)
    extra: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if column.key in given or default is None:
            continue
        if isinstance(default, ScalarElementColumnDefault):
            extra[column.key] = default.arg
        elif isinstance(default, CallableColumnDefault):
            # No statement runs here to give it a context; SQLAlchemy wraps a no-argument default
            # (utcnow, dict) so that it ignores the one it is handed.
            extra[column.key] = default.arg(None)  # type: ignore[arg-type]
    compiled = insert(table).compile(dialect=dialect, column_keys=[*keys, *extra])
    processors = {}
    for key in [*keys, *extra]:
        processor = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            processors[key] = processor
    fixed = tuple(processors[k](v) if k in processors else v for k, v in extra.items())
    # Rows are read in their own key order, converted, then put in the statement's order.
    natural = [*keys, *extra]
    order = list(compiled.positiontup) if compiled.positional and compiled.positiontup is not None else natural
    if sorted(order) != sorted(natural):  # pragma: no cover - a bind named unlike its column
        raise ValueError(f"cannot bulk insert into {table.name}: parameters {order} for columns {natural}")
    reorder = itemgetter(*(natural.index(k) for k in order)) if order != natural else None
    read = itemgetter(*keys)
    convert = [(i, processors[k]) for i, k in enumerate(keys) if k in processors]
    params: list[Any] = []
    for row in rows:
        values = list(read(row)) if len(keys) > 1 else [read(row)]
        for i, process in convert:
            values[i] = process(values[i])
        values.extend(fixed)
        ordered = values if reorder is None else list(reorder(values))
        params.append(tuple(ordered) if compiled.positional else dict(zip(order, ordered)))
    conn.exec_driver_sql(compiled.string, params)
