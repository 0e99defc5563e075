"""Deterministic demo data, generated with bulk inserts.

Each capability adds a module to this package with a ``populate(ctx: DemoContext) -> None`` function
and its line in :func:`builders`, the one list of them in the order they run (each may use what
those before it made); :func:`generate` runs them inside one transaction. The same seed and scale
always give the same database (dates are relative to a fixed "today" unless one is given), so a
benchmark or a bug report can be reproduced exactly.
"""

from __future__ import annotations

import gc
import operator
import random
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from itertools import chain
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Table, text

from caseworker.db.database import Database
from caseworker.domain.registry import Registry

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

DEMO_PASSWORD = "demo"
DEMO_ADMIN = "demo"
BATCH = 20_000
ROWS_PER_STATEMENT = 100
MAX_PARAMETERS = 30_000  # below SQLite's 32,766 and PostgreSQL's 65,535
T = TypeVar("T")


class DemoRandom(random.Random):
    """``random.Random`` with its two busiest draws made from one ``random()`` call each.

    The standard ``choice`` and ``randint`` draw whole bits to be exactly uniform, at several
    times the cost; at demo scale (millions of draws) that was a tenth of the run, and a bias
    below one part in 2**50 does not matter here. Still fully determined by the seed.
    """

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


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
    #: "GB", "CA" or "US": the demo organisation's country.
    country: str | None = "GB"

    @property
    def currency(self) -> str:
        """The currency of every amount in the demo: the country's."""
        return {"GB": "GBP", "CA": "CAD"}.get(self.country or "", "USD")

    @property
    def receipt_style(self) -> str:
        return {"GB": "UK", "CA": "CA"}.get(self.country or "", "US")

    @property
    def large(self) -> bool:
        return self.scale is Scale.LARGE

    def count(self, small: int, large: int) -> int:
        return large if self.large else small

    def bulk_insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert *rows* (dicts with the same keys) in batches through the driver's executemany.

        Each value is converted by its column type's own bind processor, so the rows are stored
        exactly as Core would store them; but Core's per-row parameter handling costs several
        times the insert itself at this scale. Dates, instants and amounts repeat a lot, so each
        distinct value of a column is converted once, and rows are reshaped column by column.
        """
        if not rows:
            return
        dialect = self.conn.dialect
        names = list(rows[0])
        processors = {i: p for i, name in enumerate(names)
                      if (p := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None}
        # Columns of one type (created, updated and the event's own instant) share their cache.
        by_type: dict[str, dict[Any, Any]] = {}
        caches = {i: by_type.setdefault(repr(table.c[names[i]].type), {}) for i in processors}
        quote = dialect.identifier_preparer.quote
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in names)}) VALUES "
        take = operator.itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
        for start in range(0, len(rows), BATCH):
            columns: list[Sequence[Any]] = list(zip(*map(take, rows[start:start + BATCH])))
            for i, process in processors.items():
                columns[i] = _converted(columns[i], process, caches[i])
            # A column with one value in the whole batch (an empty note, the same stamp) is written
            # into the statement once instead of being bound on every row.
            literals = {i: literal for i, column in enumerate(columns)
                        if (literal := _literal(column[0])) is not None and column.count(column[0]) == len(column)}
            row_sql = "(" + ", ".join(literals.get(i, mark) for i in range(len(names))) + ")"
            bound = [column for i, column in enumerate(columns) if i not in literals]
            if not bound:
                self.conn.exec_driver_sql(head + row_sql, [()] * len(columns[0]))
                continue
            # Many rows per statement: the driver's work per statement (reset, step, bookkeeping)
            # is paid once for each group instead of once per row.
            batch = list(zip(*bound))
            per = max(1, min(ROWS_PER_STATEMENT, MAX_PARAMETERS // len(bound)))
            whole = len(batch) - len(batch) % per
            if whole:
                groups = [tuple(chain.from_iterable(batch[k:k + per])) for k in range(0, whole, per)]
                self.conn.exec_driver_sql(head + ", ".join([row_sql] * per), groups)
            if whole < len(batch):
                rest = batch[whole:]
                self.conn.exec_driver_sql(head + ", ".join([row_sql] * len(rest)),
                                          tuple(chain.from_iterable(rest)))


def _literal(value: Any) -> str | None:
    """*value* as an SQL literal, for the text and NULL values both engines read alike."""
    if value is None:
        return "NULL"
    if isinstance(value, str) and "%" not in value and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _converted(values: Sequence[Any], process: Callable[[Any], Any], cache: dict[Any, Any]) -> list[Any]:
    try:
        for value in set(values).difference(cache):
            cache[value] = process(value)
    except TypeError:  # JSON documents: small and repetitive, so keyed by their items
        return [_converted_document(v, process, cache) for v in values]
    return list(map(cache.__getitem__, values))


def _converted_document(value: Any, process: Callable[[Any], Any], cache: dict[Any, Any]) -> Any:
    try:
        key = (type(value), tuple(value.items()) if isinstance(value, dict) else tuple(value))
        return cache[key]
    except KeyError:
        result = cache[key] = process(value)
        return result
    except TypeError:  # nested documents: converted one by one
        return process(value)


def builders() -> Registry[Callable[[DemoContext], None]]:
    """The demo's builders, in the order they run."""
    from caseworker.services.demo import (
        aid,
        care,
        cases,
        clients,
        donors,
        gift_aid,
        grants_meetings,
        insight_data,
        letters,
        people,
        touchpoints,
    )

    return Registry("demo builder", [(m.__name__.rsplit(".", 1)[-1], m.populate) for m in (
        people, clients, cases, aid, donors, gift_aid, touchpoints, letters, grants_meetings, care, insight_data)])


