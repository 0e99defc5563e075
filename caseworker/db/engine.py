"""The one place where database connections are made.

A location is a file path (SQLite, the embedded default) or any SQLAlchemy URL (an office's
shared PostgreSQL server). SQLite connections get WAL, foreign keys and a busy timeout, and write
transactions begin with ``BEGIN IMMEDIATE``: under WAL a transaction that starts as a reader and
later writes fails at once with SQLITE_BUSY_SNAPSHOT if another process committed meanwhile,
whatever the busy timeout, so writers take the lock up front. Reading sessions ask for a deferred
``BEGIN`` instead so they never queue behind a writer.

An encrypted SQLite file (SQLCipher) gets the same treatment; its engine is made with the raw
database key (see ``db.keystore``), which each new connection receives as its very first statement.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import QueuePool

from caseworker.db.layout import PART_DOMAINS, FileKeys, RoutingConnection, attach_parts, unwrap
from caseworker.db.location import DatabaseLocation
from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_

BUSY_TIMEOUT_MS = 5000
# With someone listening for "busy" (the window), a writer waits this long in short attempts.
WRITE_WAIT_S = 30.0
BUSY_ATTEMPT_MS = 500
READ_ONLY_OPTION = "caseworker_read_only"
# FULL: every commit syncs the WAL before it returns, so a power cut cannot take back a save the
# user was told had been made. NORMAL syncs only at checkpoints and loses the last commits on a
# power cut (it is safe against a crashed process, not a lost disk cache). The cost was measured
# with scripts/bench_durability.py (see the README).
SYNCHRONOUS = "FULL"
PAGE_CACHE_KIB = 64 * 1024  # per connection, filled only as pages are read
_busy_listeners: weakref.WeakKeyDictionary[Engine, list[Callable[[], None]]] = weakref.WeakKeyDictionary()


def create_database_engine(location: DatabaseLocation, *, key: bytes | FileKeys | None = None,
                           **engine_args: Any) -> Engine:
    """Make the engine for *location*; every connection in the app comes from here.

    *key* (SQLite only) opens the file with SQLCipher using that raw 256-bit key; a file kept in
    one file per trust domain (see ``db.layout``) is opened with the keys the user holds.
    """
    if location.is_sqlite:
        return _sqlite_engine(location, key, **engine_args)
    if key is not None:
        raise StorageError(N_("A database server protects its data itself; it takes no file key."))
    try:
        return create_engine(location.url, pool_pre_ping=True, hide_parameters=True, **engine_args)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise StorageError(N_("'{location}' names a database this app cannot open: {detail}"),
                           location=location.display(), detail=str(exc)) from exc


def _sqlite_engine(location: DatabaseLocation, keys: bytes | FileKeys | None, **engine_args: Any) -> Engine:
    path = location.path
    split = keys if isinstance(keys, FileKeys) and keys.split else None
    key = keys.main if isinstance(keys, FileKeys) else keys
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    connect_args = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
    url = location.url
    if key is not None:
        # SQLAlchemy's SQLCipher dialect sends the URL's password as ``PRAGMA key="…"`` before
        # anything else on each connection; ``x'HEX'`` there is SQLCipher's raw-key form, so no
        # connection derives a key again. The URL renders its password as *** everywhere.
        url = url.set(drivername="sqlite+pysqlcipher", password=f"x'{key.hex()}'")
        # That dialect would keep one connection per thread; pool them like plain SQLite files.
        engine_args.setdefault("poolclass", QueuePool)
    if split is not None and path is not None:
        import sqlcipher3

        engine_args["module"] = _SplitDriver(sqlcipher3, [d.value for d in PART_DOMAINS if d in split.domains])
    # hide_parameters: an error message must never carry a client's name into a log file.
    engine = create_engine(url, connect_args=connect_args, hide_parameters=True, **engine_args)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling would emit a plain BEGIN lazily; take it over.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if key is not None:
                # SQLCipher writes its own diagnostics to stderr; errors reach us as exceptions.
                cursor.execute("PRAGMA cipher_log_level = NONE")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            # Each page read from an encrypted file is decrypted and checked; a page cache of
            # 64 MiB (instead of 8) keeps the indexes a statistics view reads decrypted from one
            # statement to the next (a fifth less CPU per Insight view on the large demo). It
            # grows only as pages are read.
            cursor.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
            if path is not None:
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
            if split is not None and path is not None:
                attach_parts(unwrap(dbapi_connection), path, split)
                for domain in split.domains:
                    cursor.execute(f"PRAGMA {domain.value}.journal_mode = WAL")
                    cursor.execute(f"PRAGMA {domain.value}.synchronous = {SYNCHRONOUS}")
                    cursor.execute(f"PRAGMA {domain.value}.cache_size = -{PAGE_CACHE_KIB}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY_OPTION):
            connection.exec_driver_sql("BEGIN")
        else:
            _begin_writing(engine, connection)

    return engine


class _SplitDriver:
    """The SQLCipher driver, handing out connections that route the mixed tables' writes."""

    def __init__(self, driver: Any, readable: list[str]) -> None:
        self._driver = driver
        self._readable = readable

    def connect(self, *args: Any, **kwargs: Any) -> RoutingConnection:
        return RoutingConnection(self._driver.connect(*args, **kwargs), self._readable)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._driver, name)


def on_busy(engine: Engine, listener: Callable[[], None]) -> Callable[[], None]:
    """Call *listener* (on the waiting thread) each time a writer finds another one saving.

    Returns the function that stops it.
    """
    listeners = _busy_listeners.setdefault(engine, [])
    listeners.append(listener)

    def stop() -> None:
        if listener in listeners:
            listeners.remove(listener)

    return stop


def move_busy_listeners(old: Engine, new: Engine) -> None:
    """A database whose engine was replaced (a new key) keeps telling the same listeners."""
    listeners = _busy_listeners.pop(old, None)
    if listeners is not None:
        _busy_listeners[new] = listeners  # the same list: each listener's remover still finds it


def _begin_writing(engine: Engine, connection: Any) -> None:
    """``BEGIN IMMEDIATE``, waiting up to :data:`WRITE_WAIT_S` while another writer saves.

    The wait is cut into short attempts so the user can be told "another user is saving —
    retrying" after half a second, instead of staring at a frozen save for the whole wait.
    """
    listeners = _busy_listeners.get(engine, [])
    if not listeners:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        return
    deadline = time.monotonic() + WRITE_WAIT_S
    connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_ATTEMPT_MS}")
    try:
        while True:
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as exc:
                if "locked" not in str(exc.orig).lower() or time.monotonic() > deadline:
                    raise
                for listener in listeners:
                    listener()
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
