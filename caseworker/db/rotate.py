"""Re-keying an encrypted database file: ``PRAGMA rekey`` with the key store following.

The file is rewritten page by page under the new key in one transaction (a rollback journal
holds the old pages, so a crash or a power cut leaves the file whole under one key or the other,
and the key store holds both until it is settled). SQLCipher gives no progress for it; the
journal grows by one page for each page rewritten, so watching its size tells how far it is.
It needs the file to itself, like the conversion to encryption: everyone else closes it first.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from caseworker.db.backup import connect_file
from caseworker.db.database import Database
from caseworker.db.encrypt import _take_sole_access
from caseworker.db.keystore import new_key
from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_

Progress = Callable[[int, int], object]  # (bytes done, bytes in all)


@dataclass(frozen=True)
class Rotation:
    users: int  # users whose entries now reach the new key
    without_key: list[str]  # users who need a password reset before they can sign in
    pages: int
    seconds: float


def rotate_database_key(db: Database, keep: set[str], progress: Progress | None = None) -> Rotation:
    """Re-encrypt *db* with a new random key, sealed for the users in *keep* only."""
    if db.key is None or db.keyring is None or db.location.path is None:
        raise StorageError(N_("Only an encrypted database file has a key to change."))
    path = db.location.path
    fresh = new_key()
    started = time.perf_counter()
    pages = 0

    def rekey() -> None:
        nonlocal pages
        db.engine.dispose()  # this window's own connections would hold the file open
        conn = connect_file(path, db.key)
        try:
            _take_sole_access(conn)
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
            size = pages * int(conn.execute("PRAGMA page_size").fetchone()[0])
            journal = path.with_name(path.name + "-journal")
            done = threading.Event()

            def watch() -> None:
                while not done.wait(0.2):
                    try:
                        grown = journal.stat().st_size
                    except OSError:
                        continue
                    if progress is not None:
                        progress(min(grown, size), size)

            watcher = threading.Thread(target=watch, name="rekey-progress", daemon=True)
            watcher.start()
            try:
                conn.execute(f"PRAGMA rekey = \"x'{fresh.hex()}'\"")
            finally:
                done.set()
                watcher.join()
            conn.execute("PRAGMA journal_mode = WAL")
            if progress is not None:
                progress(size, size)
        finally:
            conn.close()

    without = db.keyring.rotate(fresh, keep, rekey)
    db.replace_key(fresh)
    return Rotation(users=len(keep) - len(without), without_key=without, pages=pages,
                    seconds=time.perf_counter() - started)
