"""What ``synchronous = FULL`` costs against ``NORMAL``: demo generation and a batch of single saves.

    python scripts/bench_durability.py [--scale small] [--saves 300] [--folder DIR]

Each mode runs on a new encrypted database in *folder* (put it on the disk you care about: /tmp
is often memory, where fsync costs nothing).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def run(mode: str, folder: Path, scale: str, saves: int) -> tuple[float, float]:
    import caseworker.db.engine as engine
    from caseworker.db.open import open_database
    from caseworker.domain.clients import ClientDraft
    from caseworker.services.accounts import AuthService
    from caseworker.services.container import Services
    from caseworker.services.demo import DEMO_ADMIN, DEMO_PASSWORD, Scale, generate

    engine.SYNCHRONOUS = mode
    path = folder / f"bench-{mode.lower()}.db"
    for suffix in ("", "-wal", "-shm", ".keys", ".keys.lock", ".open"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    db = open_database(str(path))
    try:
        started = time.perf_counter()
        generate(db, scale=Scale(scale), seed=1)
        demo_s = time.perf_counter() - started
        actor = AuthService(db).sign_in(DEMO_ADMIN, DEMO_PASSWORD)
        services = Services(db, actor)
        started = time.perf_counter()
        for n in range(saves):  # each one transaction, as a user saving one form after another
            services.clients.create(ClientDraft(f"Bench{n}", "Durability"), confirmed=True)
        per_save_ms = (time.perf_counter() - started) / saves * 1000
    finally:
        db.dispose()
    return demo_s, per_save_ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", default="small", choices=["small", "large"])
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.folder) as tmp:
        results: dict[str, list[tuple[float, float]]] = {"NORMAL": [], "FULL": []}
        for _ in range(args.rounds):
            for mode in results:
                results[mode].append(run(mode, Path(tmp), args.scale, args.saves))
    for mode, runs in results.items():
        demo = statistics.median(r[0] for r in runs)
        save = statistics.median(r[1] for r in runs)
        print(f"synchronous={mode:<6} demo ({args.scale}) {demo:6.2f} s   one save {save:6.2f} ms "
              f"(median of {args.rounds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
