"""Take the README's screenshots from the real window on the demo database.

Run under a virtual screen of a common office laptop's size, e.g.:

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb python scripts/screenshots.py

Each picture is the whole window at 1366×768, taken after the section's data has arrived. With
``QT_SCALE_FACTOR=1.25`` (and ``--out`` elsewhere) it shows the same screen at 125% scaling.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's code, not another installed copy
WIDTH, HEIGHT = 1366, 768


def settle(app, seconds: float = 1.5) -> None:
    """Let the worker thread answer and the window draw what it brought."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--country", default="GB", choices=["GB", "CA", "US"])
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="caseworker-shots-"))
    # This computer's settings and window places stay out of the user's own folders.
    os.environ["CASEWORKER_CONFIG_DIR"] = str(work / "config")
    os.environ["CASEWORKER_DATA_DIR"] = str(work / "data")
    path = work / "demo.db"
    subprocess.run([sys.executable, "-m", "caseworker", "demo", "--db", str(path), "--plain",
                    "--country", args.country], check=True, cwd=ROOT)

    from caseworker.db.database import Database
    from caseworker.db.location import DatabaseLocation
    from caseworker.services.accounts import AuthService
    from caseworker.services.container import Services
    from caseworker.services.demo import DEMO_PASSWORD
    from caseworker.settings import Settings
    from caseworker.ui.application import build_main_window, make_app

    app = make_app()
    db = Database(DatabaseLocation.parse(str(path)))
    args.out.mkdir(parents=True, exist_ok=True)

    def window_for(username: str):
        services = Services(db, AuthService(db).sign_in(username, DEMO_PASSWORD))
        window = build_main_window(services, Settings(database=str(path)))
        window.show()
        # The whole screen (1366×768 under the Xvfb line above; less with QT_SCALE_FACTOR, which
        # shrinks the screen in the window's own pixels).
        area = app.primaryScreen().availableGeometry()
        window.setGeometry(0, 0, min(WIDTH, area.width()), min(HEIGHT, area.height()))
        settle(app)
        return window

    def shoot(window, title: str, name: str, prepare=None) -> None:
        window.section_actions[window.section_titles().index(title)].trigger()
        settle(app)
        section = window.current_section()
        if prepare is not None:
            prepare(section)
            settle(app)
        picture = window.grab()
        picture.save(str(args.out / name))
        print(f"{name}: {picture.width()}×{picture.height()}")

    def first_row(section) -> None:
        section.list.table.selectRow(0)

    def users(section) -> None:
        section.show_page("users")

    sam = window_for("sam")
    shoot(sam, "My work", "my-work.png")
    shoot(sam, "Cases", "cases.png", first_row)
    shoot(sam, "Clients", "clients.png", first_row)
    sam.close()
    demo = window_for("demo")
    shoot(demo, "Aid", "aid.png", first_row)
    shoot(demo, "Donors", "donors.png", first_row)
    shoot(demo, "Insight", "insight.png")
    shoot(demo, "Settings", "main-window.png", users)
    demo.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
