"""An embedded database kept in one encrypted file per trust domain, each with its own key.

What the issue asked to see: a fundraiser's password and a copy of every file reveal nothing about
clients; the rows of the shared tables that belong to one domain are kept in that domain's file;
references between files hold; a role taken away takes its key away; an existing single-key file
is split with everyone keeping their password.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caseworker.db.backup import backup_beside, connect_file
from caseworker.db.check import check_database
from caseworker.db.database import Database
from caseworker.db.keystore import KeyStore, WrongPassword, keystore_path
from caseworker.db.layout import PART_DOMAINS, cross_references, part_path
from caseworker.db.location import DatabaseLocation
from caseworker.db.models import Client, Task
from caseworker.db.open import open_database, unlock_key
from caseworker.db.trust_domains import MIXED_TABLES, TrustDomain
from caseworker.domain.care import TaskDraft
from caseworker.domain.clients import ClientDraft
from caseworker.domain.donors import DonorDraft
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services.accounts import AuthService, UserDraft
from caseworker.services.container import Services
from caseworker.services.protection import split_single_key_database

from .conftest import ADMIN_PASSWORD

SECRET = "Zygmunt Quokkabottom"


def _opens(path: Path, key: bytes) -> bool:
    conn = connect_file(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Exception:  # noqa: BLE001 - any refusal means "not this key"
        return False
    finally:
        conn.close()


def _sign_in(db: Database, name: str, password: str) -> Services:
    return Services(db, AuthService(db).sign_in(name, password))


@pytest.fixture
def office(encrypted: tuple[Database, Actor]) -> tuple[Database, Services]:
    db, boss = encrypted
    admin = Services(db, boss)
    admin.accounts.add_user(UserDraft("carl", "Carl", frozenset({Role.CASEWORKER})), "carl's password")
    admin.accounts.add_user(UserDraft("fay", "Fay", frozenset({Role.FUNDRAISER})), "fay's password")
    admin.clients.create(ClientDraft(SECRET.split()[0], SECRET.split()[1]), confirmed=True)
    return db, admin


def test_a_new_database_is_three_files_and_each_entry_seals_only_its_roles_files(
        office: tuple[Database, Services], db_path: Path) -> None:
    db, _ = office
    assert all(part_path(db_path, d).is_file() for d in PART_DOMAINS)
    store = KeyStore.for_database(db_path)
    assert store.split
    assert {n: sorted(w.domains) for n, (w,) in store.users.items()} == {
        "boss": ["casework", "stewardship"], "carl": ["casework"], "fay": ["stewardship"]}
    assert unlock_key(db.location, "boss", ADMIN_PASSWORD).domains == db.keys.domains  # type: ignore[union-attr]


def test_a_fundraisers_password_and_a_copy_of_every_file_reveal_nothing_about_clients(
        office: tuple[Database, Services], db_path: Path, tmp_path: Path) -> None:
    db, _ = office
    db.dispose()
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    for file in db_path.parent.iterdir():
        if file.is_file():
            shutil.copy(file, stolen / file.name)
    copy = stolen / db_path.name
    keys = KeyStore.for_database(copy).unlock_keys("fay", "fay's password")
    assert set(keys.domains) == {TrustDomain.STEWARDSHIP}
    casework = part_path(copy, TrustDomain.CASEWORK)
    # No key the fundraiser's entry gives opens the clients' file, and no byte of any file names them.
    assert not any(_opens(casework, key) for key in (keys.main, *keys.domains.values()))
    needle = SECRET.split()[1].encode()
    assert not any(needle in f.read_bytes() for f in stolen.iterdir())
    # Signed in, the fundraiser's session has no client to read; the caseworker's has.
    as_fay = open_database(str(copy), credentials=lambda: ("fay", "fay's password"))
    try:
        with as_fay.read() as s:
            assert s.scalar(select(func.count(Client.id))) == 0
    finally:
        as_fay.dispose()
    as_carl = open_database(str(copy), credentials=lambda: ("carl", "carl's password"))
    try:
        with as_carl.read() as s:
            assert s.scalar(select(Client.last_name)) == SECRET.split()[1]
    finally:
        as_carl.dispose()


def test_shared_tables_keep_each_domains_rows_in_that_domains_file(office: tuple[Database, Services]) -> None:
    db, admin = office
    with db.read() as s:
        client_id = s.scalar(select(Client.id))
    donor, _ = admin.donors.add_donor(DonorDraft(first_name="Dora", last_name="Giver"))
    on_client, _ = admin.tasks.add_task(TaskDraft("Ring about the rent", record_type="client", record_id=client_id))
    on_donor, _ = admin.tasks.add_task(TaskDraft("Thank for the gift", record_type="donor", record_id=donor.id))
    own, _ = admin.tasks.add_task(TaskDraft("Order paper"))
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection

        def home(table: str, ident: int) -> list[str]:
            return [schema for schema in ("main", "casework", "stewardship")
                    if conn.execute(f"SELECT 1 FROM {schema}.{table} WHERE id = ?", (ident,)).fetchone()]

        assert home("tasks", on_client.id) == ["casework"]
        assert home("tasks", on_donor.id) == ["stewardship"]
        assert home("tasks", own.id) == ["main"]
        # The audit entries follow the records they are about, so a commit writes one file.
        assert conn.execute("SELECT count(*) FROM main.audit_entries WHERE record_type = 'client'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM casework.audit_entries WHERE record_type = 'client'").fetchone()[0] >= 1
        # One sequence of ids across the files, in the order the rows were made.
        assert on_client.id < on_donor.id < own.id
    finally:
        raw.close()
    with db.read() as s:
        assert s.scalar(select(func.count(Task.id))) == 3  # the window reads them as one table
    admin.tasks.complete_task(on_donor.id, None)
    assert admin.tasks.get(on_donor.id).status == "done"


def test_references_between_files_are_checked(office: tuple[Database, Services]) -> None:
    db, _ = office
    assert any(r.parent == "users" and r.schema == "casework" for r in cross_references())
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        with pytest.raises(Exception, match="FOREIGN KEY"):
            conn.execute("UPDATE casework.clients SET key_worker_id = 999999")
        conn.rollback()
    finally:
        raw.close()
    assert check_database(db).ok


def test_a_role_taken_away_takes_its_file_key_away_and_changes_it(
        office: tuple[Database, Services], db_path: Path) -> None:
    db, admin = office
    carl = next(u for u in admin.accounts.list_users() if u.username == "carl")
    old = unlock_key(db.location, "carl", "carl's password")
    old_casework = old.domains[TrustDomain.CASEWORK]
    admin.accounts.update_user(carl.id, UserDraft("carl", "Carl", frozenset({Role.FUNDRAISER})), carl.version)
    now = unlock_key(db.location, "carl", "carl's password")
    assert set(now.domains) == {TrustDomain.STEWARDSHIP}
    # The key Carl may have kept no longer opens the clients' file; the administrator's new one does.
    casework = part_path(db_path, TrustDomain.CASEWORK)
    assert not _opens(casework, old_casework)
    assert _opens(casework, unlock_key(db.location, "boss", ADMIN_PASSWORD).domains[TrustDomain.CASEWORK])


def test_a_leaver_takes_no_key_of_what_they_read(office: tuple[Database, Services], db_path: Path) -> None:
    db, admin = office
    carl = next(u for u in admin.accounts.list_users() if u.username == "carl")
    before = unlock_key(db.location, "carl", "carl's password")
    stewardship_before = unlock_key(db.location, "fay", "fay's password").domains[TrustDomain.STEWARDSHIP]
    admin.accounts.set_active(carl.id, False, reason="left")
    with pytest.raises(WrongPassword):
        unlock_key(db.location, "carl", "carl's password")
    assert not _opens(db_path, before.main)
    assert not _opens(part_path(db_path, TrustDomain.CASEWORK), before.domains[TrustDomain.CASEWORK])
    # What the leaver never read keeps its key.
    assert unlock_key(db.location, "fay", "fay's password").domains[TrustDomain.STEWARDSHIP] == stewardship_before


def test_a_backup_carries_every_file_and_restores_whole(office: tuple[Database, Services]) -> None:
    db, admin = office
    backup = backup_beside(db, "manual")
    assert all(part_path(backup, d).is_file() for d in PART_DOMAINS)
    admin.clients.create(ClientDraft("After", "Backup"), confirmed=True)
    admin.backups.restore(backup, confirmed=True)
    reopened = open_database(str(db.location.path), credentials=lambda: ("boss", ADMIN_PASSWORD))
    try:
        with reopened.read() as s:
            assert s.scalar(select(func.count(Client.id))) == 1
    finally:
        reopened.dispose()


def _single_key_office(db_path: Path) -> bytes:
    key = bytes(range(32))
    db = open_database(str(db_path), key=key)  # made the way earlier versions made every file
    boss = AuthService(db).create_first_admin(UserDraft("boss", "The Boss", frozenset({Role.ADMIN})), ADMIN_PASSWORD)
    admin = Services(db, boss)
    admin.accounts.add_user(UserDraft("fay", "Fay", frozenset({Role.FUNDRAISER})), "fay's password")
    admin.clients.create(ClientDraft("Ann", "Before"), confirmed=True)
    admin.tasks.add_task(TaskDraft("Ring Ann", record_type="client", record_id=1))
    db.dispose()
    return key


def test_a_single_key_file_is_split_and_everyone_keeps_their_password(db_path: Path) -> None:
    key = _single_key_office(db_path)
    assert not KeyStore.for_database(db_path).split
    result = split_single_key_database(DatabaseLocation(file=db_path), "boss", ADMIN_PASSWORD)
    assert result.users == 2 and result.users_without_key == [] and result.rows > 0
    assert not _opens(db_path, key)  # the old key, which every password reached, opens nothing
    fay = unlock_key(DatabaseLocation(file=db_path), "fay", "fay's password")
    assert set(fay.domains) == {TrustDomain.STEWARDSHIP}
    reopened = open_database(str(db_path), credentials=lambda: ("boss", ADMIN_PASSWORD))
    try:
        with reopened.read() as s:
            assert s.scalar(select(Client.last_name)) == "Before"
            assert s.scalar(select(Task.title)) == "Ring Ann"
    finally:
        reopened.dispose()
    assert sorted(p.name for p in db_path.parent.iterdir() if "caseworker" in p.name and ".db" in p.name
                  and not p.name.endswith((".open", ".lock"))) == [
        "caseworker.casework.db", "caseworker.db", "caseworker.db.keys", "caseworker.stewardship.db"]


def test_every_mixed_table_has_a_copy_in_every_file(office: tuple[Database, Services]) -> None:
    db, _ = office
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        for schema in ("main", "casework", "stewardship"):
            names = {r[0] for r in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")}
            assert set(MIXED_TABLES) <= names, schema
        assert keystore_path(db.location.path).exists()  # type: ignore[arg-type]
    finally:
        raw.close()


def test_a_migration_changes_every_copy_of_a_table_and_makes_new_ones_in_their_domains_file(
        office: tuple[Database, Services]) -> None:
    """The way a future migration is written (``migrations/files.py``), run on the three files."""
    import sqlalchemy as sa
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    from caseworker.db.layout import drop_mixed_views, restore_mixed_views
    from caseworker.db.migrations.files import copies, home

    db, admin = office
    with db.engine.begin() as conn:
        driver = conn.connection.driver_connection
        drop_mixed_views(driver)
        op = Operations(MigrationContext.configure(conn))
        with Operations.context(op.migration_context):
            assert copies("tasks") == ["main", "casework", "stewardship"] and copies("clients") == ["casework"]
            for schema in copies("tasks"):
                op.add_column("tasks", sa.Column("colour", sa.String(10)), schema=schema)
            op.create_table("client_pets", sa.Column("id", sa.Integer, primary_key=True),
                            sa.Column("name", sa.String(50)), schema=home("clients"))
        restore_mixed_views(driver)
    db.engine.dispose()
    admin.tasks.add_task(TaskDraft("Feed the cat", record_type="client", record_id=1))
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn.execute("SELECT colour FROM tasks").fetchall() == [(None,)]
        assert conn.execute("SELECT count(*) FROM casework.client_pets").fetchone() == (0,)
    finally:
        raw.close()


def test_someone_who_cannot_open_every_file_does_not_migrate_it(office: tuple[Database, Services],
                                                                 db_path: Path) -> None:
    from caseworker.db.migrate import ensure_schema
    from caseworker.domain.errors import StorageError

    db, _ = office
    db.dispose()
    as_fay = open_database(str(db_path), credentials=lambda: ("fay", "fay's password"))
    try:
        with as_fay.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0020'")
        with pytest.raises(StorageError, match="only someone who can open all of it"):
            ensure_schema(as_fay)
    finally:
        as_fay.dispose()


def test_a_task_moved_to_another_record_moves_to_that_records_file(office: tuple[Database, Services]) -> None:
    db, admin = office
    with db.read() as s:
        client_id = s.scalar(select(Client.id))
    donor, _ = admin.donors.add_donor(DonorDraft(first_name="Dora", last_name="Giver"))
    task, _ = admin.tasks.add_task(TaskDraft("Ring them", record_type="client", record_id=client_id))
    moved, _ = admin.tasks.update_task(task.id, TaskDraft("Ring them", record_type="donor", record_id=donor.id),
                                       task.version)
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn.execute("SELECT count(*) FROM casework.tasks").fetchone() == (0,)
        assert conn.execute("SELECT title FROM stewardship.tasks WHERE id = ?", (task.id,)).fetchall() == [("Ring them",)]
    finally:
        raw.close()
    assert admin.tasks.get(task.id).record_type == "donor" and moved.version == task.version + 1


class _Crash(Exception):
    pass


def test_a_split_cut_short_after_its_check_is_finished_at_the_next_opening(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import caseworker.db.split as split

    _single_key_office(db_path)

    def crash(path: Path, *, with_key_file: bool) -> None:
        raise _Crash()  # the power goes as the checked files are about to take their names

    monkeypatch.setattr(split, "_finish", crash)
    with pytest.raises(_Crash):
        split_single_key_database(DatabaseLocation(file=db_path), "boss", ADMIN_PASSWORD)
    monkeypatch.undo()
    assert split.pending_key_file(db_path).exists()
    reopened = open_database(str(db_path), credentials=lambda: ("boss", ADMIN_PASSWORD))
    try:
        assert reopened.keys is not None and reopened.keys.split
        with reopened.read() as s:
            assert s.scalar(select(Client.last_name)) == "Before"
    finally:
        reopened.dispose()
    assert not split.pending_key_file(db_path).exists()
    assert not list(db_path.parent.glob("*.splitting"))
    assert set(unlock_key(DatabaseLocation(file=db_path), "fay", "fay's password").domains) == {TrustDomain.STEWARDSHIP}


def test_a_split_cut_short_before_its_check_leaves_the_original(db_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import caseworker.db.split as split

    key = _single_key_office(db_path)

    def crash(*_args: object, **_kwargs: object) -> dict[str, tuple[int, str]]:
        raise _Crash()

    monkeypatch.setattr(split, "_verify", crash)
    with pytest.raises(_Crash):
        split_single_key_database(DatabaseLocation(file=db_path), "boss", ADMIN_PASSWORD)
    monkeypatch.undo()
    # A process killed outright leaves its unchecked copies: the next opening clears them.
    stray = part_path(db_path, TrustDomain.CASEWORK)
    stray = stray.with_name(stray.name + split.TEMP_SUFFIX)
    stray.write_bytes(b"half a copy")
    reopened = open_database(str(db_path), credentials=lambda: ("boss", ADMIN_PASSWORD))
    try:
        assert reopened.key == key and reopened.keys is not None and not reopened.keys.split
    finally:
        reopened.dispose()
    assert not list(db_path.parent.glob("*.splitting")) and not any(p.exists() for p in
                                                                   (part_path(db_path, d) for d in PART_DOMAINS))


def test_the_command_line_splits_a_single_key_file(db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from caseworker.cli.main import main

    _single_key_office(db_path)
    monkeypatch.setenv("CASEWORKER_PASSWORD", "fay's password")
    assert main(["encrypt", "--db", str(db_path), "--user", "fay"]) == 2  # a fundraiser may not
    assert "not permitted" in capsys.readouterr().err and not KeyStore.for_database(db_path).split
    monkeypatch.setenv("CASEWORKER_PASSWORD", ADMIN_PASSWORD)
    assert main(["encrypt", "--db", str(db_path), "--user", "boss"]) == 0
    out = capsys.readouterr().out
    assert "in files of their own" in out and "2 accounts keep their passwords" in out
    assert main(["encrypt", "--db", str(db_path), "--user", "boss"]) == 0
    assert "each kind of record in its own file" in capsys.readouterr().out


def test_a_scheduled_backup_waits_for_someone_who_reads_every_file(office: tuple[Database, Services],
                                                                   db_path: Path) -> None:
    from caseworker.services.backups import SCHEDULED

    db, _ = office
    db.dispose()
    as_carl = open_database(str(db_path), credentials=lambda: ("carl", "carl's password"))
    try:
        carl = Services(as_carl, AuthService(as_carl).sign_in("carl", "carl's password"))
        assert carl.backups.run_schedule() is None  # a caseworker's session cannot copy the donors' file
    finally:
        as_carl.dispose()
    as_boss = open_database(str(db_path), credentials=lambda: ("boss", ADMIN_PASSWORD))
    try:
        boss = Services(as_boss, AuthService(as_boss).sign_in("boss", ADMIN_PASSWORD))
        made = boss.backups.run_schedule()
        assert made is not None and f"-{SCHEDULED}-" in made.name
        assert all(part_path(made.path, d).is_file() for d in PART_DOMAINS)
    finally:
        as_boss.dispose()


def test_after_a_sign_out_the_next_person_goes_on_with_their_own_keys(office: tuple[Database, Services],
                                                                      db_path: Path) -> None:
    from caseworker.services.opening import sign_in

    db, _ = office
    db.dispose()
    reopened = open_database(str(db_path), credentials=lambda: ("fay", "fay's password"))
    try:
        sign_in(reopened, reopened.location, "fay", "fay's password", unlocked_by_them=True)
        assert set(reopened.keys.domains) == {TrustDomain.STEWARDSHIP}  # type: ignore[union-attr]
        # Fay signs out; the window keeps the file open and Carl signs in on it.
        carl = Services(reopened, sign_in(reopened, reopened.location, "carl", "carl's password"))
        assert set(reopened.keys.domains) == {TrustDomain.CASEWORK}  # type: ignore[union-attr]
        with reopened.read() as s:
            assert s.scalar(select(Client.last_name)) == SECRET.split()[1]
        assert carl.actor.username == "carl"
    finally:
        reopened.dispose()


def test_a_fundraiser_is_told_who_can_make_a_grant_report_rather_than_shown_no_one_helped(
        office: tuple[Database, Services], db_path: Path) -> None:
    from decimal import Decimal

    from caseworker.domain.errors import RuleViolation
    from caseworker.services.grants import FunderDraft, GrantDraft

    db, admin = office
    funder, _ = admin.grants.save_funder(FunderDraft("The Trust"))
    grant, _ = admin.grants.save_grant(GrantDraft(funder.id, "Winter fund", Decimal("5000.00"), "GBP"))
    assert admin.paperwork.grant_report(grant.id).people_helped == 0  # the administrator's report
    db.dispose()
    as_fay = open_database(str(db_path), credentials=lambda: ("fay", "fay's password"))
    try:
        fay = Services(as_fay, AuthService(as_fay).sign_in("fay", "fay's password"))
        with pytest.raises(RuleViolation, match="only caseworkers' and managers' passwords open"):
            fay.paperwork.grant_report(grant.id)
    finally:
        as_fay.dispose()


def test_a_missing_or_foreign_domain_file_is_named_and_nothing_is_made_in_its_place(
        office: tuple[Database, Services], db_path: Path, tmp_path: Path) -> None:
    from caseworker.db.check import DamagedDatabase
    from caseworker.domain.errors import StorageError

    db, _ = office
    db.dispose()
    casework = part_path(db_path, TrustDomain.CASEWORK)
    aside = tmp_path / "aside.db"
    casework.rename(aside)
    with pytest.raises(StorageError, match="caseworker.casework.db, which holds part of the database"):
        open_database(str(db_path), credentials=lambda: ("carl", "carl's password"))
    assert not casework.exists()
    # A fundraiser never opens that file, so its absence does not stop them.
    open_database(str(db_path), credentials=lambda: ("fay", "fay's password")).dispose()
    # Another office's casework file does not decrypt with this one's key.
    shutil.copyfile(part_path(db_path, TrustDomain.STEWARDSHIP), casework)
    with pytest.raises(DamagedDatabase, match="caseworker.casework.db does not decrypt with its key"):
        open_database(str(db_path), credentials=lambda: ("carl", "carl's password"))
    aside.replace(casework)
    open_database(str(db_path), credentials=lambda: ("carl", "carl's password")).dispose()


def test_every_unique_key_of_a_mixed_table_includes_what_decides_its_file() -> None:
    """Each file checks uniqueness only among its own rows; a key that names the row's domain
    column (and so its file) is unique across the files too."""
    from sqlalchemy import UniqueConstraint

    from caseworker.db.base import Base

    for name, spec in MIXED_TABLES.items():
        table = Base.metadata.tables[name]
        keys = [{c.name for c in u.columns} for u in table.constraints if isinstance(u, UniqueConstraint)]
        keys += [{c.name for c in ix.columns} for ix in table.indexes if ix.unique]
        keys += [{c.name} for c in table.columns if c.unique]
        for columns in keys:
            assert spec.column in columns, (name, columns)
