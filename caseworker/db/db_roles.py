"""Database roles on a PostgreSQL server: the server itself refuses what a person may not read.

When the mode is on (one row in ``db_role_settings``), the server holds

- a NOLOGIN group role per trust domain, ``<prefix>_casework``, ``<prefix>_stewardship`` and
  ``<prefix>_shared``, granted the tables of :mod:`caseworker.db.trust_domains` (and their
  sequences), plus ``<prefix>_admin`` for the tables only administrators change (accounts),
  ``<prefix>_manage`` for managers' redaction of the trail, and ``<prefix>_signin`` for the role
  the laptops' URL names (it reads accounts and keeps sign-in counts, nothing else);
- row-level security on the shared tables that hold rows of both domains, keyed on their record
  type, so a fundraiser's role sees no audit entry, task or attendee about a client;
- a login role per staff member, ``<prefix>_u_<username>``, a member of the groups their app roles
  allow (fundraiser: stewardship and shared; caseworker: casework and shared; manager and
  administrator: all), NOLOGIN once the account is deactivated, with the person's own app password
  (sent as a SCRAM verifier made on this side, never as text the server could log).

Everything here is idempotent and runs inside the caller's transaction: role commands are
transactional on PostgreSQL, so an account change and its role change commit or roll back together.
Only a connection whose role may create roles (the owner that runs migrations, or an
administrator's login role, which is given CREATEROLE) changes roles; anyone may change their own
password.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, inspect, select, text
from sqlalchemy.orm import Session

from caseworker.db.app_version import APP_VERSION_KEY
from caseworker.db.trust_domains import (
    ADMIN_WRITTEN,
    APPEND_ONLY,
    MANAGER_WRITTEN,
    MIXED_TABLES,
    ROLE_DOMAINS,
    SELF_SERVICE_USER_COLUMNS,
    SIGN_IN_READS,
    SIGN_IN_USER_COLUMNS,
    TABLE_DOMAINS,
    MixedTable,
    TrustDomain,
)
from caseworker.domain.clock import utcnow
from caseworker.domain.errors import RuleViolation, StorageError, ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.permissions import Role

PREFIX_RE = re.compile(r"^[a-z][a-z0-9_]{1,29}$")
_ROLES_LOCK_KEY = 0x43_57_52_4F  # "CWRO": two laptops changing the same role at once would collide
_MAX_IDENTIFIER = 63



def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def group_role(prefix: str, domain: TrustDomain | str) -> str:
    return f"{prefix}_{domain}"


def admin_group(prefix: str) -> str:
    return f"{prefix}_admin"


def manage_group(prefix: str) -> str:
    """Managers and administrators: the only ones who redact the trail (a person's erasure)."""
    return f"{prefix}_manage"


def signin_group(prefix: str) -> str:
    """The group of the role the laptops' URL may name: it reads the shared tables and keeps the
    sign-in bookkeeping of any account, nothing more; each session then goes on as its person."""
    return f"{prefix}_signin"


def login_role_name(prefix: str, username: str) -> str:
    """``<prefix>_u_<username>``; a name past PostgreSQL's 63 bytes is cut and given a hash, so
    two long user names never share a role."""
    name = f"{prefix}_u_{username}"
    if len(name) <= _MAX_IDENTIFIER:
        return name
    digest = hashlib.sha256(username.encode()).hexdigest()[:10]
    return f"{name[:_MAX_IDENTIFIER - 11]}_{digest}"


def default_prefix(conn: Connection) -> str:
    """``cw_`` and the database's name: roles are cluster-wide, so two databases on one server
    (an office's and its training copy) get roles of their own."""
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    cleaned = re.sub(r"[^a-z0-9_]", "_", str(database).lower())
    return f"cw_{cleaned}"[:30].rstrip("_")


def check_prefix(prefix: str) -> str:
    if not PREFIX_RE.match(prefix):
        raise RuleViolation(N_("The role prefix '{prefix}' must be 2 to 30 lower-case letters, digits or "
                               "underscores, starting with a letter."), prefix=prefix)
    return prefix


def mode_prefix(conn: Connection | Session) -> str | None:
    """The prefix of the roles when the mode is on for this database; None otherwise (always on
    SQLite, and before the mode's tables exist)."""
    bind = conn.connection() if isinstance(conn, Session) else conn
    if bind.dialect.name != "postgresql":
        return None
    if not inspect(bind).has_table("db_role_settings"):
        return None
    return bind.execute(text("SELECT prefix FROM db_role_settings ORDER BY id LIMIT 1")).scalar_one_or_none()


def can_manage_roles(conn: Connection) -> bool:
    return bool(conn.execute(text(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")).scalar())


def require_role_manager(conn: Connection) -> None:
    if not can_manage_roles(conn):
        user = conn.execute(text("SELECT current_user")).scalar_one()
        raise StorageError(N_("The database role '{role}' may not create or change roles: run this with the "
                              "database URL of the owner (the role that runs migrations), which needs "
                              "CREATEROLE."), role=user)


def owns_tables(conn: Connection) -> bool:
    return bool(conn.execute(text(
        "SELECT r.rolsuper OR pg_has_role(current_user, t.tableowner, 'USAGE') "
        "FROM pg_roles r, pg_tables t WHERE r.rolname = current_user "
        "AND t.schemaname = current_schema() AND t.tablename = 'users'")).scalar())


def refuse_migration_unless_owner(conn: Connection) -> None:
    """With the mode on, the laptops connect as roles that may not change the schema: say so plainly."""
    if mode_prefix(conn) is not None and not owns_tables(conn):
        raise StorageError(N_("This database's schema needs an upgrade that only its owner may make: an "
                              "administrator runs 'caseworker db-roles setup --db OWNER_URL --user NAME' (it "
                              "upgrades first), then this laptop opens it again."))


def require_owner(conn: Connection) -> None:
    """Granting tables and changing their row security is their owner's: refuse anyone else in one
    plain sentence rather than with the server's first refusal halfway through."""
    require_role_manager(conn)
    if not owns_tables(conn):
        user = conn.execute(text("SELECT current_user")).scalar_one()
        raise StorageError(N_("The database role '{role}' does not own the tables, so it cannot grant them: run "
                              "this with the database URL of the owner (the role that runs migrations)."),
                           role=user)


# --- Groups, grants and row-level security ---------------------------------------------------


def serialise(conn: Connection) -> None:
    """Role commands on the same role from two transactions fail with "tuple concurrently updated":
    changes to roles wait for each other instead (until this transaction ends)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ROLES_LOCK_KEY})


def roles_first(session: Session, *, only_if_managing: bool = False) -> None:
    """Take the roles' lock as the first thing a transaction that may change roles does (before it
    touches a table): the setup holds it while it takes tables' strongest locks to change their
    row security, so a transaction that had read a table before waiting for it would deadlock.
    *only_if_managing*: only where this connection may manage roles (a sign-in)."""
    conn = session.connection()
    if mode_prefix(conn) is None or (only_if_managing and not can_manage_roles(conn)):
        return
    serialise(conn)


def unassigned_tables(conn: Connection) -> list[str]:
    """Tables in the database that no trust domain claims (a new table someone forgot)."""
    present = inspect(conn).get_table_names()
    return sorted(t for t in present if t not in TABLE_DOMAINS)


def apply_grants(conn: Connection, prefix: str) -> None:
    """Create the group roles if missing and set every table's GRANTs and policies from the map.

    Idempotent: each run revokes what the groups held and grants it afresh, so a table moved to
    another domain loses its old grants.
    """
    serialise(conn)
    missing = unassigned_tables(conn)
    if missing:
        raise StorageError(N_("These tables belong to no trust domain, so no role could be granted them: "
                              "{tables}. Assign them in caseworker/db/trust_domains.py."),
                           tables=", ".join(missing))
    groups = ensure_groups(conn, prefix)
    everyone = ", ".join(quote(g) for g in groups)
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {quote(schema)} TO {everyone}")
    present = set(inspect(conn).get_table_names())
    for table in sorted(present):
        _grant_table(conn, prefix, table, everyone)
    for table, mixed in MIXED_TABLES.items():
        if table in present:
            _row_security(conn, prefix, table, mixed)
    if "users" in present:
        _users_row_security(conn, prefix)
    if "org_settings" in present:
        _settings_row_security(conn, prefix)
    if "audit_entries" in present:
        for command, clause in (("INSERT", "WITH CHECK"), ("SELECT", "USING")):
            conn.exec_driver_sql(f"CREATE POLICY {quote(prefix + '_signin_trail_' + command.lower())} ON "
                                 f"audit_entries FOR {command} TO {quote(signin_group(prefix))} "
                                 f"{clause} (record_type = 'user')")


def all_groups(prefix: str) -> list[str]:
    return [group_role(prefix, d) for d in TrustDomain] + [admin_group(prefix), manage_group(prefix),
                                                          signin_group(prefix)]


def ensure_groups(conn: Connection, prefix: str) -> list[str]:
    """Create any group role this version knows and the server lacks (a database set up by an
    older version); the grants follow at the next setup or migration."""
    groups = all_groups(prefix)
    existing = set(conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
                                {"names": groups}).scalars())
    for group in groups:
        if group not in existing:
            conn.exec_driver_sql(f"CREATE ROLE {quote(group)} NOLOGIN")
    return groups


def _grant_table(conn: Connection, prefix: str, table: str, everyone: str) -> None:
    t = quote(table)
    conn.exec_driver_sql(f"REVOKE ALL ON {t} FROM {everyone}")
    domain = TABLE_DOMAINS[table]
    shared, admin = quote(group_role(prefix, TrustDomain.SHARED)), quote(admin_group(prefix))
    writers: list[str]
    if table in ADMIN_WRITTEN:
        conn.exec_driver_sql(f"GRANT SELECT ON {t} TO {shared}")
        conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {admin}")
        writers = [admin]
        if table == "users":
            columns = ", ".join(quote(c) for c in SELF_SERVICE_USER_COLUMNS)
            conn.exec_driver_sql(f"GRANT UPDATE ({columns}) ON {t} TO {shared}")
            bookkeeping = ", ".join(quote(c) for c in SIGN_IN_USER_COLUMNS)
            conn.exec_driver_sql(f"GRANT UPDATE ({bookkeeping}) ON {t} TO {quote(signin_group(prefix))}")
    elif table in MANAGER_WRITTEN:
        # Read by everyone; changed by managers only (the organisation's settings, the mail server).
        conn.exec_driver_sql(f"GRANT SELECT ON {t} TO {shared}")
        conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {quote(manage_group(prefix))}")
        writers = [quote(manage_group(prefix))]
    elif table in APPEND_ONLY:
        groups = ", ".join(quote(group_role(prefix, d)) for d in TrustDomain)
        conn.exec_driver_sql(f"GRANT SELECT, INSERT ON {t} TO {groups}")
        # Erasing a person on request redacts their entries' values (managers only; the rows of
        # each domain still only as the row security allows).
        conn.exec_driver_sql(f"GRANT UPDATE ({quote('changes')}) ON {t} TO {quote(manage_group(prefix))}")
        writers = [groups]
    else:
        group = quote(group_role(prefix, domain))
        conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {group}")
        writers = [group]
    signin = quote(signin_group(prefix))
    if table in SIGN_IN_READS:
        conn.exec_driver_sql(f"GRANT SELECT ON {t} TO {signin}")
    if table == "org_settings":
        # Opening a database stamps it with the newest app version that opened it (that one key
        # only: see _settings_row_security).
        conn.exec_driver_sql(f"GRANT INSERT, UPDATE ON {t} TO {signin}")
        writers.append(signin)
    if table == "audit_entries":
        # A failed sign-in is on the trail; its id comes back (RETURNING), nothing else is read.
        conn.exec_driver_sql(f"GRANT INSERT, SELECT (id) ON {t} TO {signin}")
        writers.append(signin)
    for sequence in _sequences_of(conn, table):
        conn.exec_driver_sql(f"REVOKE ALL ON SEQUENCE {quote(sequence)} FROM {everyone}")
        for writer in writers:
            conn.exec_driver_sql(f"GRANT USAGE, SELECT ON SEQUENCE {quote(sequence)} TO {writer}")


def _sequences_of(conn: Connection, table: str) -> list[str]:
    return list(conn.execute(text(
        "SELECT s.relname FROM pg_class s "
        "JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass "
        "AND d.refclassid = 'pg_class'::regclass "
        "JOIN pg_class t ON t.oid = d.refobjid "
        "WHERE s.relkind = 'S' AND t.relname = :t AND t.relnamespace = current_schema()::regnamespace"),
        {"t": table}).scalars())


def _drop_policies(conn: Connection, prefix: str, table: str) -> None:
    names = conn.execute(text("SELECT policyname FROM pg_policies WHERE tablename = :t "
                              "AND schemaname = current_schema() AND policyname LIKE :p"),
                         {"t": table, "p": prefix.replace("_", r"\_") + r"\_%"}).scalars().all()
    for name in names:
        conn.exec_driver_sql(f"DROP POLICY {quote(name)} ON {quote(table)}")


def _in_list(values: Iterable[str]) -> str:
    return ", ".join(literal(v) for v in values)


def _row_security(conn: Connection, prefix: str, table: str, mixed: MixedTable) -> None:
    t, c = quote(table), quote(mixed.column)
    _drop_policies(conn, prefix, table)
    conn.exec_driver_sql(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
    shared = f"({c} IS NULL OR {c} NOT IN ({_in_list(mixed.casework + mixed.stewardship)}))"
    for value, other in mixed.follows:
        # The other table's own row security applies inside the policy: the row is seen exactly
        # when the record it is about is.
        ident = f"{t}.{quote(mixed.id_column)}"
        shared += (f" AND ({c} IS DISTINCT FROM {literal(value)} OR {ident} IS NULL "
                   f"OR EXISTS (SELECT 1 FROM {quote(other)} f WHERE f.id = {ident}))")
    rows = {
        TrustDomain.CASEWORK: f"{c} IN ({_in_list(mixed.casework)})",
        TrustDomain.STEWARDSHIP: f"{c} IN ({_in_list(mixed.stewardship)})",
        TrustDomain.SHARED: shared,
    }
    for domain, where in rows.items():
        name = quote(f"{prefix}_{domain}_rows")
        conn.exec_driver_sql(f"CREATE POLICY {name} ON {t} FOR ALL TO {quote(group_role(prefix, domain))} "
                             f"USING ({where}) WITH CHECK ({where})")


def _users_row_security(conn: Connection, prefix: str) -> None:
    """Everyone reads colleagues' names; a person updates only their own sign-in columns."""
    _drop_policies(conn, prefix, "users")
    conn.exec_driver_sql("ALTER TABLE users ENABLE ROW LEVEL SECURITY")
    shared, admin = quote(group_role(prefix, TrustDomain.SHARED)), quote(admin_group(prefix))
    own = "id = (SELECT user_id FROM db_role_logins WHERE role_name = current_user)"
    conn.exec_driver_sql(f"CREATE POLICY {quote(prefix + '_shared_read')} ON users FOR SELECT TO {shared} "
                         "USING (true)")
    conn.exec_driver_sql(f"CREATE POLICY {quote(prefix + '_shared_own')} ON users FOR UPDATE TO {shared} "
                         f"USING ({own}) WITH CHECK ({own})")
    conn.exec_driver_sql(f"CREATE POLICY {quote(prefix + '_admin_all')} ON users FOR ALL TO {admin} "
                         "USING (true) WITH CHECK (true)")
    # Failed attempts, lockouts and the last sign-in of whoever signs in (columns granted above).
    signin = quote(signin_group(prefix))
    conn.exec_driver_sql(f"CREATE POLICY {quote(prefix + '_signin_read')} ON users FOR SELECT TO {signin} "
                         "USING (true)")
    conn.exec_driver_sql(f"CREATE POLICY {quote(prefix + '_signin_bookkeeping')} ON users FOR UPDATE "
                         f"TO {signin} USING (true) WITH CHECK (true)")


def _settings_row_security(conn: Connection, prefix: str) -> None:
    """Everyone reads the settings; managers change them; the sign-in role only stamps the version."""
    _drop_policies(conn, prefix, "org_settings")
    conn.exec_driver_sql("ALTER TABLE org_settings ENABLE ROW LEVEL SECURITY")
    readers = f"{quote(group_role(prefix, TrustDomain.SHARED))}, {quote(signin_group(prefix))}"
    signin = quote(signin_group(prefix))
    stamp = f"key = {literal(APP_VERSION_KEY)}"
    for name, clause in (("read", f"FOR SELECT TO {readers} USING (true)"),
                         ("manage", f"FOR ALL TO {quote(manage_group(prefix))} USING (true) WITH CHECK (true)"),
                         ("stamp_insert", f"FOR INSERT TO {signin} WITH CHECK ({stamp})"),
                         ("stamp_update", f"FOR UPDATE TO {signin} USING ({stamp}) WITH CHECK ({stamp})")):
        conn.exec_driver_sql(f"CREATE POLICY {quote(f'{prefix}_settings_{name}')} ON org_settings {clause}")


def regrant_if_on(conn: Connection) -> None:
    """After a migration: the tables it made get their grants (the migrating role is the owner)."""
    prefix = mode_prefix(conn)
    if prefix is not None:
        apply_grants(conn, prefix)


# --- Login roles ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoginState:
    username: str
    role_name: str
    active: bool
    password_set_at: datetime | None


def scram_verifier(conn: Connection, role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of *password*, made by libpq on this side (``PQencryptPasswordConn``):
    the server stores it as it would its own, and the password never travels or lands in a log."""
    driver = conn.connection.driver_connection
    assert driver is not None
    verifier: bytes = driver.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    return verifier.decode("ascii")


def follow_account(session: Session, user_id: int, username: str, roles: Iterable[str], active: bool, *,
                   password: str | None = None) -> None:
    """Bring *user_id*'s login role in line with their account, in the caller's transaction.

    Does nothing unless the mode is on. A connection that may not manage roles may still set its
    own role's password (a person changing theirs); anything else is refused.
    """
    conn = session.connection()
    prefix = mode_prefix(conn)
    if prefix is None:
        return
    if not can_manage_roles(conn):
        own = conn.execute(text("SELECT role_name FROM db_role_logins WHERE user_id = :u "
                                "AND role_name = current_user"), {"u": user_id}).scalar_one_or_none()
        if own is not None and password is not None:
            serialise(conn)
            conn.exec_driver_sql(f"ALTER ROLE {quote(own)} PASSWORD "
                                 f"{literal(scram_verifier(conn, own, password))}")
            return
        require_role_manager(conn)
    sync_login(conn, prefix, user_id, username, frozenset(Role(r) for r in roles), active, password=password)


def sync_login(conn: Connection, prefix: str, user_id: int, username: str, roles: frozenset[Role],
               active: bool, *, password: str | None = None) -> str:
    """Create or update one person's login role; returns its name."""
    serialise(conn)
    wanted_name = login_role_name(prefix, username)
    known = conn.execute(text("SELECT role_name FROM db_role_logins WHERE user_id = :u"),
                         {"u": user_id}).scalar_one_or_none()

    def exists(name: str) -> bool:
        return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar() is not None

    if known is not None and known != wanted_name and exists(known):
        # A renamed account keeps its role (and its SCRAM password: only MD5 ones depend on the name).
        conn.exec_driver_sql(f"ALTER ROLE {quote(known)} RENAME TO {quote(wanted_name)}")
    elif not exists(wanted_name):
        conn.exec_driver_sql(f"CREATE ROLE {quote(wanted_name)} NOLOGIN")
    role = quote(wanted_name)
    ensure_groups(conn, prefix)
    is_admin = Role.ADMIN in roles
    conn.exec_driver_sql(f"ALTER ROLE {role} {'LOGIN' if active else 'NOLOGIN'} "
                         f"{'CREATEROLE' if is_admin and active else 'NOCREATEROLE'} INHERIT")
    wanted = {group_role(prefix, d) for r in roles for d in ROLE_DOMAINS.get(r, frozenset())}
    if is_admin:
        wanted.add(admin_group(prefix))
    if is_admin or Role.MANAGER in roles:
        wanted.add(manage_group(prefix))
    ours = set(all_groups(prefix))
    held = set(conn.execute(text(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"), {"n": wanted_name}).scalars())
    for group in sorted(wanted - held):
        conn.exec_driver_sql(f"GRANT {quote(group)} TO {role}")
    for group in sorted((held & ours) - wanted):
        conn.exec_driver_sql(f"REVOKE {quote(group)} FROM {role}")
    if password is not None:
        conn.exec_driver_sql(f"ALTER ROLE {role} PASSWORD {literal(scram_verifier(conn, wanted_name, password))}")
    values = {"u": user_id, "n": wanted_name, "at": utcnow() if password is not None else None}
    if known is None:
        conn.execute(text("INSERT INTO db_role_logins (user_id, role_name, password_set_at) VALUES (:u, :n, :at)"),
                     values)
    else:
        conn.execute(text("UPDATE db_role_logins SET role_name = :n, "
                          "password_set_at = COALESCE(:at, password_set_at) WHERE user_id = :u"), values)
    return wanted_name


def login_states(conn: Connection) -> list[LoginState]:
    from caseworker.db.models import DbRoleLogin, User

    rows = conn.execute(select(User.username, DbRoleLogin.role_name, User.active, DbRoleLogin.password_set_at)
                        .join(DbRoleLogin, DbRoleLogin.user_id == User.id).order_by(User.username))
    return [LoginState(*row) for row in rows]


def login_role_of(conn: Connection, user_id: int) -> str | None:
    """The login role the signed-in *user_id* connects as, when the mode is on."""
    if mode_prefix(conn) is None:
        return None
    return conn.execute(text("SELECT role_name FROM db_role_logins WHERE user_id = :u"),
                        {"u": user_id}).scalar_one_or_none()


ROLE_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{1,62}$")


def check_role_name(name: str, field: str) -> str:
    if not ROLE_NAME_RE.match(name):
        raise ValidationError(field, N_("A role name is 2 to 63 lower-case letters, digits or underscores, "
                                        "starting with a letter."))
    return name


def sync_signin_role(conn: Connection, prefix: str, name: str, password: str) -> None:
    """Create (or update) the login role the laptops' URL names, a member of ``<prefix>_signin``
    only; a role of the same name that is a person's, or a group, is refused."""
    if name.startswith(prefix + "_"):
        raise ValidationError("signin_role", N_("The sign-in role's name may not start with the roles' prefix "
                                                "'{prefix}_'."), prefix=prefix)
    row = conn.execute(text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    if row is not None and (row[0] or row[1]):
        raise ValidationError("signin_role", N_("'{name}' is a role that may manage the server or its roles; the "
                                                "laptops' URL needs a role of its own."), name=name)
    role = quote(name)
    serialise(conn)
    if row is None:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
    conn.exec_driver_sql(f"ALTER ROLE {role} LOGIN NOCREATEROLE NOCREATEDB PASSWORD "
                         f"{literal(scram_verifier(conn, name, password))}")
    conn.exec_driver_sql(f"GRANT {quote(signin_group(prefix))} TO {role}")


def password_at_sign_in(session: Session, user_id: int, username: str, roles: Iterable[str],
                        password: str) -> None:
    """At a sign-in the password was just proved: where this connection may manage roles (the
    owner's URL, or an administrator's own role), the person's role is brought in line and given
    it. Elsewhere nothing changes (a person connecting as their own role already proved it)."""
    conn = session.connection()
    prefix = mode_prefix(conn)
    if prefix is None or not can_manage_roles(conn):
        return
    session.flush()  # the account's row first, so two sign-ins queue on it before the roles' lock
    current = conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname = current_user")).scalar_one()
    if not str(current).startswith(prefix + "_u_"):
        # The owner's connection: the person's role may not exist yet, or lack the password.
        sync_login(conn, prefix, user_id, username, frozenset(Role(r) for r in roles), True, password=password)


def server_enforces_roles(session: Session) -> bool:
    """Whether this database's server refuses by the person's own role (the mode is on)."""
    return mode_prefix(session) is not None


def password_writable_here(session: Session, user_id: int) -> bool:
    """Whether this connection may rewrite *user_id*'s password hash: always without the mode; with
    it, only as that person's own role or a role that manages roles (not through the sign-in role)."""
    conn = session.connection()
    if mode_prefix(conn) is None or can_manage_roles(conn):
        return True
    return conn.execute(text("SELECT 1 FROM db_role_logins WHERE user_id = :u AND role_name = current_user"),
                        {"u": user_id}).scalar() is not None
