"""Full disks and damaged files: refused clearly, nothing half-saved, the newest good backup offered."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import event

from caseworker.cli.main import main
from caseworker.db.backup import backup_beside, list_backups
from caseworker.db.check import DamagedDatabase
from caseworker.db.database import Database
from caseworker.db.encrypt import logical_digest
from caseworker.db.keystore import keystore_path
from caseworker.db.open import open_database
from caseworker.domain.errors import StorageError
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services.accounts import AuthService, UserDraft
from caseworker.services.container import Services

from .conftest import ADMIN_PASSWORD


def dump(db: Database) -> dict[str, tuple[int, str]]:
    """A logical dump: the file's bytes differ with WAL state, the data does not."""
    raw = db.engine.raw_connection()
    try:
        return logical_digest(raw.driver_connection)
    finally:
        raw.close()


@pytest.mark.parametrize("encrypt", [True, False], ids=["encrypted", "plain"])
def test_a_full_disk_refuses_the_save_and_changes_nothing(tmp_path: Path, encrypt: bool) -> None:
    db = open_database(str(tmp_path / "full.db"), encrypt_new=encrypt)
    boss = AuthService(db).create_first_admin(UserDraft("boss", "Boss", frozenset({Role.ADMIN})),
                                              ADMIN_PASSWORD)
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_connection, _record) -> None:
        # The file may not grow past its present size: the next page it needs is "the disk".
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")

    services = Services(db, boss)
    refused = None
    for n in range(200):
        before = dump(db)
        try:
            services.accounts.add_user(UserDraft(f"user{n}", "A colleague with a name " + "x" * 90,
                                                 frozenset({Role.CASEWORKER})), "some password")
        except StorageError as exc:
            refused = exc
            break
    assert refused is not None, "the capped file never filled up"
    assert refused.text() == "The disk is full: nothing was saved. Free some space and try again."
    assert dump(db) == before
    db.dispose()


def corrupt_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(b ^ 0x5A for b in data[middle:middle + 64])
    path.write_bytes(bytes(data))


def test_a_tampered_file_after_an_unclean_shutdown_is_refused_with_the_newest_backup(
        encrypted: tuple[Database, Actor], db_path: Path) -> None:
    db, boss = encrypted
    Services(db, boss).accounts.add_user(UserDraft("cw", "Case Worker", frozenset({Role.CASEWORKER})),
                                         "cw password")
    older = backup_beside(db, "daily")
    newer = backup_beside(db, "daily")
    corrupt_middle(newer)  # a damaged backup is skipped
    db.dispose()
    corrupt_middle(db_path)
    (db_path.with_name(db_path.name + ".open")).write_text("1\n")  # the last session crashed
    with pytest.raises(DamagedDatabase) as caught:
        open_database(str(db_path), credentials=lambda: ("boss", ADMIN_PASSWORD))
    assert caught.value.backup == older
    assert str(older) in caught.value.text() and "damaged" in caught.value.text()
    assert list_backups(db_path)[0] == newer


def test_the_command_line_names_the_backup_and_restores_it(
        encrypted: tuple[Database, Actor], db_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = encrypted
    good = backup_beside(db, "daily")
    before = dump(db)
    db.dispose()
    corrupt_middle(db_path)
    db_path.with_name(db_path.name + ".open").write_text("1\n")
    monkeypatch.setenv("CASEWORKER_PASSWORD", ADMIN_PASSWORD)
    assert main(["user", "list", "--db", str(db_path), "--user", "boss"]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and str(good) in err
    assert main(["restore-backup", "--db", str(db_path), "--user", "boss"]) == 0
    assert "restored" in capsys.readouterr().out
    assert keystore_path(db_path).exists()
    restored = open_database(str(db_path), credentials=lambda: ("boss", ADMIN_PASSWORD))
    try:
        after = dump(restored)
        # The manager's sign-in and the restore are recorded in the restored file; nothing else moved.
        assert {t: v for t, v in after.items() if t not in ("users", "audit_entries")} == \
            {t: v for t, v in before.items() if t not in ("users", "audit_entries")}
        assert after["audit_entries"][0] == before["audit_entries"][0] + 1
    finally:
        restored.dispose()
    assert list(db_path.parent.glob("caseworker.db.replaced-*"))  # the damaged file is kept


def test_a_clean_shutdown_leaves_no_marker(encrypted: tuple[Database, Actor], db_path: Path) -> None:
    db, _ = encrypted
    marker = db_path.with_name(db_path.name + ".open")
    assert marker.exists()
    db.dispose()
    assert not marker.exists()
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_a_busy_database_says_another_user_is_saving_and_retries(
        encrypted: tuple[Database, Actor], db_path: Path) -> None:
    db, boss = encrypted
    other = open_database(str(db_path), key=db.key)
    heard = threading.Event()
    db.on_busy(heard.set)
    holder = other.engine.raw_connection()
    holder.driver_connection.execute("BEGIN IMMEDIATE")  # someone else is saving
    result: list[object] = []
    saver = threading.Thread(target=lambda: result.append(Services(db, boss).accounts.add_user(
        UserDraft("late", "Late Saver", frozenset({Role.CASEWORKER})), "late password")))
    saver.start()
    assert heard.wait(10), "the waiting save was never announced"
    holder.driver_connection.execute("COMMIT")
    holder.close()
    saver.join(30)
    assert result and result[0][0].username == "late"  # it retried and saved, no error
    other.dispose()
