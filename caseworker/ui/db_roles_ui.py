"""Settings → Users and roles → Database roles…: whether each person connects to the server as a
role of their own, who still needs a password for it, and setting the roles up."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.errors import CaseworkerError
from caseworker.services.db_roles import DbRolesStatus
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import error_text, tr


class DbRolesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Database roles"))
        self.setMinimumWidth(560)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.people = QTableWidget(0, 3, self)
        self.people.setAccessibleName(tr("Each person's database role"))
        self.people.setHorizontalHeaderLabels([tr("User name"), tr("Database role"), tr("State")])
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setTabKeyNavigation(False)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.verticalHeader().hide()
        self.set_up_button = QPushButton(tr("Set up roles"), self)
        self.set_up_button.setAccessibleName(tr("Set up database roles"))
        self.set_up_button.setToolTip(tr("Create or update the groups, grants and row security, and every "
                                         "person's role. Needs this laptop's database URL to name the owner."))
        self.status_line = QLabel(self)
        self.status_line.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.set_up_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.status_line)
        layout.addWidget(buttons)
        self.set_up_button.clicked.connect(self.set_up)

    def load(self) -> None:
        self.ctx.read(lambda s: s.db_roles.status(), self.show_status, self._failed)

    def show_status(self, status: DbRolesStatus) -> None:
        if not status.on:
            self.summary.setText(tr(
                "Off: every laptop connects to the server as the one role in its database URL, so whoever "
                "has that URL and its password can read every table with psql. Set up, each person connects "
                "after signing in as a role of their own, and the server refuses a fundraiser's role the "
                "clients and a caseworker's the donors."))
        else:
            waiting = [login.username for login in status.logins if login.needs_password]
            text = tr("On: each person connects as their own role (prefix {prefix}); the laptops' URL should "
                      "name a role of the group {prefix}_signin.").format(prefix=status.prefix)
            if waiting:
                text += " " + tr("These people's roles have no password yet; they sign in once through the "
                                 "owner's URL, or you reset their password: {names}").format(names=", ".join(waiting))
            self.summary.setText(text)
        self.people.setRowCount(len(status.logins))
        for row, login in enumerate(status.logins):
            state = (tr("no password yet") if login.needs_password else
                     tr("can log in") if login.active else tr("cannot log in (deactivated)"))
            for column, value in enumerate((login.username, login.role_name, state)):
                self.people.setItem(row, column, QTableWidgetItem(value))
        self.people.resizeColumnsToContents()

    def set_up(self) -> None:
        self.set_up_button.setEnabled(False)
        self.status_line.setText(tr("Setting up…"))

        def done(outcome: tuple[DbRolesStatus, Any]) -> None:
            self.set_up_button.setEnabled(True)
            self.status_line.setText(tr("The roles are set up."))
            self.show_status(outcome[0])

        self.ctx.write(lambda s: s.db_roles.set_up(), done, self._failed)

    def _failed(self, exc: CaseworkerError) -> None:
        self.set_up_button.setEnabled(True)
        self.status_line.setText(error_text(exc))


def show_db_roles(ctx: UiContext, parent: QWidget) -> DbRolesDialog:
    dialog = DbRolesDialog(ctx, parent)
    dialog.load()
    dialog.open()
    return dialog
