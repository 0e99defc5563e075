"""A real start on an encrypted file, in a fresh process: the sign-in dialog comes first, the rest
of the app loads while it waits, and signing in opens the main window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from caseworker.db.keystore import KdfParams, set_default_params
from caseworker.db.open import open_database
from caseworker.domain.permissions import Role
from caseworker.services.accounts import AuthService, UserDraft

pytestmark = [pytest.mark.sqlite_only, pytest.mark.gui]

PASSWORD = "a long enough password"

START = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from caseworker.settings import Settings
from caseworker.ui import application
from caseworker.ui.dialogs.sign_in import SignInDialog

seen = {"windows": []}
original_exec = SignInDialog.exec

def exec_and_type(dialog):
    dialog.show()
    seen["loaded when the dialog showed"] = [m for m in ("sqlalchemy", "caseworker.db.database")
                                             if m in sys.modules]
    def type_password():
        dialog.username.setText("boss")
        dialog.password.setText(sys.argv[2])
        dialog.buttons.accepted.emit()
    QTimer.singleShot(0, type_password)
    return original_exec(dialog)

SignInDialog.exec = exec_and_type

class Closer(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            seen["windows"].append(type(obj).__name__)
            if type(obj).__name__ == "MainWindow":
                seen["title"] = obj.windowTitle()
                QTimer.singleShot(0, obj.close)
        return False

app = application.make_app()
closer = Closer()
app.installEventFilter(closer)
seen["exit"] = application.run(Settings().with_changes(database=sys.argv[1]))
seen["services loaded"] = "caseworker.services.grants" in sys.modules
print(json.dumps(seen))
"""


def test_the_sign_in_dialog_shows_before_storage_loads_and_signing_in_opens_the_window(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    previous = set_default_params(KdfParams(time_cost=1, memory_cost=8, parallelism=1))
    try:
        db = open_database(str(path))
        AuthService(db).create_first_admin(UserDraft("boss", "The Boss", frozenset({Role.ADMIN})), PASSWORD)
        db.dispose()
    finally:
        set_default_params(previous)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", START, str(path), PASSWORD], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["loaded when the dialog showed"] == []
    assert seen["windows"][:1] == ["SignInDialog"] and "MainWindow" in seen["windows"]
    assert seen["title"].startswith("Caseworker")
    assert seen["exit"] == 0
    assert seen["services loaded"]  # loaded ahead, while the dialog waited
