"""A PostgreSQL server's own roles: the server refuses what a person's role may not read.

The server tests need ``CASEWORKER_TEST_PG_URL`` naming a superuser (CI's ``.ci/run`` sets it) and
are skipped with that reason otherwise. Each makes its own database, whose name gives the roles'
prefix (roles are cluster-wide), and drops the database and every role it made afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from caseworker.db import db_roles
from caseworker.db.base import Base
from caseworker.db.database import Database
from caseworker.db.migrate import SCHEMA_HEAD
from caseworker.db.open import open_database
from caseworker.db.trust_domains import MIXED_TABLES, TABLE_DOMAINS, TrustDomain
from caseworker.domain.care import RecordKind, TaskDraft
from caseworker.domain.errors import AuthenticationError, NotPermitted, RuleViolation, StorageError
from caseworker.domain.gifts import GiftDraft
from caseworker.domain.listing import ListQuery
from caseworker.domain.meetings import AttendeeDraft, AttendeeKind, MeetingDraft
from caseworker.domain.permissions import Role
from caseworker.services import opening
from caseworker.services.accounts import UserDraft
from caseworker.services.container import Services
from tests.conftest import PG_URL

# The revision before the newest: the database then has an upgrade waiting.
BEFORE_HEAD = "0020"

needs_pg = pytest.mark.skipif(not PG_URL, reason="needs a PostgreSQL server: set CASEWORKER_TEST_PG_URL "
                              "to a superuser's URL (CI does, see .ci/run)")


# --- The map of trust domains (no server needed) ---------------------------------------------


def test_every_table_belongs_to_a_trust_domain() -> None:
    import caseworker.db.models  # noqa: F401 - every table on the metadata

    missing = sorted(t for t in Base.metadata.tables if t not in TABLE_DOMAINS)
    assert missing == [], f"tables with no trust domain in caseworker/db/trust_domains.py: {missing}"
    stale = sorted(t for t in TABLE_DOMAINS if t not in Base.metadata.tables and t != "alembic_version")
    assert stale == []


def test_mixed_tables_are_shared_and_keyed_on_a_real_column() -> None:
    import caseworker.db.models  # noqa: F401

    for table, mixed in MIXED_TABLES.items():
        assert TABLE_DOMAINS[table] is TrustDomain.SHARED, table
        assert mixed.column in Base.metadata.tables[table].c, (table, mixed.column)
        assert not set(mixed.casework) & set(mixed.stewardship), table


def test_long_user_names_get_distinct_role_names_within_postgresql_limit() -> None:
    a = db_roles.login_role_name("cw_office", "a" * 60 + "x")
    b = db_roles.login_role_name("cw_office", "a" * 60 + "y")
    assert a != b and len(a) <= 63 and len(b) <= 63
    assert db_roles.login_role_name("cw_office", "joe") == "cw_office_u_joe"


def test_sqlite_has_no_database_roles(sqlite_db: Database, admin_on_sqlite: Services) -> None:
    services = admin_on_sqlite
    assert not services.db_roles.status().on
    with pytest.raises(RuleViolation):
        services.db_roles.set_up()
    # Account changes go on as before.
    services.accounts.add_user(UserDraft("fay", "Fay", frozenset({Role.FUNDRAISER})), "fay password 1")
    actor = opening.sign_in(sqlite_db, sqlite_db.location, "fay", "fay password 1")
    assert actor.username == "fay"


@pytest.fixture
def admin_on_sqlite(sqlite_db: Database) -> Services:
    from tests.conftest import make_user

    return Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER))


def scram_matches(verifier: str | None, password: str) -> bool:
    """Whether a role's stored SCRAM-SHA-256 verifier was made from *password* (RFC 5802/7677):
    the test server trusts every connection, so the password is checked against the verifier."""
    import base64
    import hashlib
    import hmac

    if not verifier or not verifier.startswith("SCRAM-SHA-256$"):
        return False
    iterations_salt, keys = verifier.removeprefix("SCRAM-SHA-256$").split("$")
    iterations, salt = iterations_salt.split(":")
    stored_key = keys.split(":")[0]
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt), int(iterations))
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    return hashlib.sha256(client_key).digest() == base64.b64decode(stored_key)


def test_the_scram_check_tells_passwords_apart() -> None:
    # A verifier made by libpq for "fay password 1" (role names do not enter SCRAM verifiers).
    from psycopg import pq

    conn = pq.PGconn.connect_start(b"")  # no server needed to make a verifier
    try:
        verifier = conn.encrypt_password(b"fay password 1", b"cw_x_u_fay", b"scram-sha-256").decode()
    finally:
        conn.finish()
    assert scram_matches(verifier, "fay password 1")
    assert not scram_matches(verifier, "fay password 2")
    assert not scram_matches(None, "fay password 1")


# --- On a server -----------------------------------------------------------------------------


@dataclass
class Office:
    url: str  # the owner's (the test server's superuser) URL of this office's own database
    prefix: str
    password: str  # the administrator's ("demo")

    def role(self, username: str) -> str:
        return db_roles.login_role_name(self.prefix, username)

    def connect_as(self, username: str):
        import psycopg

        url = make_url(self.url)
        return psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=self.role(username))

    def superuser(self):
        return create_engine(self.url.replace("postgresql://", "postgresql+psycopg://", 1))

    def sign_in(self, username: str, password: str | None = None) -> Services:
        db = opening.open_office(self.url)
        try:
            actor = opening.sign_in(db, self.url, username, password or self.password)
        except BaseException:
            db.dispose()
            raise
        return Services(db, actor)


def _office(with_demo: bool, *, roles_on: bool = True) -> Iterator[Office]:
    name = f"cwroles_{uuid.uuid4().hex[:10]}"
    server = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_URL.rsplit("/", 1)[0] + f"/{name}"
    prefix = f"cw_{name}"
    password = "demo" if with_demo else "office password 1"
    try:
        db = open_database(url)
        try:
            if with_demo:
                from caseworker.services.demo import generate

                generate(db, seed=1, today=date(2026, 11, 2))
            else:
                from caseworker.services.accounts import AuthService

                AuthService(db).create_first_admin(
                    UserDraft("demo", "Demo Admin", frozenset({Role.ADMIN, Role.MANAGER})), password)
            if roles_on:
                admin = opening.sign_in(db, url, "demo", password, own_role=False)
                status, _ = Services(db, admin).db_roles.set_up()
                assert status.prefix == prefix
        finally:
            db.dispose()
        yield Office(url, prefix, password)
    finally:
        with server.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            roles = conn.execute(text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p)"),
                                 {"p": prefix}).scalars().all()
            # The database and its grants are gone, so nothing depends on these any more.
            for role in roles:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        server.dispose()


@pytest.fixture(scope="module")
def demo_office() -> Iterator[Office]:
    """The small demo on its own database, with database roles set up by its administrator."""
    from argon2 import PasswordHasher

    from caseworker.services import passwords

    passwords.set_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    yield from _office(with_demo=True)


@pytest.fixture
def office() -> Iterator[Office]:
    """An office with only its administrator ("demo"), database roles on."""
    yield from _office(with_demo=False)


@needs_pg
@pytest.mark.pg
def test_a_fundraisers_role_is_refused_clients_by_the_server(demo_office: Office) -> None:
    import psycopg

    with demo_office.connect_as("joe") as conn:
        assert conn.execute("SELECT count(*) FROM donors").fetchone()[0] > 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT first_name FROM clients")
    with demo_office.connect_as("joe") as conn:
        for table in ("cases", "case_events", "disbursements", "client_attachments"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT 1 FROM {table}")
            conn.rollback()


@needs_pg
@pytest.mark.pg
def test_a_caseworkers_role_is_refused_donors_by_the_server(demo_office: Office) -> None:
    import psycopg

    with demo_office.connect_as("sam") as conn:
        assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] > 0
        for table in ("donors", "gifts", "receipts", "touchpoints"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT 1 FROM {table}")
            conn.rollback()
        # The organisation's settings (where letters go, the letterhead) are read, not changed.
        assert conn.execute("SELECT count(*) FROM org_settings").fetchone()[0] > 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE org_settings SET value = value")


@needs_pg
@pytest.mark.pg
def test_a_fundraisers_role_sees_no_casework_rows_in_the_mixed_tables(demo_office: Office) -> None:
    owner = demo_office.superuser()
    with owner.begin() as conn:
        # One audit entry of each kind, so every domain has rows to hide.
        for record_type in ("client", "case_event", "donor", "gift", "user"):
            conn.execute(text("INSERT INTO audit_entries (at, action, kind, record_type, record_id, changes, "
                              "reason) VALUES (:at, 'Test', 'update', :t, 1, '{}', '')"),
                         {"at": datetime(2026, 11, 2, tzinfo=UTC), "t": record_type})
        present = {table: conn.execute(text(
            f"SELECT count(*) FROM {table} WHERE {m.column} IN :v").bindparams(
                __import__("sqlalchemy").bindparam("v", expanding=True)), {"v": list(m.casework)}).scalar_one()
            for table, m in MIXED_TABLES.items()}
    owner.dispose()
    # The demo holds casework rows in these, or the test could not fail.
    assert present["audit_entries"] and present["tasks"] and present["meeting_attendees"]
    for user, hidden in (("joe", "casework"), ("sam", "stewardship")):
        with demo_office.connect_as(user) as conn:
            for table, mixed in MIXED_TABLES.items():
                values = list(getattr(mixed, hidden))
                seen = conn.execute(f"SELECT count(*) FROM {table} WHERE {mixed.column} = ANY(%s)",
                                    (values,)).fetchone()[0]
                assert seen == 0, f"{user} sees {seen} {hidden} rows of {table}"
            # ...and still sees the shared ones.
            assert conn.execute("SELECT count(*) FROM audit_entries WHERE record_type = 'user'").fetchone()[0] > 0
    with demo_office.connect_as("joe") as conn:
        assert conn.execute("SELECT count(*) FROM tasks WHERE record_type = 'donor'").fetchone()[0] > 0


@needs_pg
@pytest.mark.pg
def test_trail_entries_and_reminders_of_a_task_are_seen_only_by_who_sees_the_task(demo_office: Office) -> None:
    owner = demo_office.superuser()
    with owner.begin() as conn:
        client_task = conn.execute(text("SELECT id FROM tasks WHERE record_type = 'client' LIMIT 1")).scalar_one()
        donor_task = conn.execute(text("SELECT id FROM tasks WHERE record_type = 'donor' LIMIT 1")).scalar_one()
        sam = conn.execute(text("SELECT id FROM users WHERE username = 'sam'")).scalar_one()
        for task in (client_task, donor_task):
            conn.execute(text("INSERT INTO audit_entries (at, action, kind, record_type, record_id, changes, "
                              "reason) VALUES (:at, 'Change task', 'update', 'task', :i, '{}', '')"),
                         {"at": datetime(2026, 11, 2, tzinfo=UTC), "i": task})
            conn.execute(text("INSERT INTO reminders (user_id, source_type, source_id, key, fire_at, title, "
                              "created_at) VALUES (:u, 'task', :i, 'test', :at, 'Call about the flat', :at)"),
                         {"u": sam, "i": task, "at": datetime(2026, 11, 2, tzinfo=UTC)})
    owner.dispose()
    seen = {}
    for user in ("joe", "sam", "maria"):
        with demo_office.connect_as(user) as conn:
            seen[user] = {
                table: {row[0] for row in conn.execute(f"SELECT {column} FROM {table} WHERE {kind} = 'task' "
                                                       f"AND {column} = ANY(%s)", ([client_task, donor_task],))}
                for table, column, kind in (("audit_entries", "record_id", "record_type"),
                                            ("reminders", "source_id", "source_type"))}
    for table in ("audit_entries", "reminders"):
        assert seen["joe"][table] == {donor_task}
        assert seen["sam"][table] == {client_task}
        assert seen["maria"][table] == {client_task, donor_task}


def _reads(s: Services) -> dict[str, object]:
    """The main screens' questions; those the app itself refuses the role are left out."""
    jobs = {
        "search": lambda: s.search.search("a"),
        "my tasks": s.tasks.my_tasks,
        "action items": s.meetings.my_action_items,
        "deadlines": lambda: s.grants.deadlines(60),
        "calendar": lambda: s.calendar.entries(date(2026, 10, 1), date(2026, 12, 31), zone=None, mine_only=False),
        "meetings with attendees": lambda: [
            s.meetings.get(m.meeting_id)
            for m in s.meetings.between(datetime(2026, 9, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))[:25]],
        "grants": lambda: s.grants.list_rows(s.grants.list_ids(ListQuery())),
        "funders": s.grants.funders,
        "colleagues": s.accounts.list_users,
        "settings": s.settings.get,
        "check-ins": s.care.check_ins,
        "my cases": s.cases.my_open_cases,
        "handoffs": s.cases.my_pending_handoffs,
        "clients": lambda: s.clients.list_rows(s.clients.list_ids(ListQuery())[:100]),
        "donors": lambda: s.donors.list_rows(s.donors.list_ids(ListQuery())[:100]),
        "thank-you queue": lambda: s.mail.thank_you_queue(200),
        "overdue donors": lambda: s.neglect.overdue(manager_id=s.actor.user_id),
    }
    answers: dict[str, object] = {}
    for name, job in jobs.items():
        try:
            answers[name] = job()
        except NotPermitted:
            continue
    return answers


