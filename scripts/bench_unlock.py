"""Figures for encryption at rest: argon2id derivation, key unwrap, and opening an encrypted file.

    python scripts/bench_unlock.py [--runs 5]

Prints medians with the production key-derivation cost (RFC 9106 low-memory argon2id), and the
cost of the same first query on a plain and an encrypted file.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from caseworker.db.keystore import KeyStore, default_params, make_wrap, new_key  # noqa: E402
from caseworker.db.open import open_database  # noqa: E402


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    params = default_params()
    key = new_key()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        derive = median_ms(lambda: params.derive("a password of some length", b"s" * 16), args.runs)
        print(f"argon2id derivation (t={params.time_cost}, m={params.memory_cost // 1024} MiB, "
              f"p={params.parallelism}): {derive:.0f} ms")
        from caseworker.services.passwords import hash_password

        print(f"password hash for sign-in (services.passwords): "
              f"{median_ms(lambda: hash_password('a password of some length'), args.runs):.0f} ms")
        store = KeyStore(folder / "x.db.keys", {"boss": [make_wrap("a password of some length", key)]}, None)
        store.save()
        unwrap = median_ms(lambda: KeyStore.load(store.path).unlock("boss", "a password of some length"),
                           args.runs)
        print(f"key store load + unwrap: {unwrap:.0f} ms")

        for label, encrypt in (("plain", False), ("encrypted", True)):
            path = folder / f"{label}.db"
            db = open_database(str(path), encrypt_new=encrypt)
            file_key = db.key
            db.dispose()
            if encrypt:
                path.with_name(path.name + ".keys").unlink()  # the bench opens with the raw key

            def open_and_query(path: Path = path, file_key: bytes | None = file_key, encrypt: bool = encrypt) -> None:
                opened = open_database(str(path), key=file_key, migrate=True, encrypt_new=encrypt)
                with opened.read() as s:
                    s.connection().exec_driver_sql("SELECT count(*) FROM users").scalar()
                opened.dispose()

            print(f"open ({label}, schema check, first query): {median_ms(open_and_query, args.runs):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
