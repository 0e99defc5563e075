"""One encrypted file per trust domain: the split layout of an embedded database.

``office.db`` holds the shared tables (accounts, settings, teams, grants, meetings, letters'
templates) under a key every staff member holds; ``office.casework.db`` holds clients, their cases,
notes, aid and attachments under the casework key, and ``office.stewardship.db`` donors, gifts,
receipts and touchpoints under the stewardship key. A user's entry in the key file seals only the
keys of the domains their roles may read (see ``db.keystore``), so a fundraiser's password and a
copy of all three files still reveal nothing about clients.

Every connection opens the main file and attaches each part (``ATTACH … KEY``) whose key the
signed-in user holds. A part whose key they do not hold is attached as an empty in-memory stand-in
with the same tables, so a statement that reaches into it reads no rows instead of failing: the
services already keep each role to its own domains, as the PostgreSQL roles require.

SQLite finds an unqualified table name in the temporary schema first, then ``main``, then the
attached files in order, so the ORM's statements reach a part's table without naming the file.

Three things the layout adds so the rest of the app need not know about it:

- **Mixed tables** (``trust_domains.MIXED_TABLES``: the audit log, tasks, reminders, the outbox,
  meeting attendees, import records) hold rows of every domain. Each file has its own copy, and a
  temporary view of the same name joins them for reading. Writes go through :class:`Router`: an
  INSERT goes to the copy of the domain its row belongs to (with an id from a counter in the main
  file, so ids stay unique and in order across the copies), an UPDATE or DELETE to every copy.
- **References between files.** SQLite enforces a foreign key only inside one file, so a
  reference that crosses files (a case's worker, a meeting's client attendee, a grant made on
  behalf of a client) is left out of the file's schema and checked instead by temporary triggers
  made on each connection from the ORM's metadata: the row referred to must exist, and deleting
  it cascades, clears or is refused as the foreign key says. :func:`cross_references` lists them.
- **Atomicity.** Each file is in WAL mode, where a transaction is atomic per file and SQLite
  commits the main file first, then the parts in order. An action writes its record and its audit
  entry in the same file (the audit log is split like the records it follows), so a crash between
  two files' commits keeps at most the shared half of an action that was never reported saved;
  the id counter lives in the main file, so that only skips ids, and ``caseworker check`` reports
  the one inconsistency it can leave (a shared row referring to a domain row of the same action).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseworker.db.trust_domains import MIXED_TABLES, TABLE_DOMAINS, MixedTable, TrustDomain

if TYPE_CHECKING:  # the key store imports this module before the window loads SQLAlchemy
    from sqlalchemy import MetaData

#: The domains with a file of their own, in the order they are attached.
PART_DOMAINS: tuple[TrustDomain, ...] = (TrustDomain.CASEWORK, TrustDomain.STEWARDSHIP)
MAIN = "main"
#: The table in the main file that hands out ids for the mixed tables' copies.
ID_COUNTERS = "split_id_counters"


@dataclass(frozen=True)
class FileKeys:
    """The keys a signed-in user holds for one database: the main file's, and each readable part's.

    *split* says the database is kept in several files; a single-file database has only *main*.
    """

    main: bytes
    domains: Mapping[TrustDomain, bytes] = field(default_factory=dict)
    split: bool = False

    def __repr__(self) -> str:  # never print a key
        return f"FileKeys(domains={sorted(self.domains)}, split={self.split})"


def part_path(main: Path, domain: TrustDomain) -> Path:
    """Where *domain*'s file of the database at *main* lives."""
    suffix = main.suffix or ".db"
    return main.with_name(f"{main.stem if main.suffix else main.name}.{domain.value}{suffix}")


def part_paths(main: Path) -> dict[TrustDomain, Path]:
    return {domain: part_path(main, domain) for domain in PART_DOMAINS}


def schema_of(domain: TrustDomain) -> str:
    return MAIN if domain is TrustDomain.SHARED else domain.value


