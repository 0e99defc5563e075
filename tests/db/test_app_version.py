"""One version number: stamped into the database and every backup; a newer database is refused."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import text

from caseworker import __version__
from caseworker.cli.main import main
from caseworker.db.app_version import APP_VERSION_KEY, record_app_version, stored_app_version
from caseworker.db.backup import backup_sqlite, connect_file
from caseworker.db.check import check_database
from caseworker.db.database import Database
from caseworker.db.location import DatabaseLocation
from caseworker.db.migrate import SCHEMA_HEAD, ensure_schema, schema_state, upgrade
from caseworker.db.open import open_database
from caseworker.domain.errors import StorageError
from caseworker.domain.versions import NewerDatabase, is_newer, parse_version

ROOT = Path(__file__).resolve().parents[2]


def _stamp(db: Database, version: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE org_settings SET value = :v WHERE key = :k"),
                     {"v": json.dumps(version), "k": APP_VERSION_KEY})


def _stored(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return stored_app_version(conn)


def test_the_version_lives_in_one_place_and_is_a_plain_triple() -> None:
    assert parse_version(__version__)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"], "the version is read from caseworker.__version__"
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "caseworker.__version__"}


def test_versions_compare_as_numbers_and_an_unreadable_stamp_counts_as_newer() -> None:
    assert is_newer("0.10.0", "0.9.9")
    assert not is_newer("0.9.9", "0.10.0")
    assert not is_newer("1.2.3", "1.2.3")
    assert is_newer("2.0.0-beta", "1.0.0")
    with pytest.raises(ValueError):
        parse_version("1.2")


def test_version_flag_prints_the_one_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"caseworker {__version__}"


def test_a_migrated_database_carries_this_apps_version(empty_db: Database) -> None:
    assert _stored(empty_db) is None
    ensure_schema(empty_db)
    assert _stored(empty_db) == __version__


def test_an_older_stamp_is_raised_to_this_version(empty_db: Database) -> None:
    ensure_schema(empty_db)
    _stamp(empty_db, "0.0.1")
    assert ensure_schema(empty_db) is None
    assert _stored(empty_db) == __version__
    with empty_db.engine.connect() as conn:
        rows = conn.execute(text("SELECT count(*) FROM org_settings WHERE key = :k"), {"k": APP_VERSION_KEY})
        assert rows.scalar_one() == 1


def test_a_database_from_a_newer_app_is_refused_naming_both_versions(empty_db: Database) -> None:
    ensure_schema(empty_db)
    _stamp(empty_db, "99.1.0")
    with pytest.raises(NewerDatabase) as info:
        ensure_schema(empty_db)
    message = info.value.text()
    assert "99.1.0" in message and __version__ in message
    assert _stored(empty_db) == "99.1.0", "the refusal changed nothing"
    with pytest.raises(NewerDatabase):
        record_app_version(empty_db)


def test_the_newer_app_is_refused_before_any_migration(empty_db: Database) -> None:
    upgrade(empty_db, "0001")
    _insert_stamp(empty_db, "99.0.0")
    with pytest.raises(NewerDatabase):
        ensure_schema(empty_db)
    assert schema_state(empty_db).current == "0001", "nothing was migrated"


def _insert_stamp(db: Database, version: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO org_settings (key, value, created_at, updated_at, version) "
                          "VALUES (:k, :v, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"),
                     {"k": APP_VERSION_KEY, "v": json.dumps(version)})


def test_a_schema_newer_than_the_app_names_the_running_version(empty_db: Database) -> None:
    ensure_schema(empty_db)
    with empty_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999zz'"))
        conn.execute(text("DELETE FROM org_settings"))
    with pytest.raises(StorageError) as info:
        ensure_schema(empty_db)
    assert "9999zz" in info.value.text() and __version__ in info.value.text()


def test_opening_a_newer_file_gives_one_clear_line_on_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "office.db"
    open_database(str(path), encrypt_new=False).dispose()
    db = Database(DatabaseLocation.parse(str(path)))
    _stamp(db, "42.0.0")
    db.dispose()
    assert main(["user", "list", "--db", str(path), "--user", "x"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Caseworker 42.0.0" in err and f"Caseworker {__version__}" in err
    assert main(["check", "--db", str(path)]) == 1
    assert "newer than this Caseworker" in capsys.readouterr().out


def test_every_backup_carries_the_version_that_can_read_it(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    db = open_database(str(path), migrate=False)
    try:
        ensure_schema(db)
        with db.engine.begin() as conn:  # a database never stamped: the backup stamps it first
            conn.execute(text("DELETE FROM org_settings"))
        copy = backup_sqlite(db, tmp_path / "copy.db")
    finally:
        db.dispose()
    backup = Database(DatabaseLocation.parse(str(copy)), key=db.key)
    try:
        with backup.engine.connect() as conn:
            assert stored_app_version(conn) == __version__
        assert f"last used by Caseworker {__version__}" in check_database(backup).notes
    finally:
        backup.dispose()


def test_a_migration_takes_a_checked_backup_that_the_old_app_can_still_open(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    db = Database(DatabaseLocation.parse(str(path)))
    try:
        upgrade(db, "0001")
        _insert_stamp(db, "0.0.9")
        backup = ensure_schema(db, backup_dir=tmp_path / "backups")
        assert _stored(db) == __version__
    finally:
        db.dispose()
    assert backup is not None and re.search(rf"-before-{SCHEMA_HEAD}-", backup.name)
    conn = connect_file(backup, None)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        stamps = dict(conn.execute("SELECT key, value FROM org_settings").fetchall())
        assert json.loads(stamps[APP_VERSION_KEY]) == "0.0.9", "the backup still opens in the old app"
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()
