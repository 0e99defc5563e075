"""Benchmark: cold start of the installed bundle against a start from the source, measured alike.

    .venv/bin/python scripts/bench_bundle_start.py --db LARGE_DEMO.db [--runs 5] \
        --program source "python -m caseworker" --program bundle dist/caseworker/caseworker

A bundle cannot run bench_launch.py's in-process probe, so both are timed from outside, the way a
person sees them: each program is started on a private X server (Xvfb, the real xcb platform, no
window manager), the sign-in dialog is noticed when its window is mapped (xdotool, polled every 5
ms), demo/demo is typed and Enter pressed, and the main window is noticed the same way; then Ctrl+Q
quits it cleanly (so the next start is not treated as one after a crash). The programs take turns,
run by run. Each program gets one warm-up start first (a fresh install writes its byte-code cache or
unpacks nothing: either way, what is timed is a user's second and later starts, as in
bench_launch.py). Medians are printed. Needs Xvfb and xdotool (Debian: apt-get install xvfb
xdotool). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POLL_S = 0.005


def _find(title_regex: str, env: dict[str, str], timeout: float = 120.0) -> tuple[str, float]:
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title_regex],
                               capture_output=True, text=True, env=env)
        ids = found.stdout.split()
        if ids:
            return ids[0], time.time()
        time.sleep(POLL_S)
    raise TimeoutError(f"no window titled {title_regex!r} within {timeout:.0f} s")


def _wait_for_display(env: dict[str, str], timeout: float = 60.0) -> None:
    # A loaded machine can take seconds to bring Xvfb up; Qt gives up at once if it is not there.
    deadline = time.time() + timeout
    while subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True, env=env).returncode != 0:
        if time.time() > deadline:
            raise TimeoutError(f"the X server on {env['DISPLAY']} did not start")
        time.sleep(0.1)


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    """A private X server on a display number no one else on this machine is using."""
    for number in random.sample(range(200, 900), 20):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        read_end, write_end = os.pipe()
        # With -displayfd, Xvfb writes the display number to the pipe once it accepts clients.
        xvfb = subprocess.Popen(["Xvfb", f":{number}", "-displayfd", str(write_end), "-screen", "0",
                                 "1600x1000x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as ready:
            answer = ready.readline().strip()
        if answer == str(number) and xvfb.poll() is None:
            return xvfb, f":{number}"
        xvfb.kill()
        xvfb.wait()
    raise RuntimeError("no free display for Xvfb")


def _xdo(env: dict[str, str], *args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, env=env)


def one_start(argv: list[str], db: Path, env: dict[str, str]) -> tuple[float, float, float]:
    home = Path(tempfile.mkdtemp(prefix="caseworker-bench-home-"))
    run_env = {**env, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_DATA_HOME": str(home / "data")}
    started = time.time()
    process = subprocess.Popen([*argv, "--db", str(db)], env=run_env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        dialog, dialog_at = _find("^Sign in to Caseworker$", env)
        _xdo(env, "windowfocus", "--sync", dialog)
        _xdo(env, "type", "--delay", "0", "--window", dialog, "demo")
        _xdo(env, "key", "--window", dialog, "Tab")
        _xdo(env, "type", "--delay", "0", "--window", dialog, "demo")
        submitted = time.time()
        _xdo(env, "key", "--window", dialog, "Return")
        window, window_at = _find("^Caseworker — ", env)
        _xdo(env, "windowfocus", "--sync", window)
        _xdo(env, "key", "--window", window, "ctrl+q")
        process.wait(timeout=60)
    except BaseException:
        process.kill()
        print(process.stderr.read() if process.stderr else "", file=sys.stderr)
        raise
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return dialog_at - started, window_at - submitted, window_at - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="a demo database (demo/demo signs in)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--program", nargs=2, action="append", metavar=("LABEL", "COMMAND"), required=True)
    args = parser.parse_args()
    xvfb, display = _start_xvfb()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "QT_QPA_PLATFORM")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    try:
        _wait_for_display(env)
        programs = [(label, shlex.split(command)) for label, command in args.program]
        for _label, argv in programs:
            one_start(argv, args.db, env)  # warm-up
        rows: dict[str, list[tuple[float, float, float]]] = {label: [] for label, _ in programs}
        for _ in range(args.runs):
            # Taking turns, so a busy moment of the machine weighs on every program alike.
            for label, argv in programs:
                rows[label].append(one_start(argv, args.db, env))
        for label, _argv in programs:
            dialog, window, total = (statistics.median(column) for column in zip(*rows[label]))
            typing = statistics.median(t - d - w for d, w, t in rows[label])
            print(f"{label}: median of {args.runs} starts: start to sign-in dialog {dialog:.3f} s; "
                  f"Sign in to main window shown {window:.3f} s; start to main window {total:.3f} s "
                  f"(the stand-in typing: {typing:.3f} s)")
    finally:
        xvfb.terminate()
        xvfb.wait()


if __name__ == "__main__":
    main()