def homes(table: str) -> tuple[str, ...]:
    """The schemas (attached files) holding a copy of *table*."""
    if table in MIXED_TABLES:
        return (MAIN, *(d.value for d in PART_DOMAINS))
    return (schema_of(TABLE_DOMAINS[table]),)


def _metadata() -> MetaData:
    import caseworker.db.models  # noqa: F401 - every table on the metadata
    from caseworker.db.base import Base

    return Base.metadata


@cache
def tables_in(schema: str) -> list[str]:
    """The tables of one file, parents before children."""
    return [t.name for t in _metadata().sorted_tables if schema in homes(t.name)] + (
        ["alembic_version", ID_COUNTERS] if schema == MAIN else [])


# -- references between files ---------------------------------------------------------------------
@dataclass(frozen=True)
class CrossReference:
    """A foreign key the files cannot enforce: *table*.*column* in *schema* refers to
    *parent*.*parent_column*; *on_delete* is what deleting the parent does."""

    schema: str
    table: str
    column: str
    parent: str
    parent_column: str
    on_delete: str  # CASCADE, SET NULL or NO ACTION


def enforced_in_file(parent: str, schema: str) -> bool:
    """Whether a foreign key to *parent* from a table in *schema* can stay a foreign key: the
    parent has one home, and it is that file."""
    return parent not in MIXED_TABLES and homes(parent) == (schema,)


@cache
def cross_references() -> list[CrossReference]:
    """Every reference the split layout checks with triggers instead of a foreign key."""
    found = []
    for table in _metadata().sorted_tables:
        for schema in homes(table.name):
            for fk in table.foreign_keys:
                parent = fk.column.table.name
                if enforced_in_file(parent, schema):
                    continue
                found.append(CrossReference(schema, table.name, fk.parent.name, parent, fk.column.name,
                                            (fk.ondelete or "NO ACTION").upper()))
    return found


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _trigger_name(*parts: str) -> str:
    return quoted("x_" + "_".join(p.replace(".", "_") for p in parts))


@cache
def reference_triggers() -> list[str]:
    """The temporary triggers that stand in for :func:`cross_references` on each connection."""
    statements = []
    for i, ref in enumerate(cross_references()):
        child = f"{quoted(ref.schema)}.{quoted(ref.table)}"
        col, pcol = quoted(ref.column), quoted(ref.parent_column)
        missing = (f"NEW.{col} IS NOT NULL AND NOT EXISTS "
                   f"(SELECT 1 FROM {quoted(ref.parent)} WHERE {pcol} = NEW.{col})")
        fail = "SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed');"
        statements.append(f"CREATE TEMP TRIGGER {_trigger_name('i', str(i))} BEFORE INSERT ON {child} "
                          f"WHEN {missing} BEGIN {fail} END")
        statements.append(f"CREATE TEMP TRIGGER {_trigger_name('u', str(i))} BEFORE UPDATE OF {col} ON {child} "
                          f"WHEN {missing} BEGIN {fail} END")
        for home in homes(ref.parent):
            parent = f"{quoted(home)}.{quoted(ref.parent)}"
            if ref.on_delete == "CASCADE":
                statements.append(
                    f"CREATE TEMP TRIGGER {_trigger_name('d', str(i), home)} AFTER DELETE ON {parent} "
                    f"BEGIN DELETE FROM {child} WHERE {col} = OLD.{pcol}; END")
            elif ref.on_delete == "SET NULL":
                statements.append(
                    f"CREATE TEMP TRIGGER {_trigger_name('d', str(i), home)} AFTER DELETE ON {parent} "
                    f"BEGIN UPDATE {child} SET {col} = NULL WHERE {col} = OLD.{pcol}; END")
            else:
                statements.append(
                    f"CREATE TEMP TRIGGER {_trigger_name('d', str(i), home)} BEFORE DELETE ON {parent} "
                    f"WHEN EXISTS (SELECT 1 FROM {child} WHERE {col} = OLD.{pcol}) BEGIN {fail} END")
    return statements


