"""Every door checks its role, and no output lands on the database, its key file, a folder or a device."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from caseworker.cli.main import main
from caseworker.db.backup import backup_beside
from caseworker.db.database import Database
from caseworker.db.keystore import keystore_path
from caseworker.db.layout import PART_DOMAINS, part_path
from caseworker.db.open import open_database
from caseworker.domain.errors import StorageError
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.outputs import UnsafeOutput, atomic_output, check_output
from caseworker.services.accounts import AuthService, UserDraft
from caseworker.services.container import Services

from .conftest import ADMIN_PASSWORD
from .test_storage_failures import dump

FR_PASSWORD = "fundraiser password"


@pytest.fixture
def office(encrypted: tuple[Database, Actor], db_path: Path) -> Path:
    """An encrypted office database with a fundraiser ("fr"), closed again."""
    db, boss = encrypted
    Services(db, boss).accounts.add_user(UserDraft("fr", "Fund Raiser", frozenset({Role.FUNDRAISER})),
                                         FR_PASSWORD)
    return db_path


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def cli(capsys: pytest.CaptureFixture[str], *args: str, password: str) -> tuple[int, str]:
    os.environ["CASEWORKER_PASSWORD"] = password
    try:
        code = main(list(args))
    finally:
        del os.environ["CASEWORKER_PASSWORD"]
    captured = capsys.readouterr()
    return code, captured.err


# -- the shared output check ------------------------------------------------------------------
def test_outputs_refuse_the_open_database_its_companions_folders_and_devices(
        encrypted: tuple[Database, Actor], db_path: Path, tmp_path: Path) -> None:
    for companion in ("", ".keys", "-wal", ".open", ".keys.lock"):
        with pytest.raises(UnsafeOutput, match="the database or one of the files"):
            check_output(db_path.with_name(db_path.name + companion))
    link = tmp_path / "innocent.pdf"
    link.symlink_to(keystore_path(db_path))
    with pytest.raises(UnsafeOutput, match="the database"):
        check_output(link)
    with pytest.raises(UnsafeOutput, match="is a folder"):
        check_output(tmp_path)
    with pytest.raises(UnsafeOutput, match="device or special file"):
        check_output("/dev/null")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeOutput, match="device or special file"):
        check_output(fifo)
    with pytest.raises(UnsafeOutput, match="does not exist"):
        check_output(tmp_path / "no such folder" / "x.pdf")
    assert check_output(tmp_path / "fine.pdf") == tmp_path / "fine.pdf"


def test_a_closed_database_is_still_refused_when_the_caller_names_it(tmp_path: Path) -> None:
    database = tmp_path / "closed.db"
    with pytest.raises(UnsafeOutput):
        check_output(tmp_path / "closed.db.keys", databases=[database])


def test_a_failed_write_leaves_neither_a_partial_file_nor_a_changed_target(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the old report")
    with pytest.raises(RuntimeError), atomic_output(target) as tmp:
        tmp.write_bytes(b"half a new")
        raise RuntimeError("the renderer failed")
    assert files_of(tmp_path) == {"report.pdf": b"the old report"}


def test_a_read_only_folder_is_named_as_such(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders; the read-only mount test covers root")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="cannot be written to"), atomic_output(folder / "x.ics") as tmp:
            tmp.write_bytes(b"x")
    finally:
        folder.chmod(0o700)


# -- backup ------------------------------------------------------------------------------------
def test_backup_needs_a_managers_sign_in(office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "copy.db"
    code, err = cli(capsys, "backup", "--db", str(office), "--out", str(out), password=ADMIN_PASSWORD)
    assert code == 2 and "--user" in err and not out.exists()
    code, err = cli(capsys, "backup", "--db", str(office), "--out", str(out), "--user", "fr", password=FR_PASSWORD)
    assert code == 2 and "not permitted to back up the database" in err, err
    assert not out.exists() and not keystore_path(out).exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")] == []
    code, err = cli(capsys, "backup", "--db", str(office), "--out", str(out), "--user", "boss",
                    password=ADMIN_PASSWORD)
    assert code == 0, err
    assert out.exists() and keystore_path(out).exists()
    copy = open_database(str(out), credentials=lambda: ("boss", ADMIN_PASSWORD))
    try:
        assert AuthService(copy).has_users()
    finally:
        copy.dispose()


@pytest.mark.parametrize("target", ["{db}", "{db}.keys", "{db}-wal", "{folder}", "/dev/null"])
def test_backup_never_writes_over_the_database_its_key_file_a_folder_or_a_device(
        office: Path, capsys: pytest.CaptureFixture[str], target: str) -> None:
    before = files_of(office.parent)
    out = target.format(db=office, folder=office.parent)
    code, err = cli(capsys, "backup", "--db", str(office), "--out", out, "--user", "boss", password=ADMIN_PASSWORD)
    assert code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert files_of(office.parent) == before
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


# -- restore -----------------------------------------------------------------------------------
@pytest.fixture
def with_backup(office: Path) -> tuple[Path, Path]:
    db = open_database(str(office), credentials=lambda: ("boss", ADMIN_PASSWORD))
    try:
        backup = backup_beside(db, "daily")
    finally:
        db.dispose()
    return office, backup


def test_restore_needs_a_manager(with_backup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    office, backup = with_backup
    before = files_of(office.parent)
    code, err = cli(capsys, "restore-backup", "--db", str(office), "--from", str(backup), password=ADMIN_PASSWORD)
    assert code == 2 and "--user" in err
    code, err = cli(capsys, "restore-backup", "--db", str(office), "--from", str(backup), "--user", "fr",
                    password=FR_PASSWORD)
    assert code == 2 and "not permitted" in err, err
    code, err = cli(capsys, "restore-backup", "--db", str(office), "--from", str(backup), "--user", "boss",
                    password="not the password")
    assert code == 2 and "not correct" in err, err
    assert files_of(office.parent) == before


def test_restore_refuses_a_file_that_is_not_a_good_backup(with_backup: tuple[Path, Path], tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    office, backup = with_backup
    before = files_of(office.parent)
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    tampered = tmp_path / "tampered.db"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    keystore_path(tampered).write_bytes(keystore_path(backup).read_bytes())
    for domain in PART_DOMAINS:
        part_path(tampered, domain).write_bytes(part_path(backup, domain).read_bytes())
    # A real database with its own key file, but another office's: its key file does not fit.
    other = tmp_path / "other" / "other.db"
    other_db = open_database(str(other))
    AuthService(other_db).create_first_admin(UserDraft("boss", "Other Boss", frozenset({Role.ADMIN})),
                                             ADMIN_PASSWORD)
    other_db.dispose()
    mixed = tmp_path / "mixed.db"
    mixed.write_bytes(other.read_bytes())
    keystore_path(mixed).write_bytes(keystore_path(backup).read_bytes())
    for source, fragment in [(junk, "key file"), (tampered, "did not pass its check"),
                             (mixed, "belongs to another database"), (office, "the database itself")]:
        code, err = cli(capsys, "restore-backup", "--db", str(office), "--from", str(source), "--user", "boss",
                        password=ADMIN_PASSWORD)
        assert code == 2 and fragment in err and "Traceback" not in err, (source, err)
        assert files_of(office.parent) == before, source


def test_a_manager_restores_and_the_old_file_is_kept(with_backup: tuple[Path, Path],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    office, backup = with_backup
    db = open_database(str(office), credentials=lambda: ("boss", ADMIN_PASSWORD))
    before = dump(db)
    db.dispose()
    code, err = cli(capsys, "restore-backup", "--db", str(office), "--from", str(backup), "--user", "boss",
                    password=ADMIN_PASSWORD)
    assert code == 0, err
    assert list(office.parent.glob("caseworker.db.replaced-*"))
    assert not list(office.parent.glob("*.restoring*"))
    db = open_database(str(office), credentials=lambda: ("boss", ADMIN_PASSWORD))
    try:
        assert dump(db)["clients"] == before["clients"]
    finally:
        db.dispose()


# -- every other output ----------------------------------------------------------------------
@pytest.mark.parametrize("command", [
    ["pdf", "dashboard", "--out", "{target}"],
    ["pdf", "receipts", "--year", "2026", "--out", "{target}"],
    ["ics", "--from", "2026-01-01", "--to", "2026-01-31", "--out", "{target}"],
])
@pytest.mark.parametrize("target", ["{db}", "{db}.keys", "/dev/null"])
def test_exports_never_write_over_the_database_its_key_file_or_a_device(
        office: Path, capsys: pytest.CaptureFixture[str], command: list[str], target: str) -> None:
    before = files_of(office.parent)
    out = target.format(db=office)
    args = [a.format(target=out) for a in command] + ["--db", str(office), "--user", "boss"]
    code, err = cli(capsys, *args, password=ADMIN_PASSWORD)
    assert code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert files_of(office.parent) == before
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
