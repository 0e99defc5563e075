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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from caseworker.db.backup import connect_file
from caseworker.db.database import Database
from caseworker.db.encrypt import _take_sole_access
from caseworker.db.keystore import new_key
from caseworker.db.layout import MAIN, PART_DOMAINS, OnSchema, part_path
from caseworker.db.trust_domains import TrustDomain
from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_

Progress = Callable[[int, int], object]  # (bytes done, bytes in all)


@dataclass(frozen=True)
class Rotation:
    users: int  # users whose entries now reach the new key
    without_key: list[str]  # users who need a password reset before they can sign in
    pages: int
    seconds: float


def rotate_database_key(db: Database, keep: Mapping[str, Iterable[TrustDomain]],
                        progress: Progress | None = None, *,
                        domains: Iterable[TrustDomain] | None = None) -> Rotation:
    """Re-encrypt *db* with new random keys, sealed for the users in *keep* only.

    *keep* maps each user to the domains their roles read. The main file always gets a new key;
    of a database kept in one file per trust domain, so do the files of *domains* (all of them
    when not given).
    """
    if db.keys is None or db.keyring is None or db.location.path is None:
        raise StorageError(N_("Only an encrypted database file has a key to change."))
    path = db.location.path
    old = db.keys
    parts = [d for d in (PART_DOMAINS if domains is None else domains)
             if d in PART_DOMAINS and d in old.domains] if old.split else []
    fresh = {TrustDomain.SHARED: new_key(), **{d: new_key() for d in parts}}
    started = time.perf_counter()
    pages = 0

    def rekey() -> None:
        nonlocal pages
        db.engine.dispose()  # this window's own connections would hold the file open
        conn = connect_file(path, old.main)
        try:
            for domain in parts:
                conn.execute(f"ATTACH DATABASE ? AS {domain.value} KEY \"x'{old.domains[domain].hex()}'\"",
                             (str(part_path(path, domain)),))
            schemas = [(MAIN, path, fresh[TrustDomain.SHARED])] + [
                (d.value, part_path(path, d), fresh[d]) for d in parts]
            for schema, _, _ in schemas:
                _take_sole_access(OnSchema(conn, schema))
            sizes = {schema: int(conn.execute(f"PRAGMA {schema}.page_count").fetchone()[0])
                     * int(conn.execute(f"PRAGMA {schema}.page_size").fetchone()[0]) for schema, _, _ in schemas}
            pages = sum(int(conn.execute(f"PRAGMA {schema}.page_count").fetchone()[0]) for schema, _, _ in schemas)
            total = sum(sizes.values())
            finished = 0
            # The parts first: if the main file's re-key failed, the store keeps the parts' new keys
            # and the main file's old one, each of which opens its file.
            for schema, file, key in [*schemas[1:], schemas[0]]:
                journal = file.with_name(file.name + "-journal")
                done = threading.Event()

                def watch(journal: Path = journal, base: int = finished, size: int = sizes[schema],
                          done: threading.Event = done) -> None:
                    while not done.wait(0.2):
                        try:
                            grown = journal.stat().st_size
                        except OSError:
                            continue
                        if progress is not None:
                            progress(base + min(grown, size), total)

                watcher = threading.Thread(target=watch, name="rekey-progress", daemon=True)
                watcher.start()
                try:
                    conn.execute(f"PRAGMA {schema}.rekey = \"x'{key.hex()}'\"")
                finally:
                    done.set()
                    watcher.join()
                finished += sizes[schema]
            for schema, _, _ in schemas:
                conn.execute(f"PRAGMA {schema}.journal_mode = WAL")
            if progress is not None:
                progress(total, total)
        finally:
            conn.close()

    without = db.keyring.rotate(fresh, keep, rekey)
    db.replace_key(db.keyring.keys)
    return Rotation(users=len(keep) - len(without), without_key=without, pages=pages,
                    seconds=time.perf_counter() - started)
