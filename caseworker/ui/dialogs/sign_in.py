"""Signing in, and creating the first administrator of a new database."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.errors import CaseworkerError, ValidationError
from caseworker.domain.org import COUNTRIES, CURRENCIES, OrgSettings, country, new_office
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.ui.aside import run_aside
from caseworker.ui.i18n import tr, tr_domain
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


#: What :meth:`FirstAdminDialog.ask` returns when the user chose to look around a demo first.
OPEN_DEMO = "open-demo"
IMPORT_AFTER = "import-after"
_DEMO_CODE = 2  # QDialog.done() code beside Accepted (1) and Rejected (0)


class FirstAdminDialog(QDialog):
    """The first start on a new database: the administrator account and the organisation.

    *create* receives the account, its password and the organisation's settings (name, country,
    currency; the country also suggests the time zone and receipt style). With *offer_demo*, a
    button lets a new office look around a demo database first.
    """

    def __init__(self, create: Callable[[UserDraft, str, OrgSettings], Actor], parent: QWidget | None = None,
                 *, offer_demo: bool = False, wishes: set[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to Caseworker"))
        self._create = create
        self.actor: Actor | None = None
        intro = QLabel(tr("This database is new. Tell Caseworker about your organisation, and create "
                          "the administrator account: you will use it to add your colleagues and "
                          "choose what each may see."), self)
        intro.setWordWrap(True)
        self.form = Form(self)
        self.org_name = self.form.add("name", tr("&Organisation:"), QLineEdit(self))
        self.org_name.setPlaceholderText(tr("As printed on letters and receipts"))
        self.country = QComboBox(self)
        self.country.addItem(tr("Choose…"), "")
        for c in sorted(COUNTRIES, key=lambda c: tr_domain(c.name)):
            self.country.addItem(tr_domain(c.name), c.code)
        self.form.add("country", tr("Countr&y:"), self.country)
        self.currency = QComboBox(self)
        self.currency.addItems(CURRENCIES)
        self.form.add("currency", tr("C&urrency:"), self.currency)
        self.country.currentIndexChanged.connect(self._country_chosen)
        self.display_name = self.form.add("display_name", tr("Your &name:"), QLineEdit(self))
        self.username = self.form.add("username", tr("&User name:"), QLineEdit(self))
        self.password = self.form.add("password", tr("&Password:"), QLineEdit(self))
        self.repeat = self.form.add("repeat", tr("&Repeat password:"), QLineEdit(self))
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._wishes = wishes
        self.import_after = QCheckBox(tr("Bring in our &existing data once the window opens (a spreadsheet, or "
                                         "another donor or case system's export)"), self)
        self.import_after.setAccessibleName(tr("Import existing data after signing in"))
        self.import_after.setVisible(wishes is not None)
        self.form.add_row(self.import_after)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create administrator"))
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        self.demo_button: QPushButton | None = None
        if offer_demo:
            self.demo_button = self.buttons.addButton(tr("Look around a &demo first"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
            self.demo_button.setToolTip(tr("Opens a separate database of made-up people to try "
                                           "everything; this new database waits, untouched."))
            self.demo_button.setAccessibleName(tr("Look around a demo first"))
            self.demo_button.clicked.connect(lambda: self.done(_DEMO_CODE))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(_comfortable_width(self))
        self.org_name.setFocus()

    def _country_chosen(self) -> None:
        chosen = country(self.country.currentData() or "")
        if chosen is not None:
            self.currency.setCurrentText(chosen.currency)

    def organisation(self) -> OrgSettings:
        return new_office(self.org_name.text(), self.country.currentData() or "", self.currency.currentText())

    def _try(self) -> None:
        self.form.clear_errors()
        if not self.country.currentData():
            self.form.set_error("country", tr("Choose the country the organisation works in."))
            return
        if self.password.text() != self.repeat.text():
            self.form.set_error("repeat", tr("The two passwords differ."))
            return
        from caseworker.services.accounts import UserDraft

        draft = UserDraft(self.username.text(), self.display_name.text(), frozenset({Role.ADMIN, Role.MANAGER}))
        try:
            password, organisation = self.password.text(), self.organisation()
            self.actor = self._busy(lambda: self._create(draft, password, organisation))
        except CaseworkerError as exc:
            self.form.show_error(exc)
            return
        if self._wishes is not None and self.import_after.isChecked():
            self._wishes.add(IMPORT_AFTER)
        self.accept()

    def _busy(self, step: Callable[[], Actor]) -> Actor:
        return _while_busy(self, self.buttons, step)

    @classmethod
    def ask(cls, create: Callable[[UserDraft, str, OrgSettings], Actor], parent: QWidget | None = None, *,
            offer_demo: bool = False, wishes: set[str] | None = None) -> Actor | str | None:
        """The administrator created, :data:`OPEN_DEMO`, or None when the user cancelled; with
        *wishes*, :data:`IMPORT_AFTER` is added there when the office wants to bring its data in."""
        dialog = cls(create, parent, offer_demo=offer_demo, wishes=wishes)
        code = dialog.exec()
        if code == _DEMO_CODE:
            return OPEN_DEMO
        return dialog.actor if code == QDialog.DialogCode.Accepted else None