def generate(db: Database, *, scale: Scale = Scale.SMALL, seed: int = 1,
             today: date | None = None, progress: Callable[[str], None] = lambda _m: None,
             country: str | None = "GB") -> DemoContext:
    """Fill an empty, migrated database with demo records: a UK charity unless *country* names
    another ("CA", "US")."""
    # Millions of short-lived rows and tuples, none of them in a reference cycle: the cyclic
    # collector would otherwise rescan the growing heap over and over (a fifth of the run).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _generate(db, scale, seed, today, progress, country)
    finally:
        if collecting:
            gc.enable()


def _generate(db: Database, scale: Scale, seed: int, today: date | None,
              progress: Callable[[str], None], country: str | None = "GB") -> DemoContext:
    with db.engine.connect() as conn, _bulk_journal(conn), conn.begin():
        if conn.dialect.name == "sqlite":
            # A page cache bigger than the large demo (about 550 MB): no page is written out and read
            # back (decrypted again) before the commit, and the indexes are built from memory.
            conn.exec_driver_sql("PRAGMA cache_size = -1048576")
            # Rebuilding the indexes sorts on a second core where there is one.
            conn.exec_driver_sql("PRAGMA threads = 2")
        indexes = _set_aside_indexes(conn)
        # "Today" is the real date unless given, so open cases fall due around now, not years ago.
        ctx = DemoContext(conn, DemoRandom(seed), scale, today or date.today(), progress, country=country or "GB")
        registry = builders()
        for name in registry.keys():
            progress(name)
            registry[name](ctx)
            if conn.dialect.name == "postgresql":
                # A later module may insert without an id: the sequences move past each module's ids.
                _advance_sequences(conn)
        progress("indexes")
        for statement in indexes:
            conn.exec_driver_sql(statement)
    return ctx


@contextmanager
def _bulk_journal(conn: Connection) -> Iterator[None]:
    """On SQLite, keep the one big transaction's journal in memory rather than in the WAL.

    Through the WAL every new page would be written (and encrypted) twice, once into the log and
    once more when it is checkpointed into the file. Pages of a new database need no undo copy, so
    the in-memory journal stays small, and a failed run still rolls back. WAL mode comes back
    before the connection is handed on.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.driver_connection
    assert raw is not None  # None only once the connection is closed
    raw.execute("PRAGMA journal_mode = MEMORY")
    try:
        yield
    finally:
        raw.execute("PRAGMA journal_mode = WAL")


def _set_aside_indexes(conn: Connection) -> list[str]:
    """Drop the secondary indexes for the bulk load and return the statements that rebuild them.

    Building an index once over sorted data is several times cheaper than keeping it up to date
    through a million random-order inserts; a unique index still refuses duplicates when rebuilt,
    inside the same transaction. Indexes that back a constraint (primary keys, UNIQUE in a table
    definition) stay.
    """
    if conn.dialect.name == "sqlite":
        import re

        from caseworker.db.layout import attached_files

        # Each file's own indexes, rebuilt in that file (a split database's mixed tables are
        # read through views of the same names, which cannot be indexed).
        statements = []
        for schema in attached_files(conn.connection.driver_connection):
            rows = conn.exec_driver_sql(
                f'SELECT name, sql FROM "{schema}".sqlite_master WHERE type = \'index\' AND sql IS NOT NULL').all()
            for name, sql in rows:
                conn.exec_driver_sql(f'DROP INDEX "{schema}"."{name}"')
                statements.append(re.sub(r'^(CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?)',
                                         rf'\1"{schema}".', sql, count=1, flags=re.IGNORECASE))
        return statements
    else:
        query = ("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
                 "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)")
    rows = conn.exec_driver_sql(query).all()
    for name, _sql in rows:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]


def _advance_sequences(conn: Connection) -> None:
    """Demo modules insert explicit ids; move PostgreSQL's sequences past them."""
    from caseworker.db.base import Base

    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement:
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"))
