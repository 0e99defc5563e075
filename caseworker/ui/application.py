"""Starting the window: open (or unlock) the database, sign in, show the main window.

A plain database or a server is opened first and then signed in to. An encrypted file cannot be
read before someone signs in, so the sign-in dialog's callback unlocks it: unwrap the key with the
user name and password, open the database (checking it after an unclean shutdown, migrating if
due), then sign in as usual. A damaged file is refused with an offer to restore the newest good
backup. Once the window is up, an idle lock hides its data after the configured idle time.

Only what the sign-in dialog needs is imported before it is shown; the rest of the app is loaded
while it waits for a password (:mod:`caseworker.ui.warm_up`).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from caseworker import __version__
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.records import Actor
from caseworker.logs import setup_logging
from caseworker.services.opening import DatabaseLocation, needs_credentials
from caseworker.settings import Settings, load_settings, save_settings
from caseworker.ui.aside import run_aside
from caseworker.ui.dialogs.sign_in import IMPORT_AFTER, OPEN_DEMO, FirstAdminDialog, SignInDialog
from caseworker.ui.i18n import error_text, tr
from caseworker.ui.translations import apply_language
from caseworker.ui.warm_up import WarmUp

if TYPE_CHECKING:
    from caseworker.services.accounts import AuthService
    from caseworker.services.container import Services
    from caseworker.services.opening import DamagedDatabase, Database
    from caseworker.ui.idle_lock import IdleLock
    from caseworker.ui.main_window import MainWindow
    from caseworker.ui.runner import Runner

log = logging.getLogger(__name__)

APP_ID = "org.caseworker.Caseworker"
APP_ICON = Path(__file__).resolve().parents[2] / "resources" / "app" / "caseworker.svg"


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    QCoreApplication.setApplicationName("Caseworker")
    QCoreApplication.setOrganizationName("Caseworker")
    QCoreApplication.setApplicationVersion(__version__)
    # Ties the window to the installed menu entry (packaging/linux), whose icon the desktop shows.
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(APP_ICON)))
    return app  # type: ignore[return-value]


class DatabaseOpening:
    """This window's database: opened at start when it can be read, else by the first sign-in."""

    def __init__(self, location: DatabaseLocation) -> None:
        self.location = location
        self.db: Database | None = None

    def switch_to(self, location: DatabaseLocation) -> None:
        """Use *location* from now on (a demo), closing the database opened so far."""
        if self.db is not None:
            self.db.dispose()
        self.db = None
        self.location = location
        self.open_if_readable()

    def open_if_readable(self) -> None:
        if self.db is None and not needs_credentials(self.location):
            # A check after an unclean shutdown, or a migration, can take a while: the GUI paints on.
            location = self.location
            self.db = run_aside(lambda: _open_offering_restore(location))

    def sign_in(self, username: str, password: str) -> Actor:
        """The sign-in dialog's callback: unlock and open if need be, then sign in."""
        from caseworker.services import opening

        just_opened = self.db is None
        if self.db is None:
            self.db = _open_offering_restore(self.location, credentials=lambda: (username, password))
        return opening.sign_in(self.db, self.location, username, password, unlocked_by_them=just_opened)


def _open_offering_restore(location: DatabaseLocation, **kwargs) -> Database:
    """Open *location*; a damaged file is replaced by its newest good backup if the user agrees."""
    from caseworker.services.opening import open_office

    return open_office(location, restore_if=_ask_restore, **kwargs)


def _ask_restore(exc: DamagedDatabase) -> bool:
    # Opening may run beside the GUI thread (while the sign-in dialog waits): ask on the GUI thread.
    from caseworker.ui.aside import on_gui_thread

    return on_gui_thread(lambda: _ask_restore_here(exc))


