"""Adding or changing a staff account: name, user name, roles, team and specialties."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.permissions import ROLE_LABELS, Role
from caseworker.domain.records import UserSummary
from caseworker.services.accounts import TeamSummary, UserDraft
from caseworker.services.container import Services
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import tr, tr_domain
from caseworker.ui.widgets.form import Form

ROLE_HINTS = {
    Role.ADMIN: "manages accounts",
    Role.MANAGER: "approves, reassigns, sees the audit log",
    Role.CASEWORKER: "clients, cases and aid",
    Role.FUNDRAISER: "donors and gifts, never clients",
}

# A new user's draft and password, or an existing user's draft and the version it was read at.
SaveNew = Callable[[Services, UserDraft, str], Any]
SaveExisting = Callable[[Services, UserDraft], Any]


class UserDialog(QDialog):
    def __init__(self, ctx: UiContext, save: SaveNew | SaveExisting, teams: Sequence[TeamSummary],
                 user: UserSummary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._save = save
        self._user = user
        self.result_value: Any = None
        self.setWindowTitle(tr("Add a user") if user is None else tr("Change {name}").format(name=user.display_name))
        self.setMinimumWidth(460)
        self.form = Form(self)
        self.display_name = self.form.add("display_name", tr("&Name:"), QLineEdit(self))
        self.username = self.form.add("username", tr("&User name:"), QLineEdit(self))
        self.username.setPlaceholderText(tr("lower-case, e.g. maria"))
        self.email = self.form.add("email", tr("&Email:"), QLineEdit(self))

        roles_host = QWidget(self)
        roles_box = QVBoxLayout(roles_host)
        roles_box.setContentsMargins(0, 0, 0, 0)
        roles_box.setSpacing(2)
        self.role_boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(f"{tr_domain(ROLE_LABELS[role])} — {tr(ROLE_HINTS[role])}", roles_host)
            box.setAccessibleName(tr_domain(ROLE_LABELS[role]))
            box.setObjectName(f"role-{role.value}")
            roles_box.addWidget(box)
            self.role_boxes[role] = box
        roles_host.setAccessibleName(tr("Roles"))
        self.form.add("roles", tr("Roles:"), roles_host)

        self.team = QComboBox(self)
        self.team.addItem(tr("No team"), None)
        for team in teams:
            self.team.addItem(team.name, team.id)
        self.form.add("team_id", tr("&Team:"), self.team)
        self.specialties = self.form.add("specialties", tr("&Specialties:"), QLineEdit(self))
        self.specialties.setPlaceholderText(tr("comma-separated, e.g. housing, debt"))

        self.password = self.repeat = None
        if user is None:
            self.password = self.form.add("password", tr("&Password:"), QLineEdit(self))
            self.repeat = self.form.add("repeat", tr("&Repeat password:"), QLineEdit(self))
            for edit in (self.password, self.repeat):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
        else:
            self._fill(user)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        if user is None:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Add user"))
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(row)
        self.display_name.setFocus()

    def _fill(self, user: UserSummary) -> None:
        self.display_name.setText(user.display_name)
        self.username.setText(user.username)
        self.email.setText(user.email)
        for role, box in self.role_boxes.items():
            box.setChecked(role in user.roles)
        index = self.team.findData(user.team_id)
        self.team.setCurrentIndex(max(index, 0))
        self.specialties.setText(", ".join(user.specialties))

    def draft(self) -> UserDraft:
        return UserDraft(
            username=self.username.text(),
            display_name=self.display_name.text(),
            roles=frozenset(role for role, box in self.role_boxes.items() if box.isChecked()),
            email=self.email.text(),
            team_id=self.team.currentData(),
            specialties=tuple(s.strip() for s in self.specialties.text().split(",") if s.strip()),
        )

    def _try(self) -> None:
        self.form.clear_errors()
        draft = self.draft()
        if self.password is not None and self.repeat is not None:
            if self.password.text() != self.repeat.text():
                self.form.set_error("repeat", tr("The two passwords differ."))
                return
            password = self.password.text()
            call: Callable[[Services], Any] = lambda s: self._save(s, draft, password)  # noqa: E731
        else:
            call = lambda s: self._save(s, draft)  # noqa: E731
        self._ctx.write(call, self._done, self.form.show_error)

    def _done(self, result: Any) -> None:
        self.result_value = result
        self.accept()

    @classmethod
    def ask(cls, ctx: UiContext, save: SaveNew | SaveExisting, teams: Sequence[TeamSummary],
            user: UserSummary | None = None, parent: QWidget | None = None) -> Any:
        """The service's result once saved, or None when the user cancelled."""
        dialog = cls(ctx, save, teams, user, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
