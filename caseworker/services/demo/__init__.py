"""Deterministic demo data, generated with bulk inserts.

Each capability adds a module to this package with an ``ORDER`` number and a
``populate(ctx: DemoContext) -> None`` function; :func:`generate` runs them in order inside one
transaction. The same seed and scale always give the same database (dates are relative to a fixed
"today" unless one is given), so a benchmark or a bug report can be reproduced exactly.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, text

from caseworker.db.database import Database

DEMO_PASSWORD = "demo"
DEMO_ADMIN = "demo"
BATCH = 20_000


class Scale(StrEnum):
    SMALL = "small"
    LARGE = "large"


@dataclass
class DemoContext:
    conn: Connection
    rng: random.Random
    scale: Scale
    today: date
    progress: Callable[[str], None]
    # Ids that later modules build on, by name: e.g. users["demo"], staff["caseworker"] = [ids].
    users: dict[str, int] = field(default_factory=dict)
    staff: dict[str, list[int]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def large(self) -> bool:
        return self.scale is Scale.LARGE

    def count(self, small: int, large: int) -> int:
        return large if self.large else small

    def bulk_insert(self, table: Any, rows: list[dict[str, Any]]) -> None:
        """Insert *rows* (dicts with the same keys) in batches through the driver's executemany.

        Each value is converted by its column type's own bind processor, so the rows are stored
        exactly as Core would store them; but Core's per-row parameter handling costs several
        times the insert itself at this scale, and dates and instants repeat a lot, so each
        distinct value is converted once.
        """
        if not rows:
            return
        dialect = self.conn.dialect
        columns = list(rows[0])
        converters = [(i, _memoised(p)) for i, name in enumerate(columns)
                      if (p := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None]
        quote = dialect.identifier_preparer.quote
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
               f"VALUES ({', '.join(mark for _ in columns)})")
        for start in range(0, len(rows), BATCH):
            batch = []
            for row in rows[start:start + BATCH]:
                values = [row[name] for name in columns]
                for i, convert in converters:
                    values[i] = convert(values[i])
                batch.append(tuple(values))
            self.conn.exec_driver_sql(sql, batch)


def _memoised(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    cache: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        try:
            return cache[value]
        except KeyError:
            result = cache[value] = process(value)
            return result
        except TypeError:  # unhashable (a JSON document): convert every time
            return process(value)

    return convert


def _modules() -> list[Any]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "populate"):
            found.append(module)
    return sorted(found, key=lambda m: (m.ORDER, m.__name__))


def generate(db: Database, *, scale: Scale = Scale.SMALL, seed: int = 1,
             today: date | None = None, progress: Callable[[str], None] = lambda _m: None) -> DemoContext:
    """Fill an empty, migrated database with demo records."""
    with db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            # A big page cache for this one bulk connection: indexes grow without re-reading pages.
            conn.exec_driver_sql("PRAGMA cache_size = -262144")
        # "Today" is the real date unless given, so open cases fall due around now, not years ago.
        ctx = DemoContext(conn, random.Random(seed), scale, today or date.today(), progress)
        for module in _modules():
            progress(module.__name__.rsplit(".", 1)[-1])
            module.populate(ctx)
        if conn.dialect.name == "postgresql":
            _advance_sequences(conn)
    return ctx


def _advance_sequences(conn: Connection) -> None:
    """Demo modules insert explicit ids; move PostgreSQL's sequences past them."""
    from caseworker.db.base import Base

    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement:
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"))