def _ask_restore_here(exc: DamagedDatabase) -> bool:
    answer = QMessageBox.question(
        None, tr("Caseworker"),
        error_text(exc) + "\n\n" + tr("Restore the backup now? The damaged file is kept beside it."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def sign_in_flow(db: Database | DatabaseOpening, settings: Settings, *, warm_up: WarmUp | None = None,
                 wishes: set[str] | None = None) -> tuple[Services, Settings] | None:
    """First administrator on a new database, otherwise the sign-in dialog.

    With *warm_up*, the rest of the app loads while the dialog is shown; the dialog's action
    waits for it, so nothing is imported by two threads at once.
    """
    opening = db if isinstance(db, DatabaseOpening) else _already_open(db)
    # An encrypted file is still closed here; the storage code loads while the dialog waits.
    first_start = opening.db is not None and not run_aside(_auth(opening.db).has_users)
    ready = (lambda: None) if warm_up is None else warm_up.wait
    if warm_up is not None:
        warm_up.start()
    if first_start:
        choice = FirstAdminDialog.ask(_after(ready, _new_office(opening.db)),
                                      offer_demo=opening.location.path is not None, wishes=wishes)
        if choice != OPEN_DEMO:
            actor = choice
        elif _open_demo(opening, ready):
            from caseworker.services.demo import DEMO_ADMIN

            actor = SignInDialog.ask(_after(ready, opening.sign_in), database=opening.location.display(),
                                     username=DEMO_ADMIN)
        else:
            return sign_in_flow(opening, settings)  # the demo was cancelled: back to the first start
    else:
        actor = SignInDialog.ask(_after(ready, opening.sign_in), database=opening.location.display(),
                                 username=settings.last_username)
    if actor is None or opening.db is None:
        return None
    from caseworker.services.container import Services

    return Services(opening.db, actor), settings.with_changes(last_username=actor.username)


def _new_office(db: Database) -> Callable[..., Actor]:
    from caseworker.services.first_start import start_new_office

    return lambda admin, password, org: start_new_office(db, admin, password, org)


def _open_demo(opening: DatabaseOpening, ready: Callable[[], None]) -> bool:
    """Make (or reuse) the demo database and switch to it; the new database is left untouched."""
    from caseworker.ui.demo_start import demo_path, make_demo

    ready()  # the demo's modules load on the worker thread: the warm-up must be finished
    path = demo_path()
    if not make_demo(path):
        return False
    opening.switch_to(DatabaseLocation.parse(str(path)))
    return True


def _auth(db: Database) -> AuthService:
    from caseworker.services.accounts import AuthService

    return AuthService(db)


T = TypeVar("T")


def _after(ready: Callable[[], None], action: Callable[..., T]) -> Callable[..., T]:
    def run(*args, **kwargs) -> T:
        ready()
        return action(*args, **kwargs)

    return run


def _already_open(db: Database) -> DatabaseOpening:
    opening = DatabaseOpening(db.entry_location)
    opening.db = db
    return opening


class _BusyRelay(QObject):
    """Carries "another user is saving" from the saving thread to the window."""

    busy = Signal()


def build_main_window(services: Services, settings: Settings, runner: Runner | None = None, *,
                      log_path: Path | None = None) -> MainWindow:
    from caseworker.services.org_settings import load_org_settings
    from caseworker.ui.context import UiContext
    from caseworker.ui.main_window import MainWindow
    from caseworker.ui.runner import Runner

    org = run_aside(lambda: load_org_settings(services.db))
    ctx = UiContext(services=services, runner=runner or Runner(), settings=settings, org=org)
    window = MainWindow(ctx, log_path=log_path)
    install_protection(window, services, settings)
    from caseworker.ui.backups_page import BackupSchedule

    window.backup_schedule = BackupSchedule(ctx, window)
    return window


def show_this_computer(window: MainWindow) -> None:
    """Open Settings → This computer, where a change of language was just made."""
    from caseworker.ui.sections.administration import AdministrationSection

    section = window.section_of(AdministrationSection)
    if section is not None:
        window.show_section(section)
        section.show_page("computer")
        section.computer.status.setText(tr("Saved."))


def offer_import(window: MainWindow) -> None:
    """The first start asked to bring the office's data in: open the import as the window shows."""
    from caseworker.ui.dialogs.import_wizard import ImportWizard, can_import

    if can_import(window.ctx):
        ImportWizard.ask(window.ctx, window)


def install_protection(window: QMainWindow, services: Services, settings: Settings) -> IdleLock:
    """The idle lock, and the busy notice, observed from outside the window's own code."""
    from caseworker.services.accounts import AuthService
    from caseworker.ui.idle_lock import IdleLock

    actor = services.actor

    def verify(password: str) -> None:
        run_aside(lambda: AuthService(services.db).sign_in(actor.username, password))

    lock = IdleLock(window, minutes=settings.idle_lock_minutes, display_name=actor.display_name,
                    verify=verify)
    relay = _BusyRelay(window)
    relay.busy.connect(lambda: window.statusBar().showMessage(
        tr("Another user is saving — retrying…"), 3000), Qt.ConnectionType.QueuedConnection)
    stop = services.db.on_busy(relay.busy.emit)
    window.destroyed.connect(lambda *_: stop())
    return lock


def run(settings: Settings) -> int:
    log_file = setup_logging()
    app = make_app()
    apply_language(app, settings.language)
    try:
        opening = DatabaseOpening(DatabaseLocation.parse(settings.database_location))
        opening.open_if_readable()
    except CaseworkerError as exc:
        QMessageBox.critical(None, tr("Caseworker"), error_text(exc))
        return 2
    warm_up = WarmUp(app)
    wishes: set[str] = set()  # what a new office asked for at its first start
    try:
        while True:
            signed = sign_in_flow(opening, settings, warm_up=warm_up, wishes=wishes)
            if signed is None:
                return 0
            services, settings = signed
            save_settings(settings)
            rebuilt = False
            while True:
                window = build_main_window(services, settings, log_path=log_file)
                if rebuilt:
                    show_this_computer(window)
                ended: list[str] = []
                window.sign_out_requested.connect(lambda w=window, e=ended: (e.append("sign out"), w.close()))
                window.rebuild_requested.connect(lambda w=window, e=ended: (e.append("rebuild"), w.close()))
                window.show()
                if IMPORT_AFTER in wishes:
                    wishes.discard(IMPORT_AFTER)
                    QTimer.singleShot(0, lambda w=window: offer_import(w))
                app.exec()
                if not ended:
                    return 0
                # "This computer" may have changed while signed in; keep the database that is open.
                settings = load_settings().with_changes(database=settings.database)
                if ended[0] != "rebuild":
                    break
                rebuilt = True  # same services, same sign-in: only the words and the direction change
    finally:
        if opening.db is not None:
            # Closing removes the "open" marker, so the next start knows this one ended cleanly.
            opening.db.dispose()