@needs_pg
@pytest.mark.pg
@pytest.mark.parametrize("username", ["joe", "sam", "ana", "maria", "demo"])
def test_the_app_works_as_each_persons_own_role(demo_office: Office, username: str) -> None:
    services = demo_office.sign_in(username)
    try:
        with services.db.engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar_one() == demo_office.role(username)
        answers = _reads(services)
        roles = services.actor.roles
        if Role.CASEWORKER in roles or Role.MANAGER in roles:
            assert answers["clients"] and answers["my cases"] is not None
        if Role.FUNDRAISER in roles or Role.MANAGER in roles:
            assert answers["donors"]
        assert answers["colleagues"] and answers["meetings with attendees"]
        kinds = {hit.kind for hit in answers["search"]}  # type: ignore[attr-defined]
        if roles == {Role.FUNDRAISER}:
            assert "client" not in kinds
        # Writes in each domain the person works in, with their audit entries.
        attendees = [AttendeeDraft(AttendeeKind.STAFF, user_id=services.actor.user_id)]
        if Role.CASEWORKER in roles:
            client_id = services.clients.list_ids(ListQuery())[0]
            services.tasks.add_task(TaskDraft(f"Call back ({username})", record_type=RecordKind.CLIENT,
                                              record_id=client_id))
            case_id = services.cases.list_ids(ListQuery())[0]
            services.cases.add_entry(case_id, "note", f"Spoke to the client ({username})")
            attendees.append(AttendeeDraft(AttendeeKind.CLIENT, client_id=client_id))
        if Role.FUNDRAISER in roles:
            donor_id = services.donors.list_ids(ListQuery())[0]
            services.tasks.add_task(TaskDraft(f"Thank ({username})", record_type=RecordKind.DONOR,
                                              record_id=donor_id))
            services.gifts.record_gift(GiftDraft(donor_id, "12.50", date(2026, 11, 2)))
        services.tasks.add_task(TaskDraft(f"Own note ({username})"))
        # A meeting with the people this person may invite (a caseworker's plans no donor contact).
        start = datetime(2030, 1, 15, 10, tzinfo=UTC)
        meeting, _ = services.meetings.create(MeetingDraft(f"Review ({username})", start, start + timedelta(hours=1),
                                                           "Europe/London", attendees=tuple(attendees)))
        assert len(services.meetings.get(meeting.id).attendees) == len(attendees)
    finally:
        services.db.dispose()


