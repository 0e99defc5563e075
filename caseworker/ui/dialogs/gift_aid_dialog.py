"""Recording a donor's Gift Aid declaration, and cancelling one."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from caseworker.domain.gift_aid import METHOD_LABELS, SCOPE_LABELS, Declaration, DeclarationMethod, DeclarationScope
from caseworker.services.gift_aid import DeclarationDraft
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import tr, tr_domain
from caseworker.ui.widgets.form import Form


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


class DeclarationDialog(QDialog):
    """When and how the donor declared, and which gifts the declaration covers."""

    def __init__(self, ctx: UiContext, donor_id: int, donor_name: str, gifts: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.donor_id = donor_id
        self.saved: Declaration | None = None
        self.setWindowTitle(tr("Gift Aid declaration from {name}").format(name=donor_name))
        form = self.form = Form(self)
        self.declared_on = form.add("declared_on", tr("&Made on:"), QLineEdit(date.today().isoformat(), self))
        self.declared_on.setPlaceholderText(tr("YYYY-MM-DD"))
        self.scope = form.add("scope", tr("&Covers:"), QComboBox(self))
        for scope in DeclarationScope:
            self.scope.addItem(tr_domain(SCOPE_LABELS[scope]), scope.value)
        # HMRC's model declaration: the past four years and every future gift.
        self.scope.setCurrentIndex(self.scope.findData(DeclarationScope.PAST_AND_FUTURE.value))
        self.method = form.add("method", tr("&How made:"), QComboBox(self))
        for method in DeclarationMethod:
            self.method.addItem(tr_domain(METHOD_LABELS[method]), method.value)
        self.confirmation = form.add("confirmation_sent_on", tr("Confirmation &letter sent on:"), QLineEdit(self))
        self.confirmation.setPlaceholderText(tr("YYYY-MM-DD (oral declarations)"))
        self.gift = form.add("gift_id", tr("&Gift:"), QComboBox(self))
        for gift_id, label in gifts:
            self.gift.addItem(label, gift_id)
        self.note = form.add("note", tr("&Note:"), QLineEdit(self))
        buttons = _buttons(self, tr("Record declaration"))
        buttons.accepted.connect(self.submit)
        self.scope.currentIndexChanged.connect(self._enable)
        self.method.currentIndexChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)
        self._enable()
        self.declared_on.setFocus()

    def _enable(self) -> None:
        self.confirmation.setEnabled(self.method.currentData() == DeclarationMethod.ORAL.value)
        self.gift.setEnabled(self.scope.currentData() == DeclarationScope.THIS_GIFT.value)

    def draft(self) -> DeclarationDraft:
        this_gift = self.scope.currentData() == DeclarationScope.THIS_GIFT.value
        return DeclarationDraft(
            self.donor_id, self.declared_on.text(), self.scope.currentData(), self.method.currentData(),
            gift_id=self.gift.currentData() if this_gift else None,
            confirmation_sent_on=self.confirmation.text() if self.confirmation.isEnabled() else None,
            note=self.note.text())

    def submit(self) -> None:
        self.form.clear_errors()
        draft = self.draft()
        self.ctx.write(lambda s: s.gift_aid.record_declaration(draft), self._saved, self.form.show_error)

    def _saved(self, result: tuple[Declaration, object]) -> None:
        self.saved = result[0]
        self.accept()

    @classmethod
    def ask(cls, ctx: UiContext, donor_id: int, donor_name: str, gifts: list[tuple[int, str]],
            parent: QWidget | None = None) -> Declaration | None:
        dialog = cls(ctx, donor_id, donor_name, gifts, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class CancelDeclarationDialog(QDialog):
    """The day the cancellation takes effect and why: gifts from that day carry no Gift Aid."""

    def __init__(self, ctx: UiContext, declaration: Declaration, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.declaration = declaration
        self.saved: Declaration | None = None
        self.setWindowTitle(tr("Cancel Gift Aid declaration"))
        form = self.form = Form(self)
        self.effective = form.add("cancelled_on", tr("&Takes effect on:"), QLineEdit(date.today().isoformat(), self))
        self.reason = form.add("reason", tr("&Reason:"), QLineEdit(self))
        self.reason.setPlaceholderText(tr("e.g. No longer pays UK tax"))
        buttons = _buttons(self, tr("Cancel declaration"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Keep it"))
        buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def submit(self) -> None:
        self.form.clear_errors()
        ident, version = self.declaration.id, self.declaration.version
        effective, reason = self.effective.text(), self.reason.text()
        self.ctx.write(lambda s: s.gift_aid.cancel_declaration(ident, effective, reason, version),
                       self._saved, self.form.show_error)

    def _saved(self, result: tuple[Declaration, object]) -> None:
        self.saved = result[0]
        self.accept()

    @classmethod
    def ask(cls, ctx: UiContext, declaration: Declaration, parent: QWidget | None = None) -> Declaration | None:
        dialog = cls(ctx, declaration, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
