"""Key rotation: a leaver's old key file and password open nothing, written before or after."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caseworker.cli.main import main
from caseworker.db.backup import connect_file
from caseworker.db.database import Database
from caseworker.db.keystore import KeyStore, Sealed, WrongPassword, keystore_path
from caseworker.db.models import Client
from caseworker.db.open import open_database, unlock_key
from caseworker.domain.clients import ClientDraft
from caseworker.domain.errors import NotPermitted, RuleViolation, StorageError
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services.accounts import UserDraft
from caseworker.services.container import Services

from .conftest import ADMIN_PASSWORD


def opens(path: Path, key: bytes) -> bool:
    conn = connect_file(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Exception:
        return False
    finally:
        conn.close()


@pytest.fixture
def office(encrypted: tuple[Database, Actor]) -> tuple[Database, Services, int]:
    db, boss = encrypted
    admin = Services(db, boss)
    leaver, _ = admin.accounts.add_user(UserDraft("lee", "Lee", frozenset({Role.CASEWORKER})), "lee's password")
    admin.accounts.add_user(UserDraft("fay", "Fay", frozenset({Role.FUNDRAISER})), "fay's password")
    admin.clients.create(ClientDraft("Ann", "Before"), confirmed=True)
    return db, admin, leaver.id


def test_a_leavers_old_key_file_opens_nothing_after_deactivation(
        office: tuple[Database, Services, int], db_path: Path, tmp_path: Path) -> None:
    db, admin, leaver = office
    stolen = tmp_path / "stolen.keys"
    shutil.copyfile(keystore_path(db_path), stolen)  # taken while the leaver still worked here
    old_key = KeyStore.load(stolen).unlock("lee", "lee's password")
    assert old_key == db.key and opens(db_path, old_key)
    heard: list[tuple[int, int]] = []
    admin.accounts.set_active(leaver, False, reason="left", progress=lambda done, total: heard.append((done, total)))
    admin.clients.create(ClientDraft("Bob", "After"), confirmed=True)
    assert db.key != old_key
    assert heard and heard[-1][0] == heard[-1][1]
    # The stolen key file still gives the old key with the leaver's password: it opens nothing now.
    assert KeyStore.load(stolen).unlock("lee", "lee's password") == old_key
    assert not opens(db_path, old_key)
    # Everyone still here opens it with the same password as before, and gets the new key.
    assert unlock_key(db.location, "boss", ADMIN_PASSWORD).main == db.key
    assert unlock_key(db.location, "fay", "fay's password").main == db.key
    with pytest.raises(WrongPassword):
        unlock_key(db.location, "lee", "lee's password")
    with db.read() as s:
        assert s.scalar(select(func.count(Client.id))) == 2


def test_rotation_reaches_the_active_accounts_and_is_refused_to_others(
        office: tuple[Database, Services, int], db_path: Path) -> None:
    db, admin, _ = office
    fay = Services(db, _actor(db, "fay", "fay's password"))
    with pytest.raises(NotPermitted):
        fay.protection.rotate_keys()
    before = db.key
    result = admin.protection.rotate_keys()
    assert db.key != before and result.users == 3 and result.without_key == []
    db.dispose()
    reopened = open_database(str(db_path), credentials=lambda: ("fay", "fay's password"))
    try:
        assert reopened.key != before
        with reopened.read() as s:
            # A fundraiser's new entry reaches the shared file's new key, never the clients' file.
            assert s.scalar(select(func.count(Client.id))) == 0
    finally:
        reopened.dispose()
    reopened = open_database(str(db_path), credentials=lambda: ("boss", ADMIN_PASSWORD))
    try:
        with reopened.read() as s:
            assert s.scalar(select(func.count(Client.id))) == 1
    finally:
        reopened.dispose()


def _actor(db: Database, username: str, password: str) -> Actor:
    from caseworker.services.accounts import AuthService

    return AuthService(db).sign_in(username, password)


def test_a_file_open_elsewhere_is_not_rekeyed_and_nothing_changes(
        office: tuple[Database, Services, int], db_path: Path) -> None:
    db, admin, _ = office
    other = open_database(str(db_path), key=db.keys)
    holder = other.engine.raw_connection()  # another window still reading
    holder.driver_connection.execute("SELECT count(*) FROM clients").fetchone()
    keys_before = KeyStore.for_database(db_path)
    try:
        with pytest.raises(StorageError, match="in use"):
            admin.protection.rotate_keys()
    finally:
        holder.close()
        other.dispose()
    assert opens(db_path, db.key)
    after = KeyStore.for_database(db_path)
    assert all(w.sealed_next is None for wraps in after.users.values() for w in wraps)
    assert set(after.users) == set(keys_before.users)
    assert unlock_key(db.location, "fay", "fay's password").main == db.key


@pytest.mark.parametrize("rekeyed", [True, False], ids=["crash-after-rekey", "crash-before-rekey"])
def test_a_rotation_cut_short_still_opens_and_settles(encrypted: tuple[Database, Actor], db_path: Path,
                                                      rekeyed: bool) -> None:
    db, _ = encrypted
    old = db.key
    db.dispose()
    new = bytes(32 * [7])
    store = KeyStore.for_database(db_path)
    for wraps in store.users.values():
        for wrap in wraps:
            wrap.sealed_next = Sealed.seal(new, wrap.public)
    store.save()  # the state a crash between the steps leaves
    if rekeyed:
        conn = connect_file(db_path, old)
        conn.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
        conn.close()
    expected = new if rekeyed else old
    assert unlock_key(db.location, "boss", ADMIN_PASSWORD).main == expected
    settled = json.loads(keystore_path(db_path).read_text())
    assert all("sealed_next" not in w for wraps in settled["users"].values() for w in wraps)
    assert unlock_key(db.location, "boss", ADMIN_PASSWORD).main == expected


def test_the_command_line_rotates_and_deactivates(office: tuple[Database, Services, int], db_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db, _, _ = office
    old = db.key
    db.dispose()
    monkeypatch.setenv("CASEWORKER_PASSWORD", "fay's password")
    assert main(["keys", "rotate", "--db", str(db_path), "--user", "fay"]) == 2
    assert "not permitted" in capsys.readouterr().err
    monkeypatch.setenv("CASEWORKER_PASSWORD", ADMIN_PASSWORD)
    assert main(["keys", "rotate", "--db", str(db_path), "--user", "boss"]) == 0
    assert "3 active accounts" in capsys.readouterr().out
    assert not opens(db_path, old)
    middle = unlock_key(db.location, "boss", ADMIN_PASSWORD).main
    assert main(["user", "deactivate", "lee", "--db", str(db_path), "--user", "boss", "--reason", "left"]) == 0
    assert "re-keyed" in capsys.readouterr().out
    assert not opens(db_path, middle)
    with pytest.raises(WrongPassword):
        unlock_key(db.location, "lee", "lee's password")
    assert opens(db_path, unlock_key(db.location, "fay", "fay's password").main)


def test_version_one_entries_are_upgraded_at_sign_in_and_others_listed(
        encrypted: tuple[Database, Actor], db_path: Path) -> None:
    from caseworker.db.keystore import KeyStore as Store
    from caseworker.db.keystore import Wrap, default_params

    db, boss = encrypted
    admin = Services(db, boss)
    admin.accounts.add_user(UserDraft("old", "Old Timer", frozenset({Role.CASEWORKER})), "old password 1")
    # Rewrite both entries as a version-1 key file had them: the database key wrapped directly.
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from caseworker.db.keystore import _AAD, NONCE_BYTES, SALT_BYTES

    def v1(password: str) -> Wrap:
        salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
        params = default_params()
        return Wrap(salt, nonce, AESGCM(params.derive(password, salt)).encrypt(nonce, db.key, _AAD), params)

    store = Store.for_database(db_path)
    store.users = {"boss": [v1(ADMIN_PASSWORD)], "old": [v1("old password 1")]}
    store.save()
    assert Store.for_database(db_path).legacy_users() == ["boss", "old"]
    before = db.key
    with pytest.raises(RuleViolation, match="sign out and sign in again"):
        admin.protection.rotate_keys()  # the new key could not reach the person rotating
    assert db.key == before and opens(db_path, before)
    assert unlock_key(db.location, "boss", ADMIN_PASSWORD).main == db.key  # signing in upgrades the entry
    assert Store.for_database(db_path).legacy_users() == ["old"]
    result = admin.protection.rotate_keys()
    assert result.without_key == ["old"]
    assert unlock_key(db.location, "boss", ADMIN_PASSWORD).main == db.key
    with pytest.raises(WrongPassword):
        unlock_key(db.location, "old", "old password 1")