def dangling_references(conn: Any, attached: Iterable[str]) -> list[str]:
    """Rows whose cross-file reference points at nothing (a commit torn by a power cut)."""
    readable = set(attached) | {MAIN}
    found = []
    for ref in cross_references():
        if ref.schema not in readable or not set(homes(ref.parent)) <= readable:
            continue
        n = conn.execute(
            f"SELECT count(*) FROM {quoted(ref.schema)}.{quoted(ref.table)} c WHERE c.{quoted(ref.column)} IS NOT NULL "
            f"AND NOT EXISTS (SELECT 1 FROM {quoted(ref.parent)} p WHERE p.{quoted(ref.parent_column)} = c.{quoted(ref.column)})"
        ).fetchone()[0]
        if n:
            found.append(f"{n} row(s) of {ref.table} ({ref.schema}) refer to a missing {ref.parent}")
    return found


# -- schemas ---------------------------------------------------------------------------------
def table_ddl(table: str, schema: str) -> str:
    """``CREATE TABLE`` for *table*'s copy in *schema* (unqualified), without cross-file keys."""
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateTable

    t = _metadata().tables[table]
    keep = [fk for fk in t.foreign_key_constraints
            if enforced_in_file(next(iter(fk.elements)).column.table.name, schema)]
    return str(CreateTable(t, include_foreign_key_constraints=keep).compile(dialect=sqlite.dialect())).strip()


def stand_in(conn: Any, schema: str) -> None:
    """Attach an empty in-memory *schema* with the same tables, for a part the user cannot open."""
    conn.execute(f"ATTACH DATABASE ':memory:' AS {quoted(schema)}")
    for table in tables_in(schema):
        ddl = table_ddl(table, schema)
        conn.execute(re.sub(r"^CREATE TABLE ", f"CREATE TABLE {quoted(schema)}.", ddl, count=1))


def mixed_views(conn: Any) -> None:
    """The temporary views that read the mixed tables' copies as one table."""
    for table in MIXED_TABLES:
        cols = ", ".join(quoted(r[1]) for r in conn.execute(f"PRAGMA main.table_info({quoted(table)})"))
        arms = " UNION ALL ".join(f"SELECT {cols} FROM {quoted(s)}.{quoted(table)}" for s in homes(table))
        conn.execute(f"CREATE TEMP VIEW {quoted(table)} AS {arms}")


def attached_files(conn: Any) -> list[str]:
    """The schemas of *conn* that are files (``main`` and each part attached with its key)."""
    return [r[1] for r in conn.execute("PRAGMA database_list") if r[1] != "temp" and r[2]]


def drop_mixed_views(conn: Any) -> None:
    for table in MIXED_TABLES:
        conn.execute(f"DROP VIEW IF EXISTS temp.{quoted(table)}")


def restore_mixed_views(conn: Any) -> None:
    """The mixed tables' views again, on a connection of a split database."""
    attached = {r[1] for r in conn.execute("PRAGMA database_list")}
    if all(d.value in attached for d in PART_DOMAINS):
        drop_mixed_views(conn)
        mixed_views(conn)


def attach_parts(conn: Any, main: Path, keys: FileKeys) -> None:
    """On a new connection to *main*: attach each part (or its stand-in), the views, the triggers."""
    for domain in PART_DOMAINS:
        key = keys.domains.get(domain)
        if key is None:
            stand_in(conn, domain.value)
            continue
        path = str(part_path(main, domain)).replace("'", "''")
        conn.execute(f"ATTACH DATABASE '{path}' AS {quoted(domain.value)} KEY \"x'{key.hex()}'\"")
    mixed_views(conn)
    for statement in reference_triggers():
        conn.execute(statement)


# -- writes to the mixed tables -------------------------------------------------------------------
_WRITE = re.compile(r'^\s*(INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"?(\w+)"?',
                    re.IGNORECASE)
_INSERT = re.compile(r'^\s*(INSERT(?:\s+OR\s+\w+)?\s+INTO)\s+"?(\w+)"?\s*\((.*?)\)\s*VALUES\s*(\(.*\))'
                     r'(\s+RETURNING\s+[^()]*)?\s*$', re.IGNORECASE | re.DOTALL)


