"""Signing in, and creating the first administrator of a new database."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from caseworker.domain.errors import CaseworkerError, ValidationError
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.ui.aside import run_aside
from caseworker.ui.i18n import tr
from caseworker.ui.widgets.form import Form

if TYPE_CHECKING:
    from caseworker.services.accounts import UserDraft


def _while_busy(dialog: QDialog, buttons: QDialogButtonBox, step: Callable[[], Actor]) -> Actor:
    """Run a sign-in step beside the GUI thread, the dialog painting but not taking input."""
    buttons.setEnabled(False)
    dialog.setCursor(Qt.CursorShape.BusyCursor)
    try:
        return run_aside(step)
    finally:
        dialog.unsetCursor()
        buttons.setEnabled(True)


def _comfortable_width(dialog: QDialog) -> int:
    # Room for a full name or a long passphrase without scrolling inside the field; the layout's
    # own minimum leaves fields barely a hundred pixels wide.
    return dialog.fontMetrics().averageCharWidth() * 64


class SignInDialog(QDialog):
    """Asks for a user name and password and calls *sign_in* with them until it succeeds."""

    def __init__(self, sign_in: Callable[[str, str], Actor], *, database: str, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sign in to Caseworker"))
        self._sign_in = sign_in
        self.actor: Actor | None = None
        intro = QLabel(tr("Database: {location}").format(location=database), self)
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(placeholder-text);")
        self.form = Form(self)
        self.username = self.form.add("username", tr("&User name:"), QLineEdit(username, self))
        self.password = self.form.add("password", tr("&Password:"), QLineEdit(self))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Sign in"))
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(_comfortable_width(self))
        (self.password if username else self.username).setFocus()

    def _try(self) -> None:
        self.form.clear_errors()
        try:
            username, password = self.username.text(), self.password.text()
            self.actor = self._busy(lambda: self._sign_in(username, password))
        except CaseworkerError as exc:
            self.password.clear()
            self.form.show_error(ValidationError("password", exc.message, **exc.params))
            return
        self.accept()

    def _busy(self, step: Callable[[], Actor]) -> Actor:
        return _while_busy(self, self.buttons, step)

    @classmethod
    def ask(cls, sign_in: Callable[[str, str], Actor], *, database: str, username: str = "",
            parent: QWidget | None = None) -> Actor | None:
        dialog = cls(sign_in, database=database, username=username, parent=parent)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


class FirstAdminDialog(QDialog):
    """The first start on a new database: create the administrator account."""

    def __init__(self, create: Callable[[UserDraft, str], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to Caseworker"))
        self._create = create
        self.actor: Actor | None = None
        intro = QLabel(tr("This database is new. Create the administrator account: you will use it "
                          "to add your colleagues and choose what each may see."), self)
        intro.setWordWrap(True)
        self.form = Form(self)
        self.display_name = self.form.add("display_name", tr("Your &name:"), QLineEdit(self))
        self.username = self.form.add("username", tr("&User name:"), QLineEdit(self))
        self.password = self.form.add("password", tr("&Password:"), QLineEdit(self))
        self.repeat = self.form.add("repeat", tr("&Repeat password:"), QLineEdit(self))
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create administrator"))
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(_comfortable_width(self))
        self.display_name.setFocus()

    def _try(self) -> None:
        self.form.clear_errors()
        if self.password.text() != self.repeat.text():
            self.form.set_error("repeat", tr("The two passwords differ."))
            return
        from caseworker.services.accounts import UserDraft

        draft = UserDraft(self.username.text(), self.display_name.text(), frozenset({Role.ADMIN, Role.MANAGER}))
        try:
            password = self.password.text()
            self.actor = self._busy(lambda: self._create(draft, password))
        except CaseworkerError as exc:
            self.form.show_error(exc)
            return
        self.accept()

    def _busy(self, step: Callable[[], Actor]) -> Actor:
        return _while_busy(self, self.buttons, step)

    @classmethod
    def ask(cls, create: Callable[[UserDraft, str], Actor], parent: QWidget | None = None) -> Actor | None:
        dialog = cls(create, parent)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
