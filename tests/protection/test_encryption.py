"""Encryption at rest: the key store, unlocking, password changes, backups and conversion."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caseworker.cli.main import main
from caseworker.db.backup import backup_beside, connect_file
from caseworker.db.check import DamagedDatabase, check_database
from caseworker.db.database import Database
from caseworker.db.encrypt import logical_digest
from caseworker.db.engine import READ_ONLY_OPTION
from caseworker.db.keystore import KeyStore, KeyStoreMissing, WrongPassword, keystore_path
from caseworker.db.layout import FileKeys
from caseworker.db.location import SQLITE_HEADER, DatabaseLocation, Protection, protection_of
from caseworker.db.models import User
from caseworker.db.open import open_database, unlock_key
from caseworker.db.unlocking import LockedDatabase
from caseworker.domain.errors import AuthenticationError, ValidationError
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services.accounts import AuthService, UserDraft
from caseworker.services.container import Services

from .conftest import ADMIN_PASSWORD


def reopen(path: Path, username: str, password: str) -> Database:
    return open_database(str(path), credentials=lambda: (username, password))


def test_a_new_database_is_encrypted_and_its_key_claimed_by_the_first_admin(
        encrypted: tuple[Database, Actor], db_path: Path) -> None:
    db, _ = encrypted
    assert db.encrypted
    assert db_path.read_bytes()[:16] != SQLITE_HEADER
    assert protection_of(DatabaseLocation.parse(str(db_path))) is Protection.ENCRYPTED
    store = json.loads(keystore_path(db_path).read_text())
    assert list(store["users"]) == ["boss"] and "unclaimed_key" not in store
    assert "The Boss" not in keystore_path(db_path).read_text()
    plain = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchall()
    plain.close()


def test_signing_in_unwraps_the_key_and_every_connection_reuses_it(
        encrypted: tuple[Database, Actor], db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    encrypted[0].dispose()
    derivations = []
    original = KeyStore.unlock_keys

    def counting(self: KeyStore, username: str, password: str) -> FileKeys:
        derivations.append(username)
        return original(self, username, password)

    monkeypatch.setattr(KeyStore, "unlock_keys", counting)
    db = reopen(db_path, "boss", ADMIN_PASSWORD)
    try:
        AuthService(db).sign_in("boss", ADMIN_PASSWORD)
        # Several pooled connections, one derivation: each gets the raw key.
        reader = db.engine.execution_options(**{READ_ONLY_OPTION: True})
        conns = [reader.connect() for _ in range(3)]
        assert all(c.exec_driver_sql("SELECT count(*) FROM users").scalar() == 1 for c in conns)
        for c in conns:
            c.close()
        assert derivations == ["boss"]
    finally:
        db.dispose()


def test_wrong_password_damaged_file_and_missing_key_store_are_told_apart(
        encrypted: tuple[Database, Actor], db_path: Path) -> None:
    encrypted[0].dispose()
    with pytest.raises(WrongPassword, match="password is not correct"):
        reopen(db_path, "boss", "not the password")
    with pytest.raises(AuthenticationError, match="password is not correct"):
        reopen(db_path, "nobody", ADMIN_PASSWORD)
    with pytest.raises(LockedDatabase, match="encrypted"):
        open_database(str(db_path))
    # Damage the first page: the key unwraps, but the file does not decrypt.
    data = bytearray(db_path.read_bytes())
    data[100:140] = b"\xff" * 40
    db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase, match="database file .* is damaged"):
        reopen(db_path, "boss", ADMIN_PASSWORD)
    keystore_path(db_path).rename(db_path.with_name("elsewhere"))
    with pytest.raises(KeyStoreMissing, match="key file .* is missing"):
        reopen(db_path, "boss", ADMIN_PASSWORD)


def test_an_admin_resets_a_password_without_re_encrypting(encrypted: tuple[Database, Actor],
                                                          db_path: Path) -> None:
    db, boss = encrypted
    admin = Services(db, boss)
    user, _ = admin.accounts.add_user(UserDraft("cw", "Case Worker", frozenset({Role.CASEWORKER})),
                                      "first password")
    assert unlock_key(db.location, "cw", "first password").main == db.key
    before = db_path.stat().st_size, logical_digest_of(db)
    admin.accounts.reset_password(user.id, "second password")
    assert unlock_key(db.location, "cw", "second password").main == db.key
    with pytest.raises(WrongPassword):
        unlock_key(db.location, "cw", "first password")
    assert len(KeyStore.for_database(db_path).users["cw"]) == 1  # the old wrap is pruned
    # The same key still opens the file; nothing was re-encrypted.
    assert logical_digest_of(db)["audit_entries"] != before[1]["audit_entries"]
    db.dispose()
    again = reopen(db_path, "cw", "second password")
    assert AuthService(again).sign_in("cw", "second password").username == "cw"
    again.dispose()


def test_own_password_change_and_rename_follow_the_account(encrypted: tuple[Database, Actor],
                                                           db_path: Path) -> None:
    db, boss = encrypted
    admin = Services(db, boss)
    user, _ = admin.accounts.add_user(UserDraft("ann", "Ann", frozenset({Role.CASEWORKER})), "ann password")
    ann = Services(db, AuthService(db).sign_in("ann", "ann password"))
    with pytest.raises(ValidationError):
        ann.accounts.change_own_password("wrong old one", "ann new password")
    assert unlock_key(db.location, "ann", "ann password").main == db.key  # the refusal left it alone
    ann.accounts.change_own_password("ann password", "ann new password")
    assert unlock_key(db.location, "ann", "ann new password").main == db.key
    current = admin.accounts.get(user.id)
    admin.accounts.update_user(user.id, UserDraft("annie", "Ann", frozenset({Role.CASEWORKER})),
                               current.version)
    assert unlock_key(db.location, "annie", "ann new password").main == db.key
    assert not KeyStore.for_database(db_path).has_user("ann")


def test_a_failed_save_leaves_the_key_store_as_it_was(encrypted: tuple[Database, Actor],
                                                      db_path: Path) -> None:
    db, boss = encrypted
    admin = Services(db, boss)
    before = keystore_path(db_path).read_bytes()
    with pytest.raises(ValidationError, match="taken"):
        admin.accounts.add_user(UserDraft("boss", "Second Boss", frozenset({Role.ADMIN})), "a password")
    assert json.loads(keystore_path(db_path).read_bytes()) == json.loads(before)


def test_backups_stay_encrypted_and_carry_their_key_store(encrypted: tuple[Database, Actor],
                                                          db_path: Path) -> None:
    db, _ = encrypted
    backup = backup_beside(db, "manual")
    assert backup.read_bytes()[:16] != SQLITE_HEADER
    assert keystore_path(backup).exists()
    conn = connect_file(backup, unlock_key(DatabaseLocation.parse(str(backup)), "boss", ADMIN_PASSWORD))
    try:
        assert conn.execute("SELECT display_name FROM users").fetchall() == [("The Boss",)]
    finally:
        conn.close()
    assert check_database(db).ok


def test_a_plain_database_is_converted_without_loss(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plain.db"
    db = open_database(str(path), encrypt_new=False)
    boss = AuthService(db).create_first_admin(
        UserDraft("boss", "The Boss", frozenset({Role.ADMIN})), ADMIN_PASSWORD)
    Services(db, boss).accounts.add_user(UserDraft("cw", "Zoë Ærø 👩🏽‍🚒", frozenset({Role.CASEWORKER})),
                                         "cw password")
    db.dispose()
    plain = sqlite3.connect(path)
    before = logical_digest(plain)
    plain.close()
    monkeypatch.setenv("CASEWORKER_PASSWORD", ADMIN_PASSWORD)
    assert main(["encrypt", "--db", str(path), "--user", "boss"]) == 0
    out = capsys.readouterr().out
    assert "all compared" in out and "cw" in out  # cw needs a new password
    assert path.read_bytes()[:16] != SQLITE_HEADER
    assert not path.with_name("plain.db-wal").exists()
    key = unlock_key(DatabaseLocation.parse(str(path)), "boss", ADMIN_PASSWORD)
    conn = connect_file(path, key)
    try:
        after = logical_digest(conn)
        # Signing in to convert stamps the administrator's last sign-in, and the audit log gains the
        # conversion; everything else is equal.
        assert {t: d for t, d in after.items() if t not in ("users", "audit_entries")} == \
            {t: d for t, d in before.items() if t not in ("users", "audit_entries")}
        assert after["users"][0] == before["users"][0]
        assert after["audit_entries"][0] == before["audit_entries"][0] + 1
        entry = conn.execute("SELECT kind, record_type FROM audit_entries ORDER BY id DESC LIMIT 1").fetchone()
        assert tuple(entry) == ("encrypt", "database")
    finally:
        conn.close()
    # The command line opens it with the same --user and password as before.
    assert main(["user", "list", "--db", str(path), "--user", "boss"]) == 0
    assert "Zoë Ærø 👩🏽‍🚒" in capsys.readouterr().out
    monkeypatch.setenv("CASEWORKER_PASSWORD", "wrong password")
    assert main(["user", "list", "--db", str(path), "--user", "boss"]) == 2
    assert "password is not correct" in capsys.readouterr().err


def test_encrypted_demo_database_opens_for_every_demo_user(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    assert path.read_bytes()[:16] != SQLITE_HEADER
    store = KeyStore.for_database(path)
    assert store.unclaimed is None and len(store.users) > 3
    db = reopen(path, "demo", "demo")
    try:
        with db.read() as s:
            usernames = set(s.scalars(select(User.username)))
            assert (s.scalar(select(func.count(User.id))) or 0) == len(store.users)
        assert usernames == set(store.users)
    finally:
        db.dispose()


def logical_digest_of(db: Database) -> dict[str, tuple[int, str]]:
    raw = db.engine.raw_connection()
    try:
        return logical_digest(raw.driver_connection)
    finally:
        raw.close()


def test_two_password_changes_at_the_same_moment_both_keep_their_wrap(
        encrypted: tuple[Database, Actor], db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two laptops (here two threads with a key ring each) rewrite the key file at once."""
    import threading
    import time

    from caseworker.db.keystore import KeyRing

    db, _boss = encrypted
    real_load = KeyStore.load.__func__

    def slow_load(cls, path: Path) -> KeyStore:
        store = real_load(cls, path)
        time.sleep(0.2)  # both would read the file before either writes it back
        return store

    monkeypatch.setattr(KeyStore, "load", classmethod(slow_load))
    errors: list[BaseException] = []

    def change(username: str) -> None:
        try:
            committed, _rolled_back = KeyRing(keystore_path(db_path), db.key).stage_password(
                username, f"{username} new password")
            committed()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=change, args=(name,)) for name in ("ann", "bob")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors
    monkeypatch.undo()
    assert unlock_key(db.location, "ann", "ann new password").main == db.key
    assert unlock_key(db.location, "bob", "bob new password").main == db.key
    assert unlock_key(db.location, "boss", ADMIN_PASSWORD).main == db.key


def test_a_deactivated_account_no_longer_opens_the_file_until_reactivated_with_a_new_password(
        encrypted: tuple[Database, Actor], db_path: Path) -> None:
    db, boss = encrypted
    admin = Services(db, boss)
    leaver, _ = admin.accounts.add_user(UserDraft("lee", "Lee", frozenset({Role.CASEWORKER})), "lee's password")
    assert unlock_key(db.location, "lee", "lee's password").main == db.key
    admin.accounts.set_active(leaver.id, False, reason="left")
    # Their password would still unwrap the key outside the app if the wrap stayed.
    with pytest.raises(WrongPassword):
        unlock_key(db.location, "lee", "lee's password")
    assert "lee" not in KeyStore.for_database(db_path).users
    admin.accounts.set_active(leaver.id, True, new_password="lee is back now")
    assert unlock_key(db.location, "lee", "lee is back now").main == db.key
    with pytest.raises(WrongPassword):
        unlock_key(db.location, "lee", "lee's password")
    assert unlock_key(db.location, "boss", ADMIN_PASSWORD).main == db.key
