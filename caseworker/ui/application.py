"""Starting the window: open the database, sign in, show the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from caseworker.db.database import Database
from caseworker.db.open import open_database
from caseworker.domain.errors import CaseworkerError
from caseworker.logs import setup_logging
from caseworker.services.accounts import AuthService
from caseworker.services.container import Services
from caseworker.services.org_settings import load_org_settings
from caseworker.settings import Settings, save_settings
from caseworker.ui.context import UiContext
from caseworker.ui.dialogs.sign_in import FirstAdminDialog, SignInDialog
from caseworker.ui.i18n import error_text, tr
from caseworker.ui.main_window import MainWindow
from caseworker.ui.runner import Runner

log = logging.getLogger(__name__)


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    QCoreApplication.setApplicationName("Caseworker")
    QCoreApplication.setOrganizationName("Caseworker")
    return app  # type: ignore[return-value]


def sign_in_flow(db: Database, settings: Settings) -> tuple[Services, Settings] | None:
    """First administrator on a new database, otherwise the sign-in dialog."""
    auth = AuthService(db)
    if not auth.has_users():
        actor = FirstAdminDialog.ask(auth.create_first_admin)
    else:
        actor = SignInDialog.ask(auth.sign_in, database=db.location.display(),
                                 username=settings.last_username)
    if actor is None:
        return None
    return Services(db, actor), settings.with_changes(last_username=actor.username)


def build_main_window(services: Services, settings: Settings, runner: Runner | None = None) -> MainWindow:
    org = load_org_settings(services.db)
    ctx = UiContext(services=services, runner=runner or Runner(), settings=settings, org=org)
    return MainWindow(ctx)


def run(settings: Settings) -> int:
    log_file = setup_logging()
    app = make_app()
    try:
        db = open_database(settings.database_location)
    except CaseworkerError as exc:
        QMessageBox.critical(None, tr("Caseworker"), error_text(exc))
        return 2
    while True:
        signed = sign_in_flow(db, settings)
        if signed is None:
            return 0
        services, settings = signed
        save_settings(settings)
        window = MainWindow(UiContext(services, Runner(), settings, load_org_settings(db)),
                            log_path=log_file)
        signed_out = []
        window.sign_out_requested.connect(lambda: (signed_out.append(True), window.close()))
        window.show()
        app.exec()
        if not signed_out:
            return 0
