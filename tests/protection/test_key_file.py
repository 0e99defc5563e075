"""The key file is read as hostile input: bounded argon2 settings, and recognised when it is another database's."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from caseworker.cli.main import main
from caseworker.db.database import Database
from caseworker.db.keystore import (
    MAX_MEMORY_KIB,
    KeyStore,
    KeyStoreDamaged,
    KeyStoreForAnotherDatabase,
    KeyStoreUnsafe,
    keystore_path,
)
from caseworker.db.open import open_database
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services.accounts import AuthService, UserDraft

from .conftest import ADMIN_PASSWORD


def reopen(path: Path) -> Database:
    return open_database(str(path), credentials=lambda: ("boss", ADMIN_PASSWORD))


def rewrite_wraps(path: Path, **changes: object) -> None:
    keys = keystore_path(path)
    data = json.loads(keys.read_text())
    for wrap in data["users"]["boss"]:
        wrap.update(changes)
    keys.write_text(json.dumps(data))


@pytest.mark.parametrize("changes", [
    {"memory_cost": 2**40},  # a terabyte: would crash the machine
    {"memory_cost": MAX_MEMORY_KIB + 1},
    {"time_cost": 10**9},  # would hang every sign-in
    {"time_cost": 16, "memory_cost": 1024 * 1024},  # each within limits, together far too much work
    {"parallelism": 0},
    {"parallelism": 2**24},
    {"time_cost": 0},
    {"memory_cost": 1.5},
    {"time_cost": True},
    {"memory_cost": "65536"},
    {"memory_cost": -1},
], ids=lambda c: ",".join(f"{k}={v!r}"[:30] for k, v in c.items()))
def test_absurd_argon2_settings_are_refused_at_once(encrypted: tuple[Database, Actor], db_path: Path,
                                                    changes: dict[str, object]) -> None:
    encrypted[0].dispose()
    rewrite_wraps(db_path, **changes)
    started = time.perf_counter()
    with pytest.raises(KeyStoreDamaged) as caught:
        reopen(db_path)
    assert time.perf_counter() - started < 2
    assert str(keystore_path(db_path)) in caught.value.text()
    if not isinstance(changes.get("memory_cost", changes.get("time_cost")), str):
        assert isinstance(caught.value, KeyStoreUnsafe) or "damaged" in caught.value.text()


@pytest.mark.parametrize("content", [
    b"[" * 100_000 + b"]" * 100_000,  # nesting deep enough to exhaust the parser's recursion
    b"\xff\xfe not text",
    b'{"format": "caseworker-keystore", "version": 1, "users": {"boss": [{"kdf": "argon2id"}]}}',
    b'{"format": "caseworker-keystore", "version": 1, "users": [], "unclaimed_key": "00"}',
    b" " * (5 * 1024 * 1024),  # far larger than any key file
], ids=["deep", "binary", "wrap-missing-fields", "wrong-shapes", "huge"])
def test_a_malformed_key_file_is_called_damaged(encrypted: tuple[Database, Actor], db_path: Path,
                                               content: bytes) -> None:
    encrypted[0].dispose()
    keystore_path(db_path).write_bytes(content)
    with pytest.raises(KeyStoreDamaged, match="is damaged"):
        reopen(db_path)


def test_the_command_line_says_so_in_one_line(encrypted: tuple[Database, Actor], db_path: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    encrypted[0].dispose()
    rewrite_wraps(db_path, memory_cost=2**40)
    monkeypatch.setenv("CASEWORKER_PASSWORD", ADMIN_PASSWORD)
    assert main(["user", "list", "--db", str(db_path), "--user", "boss"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "outside safe limits" in err and "Traceback" not in err


def test_a_key_file_for_another_database_is_recognised_before_any_password(
        encrypted: tuple[Database, Actor], db_path: Path, tmp_path: Path) -> None:
    encrypted[0].dispose()
    reopen(db_path).dispose()  # the key file now records which file it belongs to
    assert KeyStore.for_database(db_path).database_salt is not None
    other = tmp_path / "elsewhere" / "other.db"
    db = open_database(str(other))
    AuthService(db).create_first_admin(UserDraft("boss", "Same Name", frozenset({Role.ADMIN})), ADMIN_PASSWORD)
    db.dispose()
    keystore_path(db_path).write_bytes(keystore_path(other).read_bytes())  # the wrong key file
    asked: list[bool] = []

    def credentials() -> tuple[str, str]:
        asked.append(True)
        return "boss", ADMIN_PASSWORD

    with pytest.raises(KeyStoreForAnotherDatabase) as caught:
        open_database(str(db_path), credentials=credentials)
    assert "belongs to another database" in caught.value.text() and str(db_path) in caught.value.text()
    assert asked == []


def test_a_key_file_from_before_the_binding_still_opens_and_is_then_bound(
        encrypted: tuple[Database, Actor], db_path: Path) -> None:
    encrypted[0].dispose()
    keys = keystore_path(db_path)
    data = json.loads(keys.read_text())
    data.pop("database_salt", None)
    keys.write_text(json.dumps(data))
    reopen(db_path).dispose()
    assert KeyStore.for_database(db_path).database_salt == db_path.read_bytes()[:16]


@pytest.mark.parametrize("changes", [
    {"domains": {"payroll": {"ephemeral": "AA==", "nonce": "AA==", "box": "AA=="}}},  # no such file
    {"domains": {"casework": {"ephemeral": "AA==", "nonce": "AA==", "box": "AA=="}}},  # a key of the wrong size
    {"domains": ["casework"]},
    {"domains_next": {"stewardship": "not a sealed key"}},
], ids=["unknown-domain", "short-key", "list", "not-sealed"])
def test_a_tampered_domain_entry_is_called_damaged(encrypted: tuple[Database, Actor], db_path: Path,
                                                   changes: dict[str, object]) -> None:
    encrypted[0].dispose()
    rewrite_wraps(db_path, **changes)
    with pytest.raises(KeyStoreDamaged, match="is damaged"):
        reopen(db_path)


@pytest.mark.parametrize("top", [{"layout": "sharded"}, {"unclaimed_key": "00" * 32, "unclaimed_domain_keys": {"x": "00"}}],
                         ids=["unknown-layout", "unknown-unclaimed-domain"])
def test_a_tampered_layout_is_called_damaged(encrypted: tuple[Database, Actor], db_path: Path,
                                             top: dict[str, object]) -> None:
    encrypted[0].dispose()
    keys = keystore_path(db_path)
    data = json.loads(keys.read_text())
    data.update(top)
    keys.write_text(json.dumps(data))
    with pytest.raises(KeyStoreDamaged, match="is damaged"):
        reopen(db_path)