def _split_top(text: str) -> list[str]:
    """*text* cut at the commas outside brackets and quotes."""
    items, depth, quote, start = [], 0, "", 0
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
    items.append(text[start:].strip())
    return items


@dataclass
class _Insert:
    verb: str
    table: str
    columns: list[str]
    values: list[str]
    returning: str
    positions: dict[str, int]  # column -> index of its parameter
    width: int  # parameters per row
    rows: int  # rows in one statement (a bulk insert writes several)


def _parse_insert(sql: str) -> _Insert | None:
    m = _INSERT.match(sql)
    if m is None:
        return None
    columns = [c.strip().strip('"') for c in _split_top(m.group(3))]
    tuples = _split_top(m.group(4))
    if not all(t.startswith("(") and t.endswith(")") for t in tuples):
        return None
    values = _split_top(tuples[0][1:-1])
    if len(columns) != len(values) or any(_split_top(t[1:-1]) != values for t in tuples[1:]):
        return None  # rows of different shapes
    positions, n = {}, 0
    for column, value in zip(columns, values):
        if value == "?":
            positions[column] = n
        n += value.count("?")
    return _Insert(m.group(1), m.group(2), columns, values, m.group(5) or "", positions, n, len(tuples))


class SplitWriteError(RuntimeError):
    """A statement the router cannot send to the right file (a programming error, not the user's)."""


class Router:
    """Sends the writes of one connection's mixed tables to the right copies (see the module)."""

    def __init__(self, raw: Any, readable: Sequence[str]) -> None:
        self.raw = raw
        self.readable = readable  # the parts attached with their real file

    def route(self, cursor: Any, sql: str, rows: list[Sequence[Any]], many: bool) -> _Outcome | None:
        head = sql.lstrip()[:7].upper()
        if not head.startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")):
            return None
        m = _WRITE.match(sql)
        if m is None or m.group(2) not in MIXED_TABLES:
            return None
        table = m.group(2)
        if m.group(1).upper().startswith("INSERT"):
            return self._insert(cursor, sql, table, rows, many)
        return self._everywhere(cursor, sql, m, rows, many)

    # INSERT: one copy per row, chosen by the row's domain column.
    def _insert(self, cursor: Any, sql: str, table: str, rows: list[Sequence[Any]], many: bool) -> _Outcome:
        parsed = _parse_insert(sql)
        if parsed is None or (rows and isinstance(rows[0], Mapping)):
            raise SplitWriteError(f"cannot route this insert into {table}: {sql[:120]}")
        spec = MIXED_TABLES[table]
        outcome = _Outcome()
        ordered: list[tuple[str, bool, list[Any]]] = []
        # A statement of several rows (a bulk insert) is taken apart: each row goes its own way.
        single = [list(params[i * parsed.width:(i + 1) * parsed.width])
                  for params in rows for i in range(parsed.rows)]
        for params in single:
            schema = self._schema_for(spec, parsed, params)
            if "id" in parsed.positions:
                ident = params[parsed.positions["id"]]
                if ident is None:
                    params[parsed.positions["id"]] = self._next_id(table)
                else:
                    self._note_id(table, int(ident))
                ordered.append((schema, False, params))
            else:
                ordered.append((schema, True, [self._next_id(table), *params]))

        def statement(schema: str, add_id: bool) -> str:
            columns = (["id"] if add_id else []) + parsed.columns
            values = (["?"] if add_id else []) + parsed.values
            return (f"{parsed.verb} {quoted(schema)}.{quoted(table)} ({', '.join(quoted(c) for c in columns)}) "
                    f"VALUES ({', '.join(values)}){parsed.returning}")

        if parsed.returning or not (many or parsed.rows > 1):
            # Rows come back in the order they were given, one statement at a time.
            for schema, add_id, params in ordered:
                outcome.run(cursor, statement(schema, add_id), [params], False)
            return outcome
        groups: dict[tuple[str, bool], list[Sequence[Any]]] = {}
        for schema, add_id, params in ordered:
            groups.setdefault((schema, add_id), []).append(params)
        for (schema, add_id), group in groups.items():
            outcome.run(cursor, statement(schema, add_id), group, True)
        return outcome

    def _schema_for(self, spec: MixedTable, parsed: _Insert, params: Sequence[Any]) -> str:
        at = parsed.positions.get(spec.column)
        value = params[at] if at is not None else None
        if value in spec.casework:
            return TrustDomain.CASEWORK.value
        if value in spec.stewardship:
            return TrustDomain.STEWARDSHIP.value
        for kind, followed in spec.follows:
            if value == kind:
                at_id = parsed.positions.get(spec.id_column)
                if at_id is not None and params[at_id] is not None:
                    return self.home_of(followed, params[at_id])
        return MAIN

    def home_of(self, table: str, ident: Any) -> str:
        """The copy of mixed *table* holding row *ident* (the main one if none does)."""
        for schema in self.readable:
            if self.raw.execute(f"SELECT 1 FROM {quoted(schema)}.{quoted(table)} WHERE id = ?", (ident,)).fetchone():
                return schema
        return MAIN

    def _next_id(self, table: str) -> int:
        row = self.raw.execute(f"UPDATE main.{ID_COUNTERS} SET next_id = next_id + 1 WHERE name = ? "
                               "RETURNING next_id - 1", (table,)).fetchone()
        if row is None:
            raise SplitWriteError(f"no id counter for {table}")
        return int(row[0])

    def _note_id(self, table: str, ident: int) -> None:
        self.raw.execute(f"UPDATE main.{ID_COUNTERS} SET next_id = max(next_id, ?) WHERE name = ?",
                         (ident + 1, table))

    # UPDATE and DELETE: every copy; the row counts add up.
    def _everywhere(self, cursor: Any, sql: str, m: re.Match[str], rows: list[Sequence[Any]],
                    many: bool) -> _Outcome:
        table = m.group(2)
        outcome = _Outcome()
        start, end = m.span(2)
        if sql[start - 1: start] == '"':
            start, end = start - 1, end + 1
        for schema in homes(table):
            statement = f"{sql[:start]}{quoted(schema)}.{quoted(table)}{sql[end:]}"
            outcome.run(cursor, statement, rows, many)
        if m.group(1).upper().startswith("UPDATE"):
            assignments = re.split(r"\bWHERE\b", re.split(r"\bSET\b", sql, maxsplit=1, flags=re.IGNORECASE)[-1],
                                   maxsplit=1, flags=re.IGNORECASE)[0]
            if re.search(rf'(^|[\s,])"?{MIXED_TABLES[table].column}"?\s*=', assignments):
                rebalance(self.raw, table)
        return outcome


