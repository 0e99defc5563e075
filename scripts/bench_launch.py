"""Benchmark: launch to main window shown, and generating the large demo database.

    .venv/bin/python scripts/bench_launch.py [--db PATH] [--runs 5] [--skip-demo]

Without --db it first generates the large demo database (timing it, with the peak memory of the
generator), then starts the window on it several times in fresh processes and reports the median
time from process start to the main window being shown (signed in as demo/demo, the same path a
user takes, dialogs aside). Figures are printed; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LAUNCH = r"""
import os, sys, time
start = float(sys.argv[2])
from caseworker.db.open import open_database
from caseworker.services.accounts import AuthService
from caseworker.services.container import Services
from caseworker.settings import Settings
db = open_database(sys.argv[1], credentials=lambda: ("demo", "demo"))
actor = AuthService(db).sign_in("demo", "demo")
from caseworker.ui.application import build_main_window, make_app
app = make_app()
window = build_main_window(Services(db, actor), Settings())
window.show()
app.processEvents()
shown = time.time()
modules = sorted(m for m in ("alembic", "reportlab") if m in sys.modules)
window.close()
db.dispose()  # a clean close, so the next run is not treated as a start after a crash
print(f"{shown - start:.3f} {','.join(modules) or '-'}")
"""


def generate(path: Path) -> None:
    before = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "caseworker", "demo", "--db", str(path), "--scale", "large",
                             "--force"], capture_output=True, text=True)
    elapsed = time.perf_counter() - before
    if result.returncode != 0:
        sys.exit(f"demo generation failed:\n{result.stderr}")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size_mb = path.stat().st_size / 1e6
    print(f"large demo database: {elapsed:.1f} s, generator peak memory {peak_mb:.0f} MB, file {size_mb:.0f} MB")


def launch(path: Path, runs: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "CASEWORKER_PASSWORD": "demo"}
    times, loaded = [], set()
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", LAUNCH, str(path), repr(time.time())],
                             capture_output=True, text=True, env=env)
        if out.returncode != 0:
            sys.exit(f"launch failed:\n{out.stderr}")
        seconds, modules = out.stdout.split()[-2:]
        times.append(float(seconds))
        loaded.update(m for m in modules.split(",") if m != "-")
    print(f"launch to main window shown: median {statistics.median(times):.3f} s over {runs} runs "
          f"(min {min(times):.3f}, max {max(times):.3f}); loaded at start: {', '.join(sorted(loaded)) or 'neither alembic nor reportlab'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = args.db
    if path is None:
        path = Path(tempfile.mkdtemp()) / "large-demo.db"
        generate(path)
    launch(path, args.runs)


if __name__ == "__main__":
    main()
