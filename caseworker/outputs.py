"""Files the app writes for people to take away: checked first, written beside, renamed into place.

Every output (a PDF, a ZIP, an ``.ics`` file, a backup) goes through :func:`check_output` and
:func:`atomic_output`:

* it may not be an open database, its WAL, its key file or any other companion file — an export
  written over the key file would lock everyone out for good;
* it may not be a folder, a device node, a pipe or a socket (``os.replace`` over ``/dev/full`` run
  as root swaps the device for a document);
* it is written to a temporary file in the same folder, flushed to disk and renamed over the target
  only when complete, so a full disk or a crash leaves either the old file or the new one;
* a failure of the file system says its cause in words: the disk is full, the folder cannot be
  written to, the folder does not exist.

Kept free of SQLAlchemy and Qt: the reports, the command line and the storage code all use it.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_

# What SQLite, SQLCipher and the app keep beside a database file.
COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal", ".keys", ".keys.lock", ".open")

_lock = threading.Lock()
_protected: dict[Path, int] = {}


class UnsafeOutput(StorageError):
    """An output path that must not be written (a database, a folder, a device)."""


def companions(database: Path) -> list[Path]:
    """The database file and every file kept beside it."""
    return [database.with_name(database.name + suffix) for suffix in COMPANION_SUFFIXES]


def _key(path: Path) -> Path:
    return Path(os.path.realpath(os.path.abspath(os.path.expanduser(path))))


def protect_database(database: Path) -> None:
    """No output may be written over *database* or its companions while it is open."""
    with _lock:
        for path in companions(_key(database)):
            _protected[path] = _protected.get(path, 0) + 1


def release_database(database: Path) -> None:
    with _lock:
        for path in companions(_key(database)):
            count = _protected.get(path, 0) - 1
            if count > 0:
                _protected[path] = count
            else:
                _protected.pop(path, None)


def is_protected(path: Path, extra: Iterable[Path] = ()) -> bool:
    target = _key(path)
    with _lock:
        if target in _protected:
            return True
    return any(target in {_key(c) for c in companions(Path(d))} for d in extra)


def check_output(path: str | os.PathLike[str], *, databases: Iterable[Path] = ()) -> Path:
    """*path* as an absolute path if an output may be written there; :class:`UnsafeOutput` if not.

    *databases* adds database files (with their companions) to the ones open in this process.
    """
    raw = os.fspath(path)
    if not raw.strip():
        raise UnsafeOutput(N_("No output file was named."))
    if "\x00" in raw:
        raise UnsafeOutput(N_("The output file name contains a NUL character."))
    target = Path(os.path.abspath(os.path.expanduser(raw)))
    if is_protected(target, databases):
        raise UnsafeOutput(N_("{path} is the database or one of the files kept beside it "
                              "(its key file, journal or lock); choose another name."), path=str(target))
    try:
        info = os.stat(target)  # follows a link: what would be replaced is what it points at
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise os_error_message(exc, target) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise UnsafeOutput(N_("{path} is a folder; name the file to write inside it."), path=str(target))
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeOutput(N_("{path} is a device or special file, not a file to write; "
                                  "choose another name."), path=str(target))
    folder = target.parent
    if not folder.is_dir():
        raise UnsafeOutput(N_("The folder {folder} does not exist."), folder=str(folder))
    return target


@contextmanager
def atomic_output(path: str | os.PathLike[str], *, databases: Iterable[Path] = ()) -> Iterator[Path]:
    """A temporary file beside *path*, renamed over it only if the block succeeds.

    The block writes the temporary file (by name); it is flushed to disk before the rename, and
    removed if anything fails, so no partial file is ever left behind.
    """
    target = check_output(path, databases=databases)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise os_error_message(exc, target) from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        fsync_file(tmp)
        check_output(target, databases=databases)  # nothing swapped in meanwhile
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise os_error_message(exc, target) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def write_bytes(path: str | os.PathLike[str], data: bytes, *, databases: Iterable[Path] = ()) -> Path:
    """Write *data* to *path* the safe way; returns the path written."""
    with atomic_output(path, databases=databases) as tmp:
        tmp.write_bytes(data)
    return Path(os.path.abspath(os.path.expanduser(os.fspath(path))))


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in *folder* durable (where the platform allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; its rename is durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def os_error_message(exc: OSError, target: Path) -> StorageError:
    """The file system's refusal in words a user can act on, told apart by cause."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(N_("The disk is full: {path} was not written. Free some space and try again."),
                            path=str(target))
    if exc.errno in (errno.EROFS,):
        return StorageError(N_("The folder {folder} is on a read-only disk: {path} was not written."),
                            folder=str(target.parent), path=str(target))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return StorageError(N_("The folder {folder} cannot be written to (no permission): {path} was "
                               "not written."), folder=str(target.parent), path=str(target))
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return StorageError(N_("The folder {folder} does not exist."), folder=str(target.parent))
    if exc.errno == errno.EISDIR:
        return UnsafeOutput(N_("{path} is a folder; name the file to write inside it."), path=str(target))
    return StorageError(N_("{path} could not be written: {detail}"), path=str(target),
                        detail=exc.strerror or str(exc))