@needs_pg
@pytest.mark.pg
def test_account_changes_follow_the_persons_role(office: Office) -> None:
    import psycopg

    admin = office.sign_in("demo")
    owner = office.superuser()

    def groups(username: str) -> set[str]:
        with owner.connect() as conn:
            return set(conn.execute(text(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"), {"n": office.role(username)}).scalars())

    def login(username: str) -> tuple[bool, str | None]:
        with owner.connect() as conn:
            return tuple(conn.execute(text("SELECT rolcanlogin, rolpassword FROM pg_authid WHERE rolname = :n"),
                                      {"n": office.role(username)}).one())  # type: ignore[return-value]

    try:
        # The administrator works as their own role, which may manage roles.
        summary, _ = admin.accounts.add_user(UserDraft("fay", "Fay", frozenset({Role.FUNDRAISER})), "fay password 1")
        p = office.prefix
        assert groups("fay") == {f"{p}_stewardship", f"{p}_shared"}
        can_login, verifier = login("fay")
        assert can_login and scram_matches(verifier, "fay password 1")

        fay = office.sign_in("fay", "fay password 1")
        fay.accounts.change_own_password("fay password 1", "fay password 2")
        # Her role follows her own change (made as her own role, which may set only its password).
        assert scram_matches(login("fay")[1], "fay password 2")
        fay.db.dispose()

        version = admin.accounts.get(summary.id).version
        admin.accounts.update_user(summary.id, UserDraft("fay", "Fay", frozenset({Role.CASEWORKER})), version)
        assert groups("fay") == {f"{p}_casework", f"{p}_shared"}

        admin.accounts.set_active(summary.id, False, "left")
        assert login("fay")[0] is False
        with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
            office.connect_as("fay")

        admin.accounts.set_active(summary.id, True, "back", new_password="fay password 3")
        assert login("fay")[0] is True and scram_matches(login("fay")[1], "fay password 3")
        office.connect_as("fay").close()
        admin.accounts.reset_password(summary.id, "fay password 4")
        assert scram_matches(login("fay")[1], "fay password 4")

        # A renamed account keeps its role, under the new name, password and groups included.
        version = admin.accounts.get(summary.id).version
        admin.accounts.update_user(summary.id, UserDraft("fay.b", "Fay B", frozenset({Role.CASEWORKER})), version)
        assert groups("fay.b") == {f"{p}_casework", f"{p}_shared"} and groups("fay") == set()
        assert scram_matches(login("fay.b")[1], "fay password 4")
        office.sign_in("fay.b", "fay password 4").db.dispose()
    finally:
        admin.db.dispose()
        owner.dispose()


@needs_pg
@pytest.mark.pg
def test_a_failed_account_change_leaves_no_role_behind(office: Office, monkeypatch) -> None:
    from caseworker.services import accounts

    admin = office.sign_in("demo")

    def disk_full(*_args, **_kwargs):
        raise StorageError("The disk is full: nothing was saved.")

    # The save fails after the person's role was made in the same transaction: both roll back.
    monkeypatch.setattr(accounts.audit, "record_created", disk_full)
    owner = office.superuser()
    try:
        with pytest.raises(StorageError):
            admin.accounts.add_user(UserDraft("gus", "Gus", frozenset({Role.FUNDRAISER})), "password 12345")
        with owner.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :n"),
                                {"n": office.role("gus")}).scalar_one() == 0
        monkeypatch.undo()
        admin.accounts.add_user(UserDraft("gus", "Gus", frozenset({Role.FUNDRAISER})), "password 12345")
        with owner.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :n"),
                                {"n": office.role("gus")}).scalar_one() == 1
    finally:
        admin.db.dispose()
        owner.dispose()


@needs_pg
@pytest.mark.pg
def test_an_existing_persons_role_gets_the_password_at_their_next_sign_in(office: Office) -> None:
    owner = office.superuser()
    with owner.begin() as conn:
        conn.execute(text("UPDATE db_role_logins SET password_set_at = NULL"))
        conn.exec_driver_sql(f'ALTER ROLE "{office.role("demo")}" PASSWORD NULL')
    db = open_database(office.url)
    try:
        # Through the owner's URL: the app proves the password, then gives it to the role.
        opening.sign_in(db, office.url, "demo", office.password)
        with owner.connect() as conn:
            verifier = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"),
                                    {"n": office.role("demo")}).scalar_one()
            assert scram_matches(verifier, office.password)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar_one() == office.role("demo")
    finally:
        db.dispose()
        owner.dispose()


