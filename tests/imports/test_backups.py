"""Backups from Settings: listed with size and check, made now, on a schedule with rotation, restored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from caseworker.db.keystore import KdfParams, set_default_params
from caseworker.db.open import open_database
from caseworker.domain.backups import Rotation, kept
from caseworker.domain.donors import DonorDraft
from caseworker.domain.errors import NotPermitted, StorageError, ValidationError
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Role
from caseworker.services.accounts import AuthService, UserDraft
from caseworker.services.container import Services


@pytest.fixture(autouse=True)
def _cheap_key_derivation() -> Iterator[None]:
    previous = set_default_params(KdfParams(time_cost=1, memory_cost=8, parallelism=1))
    yield
    set_default_params(previous)


def sqlite_only(db, admin) -> Services:
    if db.dialect != "sqlite":
        pytest.skip("PostgreSQL is backed up with the server's own tools (see the test below)")
    return Services(db, admin)


def test_on_postgresql_the_page_explains_the_servers_tools(db, admin) -> None:
    services = Services(db, admin)
    if db.dialect == "sqlite":
        assert services.backups.supported
        return
    assert not services.backups.supported and services.backups.run_schedule() is None
    with pytest.raises(StorageError, match="pg_dump"):
        services.backups.make_now()


def names(services: Services) -> list[str]:
    return [r.name for r in services.donors.list_rows(services.donors.list_ids(ListQuery()))]


def test_an_encrypted_database_backed_up_checked_and_restored(tmp_path: Path) -> None:
    path = tmp_path / "office" / "caseworker.db"
    db = open_database(str(path))
    assert db.encrypted
    boss = AuthService(db).create_first_admin(UserDraft("boss", "The Boss", frozenset({Role.ADMIN, Role.MANAGER})),
                                              "admin password 1")
    services = Services(db, boss)
    services.donors.add_donor(DonorDraft(first_name="Before", last_name="Backup"))
    made, changes = services.backups.make_now()
    assert not changes  # a copy beside the file: no record a screen shows has changed
    assert made.ok and made.size > 0 and made.reason == "manual"
    assert Path(f"{made.path}.keys").exists()  # the key file travels with the backup
    services.donors.add_donor(DonorDraft(first_name="After", last_name="Backup"))
    [listed] = services.backups.backups()
    assert (listed.name, listed.check) == (made.name, "ok")

    with pytest.raises(ValidationError):
        services.backups.restore(made.path, confirmed=False)
    kept_aside, _ = services.backups.restore(made.path, confirmed=True)
    assert kept_aside.exists() and Path(f"{kept_aside}.keys").exists()
    assert names(services) == ["Before Backup"]  # the same session carries on, on the restored file
    db.dispose()


def test_a_damaged_backup_is_shown_and_refused(db, admin, tmp_path: Path) -> None:
    services = sqlite_only(db, admin)
    made, _ = services.backups.make_now()
    data = bytearray(made.path.read_bytes())
    data[4096:4096 * 10] = b"\xff" * (4096 * 9)
    made.path.write_bytes(bytes(data))
    [listed] = services.backups.backups()
    assert not listed.ok and listed.check
    with pytest.raises(StorageError, match="did not pass its check"):
        services.backups.restore(made.path, confirmed=True)


def test_only_managers_restore(db, admin, services_for) -> None:
    made, _ = sqlite_only(db, admin).backups.make_now()
    for role in (Role.FUNDRAISER, Role.CASEWORKER):
        with pytest.raises(NotPermitted):
            services_for(role).backups.restore(made.path, confirmed=True)
        with pytest.raises(NotPermitted):
            services_for(role).backups.backups()


def test_the_schedule_takes_one_when_due_and_rotates(db, admin) -> None:
    services = sqlite_only(db, admin)
    first = services.backups.run_schedule()
    assert first is not None and first.reason == "daily" and first.ok
    assert services.backups.run_schedule() is None  # not due again within a day
    later = services.backups.run_schedule(now=datetime.now(UTC) + timedelta(days=1, minutes=1))
    assert later is not None
    # Both files were really written today: the rotation keeps one a day, the newer.
    assert [b.name for b in services.backups.backups(check=False)] == [later.name]
    manual, _ = services.backups.make_now()
    services.backups.run_schedule(now=datetime.now(UTC) + timedelta(days=2, minutes=2))
    assert manual.name in [b.name for b in services.backups.backups(check=False)]  # never rotated away


def test_rotation_keeps_days_then_weeks_then_months() -> None:
    start = datetime(2026, 1, 1, 2, 0, tzinfo=UTC)
    times = [start + timedelta(days=d) for d in range(200)]
    keep = kept(times, Rotation(daily=7, weekly=4, monthly=12))
    newest = max(times)
    assert {t for t in times if newest - t < timedelta(days=7)} <= keep
    assert len(keep) < 7 + 4 + 12
    months = {(t.year, t.month) for t in keep}
    assert len(months) == 7  # January to July 2026: one per month at least
    assert start not in keep or (start.year, start.month) in months
