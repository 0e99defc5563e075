"""Choosing a password: an administrator's reset of someone else's, or a change of one's own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from caseworker.domain.errors import CaseworkerError
from caseworker.services.container import Services
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import tr
from caseworker.ui.widgets.form import Form


class PasswordDialog(QDialog):
    """Asks for a new password twice (and the current one when *own* is set), then calls *save*.

    ``save(services, new_password)`` or, for one's own, ``save(services, current_password,
    new_password)`` runs as a write operation; a refusal (too short, wrong current password) is shown beside its field and the
    dialog stays open.
    """

    def __init__(self, ctx: UiContext, save: Callable[..., Any], *, own: bool, whose: str = "",
                 reactivating: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._save = save
        self._own = own
        self.saved = False
        if own:
            title, action = tr("Change your password"), tr("Change password")
            text = tr("Choose a password of at least 8 characters; a short sentence is easy to "
                      "remember and hard to guess.")
        elif reactivating:
            title, action = tr("Reactivate account"), tr("Reactivate")
            text = tr("{name} can sign in again with a new password: choose it and tell it to them in "
                      "person. The password they had before does not come back.").format(name=whose)
        else:
            title, action = tr("Reset password"), tr("Reset password")
            text = tr("Choose a new password for {name} and tell it to them in person. Their "
                      "old password stops working at once.").format(name=whose)
        self.setWindowTitle(title)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.form = Form(self)
        self.current = self.form.add("old_password", tr("&Current password:"), QLineEdit(self)) if own else None
        self.password = self.form.add("new_password" if own else "password", tr("&New password:"), QLineEdit(self))
        self.repeat = self.form.add("repeat", tr("&Repeat it:"), QLineEdit(self))
        for edit in (self.current, self.password, self.repeat):
            if edit is not None:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        (self.current or self.password).setFocus()

    def _try(self) -> None:
        self.form.clear_errors()
        if self.password.text() != self.repeat.text():
            self.form.set_error("repeat", tr("The two passwords differ."))
            self.repeat.setFocus()
            return
        if self.current is not None:
            current, new = self.current.text(), self.password.text()
            call: Callable[[Services], Any] = lambda s: self._save(s, current, new)  # noqa: E731
        else:
            new = self.password.text()
            call = lambda s: self._save(s, new)  # noqa: E731
        self._ctx.write(call, self._done, self._refused)

    def _done(self, _result: Any) -> None:
        self.saved = True
        self.accept()

    def _refused(self, error: CaseworkerError) -> None:
        self.form.show_error(error)

    @classmethod
    def ask(cls, ctx: UiContext, save: Callable[..., Any], *, own: bool, whose: str = "",
            reactivating: bool = False, parent: QWidget | None = None) -> bool:
        dialog = cls(ctx, save, own=own, whose=whose, reactivating=reactivating, parent=parent)
        dialog.exec()
        return dialog.saved
