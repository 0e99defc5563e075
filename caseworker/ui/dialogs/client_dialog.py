"""Adding or changing a client: the profile form, checked as the user types and again on save.

Phone numbers, e-mail addresses and the birth date are checked when the user leaves the field,
and every problem the service finds on save is shown beside its field. When the service warns
that the person may already be on file, the dialog lists the look-alikes and the save button
becomes "Save anyway".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.channels import CLIENT_CHANNELS, NO_PREFERENCE
from caseworker.domain.clients import (
    GENDER_CHOICES,
    HOUSEHOLD_MAX,
    ClientDraft,
    ClientRecord,
    DuplicateCandidate,
    PossibleDuplicates,
    normalise_email,
    normalise_phone,
    parse_day,
)
from caseworker.domain.errors import CaseworkerError, ValidationError
from caseworker.domain.permissions import Role
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import channel_title, error_text, tr, tr_domain
from caseworker.ui.widgets.form import Form

FIELD_HEIGHT = 64


DUPLICATE_PAUSE_MS = 400


class ClientDialog(QDialog):
    """The client's profile; ``saved`` holds the record once the service accepted it."""

    def __init__(self, ctx: UiContext, client: ClientRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client = client
        self.saved: ClientRecord | None = None
        self._confirmed = False
        self._region = ctx.org.phone_region
        self.setWindowTitle(tr("New client") if client is None else tr("Change {name}").format(name=client.name))
        self.setMinimumSize(560, 640)

        form = self.form = Form(self)
        self._heading(tr("Name"))
        self.first_name = form.add("first_name", tr("&First name:"), QLineEdit(self))
        self.last_name = form.add("last_name", tr("Family &name:"), QLineEdit(self))
        self.preferred_name = form.add("preferred_name", tr("&Preferred name:"), QLineEdit(self))
        self.preferred_name.setPlaceholderText(tr("What they like to be called, if different"))
        self.date_of_birth = form.add("date_of_birth", tr("Date of &birth:"), QLineEdit(self))
        self.date_of_birth.setPlaceholderText(tr("YYYY-MM-DD"))
        self.language = form.add("language", tr("&Language:"), QLineEdit(self))
        # Free text: the usual answers are offered, and the client's own words are kept as typed.
        self.gender = form.add("gender", tr("Gender, in their &words:"), QComboBox(self))
        self.gender.setEditable(True)
        self.gender.addItem("")
        for choice in GENDER_CHOICES:
            self.gender.addItem(tr_domain(choice))
        self.gender.lineEdit().setPlaceholderText(tr("As the client states it, or leave empty"))
        self.household_size = form.add("household_size", tr("Household si&ze:"), QSpinBox(self))
        self.household_size.setRange(0, HOUSEHOLD_MAX)
        self.household_size.setSpecialValueText(tr("Not recorded"))
        self.household_size.setToolTip(tr("How many people live in the household, the client included"))

        self._heading(tr("Flags every worker sees first"))
        self.safeguarding = form.add("safeguarding", tr("&Safeguarding:"), QLineEdit(self))
        self.safeguarding.setPlaceholderText(tr("e.g. Do not visit alone"))
        self.interpreter_needed = form.add("interpreter_needed", tr("&Interpreter needed:"), QCheckBox(self))
        self.interpreter_language = form.add("interpreter_language", tr("Interpreter la&nguage:"), QLineEdit(self))
        self.accessibility = form.add("accessibility", tr("A&ccessibility needs:"), QLineEdit(self))
        self.accessibility.setPlaceholderText(tr("e.g. Step-free rooms only"))
        self.interpreter_needed.toggled.connect(self.interpreter_language.setEnabled)
        self.interpreter_language.setEnabled(False)

        self._heading(tr("Contact"))
        self.phone = form.add("phone", tr("P&hone:"), QLineEdit(self))
        self.phone.setPlaceholderText(tr("e.g. +44 7911 123456"))
        self.email = form.add("email", tr("&E-mail:"), QLineEdit(self))
        self.address = form.add("address", tr("&Address:"), QPlainTextEdit(self))
        self.address.setMaximumHeight(FIELD_HEIGHT)
        self.address.setTabChangesFocus(True)
        self.postcode = form.add("postcode", tr("Post&code:"), QLineEdit(self))
        self.contact_channel = form.add("contact_channel", tr("Prefers to be &reached by:"), QComboBox(self))
        self.contact_channel.addItem(tr_domain(NO_PREFERENCE), "")
        for channel in CLIENT_CHANNELS:
            self.contact_channel.addItem(channel_title(channel), channel.value)
        self.contact_times = form.add("contact_times", tr("Best &times:"), QLineEdit(self))
        self.contact_times.setPlaceholderText(tr("e.g. Weekday mornings"))

        self._heading(tr("Support"))
        self.key_worker = form.add("key_worker_id", tr("&Key worker:"), QComboBox(self))
        self.key_worker.addItem(tr("Nobody yet"), None)
        ctx.read(lambda s: s.accounts.list_users(include_inactive=False), self._fill_workers)
        self.needs = form.add("needs", tr("Nee&ds:"), QPlainTextEdit(self))
        self.needs.setMaximumHeight(FIELD_HEIGHT)
        self.needs.setTabChangesFocus(True)
        self.tags = form.add("tags", tr("Ta&gs:"), QLineEdit(self))
        self.tags.setPlaceholderText(tr("Separated by commas, e.g. housing, food"))
        self.notes = form.add("notes", tr("N&otes:"), QPlainTextEdit(self))
        self.notes.setMaximumHeight(FIELD_HEIGHT)
        self.notes.setTabChangesFocus(True)

        self.duplicates = QLabel(self)
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setWordWrap(True)
        self.duplicates.setAccessibleName(tr("Possible duplicates"))
        self.duplicates.setStyleSheet("background: #fff4e5; color: #663c00; border: 1px solid #f0c36d;"
                                      " border-radius: 4px; padding: 6px;")
        self.duplicates.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Add client") if client is None else tr("Save"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.buttons)

        self.phone.editingFinished.connect(self._check_phone)
        self.email.editingFinished.connect(self._check_email)
        self.date_of_birth.editingFinished.connect(self._check_date)
        for edit in (self.first_name, self.last_name, self.preferred_name, self.date_of_birth):
            edit.textEdited.connect(self._identity_changed)
        # Someone already on file is pointed out once typing pauses, not only after Add client.
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_PAUSE_MS)
        self._duplicate_timer.timeout.connect(self.look_for_duplicates)
        self._duplicate_asks = 0
        if client is not None:
            self._fill(client)
        self.first_name.setFocus()

    def _heading(self, text: str) -> None:
        label = QLabel(text, self)
        label.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.form.add_row(label)

    def _fill(self, client: ClientRecord) -> None:
        d = client.draft()
        for edit, value in ((self.first_name, d.first_name), (self.last_name, d.last_name),
                            (self.preferred_name, d.preferred_name), (self.language, d.language),
                            (self.safeguarding, d.safeguarding), (self.interpreter_language, d.interpreter_language),
                            (self.accessibility, d.accessibility), (self.phone, d.phone), (self.email, d.email),
                            (self.postcode, d.postcode), (self.contact_times, d.contact_times)):
            edit.setText(value)
        self.date_of_birth.setText(d.date_of_birth.isoformat() if isinstance(d.date_of_birth, date) else "")
        self.interpreter_needed.setChecked(d.interpreter_needed)
        self.address.setPlainText(d.address)
        self.needs.setPlainText(d.needs)
        self.notes.setPlainText(d.notes)
        self.tags.setText(", ".join(d.tags))
        self.gender.setEditText(d.gender)
        self.household_size.setValue(d.household_size if isinstance(d.household_size, int) else 0)
        self.contact_channel.setCurrentIndex(max(0, self.contact_channel.findData(d.contact_channel)))
        index = self.key_worker.findData(d.key_worker_id)
        if index < 0 and d.key_worker_id is not None:
            self.key_worker.addItem(client.key_worker or "?", d.key_worker_id)
            index = self.key_worker.count() - 1
        self.key_worker.setCurrentIndex(max(0, index))

    def draft(self) -> ClientDraft:
        return ClientDraft(
            first_name=self.first_name.text(), last_name=self.last_name.text(),
            preferred_name=self.preferred_name.text(), date_of_birth=self.date_of_birth.text(),
            phone=self.phone.text(), email=self.email.text(), address=self.address.toPlainText(),
            postcode=self.postcode.text(), language=self.language.text(),
            contact_channel=self.contact_channel.currentData() or "", contact_times=self.contact_times.text(),
            key_worker_id=self.key_worker.currentData(), safeguarding=self.safeguarding.text(),
            interpreter_needed=self.interpreter_needed.isChecked(),
            interpreter_language=self.interpreter_language.text(), accessibility=self.accessibility.text(),
            needs=self.needs.toPlainText(), notes=self.notes.toPlainText(),
            tags=tuple(t for t in self.tags.text().split(",") if t.strip()),
            gender=self.gender.currentText(), household_size=self.household_size.value() or None,
        )

    # -- checking as the user goes ------------------------------------------------------------
    def _check_field(self, key: str, check) -> None:
        errors: list[ValidationError] = []
        check(errors)
        self.form.set_error(key, error_text(errors[0]) if errors else "")

    def _check_phone(self) -> None:
        self._check_field("phone", lambda e: normalise_phone(e, "phone", self.phone.text(), self._region))

    def _check_email(self) -> None:
        self._check_field("email", lambda e: normalise_email(e, "email", self.email.text()))

    def _check_date(self) -> None:
        self._check_field("date_of_birth", lambda e: parse_day(e, "date_of_birth", self.date_of_birth.text()))

    def _identity_changed(self, _text: str) -> None:
        if self._confirmed:
            self._confirmed = False
            self.duplicates.hide()
            self.ok_button.setText(tr("Add client") if self.client is None else tr("Save"))
        if self.client is None:
            self._duplicate_timer.start()

    def look_for_duplicates(self) -> None:
        """Ask (a read) whether the name and birth date typed so far match someone on file."""
        self._duplicate_timer.stop()
        self._duplicate_asks += 1
        asked, draft = self._duplicate_asks, self.draft()
        if not (draft.first_name.strip() and draft.last_name.strip() and str(draft.date_of_birth or "").strip()):
            return
        # Half-typed fields are refused by the check; Add client says so beside them.
        self.ctx.read(lambda s: s.clients.possible_duplicates(draft),
                      lambda found: asked == self._duplicate_asks and self._show_duplicates(found),
                      lambda _error: None)

    def _show_duplicates(self, candidates: Sequence[DuplicateCandidate]) -> None:
        if not candidates:
            return
        self._confirmed = True
        lines = [tr("This may be someone already on file:")]
        lines += [f"• {c.name} — {tr('born {day}').format(day=c.date_of_birth.isoformat())}"
                  if c.date_of_birth else f"• {c.name}" for c in candidates]
        lines.append(tr("Open the existing record instead, or save anyway if this is a different person."))
        self.duplicates.setText("\n".join(lines))
        self.duplicates.show()
        self.ok_button.setText(tr("Save anyway"))

    def _fill_workers(self, users: list[Any]) -> None:
        """Caseworkers and managers to choose from; a key worker already shown stays chosen."""
        chosen = self.key_worker.currentData()
        for user in users:
            if user.roles & {Role.CASEWORKER, Role.MANAGER} and self.key_worker.findData(user.id) < 0:
                self.key_worker.addItem(user.display_name, user.id)
        self.key_worker.setCurrentIndex(max(0, self.key_worker.findData(chosen)))

    # -- saving -------------------------------------------------------------------------------
    def submit(self) -> None:
        self.form.clear_errors()
        draft = self.draft()
        if self.client is None:
            confirmed = self._confirmed
            self.ctx.write(lambda s: s.clients.create(draft, confirmed=confirmed), self._saved, self._failed)
        else:
            cid, version = self.client.id, self.client.version
            self.ctx.write(lambda s: s.clients.update(cid, draft, version), self._saved, self._failed)

    def _saved(self, result: tuple[ClientRecord, object]) -> None:
        self.saved = result[0]
        self.accept()

    def _failed(self, error: CaseworkerError) -> None:
        if isinstance(error, PossibleDuplicates):
            self._show_duplicates(error.candidates)
            return
        self.form.show_error(error)

    @classmethod
    def ask(cls, ctx: UiContext, client: ClientRecord | None = None,
            parent: QWidget | None = None) -> ClientRecord | None:
        dialog = cls(ctx, client, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

