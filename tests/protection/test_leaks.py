"""Nothing leaks beside the file: marker strings saved through the app appear in no file in clear."""

from __future__ import annotations

import logging
from pathlib import Path

from caseworker.db.backup import backup_beside
from caseworker.db.database import Database
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.logs import setup_logging
from caseworker.services.accounts import UserDraft
from caseworker.services.container import Services
from caseworker.services.reading import record_read
from caseworker.settings import Settings, config_dir, data_dir, save_settings

MARKERS = ["ZZMARKER-Ω-1234", "ZZORG-Ünïcödé-5678", "ZZREASON-9012", "ZZSEARCH-3456"]


def encodings(marker: str) -> list[bytes]:
    return [marker.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")] + [marker.encode("utf-8").hex().encode()]


def files_under(*folders: Path) -> list[Path]:
    return sorted({p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()})


def leaks(folders: list[Path]) -> list[str]:
    found = []
    for path in files_under(*folders):
        data = path.read_bytes()
        for marker in MARKERS:
            if any(form in data for form in encodings(marker)):
                found.append(f"{marker} in {path.name}")
    return found


def test_seeded_markers_are_nowhere_in_clear(encrypted: tuple[Database, Actor], db_path: Path) -> None:
    db, boss = encrypted
    setup_logging()
    save_settings(Settings(database=str(db_path), last_username="boss", idle_lock_minutes=5))
    services = Services(db, boss)
    user, _ = services.accounts.add_user(
        UserDraft("marked", MARKERS[0], frozenset({Role.CASEWORKER})), "marked password")
    org = services.settings.get()
    services.settings.update(org.with_changes(name=MARKERS[1], address=(MARKERS[1], "Main Street 1")))
    services.accounts.set_active(user.id, False, reason=MARKERS[2])
    assert services.search.search(MARKERS[0])  # the user is found by the marked name
    assert services.search.search(MARKERS[3]) == []
    with db.transaction("Export a person's data") as s:
        record_read(s, boss, "user", user.id, "data export")
    logging.getLogger("caseworker").warning("an event while %d users exist", 2)

    backup = backup_beside(db, "manual")
    # While the database is open its WAL holds the latest pages: scan it now, then after closing.
    assert db_path.with_name(db_path.name + "-wal").exists()
    folders = [db_path.parent, data_dir(), config_dir(), backup.parent]
    written = files_under(*folders)
    assert any(p.name.endswith("-wal") for p in written)
    assert any(p.name.endswith(".keys") for p in written) and backup in written
    assert any(p.name == "caseworker.log" for p in written) and any(p.name == "settings.toml" for p in written)
    assert leaks(folders) == []
    db.dispose()
    assert leaks(folders) == []


def test_the_scan_finds_a_marker_in_a_plain_database(tmp_path: Path) -> None:
    """The control: the same scan does see the markers when the file is not encrypted."""
    from caseworker.db.open import open_database
    from caseworker.services.accounts import AuthService

    db = open_database(str(tmp_path / "plain.db"), encrypt_new=False)
    AuthService(db).create_first_admin(UserDraft("boss", MARKERS[0], frozenset({Role.ADMIN})),
                                       "admin password")
    db.dispose()
    assert leaks([tmp_path]) == [f"{MARKERS[0]} in plain.db"]