@needs_pg
@pytest.mark.pg
def test_setting_up_twice_changes_nothing_and_needs_a_role_that_may_create_roles(office: Office) -> None:
    admin = office.sign_in("demo")  # as their own role: it may manage roles but owns no table
    try:
        with pytest.raises(StorageError):
            admin.db_roles.set_up()  # granting tables is the owner's
    finally:
        admin.db.dispose()
    db = open_database(office.url)
    try:
        actor = opening.sign_in(db, office.url, "demo", office.password, own_role=False)
        status, _ = Services(db, actor).db_roles.set_up()
        again, _ = Services(db, actor).db_roles.set_up()
        assert status.prefix == again.prefix == office.prefix
        assert [lg.role_name for lg in again.logins] == [office.role("demo")]
        with pytest.raises(RuleViolation):
            Services(db, actor).db_roles.set_up("cw_other")
    finally:
        db.dispose()


@needs_pg
@pytest.mark.pg
def test_the_command_line_sets_roles_up_and_works_as_the_persons_role(office: Office, monkeypatch,
                                                                    capsys) -> None:
    from caseworker.cli.main import main

    monkeypatch.setenv("CASEWORKER_PASSWORD", office.password)
    monkeypatch.setenv("CASEWORKER_SIGNIN_PASSWORD", "laptops password 1")
    gate = f"{office.prefix}signin"
    assert main(["db-roles", "setup", "--db", office.url, "--user", "demo", "--signin-role", gate]) == 0
    out = capsys.readouterr().out
    assert f"{office.prefix}_casework" in out and office.role("demo") in out and gate in out
    assert main(["db-roles", "status", "--db", office.url, "--user", "demo"]) == 0
    assert "database roles are on" in capsys.readouterr().out
    owner = office.superuser()
    with owner.connect() as conn:
        assert scram_matches(conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"),
                                          {"n": gate}).scalar_one(), "laptops password 1")
    owner.dispose()
    # The laptops' URL names that role; a command signs in through it and goes on as the person.
    laptops = make_url(office.url).set(username=gate, password="laptops password 1").render_as_string(
        hide_password=False)
    assert main(["db-roles", "status", "--db", laptops, "--user", "demo"]) == 0, capsys.readouterr()
    # Neither a person's role nor the owner itself can be made the laptops' role.
    assert main(["db-roles", "setup", "--db", office.url, "--user", "demo", "--signin-role",
                 office.role("demo")]) == 2
    assert "may not start with the roles' prefix" in capsys.readouterr().err
    assert main(["db-roles", "setup", "--db", office.url, "--user", "demo", "--signin-role", "postgres"]) == 2
    assert "needs a role of its own" in capsys.readouterr().err


