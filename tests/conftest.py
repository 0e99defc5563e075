"""Shared fixtures: databases on both engines, cheap password hashing, signed-in services.

Storage and service tests take the ``db`` fixture, which runs each test on SQLite and, where
``CASEWORKER_TEST_PG_URL`` names a PostgreSQL server, on PostgreSQL too (the PostgreSQL half is
skipped with its reason otherwise). GUI tests run offscreen.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from argon2 import PasswordHasher
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine

import caseworker.db.models  # noqa: F401 - every table on the metadata
from caseworker.db.base import Base
from caseworker.db.database import Database
from caseworker.db.keystore import KeyStore, keystore_path
from caseworker.db.layout import PART_DOMAINS, FileKeys, part_path
from caseworker.db.location import DatabaseLocation
from caseworker.db.split import split_file
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services import passwords
from caseworker.services.accounts import AuthService, UserDraft
from caseworker.services.container import Services

PG_URL = os.environ.get("CASEWORKER_TEST_PG_URL", "")

# Generated cases are checked however busy the machine is: no deadline, and slow generation on a
# loaded two-core runner is not a failure of the code under test.
hypothesis_settings.register_profile("caseworker", deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile("caseworker")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True, scope="session")
def _cheap_hashing() -> None:
    # The production parameters cost ~100 ms per hash; tests make hundreds of users.
    passwords.set_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


_UI = f"{os.sep}caseworker{os.sep}ui{os.sep}"
_gui_thread_sql: list[str] = []


def _statement_on_gui_thread(conn, cursor, statement, parameters, context, executemany) -> None:
    """Note a statement that window code runs on the GUI thread outside an operation.

    Test code may call services directly to set up its data; what counts is a statement with
    window code on the stack that no runner job is carrying (jobs run inline in the tests'
    synchronous runner, so they are told apart by the runner's own marker)."""
    if threading.current_thread() is not threading.main_thread():
        return
    runner = sys.modules.get("caseworker.ui.runner")
    if runner is None or runner.in_worker():
        return
    frame = sys._getframe(1)
    while frame is not None:
        name = frame.f_code.co_filename
        if _UI in name:
            where = name.split(_UI, 1)[1]
            _gui_thread_sql.append(f"caseworker/ui/{where}:{frame.f_lineno} in {frame.f_code.co_name}: "
                                   f"{statement.split(None, 1)[0]} ...")
            return
        frame = frame.f_back


@pytest.fixture(autouse=True, scope="session")
def _watch_the_gui_thread() -> Iterator[None]:
    event.listen(Engine, "before_cursor_execute", _statement_on_gui_thread)
    yield
    event.remove(Engine, "before_cursor_execute", _statement_on_gui_thread)


@pytest.fixture(autouse=True)
def _no_sql_on_the_gui_thread(_watch_the_gui_thread: None) -> Iterator[None]:
    """Window code reaches the database only through operations on the runner's worker: a
    statement run by window code on the GUI thread fails the test that made it."""
    _gui_thread_sql.clear()
    yield
    if _gui_thread_sql and os.environ.get("CASEWORKER_GUI_SQL_GUARD", "1") != "0":
        sites = sorted(set(_gui_thread_sql))
        _gui_thread_sql.clear()
        pytest.fail("SQL ran on the GUI thread outside an operation:\n  " + "\n  ".join(sites[:20]),
                    pytrace=False)


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test's settings, logs and data out of the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CASEWORKER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("CASEWORKER_CONFIG_DIR", str(home / "config"))


def _pg_database(url: str) -> Iterator[Database]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    name = f"cwtest_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    location = DatabaseLocation.parse(url.rsplit("/", 1)[0] + f"/{name}")
    db = Database(location)
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


ENGINES = ["sqlite", pytest.param("split", marks=pytest.mark.split),
           pytest.param("postgresql", marks=pytest.mark.pg)]
#: The folders whose storage tests also run on a database kept in one file per trust domain: those
#: that write the tables shared by the domains (tasks, reminders, meetings' attendees, the outbox,
#: import records, the audit log) through every path. CASEWORKER_TEST_LAYOUT=split runs them all so.
SPLIT_SUITES = ("care", "meetings", "imports", "letters", "db", "services", "donors")
_SESSION = pytest.StashKey[pytest.Session]()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Let go of windows, worker threads and database connections while the interpreter is whole.

    Left to interpreter shutdown, a Qt worker thread or a driver callback that wants the GIL
    after finalization has begun aborts the process (exit 134) although every test passed.
    """
    session.config.stash[_SESSION] = session
    gc.collect()
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            for widget in QApplication.topLevelWidgets():
                widget.close()
                widget.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
        QThreadPool.globalInstance().waitForDone(10_000)
    gc.collect()


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the process with the session's own exit status once pytest has written everything.

    What is under test is the app, not the interpreter's teardown of a process that has built and
    dropped thousands of Qt objects and connections; the app's own clean exit is tested in a
    process of its own (tests/gui/test_start.py). Set CASEWORKER_TEST_FULL_EXIT=1 to exit normally.
    """
    session = config.stash.get(_SESSION, None)
    if session is None or os.environ.get("CASEWORKER_TEST_FULL_EXIT"):
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(int(session.exitstatus))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Window tests are marked ``gui``; those marked ``sqlite_only`` get no PostgreSQL twin at all."""
    keep, drop = [], []
    for item in items:
        # Marked here rather than by hand so that no window test can miss it: ``-m "not gui"`` then
        # runs everything that needs no display, and ``-m gui`` the window alone.
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
        callspec = getattr(item, "callspec", None)
        engine = callspec.params.get("engine_name") if callspec is not None else None
        if engine == "postgresql" and item.get_closest_marker("sqlite_only"):
            drop.append(item)
        elif engine == "split" and (SPLIT_EVERYWHERE or not _split_suite(item)):
            drop.append(item)
        else:
            keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def _split_suite(item: pytest.Item) -> bool:
    parts = Path(str(item.fspath)).relative_to(Path(__file__).parent).parts
    uses_files = {"db", "sqlite_db"} & set(getattr(item, "fixturenames", ()))
    return bool(parts) and parts[0] in SPLIT_SUITES and bool(uses_files) and not item.get_closest_marker("gui") \
        and not item.get_closest_marker("sqlite_only")


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql" and not PG_URL:
        pytest.skip("PostgreSQL half skipped: set CASEWORKER_TEST_PG_URL to a server to run it")
    return request.param


@pytest.fixture
def empty_db(engine_name: str, tmp_path: Path) -> Iterator[Database]:
    """An empty database (no schema) on each engine."""
    if engine_name in ("sqlite", "split"):
        db = Database(DatabaseLocation.parse(str(tmp_path / "test.db")))
        yield db
        db.dispose()
    else:
        yield from _pg_database(PG_URL)


@pytest.fixture(scope="session")
def _sqlite_schema(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file with the whole schema, copied for each test (faster than creating it)."""
    path = tmp_path_factory.mktemp("schema") / "schema.db"
    template = Database(DatabaseLocation.parse(str(path)))
    Base.metadata.create_all(template.engine)
    template.dispose()  # closing the last connection folds the WAL into the file
    return path


@pytest.fixture(scope="session")
def _pg_schema() -> Iterator[str]:
    """One PostgreSQL database with the whole schema for the session, emptied before each test."""
    for db in _pg_database(PG_URL):
        Base.metadata.create_all(db.engine)
        url = db.location.url.render_as_string(hide_password=False)
        db.dispose()
        yield url


#: CASEWORKER_TEST_LAYOUT=split runs every SQLite test on a database kept in one file per trust
#: domain, signed in with every domain's key, instead of a single plain file.
SPLIT_EVERYWHERE = os.environ.get("CASEWORKER_TEST_LAYOUT") == "split"
_SPLIT_KEYS = FileKeys(b"\x01" * 32, {d: bytes([2 + i]) * 32 for i, d in enumerate(PART_DOMAINS)}, split=True)


def _copy_sqlite(schema: Path, target: Path, *, split: bool = False) -> Database:
    if split or SPLIT_EVERYWHERE:
        plain, schema = schema, schema.parent / "split" / schema.name
        if not schema.exists():
            schema.parent.mkdir(exist_ok=True)
            shutil.copyfile(plain, schema)
            split_file(schema, None, _SPLIT_KEYS)
            KeyStore.create(keystore_path(schema), _SPLIT_KEYS)
        for domain in PART_DOMAINS:
            shutil.copyfile(part_path(schema, domain), part_path(target, domain))
        shutil.copyfile(keystore_path(schema), keystore_path(target))
        shutil.copyfile(schema, target)
        return Database(DatabaseLocation.parse(str(target)), key=_SPLIT_KEYS)
    shutil.copyfile(schema, target)
    return Database(DatabaseLocation.parse(str(target)))


@pytest.fixture
def db(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A database with the whole current schema and no rows, on each engine."""
    if engine_name in ("sqlite", "split"):
        database = _copy_sqlite(request.getfixturevalue("_sqlite_schema"), tmp_path / "test.db",
                                split=engine_name == "split")
    else:
        database = Database(DatabaseLocation.parse(request.getfixturevalue("_pg_schema")))
        tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        with database.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, _sqlite_schema: Path) -> Iterator[Database]:
    database = _copy_sqlite(_sqlite_schema, tmp_path / "test.db")
    yield database
    database.dispose()


def make_user(db: Database, username: str, *roles: Role, password: str = "correct horse") -> Actor:
    """Create a user (the first becomes the administrator) and return them signed in."""
    auth = AuthService(db)
    draft = UserDraft(username, username.title(), frozenset(roles))
    if not auth.has_users():
        auth.create_first_admin(draft, password)
    else:
        admin = _any_admin(db)
        Services(db, admin).accounts.add_user(draft, password)
    return auth.sign_in(username, password)


def _any_admin(db: Database) -> Actor:
    from sqlalchemy import select

    from caseworker.db.models import User, UserRole
    from caseworker.services.accounts import actor_for

    with db.read() as s:
        user = s.scalars(select(User).join(UserRole, UserRole.user_id == User.id)
                         .where(UserRole.role == "admin").order_by(User.id)).first()
        return actor_for(user)


@pytest.fixture
def admin(db: Database) -> Actor:
    return make_user(db, "admin", Role.ADMIN, Role.MANAGER)


@pytest.fixture
def services_for(db: Database, admin: Actor):
    """``services_for(Role.CASEWORKER)`` -> Services for a new user holding that role."""
    counter = iter(range(1, 10_000))

    def make(*roles: Role) -> Services:
        name = f"{'-'.join(r.value for r in roles)}{next(counter)}"
        return Services(db, make_user(db, name, *roles))

    return make


@pytest.fixture
def open_window(qtbot, monkeypatch):
    """``open_window(services)`` -> a shown MainWindow whose runner works synchronously.

    A bug in a background action fails the test instead of opening the crash dialog, whose
    modal loop would wait for a click that never comes."""
    from caseworker.settings import Settings
    from caseworker.ui import main_window
    from caseworker.ui.application import build_main_window
    from caseworker.ui.runner import Runner

    bugs: list[BaseException] = []
    monkeypatch.setattr(main_window, "show_bug", lambda _parent, exc, _path: bugs.append(exc))

    def make(services: Services):
        window = build_main_window(services, Settings(), Runner(synchronous=True))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    if bugs:
        raise AssertionError("a background action failed with a bug") from bugs[0]


def ui_context(services: Services):
    """A window's context over *services*, its runner synchronous, for testing one dialog."""
    from caseworker.settings import Settings
    from caseworker.ui.context import UiContext
    from caseworker.ui.runner import Runner

    return UiContext(services, Runner(synchronous=True), Settings(), services.settings.get())