def rebalance(conn: Any, table: str) -> None:
    """Move rows of *table* whose domain column changed to the copy they now belong in."""
    cols = ", ".join(quoted(r[1]) for r in conn.execute(f"PRAGMA main.table_info({quoted(table)})"))
    for source in homes(table):
        for target in homes(table):
            if source == target:
                continue
            where = membership(table, target, alias=f"{quoted(source)}.{quoted(table)}")
            conn.execute(f"INSERT INTO {quoted(target)}.{quoted(table)} ({cols}) SELECT {cols} FROM "
                         f"{quoted(source)}.{quoted(table)} WHERE {where}")
            conn.execute(f"DELETE FROM {quoted(source)}.{quoted(table)} WHERE {where}")


def membership(table: str, schema: str, *, alias: str) -> str:
    """An SQL condition on *alias* (a row of mixed *table*) that holds when the row belongs in *schema*."""
    spec = MIXED_TABLES[table]
    col = f"{alias}.{quoted(spec.column)}"

    def of(domain: TrustDomain) -> str:
        values = spec.casework if domain is TrustDomain.CASEWORK else spec.stewardship
        listed = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
        terms = [f"{col} IN ({listed})"]
        for kind, followed in spec.follows:
            terms.append(f"({col} = '{kind}' AND EXISTS (SELECT 1 FROM {quoted(domain.value)}.{quoted(followed)} f "
                         f"WHERE f.id = {alias}.{quoted(spec.id_column)}))")
        return "(" + " OR ".join(terms) + ")"

    if schema == MAIN:
        return f"NOT (coalesce({of(TrustDomain.CASEWORK)}, 0) OR coalesce({of(TrustDomain.STEWARDSHIP)}, 0))"
    return of(TrustDomain(schema))


