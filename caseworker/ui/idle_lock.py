"""Locking the window after a while without input, keeping whatever was being typed.

An event filter on the application restarts a timer on every key, click, wheel turn or mouse
move. When the timer runs out, the main window's data is hidden (its central widget and every
other open window are hidden, never closed, so half-typed forms keep their contents), its
actions are disabled so no shortcut can open a record behind the lock, and a panel asks for the
signed-in user's password. The right password shows everything again exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QMainWindow, QPushButton, QVBoxLayout, QWidget

from caseworker.domain.errors import CaseworkerError
from caseworker.ui.i18n import error_text, tr

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}

Verify = Callable[[str], None]  # raises CaseworkerError when the password is not right


class LockPanel(QFrame):
    """What the locked window shows: who is signed in and a password field."""

    def __init__(self, parent: QWidget, display_name: str, unlock: Callable[[str], str | None]) -> None:
        super().__init__(parent)
        self.setObjectName("lock_panel")
        self.setAutoFillBackground(True)
        self.setAccessibleName(tr("Caseworker is locked"))
        self._unlock = unlock
        title = QLabel(tr("Caseworker is locked"), self)
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        intro = QLabel(tr("{name} was away for a while, so the data is hidden. Enter the password "
                          "to carry on: unsaved work is kept.").format(name=display_name), self)
        intro.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password"))
        self.password.returnPressed.connect(self._try)
        self.message = QLabel("", self)
        self.message.setAccessibleName(tr("Unlock message"))
        self.message.setStyleSheet("color: palette(link-visited);")
        self.button = QPushButton(tr("&Unlock"), self)
        self.button.setAccessibleName(tr("Unlock"))
        self.button.clicked.connect(self._try)
        box = QVBoxLayout()
        for widget in (title, intro, self.password, self.message, self.button):
            box.addWidget(widget)
        holder = QWidget(self)
        holder.setLayout(box)
        holder.setMaximumWidth(420)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _try(self) -> None:
        problem = self._unlock(self.password.text())
        self.password.clear()
        self.message.setText(problem or "")


class IdleLock(QObject):
    """Installs itself on the application; ``lock()`` and ``unlock(password)`` can be called too."""

    def __init__(self, window: QMainWindow, *, minutes: int, display_name: str, verify: Verify) -> None:
        super().__init__(window)
        self.setObjectName("idle_lock")
        self._window = window
        self._verify = verify
        self._display_name = display_name
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self._panel: LockPanel | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            # Qt drops the filter by itself when this object goes with its window.
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self._panel is not None

    def set_minutes(self, minutes: int) -> None:
        """0 turns the lock off."""
        self._minutes = max(0, minutes)
        self._restart()

    def _restart(self) -> None:
        if self._minutes and not self.locked:
            self._timer.start(self._minutes * 60_000)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY and not self.locked and self._minutes:
            self._timer.start()  # restarts with the same interval
        elif event.type() == QEvent.Type.Resize and watched is self._window and self._panel is not None:
            self._panel.setGeometry(self._window.rect())
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self._timer.stop()
        window = self._window
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w is not window and w.isVisible()]
        central = window.centralWidget()
        if central is not None and central.isVisible():
            self._hidden.append(central)
        for widget in self._hidden:
            widget.hide()
        self._disabled = [a for a in window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        window.menuBar().setEnabled(False)
        panel = LockPanel(window, self._display_name, self._try_unlock)
        panel.setGeometry(window.rect())
        panel.show()
        panel.raise_()
        panel.password.setFocus()
        self._panel = panel

    def _try_unlock(self, password: str) -> str | None:
        """Unlock with *password*; returns the problem to show if it was not right."""
        try:
            self._verify(password)
        except CaseworkerError as exc:
            return error_text(exc)
        self._show_again()
        return None

    def unlock(self, password: str) -> str | None:
        return self._try_unlock(password) if self.locked else None

    def _show_again(self) -> None:
        if self._panel is not None:
            self._panel.hide()
            self._panel.deleteLater()
            self._panel = None
        self._window.menuBar().setEnabled(True)
        for action in self._disabled:
            action.setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._hidden, self._disabled = [], []
        self._restart()

    def panel(self) -> LockPanel | None:
        return self._panel