def test_the_command_line_refuses_roles_on_sqlite(tmp_path, monkeypatch, capsys) -> None:
    from caseworker.cli.main import main
    from tests.conftest import make_user

    path = tmp_path / "office.db"
    db = open_database(str(path), encrypt_new=False)
    make_user(db, "boss", Role.ADMIN, Role.MANAGER, password="boss password 1")
    db.dispose()
    monkeypatch.setenv("CASEWORKER_PASSWORD", "boss password 1")
    assert main(["db-roles", "setup", "--db", str(path), "--user", "boss"]) == 2
    err = capsys.readouterr().err
    assert "PostgreSQL" in err and err.count("\n") == 1


@needs_pg
@pytest.mark.pg
def test_a_deactivated_persons_role_cannot_log_in(demo_office: Office) -> None:
    import psycopg

    admin = demo_office.sign_in("demo")
    try:
        tom = next(u for u in admin.accounts.list_users() if u.username == "tom")
        demo_office.connect_as("tom").close()
        admin.accounts.set_active(tom.id, False, "left the office")
        with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
            demo_office.connect_as("tom")
        with pytest.raises(AuthenticationError):
            demo_office.sign_in("tom")
    finally:
        admin.db.dispose()


@needs_pg
@pytest.mark.pg
def test_a_grant_report_counting_clients_is_a_caseworkers_or_managers_on_a_server_with_roles(
        demo_office: Office) -> None:
    joe, maria = demo_office.sign_in("joe"), demo_office.sign_in("maria")
    try:
        grant_id = maria.grants.list_ids(ListQuery())[0]
        assert maria.paperwork.grant_report(grant_id, as_of=date(2026, 11, 2)).grant.reference
        # The fundraiser is told why, instead of the server's refusal of the aid it counts.
        with pytest.raises(RuleViolation, match="caseworkers and managers"):
            joe.paperwork.grant_report(grant_id, as_of=date(2026, 11, 2))
        assert joe.grants.get(grant_id).id == grant_id  # the grant itself is everyone's
    finally:
        joe.db.dispose()
        maria.db.dispose()


