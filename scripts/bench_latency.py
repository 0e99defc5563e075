"""Benchmark: the window's worst GUI-thread stall over a slow link to the database server.

    .venv/bin/python scripts/bench_latency.py --url postgresql+psycopg://USER@HOST:PORT/DB \
        [--delay-ms 25] [--user demo] [--password demo] [--rows 3]

A loopback TCP proxy sits between the app and the server and holds every chunk of traffic for
``--delay-ms`` in each direction, so each round trip gains twice that (the default adds 50 ms, an
office reaching its server over a slow VPN). The real main window (real worker thread, no
test shortcuts) then goes through every section the user may see, waits for each list to load,
selects its first rows one after another and waits for their detail; meanwhile a 5 ms timer on
the GUI thread records how late it fires. The worst lateness is the longest the window could not
repaint or take a key press. Figures are printed per step; nothing is asserted.

Run it under Xvfb (``xvfb-run -a``) or with ``QT_QPA_PLATFORM=offscreen``.
"""

from __future__ import annotations

import argparse
import heapq
import itertools
import os
import socket
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


class DelayingProxy:
    """Forwards loopback connections to *target*, holding each chunk for *delay* seconds."""

    def __init__(self, target: tuple[str, int], delay: float) -> None:
        self.target, self.delay = target, delay
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            client, _ = self.listener.accept()
            server = socket.create_connection(self.target)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for src, dst in ((client, server), (server, client)):
                self._pipe(src, dst)

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:
        # A reader stamps each chunk with the instant it may leave; a sender keeps their order
        # and sleeps until then, so latency is added without throttling the stream.
        pending: list[tuple[float, int, bytes]] = []
        ready = threading.Condition()
        order = itertools.count()

        def read() -> None:
            while True:
                try:
                    data = src.recv(65536)
                except OSError:
                    data = b""
                with ready:
                    heapq.heappush(pending, (time.monotonic() + self.delay, next(order), data))
                    ready.notify()
                if not data:
                    return

        def send() -> None:
            while True:
                with ready:
                    while not pending:
                        ready.wait()
                    due, _, data = pending[0]
                    wait = due - time.monotonic()
                    if wait > 0:
                        ready.wait(wait)
                        continue
                    heapq.heappop(pending)
                if not data:
                    try:
                        dst.shutdown(socket.SHUT_WR)
                    except OSError:
                        pass
                    return
                try:
                    dst.sendall(data)
                except OSError:
                    return

        threading.Thread(target=read, daemon=True).start()
        threading.Thread(target=send, daemon=True).start()


def through(url: str, port: int) -> str:
    parts = urlsplit(url)
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = f"{userinfo}@127.0.0.1:{port}" if userinfo else f"127.0.0.1:{port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True, help="the PostgreSQL server holding a demo database")
    parser.add_argument("--delay-ms", type=float, default=25.0, help="added in each direction (default 25)")
    parser.add_argument("--user", default="demo")
    parser.add_argument("--password", default="demo")
    parser.add_argument("--rows", type=int, default=3, help="rows selected in each list")
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from caseworker.db.location import DatabaseLocation
    from caseworker.db.open import open_database
    from caseworker.services.accounts import AuthService
    from caseworker.services.container import Services
    from caseworker.settings import Settings
    from caseworker.ui.application import build_main_window
    from caseworker.ui.runner import Runner

    target = urlsplit(args.url)
    proxy = DelayingProxy((target.hostname or "127.0.0.1", target.port or 5432), args.delay_ms / 1000)
    url = through(args.url, proxy.port)

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    db = open_database(DatabaseLocation.parse(url), credentials=lambda: (args.user, args.password))
    services = Services(db, AuthService(db).sign_in(args.user, args.password))
    print(f"signed in over the slow link in {time.perf_counter() - started:.1f} s "
          f"(+{2 * args.delay_ms:.0f} ms per round trip)")

    # Any statement run on the GUI thread is a stall waiting to happen on a slow link: count them,
    # and show where the first few came from.
    from sqlalchemy import event

    gui_thread = threading.current_thread()
    step = ["building the window"]
    on_gui: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _watch(_conn, _cursor, statement, *_args) -> None:
        if threading.current_thread() is gui_thread:
            import traceback

            where = [f"{f.filename}:{f.lineno} {f.name}" for f in traceback.extract_stack()
                     if "/caseworker/" in f.filename and "/db/" not in f.filename][-4:]
            on_gui.append(f"{step[0]}: {statement.split()[0]} … from " + " < ".join(reversed(where)))

    runner = Runner()
    window = build_main_window(services, Settings(), runner)
    window.resize(1366, 768)
    window.show()

    clock = QElapsedTimer()
    clock.start()
    stalls: dict[str, float] = {}
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        late = now - last[0] - 5
        last[0] = now
        stalls[step[0]] = max(stalls.get(step[0], 0.0), float(late))

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()

    def settle(label: str, limit: float = 60.0) -> float:
        """Run the event loop until the worker has nothing left to do; the wall time it took."""
        step[0] = label
        began = time.perf_counter()
        idle_since = None
        while time.perf_counter() - began < limit:
            app.processEvents()
            time.sleep(0.002)
            if runner.busy:
                idle_since = None
            elif idle_since is None:
                idle_since = time.perf_counter()
            elif time.perf_counter() - idle_since > 0.3:
                break
        return time.perf_counter() - began

    settle("window shown")
    timings: list[tuple[str, float]] = []
    for row in range(len(window.section_classes)):
        name = window.section_classes[row].title()
        step[0] = f"{name}: open"
        section = window.section_at(row)  # built on first showing, as a user's click builds it
        window.show_section(section)
        timings.append((step[0], settle(step[0])))
        records = getattr(section, "list", None)
        view = getattr(records, "table", None)
        if view is None or view.model() is None:
            continue
        for index in range(min(args.rows, view.model().rowCount())):
            label = f"{name}: row {index + 1}"
            step[0] = label
            view.setCurrentIndex(view.model().index(index, 0))
            timings.append((label, settle(label)))

    timer.stop()
    window.close()
    runner.shutdown()
    db.dispose()

    width = max(len(label) for label, _ in timings)
    print(f"{'step':<{width}}  {'ready':>8}  {'worst GUI stall':>15}")
    for label, took in timings:
        print(f"{label:<{width}}  {took:7.2f}s  {stalls.get(label, 0.0):13.0f}ms")
    worst = max(stalls.items(), key=lambda item: item[1])
    print(f"worst GUI-thread stall: {worst[1]:.0f} ms ({worst[0]})")
    print(f"statements run on the GUI thread: {len(on_gui)}")
    for line in on_gui[:10]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
