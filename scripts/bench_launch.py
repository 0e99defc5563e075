"""Benchmark: launch to main window shown, and generating the large demo database.

    .venv/bin/python scripts/bench_launch.py [--db PATH] [--runs 5] [--typing 0 2]

Without --db it first generates the large demo database (timing it, with the peak memory of the
generator). Then it starts the window on it several times, each in a fresh process through the
same code a user's start runs: the sign-in dialog appears, a stand-in user types demo/demo for a
given time (0 s: at once; 2 s: a person) and presses Sign in. It reports the median time from
process start to the sign-in dialog, from Sign in to the main window shown, and from start to the
main window, and whether Alembic or ReportLab were loaded. Figures are printed; nothing is asserted.
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
import sys, time
start, typing = float(sys.argv[2]), float(sys.argv[3])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from caseworker.settings import Settings
from caseworker.ui.application import make_app, run

marks = {}

class Watcher(QObject):
    # Watches the real start: the sign-in dialog, a user who types for a while, the main window.
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            name = type(obj).__name__
            if name == "SignInDialog" and "dialog" not in marks:
                marks["dialog"] = time.time()
                QTimer.singleShot(int(typing * 1000), lambda: self.sign_in(obj))
            elif name == "MainWindow":
                marks["window"] = time.time()
                QTimer.singleShot(0, obj.close)
        return False

    def sign_in(self, dialog):
        dialog.username.setText("demo")
        dialog.password.setText("demo")
        marks["submit"] = time.time()
        dialog.buttons.accepted.emit()

app = make_app()
watcher = Watcher()
app.installEventFilter(watcher)
run(Settings().with_changes(database=sys.argv[1]))
modules = sorted(m for m in ("alembic", "reportlab") if m in sys.modules)
print(marks["dialog"] - start, marks["window"] - marks["submit"], marks["window"] - start,
      ",".join(modules) or "-")
"""


def _user_env() -> dict[str, str]:
    """Python's byte-code cache on, as on a user's machine (some build machines turn it off)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def generate(path: Path) -> None:
    before = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "caseworker", "demo", "--db", str(path), "--scale", "large",
                             "--force"], capture_output=True, text=True, env=_user_env())
    elapsed = time.perf_counter() - before
    if result.returncode != 0:
        sys.exit(f"demo generation failed:\n{result.stderr}")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size_mb = path.stat().st_size / 1e6
    print(f"large demo database: {elapsed:.1f} s, generator peak memory {peak_mb:.0f} MB, file {size_mb:.0f} MB")


def launch(path: Path, runs: int, typing: float) -> None:
    env = _user_env()
    env.update(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=tempfile.mkdtemp(), XDG_DATA_HOME=tempfile.mkdtemp())
    subprocess.run([sys.executable, "-c", "import caseworker.ui.application, caseworker.services.preload"],
                   env=env, check=True)  # the first start after installing writes the byte-code cache
    rows, loaded = [], set()
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", LAUNCH, str(path), repr(time.time()), str(typing)],
                             capture_output=True, text=True, env=env)
        if out.returncode != 0:
            sys.exit(f"launch failed:\n{out.stderr}")
        *figures, modules = out.stdout.split()[-4:]
        rows.append([float(f) for f in figures])
        loaded.update(m for m in modules.split(",") if m != "-")
    dialog, window, total = (statistics.median(column) for column in zip(*rows))
    print(f"typing for {typing:.1f} s, median of {runs} starts: start to sign-in dialog {dialog:.3f} s; "
          f"Sign in to main window shown {window:.3f} s; start to main window {total:.3f} s")
    print(f"  loaded at start: {', '.join(sorted(loaded)) or 'neither alembic nor reportlab'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--typing", type=float, nargs="*", default=[0.0, 2.0],
                        help="seconds the user takes to type the password (default: 0 and 2)")
    args = parser.parse_args()
    path = args.db
    if path is None:
        path = Path(tempfile.mkdtemp()) / "large-demo.db"
        generate(path)
    for typing in args.typing:
        launch(path, args.runs, typing)


if __name__ == "__main__":
    main()
