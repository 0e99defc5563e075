"""Backups from the window: the list with each file's size and check, one now, on a schedule, restore.

Built on :mod:`caseworker.db.backup` (SQLite's online backup API, a check before the copy takes
its name, the key store copied beside an encrypted backup). Scheduled backups are taken when one
is due (a day after the last) and rotated by :mod:`caseworker.domain.backups`; backups taken by
hand or before an upgrade are kept until someone deletes them. Restoring puts a backup in place of
the database after keeping the current file aside, and is for managers and administrators.
PostgreSQL is backed up with the server's own tools; :attr:`BackupService.supported` says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from caseworker.db.backup import (
    backup_beside,
    backups_folder,
    check_files,
    list_backups,
    restore_backup,
)
from caseworker.db.keystore import keystore_path
from caseworker.db.layout import PART_DOMAINS, part_paths
from caseworker.domain.backups import Rotation, due, kept
from caseworker.domain.errors import NotPermitted, StorageError, ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.permissions import Action, Role
from caseworker.domain.records import Changes
from caseworker.services import audit
from caseworker.services.base import Service

SCHEDULED = "daily"
_STAMP = re.compile(r"-(\d{8}T\d{6})(\d*)Z\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    name: str
    size: int
    taken_at: datetime
    #: daily (scheduled), manual, or why it was taken (before an upgrade, before a restore, ...).
    reason: str
    #: "ok", or what the check found.
    check: str

    @property
    def ok(self) -> bool:
        return self.check == "ok"


class BackupService(Service):
    @property
    def supported(self) -> bool:
        """Backups are taken here only for a database file (SQLite)."""
        return self.db.location.is_sqlite and self.db.location.path is not None

    def _path(self) -> Path:
        if not self.supported:
            raise StorageError(N_("Back up a PostgreSQL database with the server's own tools, for example pg_dump."))
        assert self.db.location.path is not None
        return self.db.location.path

    def backups(self, *, check: bool = True) -> list[BackupInfo]:
        """Every backup of this database, newest first, each checked (quick_check, and the page
        authentication of an encrypted file) unless *check* is False."""
        self.require(Action.BACKUP_DATABASE)
        path = self._path()
        return [self._info(p, check) for p in list_backups(path)]

    def make_now(self, reason: str = "manual") -> tuple[BackupInfo, Changes]:
        """A checked copy beside the file, written in the audit log; no record a screen shows changes."""
        self.require(Action.BACKUP_DATABASE)
        path = self._path()
        target = backup_beside(self.db, reason)
        with self.db.transaction("Back up the database") as s:
            audit.record(s, self.actor, kind="backup", record_type="database", record_id=None,
                         changes={"file": [None, target.name]})
        del path
        return self._info(target, True), Changes()

    def run_schedule(self, now: datetime | None = None, rotation: Rotation = Rotation()) -> BackupInfo | None:
        """Take the scheduled backup if one is due, then rotate the scheduled ones; None if not due.

        Anyone signed in may trigger it (the window does, on a timer): it only ever adds a checked
        copy and removes scheduled copies the rotation no longer keeps.
        """
        if not self.supported:
            return None
        keys = self.db.keys
        if keys is not None and keys.split and not all(d in keys.domains for d in PART_DOMAINS):
            # A copy needs every file read: the next manager or administrator to sign in takes it.
            return None
        path = self._path()
        now = now or datetime.now(UTC)
        scheduled = [(p, _taken_at(p)) for p in list_backups(path) if f"-{SCHEDULED}-" in p.name]
        last = max((t for _, t in scheduled), default=None)
        if not due(last, now):
            return None
        made = backup_beside(self.db, SCHEDULED)
        scheduled.append((made, _taken_at(made)))
        keep = kept([t for _, t in scheduled], rotation)
        for p, t in scheduled:
            if t not in keep and p != made:
                p.unlink(missing_ok=True)
                keystore_path(p).unlink(missing_ok=True)
                for part in part_paths(p).values():
                    part.unlink(missing_ok=True)
        return self._info(made, True)

    def restore(self, backup: Path | str, *, confirmed: bool) -> tuple[Path, Changes]:
        """Put *backup* in place of the database (the current file is kept aside, renamed, and its
        key store with it); returns where the current file went. Managers only, after confirming.

        The whole file is replaced, not records one by one, so no change notice could name what a
        screen shows: the window asks for a restart instead, and the Changes are empty."""
        self.require(Action.BACKUP_DATABASE)
        if Role.MANAGER not in self.actor.roles and Role.ADMIN not in self.actor.roles:
            raise NotPermitted(N_("You are not permitted to {action}."), action="restore a backup")
        if not confirmed:
            raise ValidationError("confirmed", N_("Confirm the restore: the database goes back to the backup's time."))
        path = self._path()
        backup = Path(backup)
        if backup not in list_backups(path):
            raise ValidationError("backup", N_("{name} is not one of this database's backups."), name=backup.name)
        info = self._info(backup, True)
        if not info.ok:
            raise StorageError(N_("The backup {name} did not pass its check: {problem}. Nothing was restored."),
                               name=backup.name, problem=info.check)
        with self.db.transaction("Restore a backup") as s:
            audit.record(s, self.actor, kind="restore", record_type="database", record_id=None,
                         changes={"file": [None, backup.name]})
        # Every pooled connection goes before the file is swapped; the next one opens the backup
        # (an encrypted backup has the same key, and its key store comes with it).
        self.db.engine.dispose()
        return restore_backup(backup, path, key=self.db.keys), Changes()

    def _info(self, p: Path, check: bool) -> BackupInfo:
        reason = _reason(p, self._path().stem)
        size = p.stat().st_size + sum(part.stat().st_size for part in part_paths(p).values() if part.exists())
        return BackupInfo(p, p.name, size, _taken_at(p), reason,
                          self._check(p) if check else N_("not checked"))

    def _check(self, p: Path) -> str:
        keys = self.db.keys
        if keys is not None and not keystore_path(p).exists():
            return N_("its key file is missing")
        try:
            problems = check_files(p, keys)
        except Exception as exc:  # noqa: BLE001 - any failure to open is the check's finding
            return str(exc)
        return "ok" if not problems else "; ".join(problems[:3])


def _taken_at(p: Path) -> datetime:
    match = _STAMP.search(p.name)
    if match:
        base = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        micro = match.group(2)
        return base.replace(microsecond=int(micro[:6].ljust(6, "0"))) if micro else base
    return datetime.fromtimestamp(p.stat().st_mtime, UTC)


def _reason(p: Path, stem: str) -> str:
    rest = p.name[len(stem) + 1:] if p.name.startswith(stem + "-") else p.name
    match = _STAMP.search("-" + rest)
    return ("-" + rest)[1:match.start()] if match else ""


__all__ = ["BackupInfo", "BackupService", "backups_folder"]