@needs_pg
@pytest.mark.pg
def test_laptops_can_sign_in_through_a_role_that_reads_only_the_shared_tables(demo_office: Office) -> None:
    """The laptops' URL need not hold a role that reads everything: one in the shared group opens the
    database and checks the password; the session then goes on as the person's own role."""
    import psycopg

    gate = f"{demo_office.prefix}_gate_test"
    owner = demo_office.superuser()
    with owner.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{gate}" LOGIN IN ROLE "{demo_office.prefix}_signin"')
    url = make_url(demo_office.url).set(username=gate).render_as_string(hide_password=False)
    try:
        with psycopg.connect(host=make_url(url).host, port=make_url(url).port, dbname=make_url(url).database,
                             user=gate) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT 1 FROM clients")
            conn.rollback()
            # It keeps the sign-in bookkeeping, but may not rewrite anyone's password or roles.
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("UPDATE users SET password_hash = 'x' WHERE username = 'demo'")
            conn.rollback()
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("INSERT INTO user_roles (user_id, role) SELECT id, 'admin' FROM users "
                             "WHERE username = 'joe'")
            conn.rollback()
            # Nor the settings that decide where letters go: it only stamps the app's version.
            changed = conn.execute("UPDATE org_settings SET value = '\"evil.example\"' "
                                   "WHERE key <> 'app_version'").rowcount
            assert changed == 0
            conn.rollback()
        gate_office = Office(url, demo_office.prefix, demo_office.password)
        with pytest.raises(AuthenticationError):
            gate_office.sign_in("sam", "not sam's password")
        with owner.connect() as conn:
            assert conn.execute(text("SELECT failed_sign_ins FROM users WHERE username = 'sam'")).scalar_one() == 1
        # Opening stamps the version through the sign-in role (the key it may write).
        with owner.begin() as conn:
            conn.exec_driver_sql("UPDATE org_settings SET value = '\"0.0.1\"' WHERE key = 'app_version'")
        gate_office.sign_in("sam").db.dispose()
        with owner.connect() as conn:
            assert conn.execute(text("SELECT value FROM org_settings WHERE key = 'app_version'")).scalar_one() != '"0.0.1"'
        sam = gate_office.sign_in("sam")
        try:
            with sam.db.engine.connect() as conn:
                assert conn.execute(text("SELECT current_user")).scalar_one() == demo_office.role("sam")
            assert sam.clients.list_ids(ListQuery())
        finally:
            sam.db.dispose()
    finally:
        with owner.begin() as conn:
            conn.exec_driver_sql(f'DROP ROLE "{gate}"')
        owner.dispose()