class _Outcome:
    """What the statements one routed statement became returned, added up for the caller."""

    def __init__(self) -> None:
        self.rowcount = 0
        self.lastrowid: int | None = None
        self.rows: list[Any] = []
        self.description: Any = None

    def run(self, cursor: Any, statement: str, rows: list[Sequence[Any]], many: bool) -> None:
        if many:
            cursor.executemany(statement, rows)
        else:
            cursor.execute(statement, rows[0] if rows else ())
            if cursor.description is not None:
                self.description = cursor.description
                self.rows.extend(cursor.fetchall())
            self.lastrowid = cursor.lastrowid
        if cursor.rowcount is not None and cursor.rowcount >= 0:
            self.rowcount += cursor.rowcount


class RoutingCursor:
    """A driver cursor whose writes to mixed tables go through a :class:`Router`."""

    def __init__(self, cursor: Any, router: Router) -> None:
        self._cursor = cursor
        self._router = router
        self._outcome: _Outcome | None = None
        self._at = 0

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> RoutingCursor:
        self._outcome = self._router.route(self._cursor, sql, [parameters], False)
        self._at = 0
        if self._outcome is None:
            self._cursor.execute(sql, parameters)
        return self

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> RoutingCursor:
        rows = list(seq)
        self._outcome = self._router.route(self._cursor, sql, rows, True)
        self._at = 0
        if self._outcome is None:
            self._cursor.executemany(sql, rows)
        return self

    @property
    def rowcount(self) -> int:
        return self._outcome.rowcount if self._outcome is not None else int(self._cursor.rowcount)

    @property
    def lastrowid(self) -> Any:
        return self._outcome.lastrowid if self._outcome is not None else self._cursor.lastrowid

    @property
    def description(self) -> Any:
        return self._outcome.description if self._outcome is not None else self._cursor.description

    def fetchone(self) -> Any:
        if self._outcome is None:
            return self._cursor.fetchone()
        if self._at >= len(self._outcome.rows):
            return None
        self._at += 1
        return self._outcome.rows[self._at - 1]

    def fetchmany(self, size: int | None = None) -> list[Any]:
        if self._outcome is None:
            return list(self._cursor.fetchmany(size if size is not None else self._cursor.arraysize))
        n = size if size is not None else 1
        rows = self._outcome.rows[self._at: self._at + n]
        self._at += len(rows)
        return rows

    def fetchall(self) -> list[Any]:
        if self._outcome is None:
            return list(self._cursor.fetchall())
        rows = self._outcome.rows[self._at:]
        self._at = len(self._outcome.rows)
        return rows

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchone, None)

    def close(self) -> None:
        self._cursor.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


class RoutingConnection:
    """A driver connection to a split database: its cursors route mixed-table writes."""

    def __init__(self, raw: Any, readable: Sequence[str]) -> None:
        object.__setattr__(self, "raw", raw)
        object.__setattr__(self, "router", Router(raw, readable))

    def cursor(self, *args: Any) -> RoutingCursor:
        return RoutingCursor(self.raw.cursor(*args), self.router)

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> RoutingCursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> RoutingCursor:
        return self.cursor().executemany(sql, seq)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.raw, name, value)


class OnSchema:
    """A driver connection whose first ``PRAGMA`` names one attached schema: the checks and the
    journal switches written for one file, run on one of several."""

    def __init__(self, conn: Any, schema: str) -> None:
        self.conn, self.schema = conn, schema

    def execute(self, sql: str) -> Any:
        return self.conn.execute(sql.replace("PRAGMA ", f"PRAGMA {quoted(self.schema)}.", 1))


def unwrap(conn: Any) -> Any:
    """The driver's own connection behind a :class:`RoutingConnection` (for its backup API)."""
    return conn.raw if isinstance(conn, RoutingConnection) else conn
