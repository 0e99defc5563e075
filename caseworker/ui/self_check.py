"""The window toolkit's part of ``caseworker --self-test``: Qt starts, and the first dialog draws.

In a bundle this is where a missing Qt plug-in, icon or font shows up, so it builds the real
sign-in dialog offscreen and draws it, and draws one of the bundled icons.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo
from PySide6.QtGui import QGuiApplication

from caseworker.domain.errors import CaseworkerError


def check_window_toolkit() -> str:
    """Start Qt (offscreen unless a platform was chosen) and draw the sign-in dialog; one line back."""
    from caseworker.ui import icons
    from caseworker.ui.application import make_app
    from caseworker.ui.dialogs.sign_in import SignInDialog
    from caseworker.ui.translations import install_translators

    app = make_app()
    install_translators(app)

    def refuse(username: str, password: str):
        raise CaseworkerError("the self-test never signs in here")

    dialog = SignInDialog(refuse, database="self-test")
    try:
        picture = dialog.grab()
        if picture.isNull() or picture.width() < 100:
            raise RuntimeError("the sign-in dialog did not draw")
        names = icons.available()
        if not names:
            raise RuntimeError(f"no icons found in {icons.ICON_DIR}")
        pixmap = icons.icon(names[0]).pixmap(32, 32)
        if pixmap.isNull():
            raise RuntimeError(f"the icon {names[0]} did not draw")
        if app.windowIcon().pixmap(32, 32).isNull():
            raise RuntimeError("the application's icon did not draw")
    finally:
        dialog.deleteLater()
    return (f"Qt {QLibraryInfo.version().toString()} on the '{QGuiApplication.platformName()}' platform: "
            f"sign-in dialog drawn ({picture.width()}x{picture.height()}), {len(names)} icons and the app's own")
