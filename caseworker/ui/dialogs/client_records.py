"""The small forms of a client's file: a contact, a consent, a referral and its outcome.

Each dialog submits through the runner and shows the service's messages beside their fields;
``saved`` holds the updated client record once the service accepted the form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from caseworker.domain.clients import (
    CONSENT_METHOD_LABELS,
    CONSENT_TOPICS,
    REFERRAL_OUTCOME_LABELS,
    ClientRecord,
    ConsentDraft,
    ContactDraft,
    OutcomeDraft,
    ReferralDraft,
    ReferralRecord,
)
from caseworker.domain.errors import CaseworkerError
from caseworker.services.container import Services
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import tr, tr_domain
from caseworker.ui.widgets.form import Form


class _RecordDialog(QDialog):
    """A form, OK/Cancel, and submission through the runner."""

    def __init__(self, ctx: UiContext, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: ClientRecord | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = Form(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def call(self) -> Callable[[Services], Any]:
        raise NotImplementedError

    def submit(self) -> None:
        self.form.clear_errors()
        self.ctx.write(self.call(), self._saved, self._failed)

    def _saved(self, result: tuple[ClientRecord, object]) -> None:
        self.saved = result[0]
        self.accept()

    def _failed(self, error: CaseworkerError) -> None:
        self.form.show_error(error)

    def text_box(self) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setMaximumHeight(80)
        box.setTabChangesFocus(True)
        return box

    def date_edit(self, today: date | None) -> QLineEdit:
        edit = QLineEdit(today.isoformat() if today else "", self)
        edit.setPlaceholderText(tr("YYYY-MM-DD"))
        return edit

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> ClientRecord | None:
        dialog = cls(*args, **kwargs)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class ContactDialog(_RecordDialog):
    """Another phone number or e-mail address for the client."""

    def __init__(self, ctx: UiContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Add contact"), tr("Add contact"), parent)
        self.client_id = client_id
        self.kind = self.form.add("kind", tr("&Kind:"), QComboBox(self))
        self.kind.addItem(tr("Phone"), "phone")
        self.kind.addItem(tr("E-mail"), "email")
        self.value = self.form.add("value", tr("&Number or address:"), QLineEdit(self))
        self.label = self.form.add("label", tr("&Whose / which:"), QLineEdit(self))
        self.label.setPlaceholderText(tr("e.g. Sister, Support worker, Work"))
        self.value.setFocus()

    def call(self) -> Callable[[Services], Any]:
        draft = ContactDraft(self.kind.currentData(), self.value.text(), self.label.text())
        cid = self.client_id
        return lambda s: s.clients.add_contact(cid, draft)


class ConsentDialog(_RecordDialog):
    """What the client agreed to (or withdrew), when and how."""

    def __init__(self, ctx: UiContext, client_id: int, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Record consent"), tr("Record"), parent)
        self.client_id = client_id
        self.topic = self.form.add("topic", tr("&Consent to:"), QComboBox(self))
        self.topic.setEditable(True)
        for topic in CONSENT_TOPICS:
            self.topic.addItem(tr_domain(topic))
        self.given = self.form.add("given", tr("&Decision:"), QComboBox(self))
        self.given.addItem(tr("Agreed"), True)
        self.given.addItem(tr("Withdrew or refused"), False)
        self.given_on = self.form.add("given_on", tr("&On:"), self.date_edit(today))
        self.method = self.form.add("method", tr("&How:"), QComboBox(self))
        for value, label in CONSENT_METHOD_LABELS.items():
            self.method.addItem(tr_domain(label), str(value))
        self.note = self.form.add("note", tr("N&ote:"), self.text_box())

    def call(self) -> Callable[[Services], Any]:
        draft = ConsentDraft(self.topic.currentText(), bool(self.given.currentData()), self.given_on.text(),
                             self.method.currentData(), self.note.toPlainText())
        cid = self.client_id
        return lambda s: s.clients.add_consent(cid, draft)


class ReferralDialog(_RecordDialog):
    """The client sent to an outside agency."""

    def __init__(self, ctx: UiContext, client_id: int, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Refer to an agency"), tr("Record referral"), parent)
        self.client_id = client_id
        self.agency = self.form.add("agency", tr("&Agency:"), QLineEdit(self))
        self.reason = self.form.add("reason", tr("&Why:"), self.text_box())
        self.referred_on = self.form.add("referred_on", tr("&Referred on:"), self.date_edit(today))
        self.agency.setFocus()

    def call(self) -> Callable[[Services], Any]:
        draft = ReferralDraft(self.agency.text(), self.reason.toPlainText(), self.referred_on.text())
        cid = self.client_id
        return lambda s: s.clients.add_referral(cid, draft)


class OutcomeDialog(_RecordDialog):
    """What came of a referral."""

    def __init__(self, ctx: UiContext, referral: ReferralRecord, *, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Outcome of the referral to {agency}").format(agency=referral.agency),
                         tr("Save outcome"), parent)
        self.referral = referral
        self.outcome = self.form.add("outcome", tr("&Outcome:"), QComboBox(self))
        for value, label in REFERRAL_OUTCOME_LABELS.items():
            self.outcome.addItem(tr_domain(label), str(value))
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(referral.outcome)))
        self.outcome_on = self.form.add("outcome_on", tr("&On:"), self.date_edit(referral.outcome_on or today))
        self.note = self.form.add("note", tr("N&ote:"), self.text_box())
        self.note.setPlainText(referral.outcome_note)

    def call(self) -> Callable[[Services], Any]:
        draft = OutcomeDraft(self.outcome.currentData(), self.outcome_on.text(), self.note.toPlainText())
        ref = self.referral
        return lambda s: s.clients.record_referral_outcome(ref.id, draft, ref.version)


class ReasonDialog(_RecordDialog):
    """A reason, asked once before removing something (a void with its reason, never a delete)."""

    def __init__(self, ctx: UiContext, title: str, ok_text: str, action: Callable[[str], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, ok_text, parent)
        self._action = action
        self.reason = self.form.add("reason", tr("&Reason:"), QLineEdit(self))
        self.reason.setFocus()

    def call(self) -> Callable[[Services], Any]:
        action, reason = self._action, self.reason.text()
        return lambda s: action(s, reason)

    def _saved(self, result: Any) -> None:
        self.saved = result[0] if isinstance(result, tuple) else None
        self.accept()