def beside_the_gui(job):
    """Run *job* off the main thread, as the window runs its sign-in (``run_aside``)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(job).result()


@needs_pg
@pytest.mark.pg
def test_the_windows_sign_in_goes_on_as_the_persons_role(qapp, demo_office: Office) -> None:
    from caseworker.services.opening import DatabaseLocation
    from caseworker.ui.application import DatabaseOpening

    window_db = DatabaseOpening(DatabaseLocation.parse(demo_office.url))
    actor = beside_the_gui(lambda: window_db.sign_in("joe", "demo"))
    assert window_db.db is not None
    try:
        with window_db.db.engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar_one() == demo_office.role("joe")
        assert Services(window_db.db, actor).donors.list_ids(ListQuery())
    finally:
        window_db.db.dispose()


@needs_pg
@pytest.mark.pg
def test_a_schema_upgrade_is_the_owners_and_grants_what_it_made(office: Office) -> None:
    import psycopg

    from caseworker.db.db_roles import regrant_if_on

    owner = office.superuser()
    try:
        with owner.begin() as conn:
            conn.exec_driver_sql(f'REVOKE ALL ON tasks FROM "{office.prefix}_shared"')
        with office.connect_as("demo") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT 1 FROM tasks")
        # What runs after every migration on a server: the tables get their grants back.
        with owner.begin() as conn:
            regrant_if_on(conn)
        with office.connect_as("demo") as conn:
            conn.execute("SELECT 1 FROM tasks")
        # A table no trust domain claims stops it, named.
        with owner.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE forgotten (id integer)")
        with owner.begin() as conn, pytest.raises(StorageError, match="forgotten"):
            regrant_if_on(conn)
        with owner.begin() as conn:
            conn.exec_driver_sql("DROP TABLE forgotten")
            conn.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{BEFORE_HEAD}'")
        # A person's own role may not upgrade: one plain sentence, and nothing changed.
        own_url = make_url(office.url).set(username=office.role("demo")).render_as_string(hide_password=False)
        with pytest.raises(StorageError, match="only its owner"):
            open_database(own_url)
        with owner.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == BEFORE_HEAD
    finally:
        with owner.begin() as conn:
            conn.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{SCHEMA_HEAD}'")
        owner.dispose()


@needs_pg
@pytest.mark.pg
def test_a_manager_erases_a_person_on_request_through_their_own_role(demo_office: Office) -> None:
    maria = demo_office.sign_in("maria")
    try:
        client_id = maria.clients.list_ids(ListQuery())[-1]
        donor_id = maria.donors.list_ids(ListQuery())[-1]
        owner = demo_office.superuser()
        with owner.begin() as conn:
            for record_type, ident in (("client", client_id), ("donor", donor_id)):
                conn.execute(text("INSERT INTO audit_entries (at, action, kind, record_type, record_id, changes, "
                                  "reason) VALUES (:at, 'Change', 'update', :t, :i, :c, '')"),
                             {"at": datetime(2026, 11, 2, tzinfo=UTC), "t": record_type, "i": ident,
                              "c": '{"last_name": ["Old", "New"]}'})
        owner.dispose()
        # The erasure redacts the person's entries in the trail: the server lets managers do that.
        maria.person_data.erase("client", client_id, "Asked in writing")
        maria.person_data.erase("donor", donor_id, "Asked by phone")
        # A manager changes the organisation's settings through their own role.
        from dataclasses import replace

        saved, _ = maria.settings.update(replace(maria.settings.get(), name="Renamed Trust"))
        assert saved.name == "Renamed Trust"
    finally:
        maria.db.dispose()
    import psycopg

    # ...and nobody else rewrites the trail, even about their own domain.
    with demo_office.connect_as("sam") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE audit_entries SET changes = '{}' WHERE record_type = 'client'")


@needs_pg
@pytest.mark.pg
def test_after_a_sign_out_the_next_person_signs_in_as_themselves(qapp, demo_office: Office) -> None:
    from caseworker.services.opening import DatabaseLocation
    from caseworker.ui.application import DatabaseOpening

    window_db = DatabaseOpening(DatabaseLocation.parse(demo_office.url))
    try:
        beside_the_gui(lambda: window_db.sign_in("joe", "demo"))
        # Joe signs out; Sam signs in on the same open database (the window keeps it open).
        sam = beside_the_gui(lambda: window_db.sign_in("sam", "demo"))
        assert window_db.db is not None
        with window_db.db.engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar_one() == demo_office.role("sam")
        assert Services(window_db.db, sam).clients.list_ids(ListQuery())
        owner = demo_office.superuser()
        with owner.connect() as conn:
            assert conn.execute(text("SELECT last_sign_in_at FROM users WHERE username = 'sam'")).scalar() is not None
        owner.dispose()
    finally:
        assert window_db.db is not None
        window_db.db.dispose()


@needs_pg
@pytest.mark.pg
def test_imports_and_their_undo_touch_only_the_importers_domain(demo_office: Office, tmp_path, monkeypatch,
                                                               capsys) -> None:
    from caseworker.cli.main import main

    monkeypatch.setenv("CASEWORKER_PASSWORD", "demo")
    clients = tmp_path / "clients.csv"
    clients.write_text("First name,Last name,Date of birth\nTia,Moss,1980-02-03\n", encoding="utf-8")
    donors = tmp_path / "donors.csv"
    donors.write_text("First name,Last name,Email\nZed,Quill,zed@example.org\n", encoding="utf-8")
    for user, kind, path in (("sam", "clients", clients), ("joe", "donors", donors)):
        assert main(["import", kind, str(path), "--db", demo_office.url, "--user", user]) == 0, capsys.readouterr()
        batch = int(capsys.readouterr().out.rsplit("import batch", 1)[1].split()[0])
        # The other domain's importer does not even see the batch.
        other = "joe" if user == "sam" else "sam"
        assert main(["import", "undo", str(batch), "--db", demo_office.url, "--user", other]) == 2
        assert "not found" in capsys.readouterr().err
        assert main(["import", "undo", str(batch), "--db", demo_office.url, "--user", user]) == 0, capsys.readouterr()


@needs_pg
@pytest.mark.pg
def test_setting_up_from_two_laptops_at_once_waits_instead_of_colliding(office: Office) -> None:
    """Two runs of the setup (or a run beside an account change) rewrite the same grants and roles;
    they take turns rather than fail with "tuple concurrently updated"."""
    from concurrent.futures import ThreadPoolExecutor

    # Signed in one after another (one person signing in twice at the same instant is a conflict
    # of its own, on their account's row); then the role work runs side by side.
    sessions = []
    for _ in range(6):
        db = open_database(office.url)
        sessions.append(Services(db, opening.sign_in(db, office.url, "demo", office.password, own_role=False)))

    def set_up(i: int) -> str | None:
        services = sessions[i]
        if i % 2:
            services.accounts.add_user(UserDraft(f"temp{i}", f"Temp {i}", frozenset({Role.FUNDRAISER})),
                                       "temp password 1")
        return services.db_roles.set_up()[0].prefix

    try:
        with ThreadPoolExecutor(4) as pool:
            assert list(pool.map(set_up, range(6))) == [office.prefix] * 6
    finally:
        for services in sessions:
            services.db.dispose()
