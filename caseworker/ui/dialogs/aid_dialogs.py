"""Recording a disbursement, editing a fund, and voiding with a reason."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.aid import KIND_LABELS, PERIOD_LABELS, WINDOW_LABELS, AidKind, BudgetPeriod, CapWindow, PayeeKind
from caseworker.domain.errors import CaseworkerError, ValidationError, ValidationErrors
from caseworker.domain.inputs import parse_money, parse_optional_money
from caseworker.domain.org import CURRENCIES
from caseworker.services.aid import AmountCheck, DisbursementDraft, FundDraft, FundRecord
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import amount_text, error_text, format_money, tr, tr_domain
from caseworker.ui.widgets.flag_strip import FlagStrip
from caseworker.ui.widgets.form import Form
from caseworker.ui.widgets.record_picker import RecordPicker


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


AMOUNT_PAUSE_MS = 300


class DisbursementDialog(QDialog):
    """Record aid for a client from a fund, showing what the cap and budget still allow."""

    def __init__(self, ctx: UiContext, funds: list[FundRecord], *, today: date,
                 client: tuple[int, str] | None = None, fund_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Record disbursement"))
        self.setMinimumWidth(480)
        self._ctx = ctx
        self.result_row = None
        form = self.form = Form(self)
        self.client = form.add("client_id", tr("&Client:"), RecordPicker(ctx, "client", self))
        self.client.setPlaceholderText(tr("Type part of the client's name"))
        # Whoever the aid is for, their flags show before anything is given.
        self.flags = FlagStrip(self)
        form.add_row(self.flags)
        if client is not None:
            self.client.set_record(*client)
        self.fund = form.add("fund_id", tr("&Fund:"), QComboBox(self))
        for f in funds:
            self.fund.addItem(f.name, f.id)
        if fund_id is not None and self.fund.findData(fund_id) >= 0:
            self.fund.setCurrentIndex(self.fund.findData(fund_id))
        self.kind = form.add("kind", tr("&Kind:"), QComboBox(self))
        for kind in AidKind:
            self.kind.addItem(tr_domain(KIND_LABELS[kind]), kind.value)
        self.amount = form.add("amount", tr("&Amount:"), QLineEdit(self))
        self.amount.setPlaceholderText("0.00")
        self.when = form.add("disbursed_on", tr("&Date:"), QDateEdit(_qdate(today), self))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.third_party = form.add("payee_kind", tr("Paid to a &third party:"), QCheckBox(self))
        self.payee = form.add("payee_name", tr("&Payee:"), QLineEdit(self))
        self.payee.setPlaceholderText(tr("e.g. the landlord or the energy supplier"))
        self.payee.setEnabled(False)
        self.third_party.toggled.connect(self.payee.setEnabled)
        self.purpose = form.add("purpose", tr("P&urpose:"), QPlainTextEdit(self))
        self.purpose.setMaximumHeight(80)
        self.allowance = QLabel(self)
        self.allowance.setWordWrap(True)
        self.allowance.setObjectName("allowance")
        self.allowance.setAccessibleName(tr("What the limits still allow"))
        form.add_row(self.allowance)
        self.buttons = _buttons(self, tr("Record"))
        self.buttons.accepted.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.buttons)
        self._funds = {f.id: f for f in funds}
        self._asked: tuple[int, int, date] | None = None
        self._checked: tuple[int, int, Decimal, date] | None = None
        # The amount is checked against the cap and the budget once typing pauses, beside the field.
        self._amount_timer = QTimer(self)
        self._amount_timer.setSingleShot(True)
        self._amount_timer.setInterval(AMOUNT_PAUSE_MS)
        self._amount_timer.timeout.connect(self.check_amount)
        self.amount.textChanged.connect(lambda _t: self._amount_timer.start())
        for signal in (self.client.picked, self.fund.currentIndexChanged, self.when.dateChanged):
            signal.connect(self._update_allowance)
            signal.connect(lambda *_a: self._amount_timer.start())
        self.client.picked.connect(self._show_flags)
        self._update_allowance()
        self._show_flags(self.client.selected_id)

    def _show_flags(self, client_id: int | None) -> None:
        hit = self.client.selected_hit
        if client_id is None:
            self.flags.set_flags(None)
        elif hit is not None and hit.client_flags is not None:
            self.flags.set_flags(hit.client_flags)
        else:  # opened from the client's file: the picker knows the name only
            self._ctx.read(lambda s: s.clients.get(client_id).flags,
                           lambda flags: self.client.selected_id == client_id and self.flags.set_flags(flags))

    def check_amount(self) -> None:
        """Ask the service whether Record would accept the amount now typed, and say so beside it."""
        self._amount_timer.stop()
        fund_id, client_id, text = self.fund.currentData(), self.client.selected_id, self.amount.text().strip()
        if not text:
            self._checked = None
            self.form.set_error("amount", "")
            return
        try:
            amount = parse_money(text, "amount")
        except ValidationError as exc:
            self._checked = None
            self.form.set_error("amount", error_text(exc))
            return
        if fund_id is None or client_id is None:
            self._checked = None
            self.form.set_error("amount", "")
            return
        on = _pydate(self.when.date())
        asked = (client_id, fund_id, amount, on)
        self._checked = asked
        self._ctx.read(lambda s: s.aid.check_amount(client_id, fund_id, amount, on),
                       lambda check: self._show_check(asked, check),
                       lambda exc: self._checked == asked and self.form.set_error("amount", error_text(exc)))

    def _show_check(self, asked: tuple[int, int, Decimal, date], check: AmountCheck) -> None:
        if asked != self._checked:  # typed on, or the client, fund or date changed meanwhile
            return
        if check.refusal is not None:
            self.form.set_error("amount", error_text(check.refusal))
        elif check.needs_approval:
            self.form.set_error("amount", tr("Over the fund's approval threshold: a manager approves it before it is paid."))
        else:
            self.form.set_error("amount", "")

    def _update_allowance(self, *_args: object) -> None:
        fund_id, client_id = self.fund.currentData(), self.client.selected_id
        if fund_id is None or client_id is None:
            self.allowance.setText(tr("Choose the client and the fund to see what can still be given."))
            return
        on = _pydate(self.when.date())
        asked = (client_id, fund_id, on)
        self._asked = asked
        self._ctx.read(lambda s: s.aid.preview(client_id, fund_id, on),
                       lambda left: self._show_allowance(asked, *left),
                       lambda exc: self._asked == asked and self.allowance.setText(exc.text()))

    def _show_allowance(self, asked: tuple[int, int, date], cap_left: Decimal | None,
                        budget_left: Decimal | None) -> None:
        if asked != self._asked:  # the client, fund or date changed meanwhile
            return
        currency = self._funds[asked[1]].currency
        parts = []
        if cap_left is not None:
            parts.append(tr("Up to {amount} more for this client under the fund's cap.").format(
                amount=format_money(cap_left, currency)))
        if budget_left is not None:
            parts.append(tr("{amount} left in the fund's budget for this period.").format(
                amount=format_money(budget_left, currency)))
        self.allowance.setText(" ".join(parts) or tr("This fund has no cap or budget limit."))

    def draft(self) -> DisbursementDraft:
        errors = []
        if self.client.selected_id is None:
            errors.append(ValidationError("client_id", tr("Choose a client from the list.")))
        if self.fund.currentData() is None:
            errors.append(ValidationError("fund_id", tr("Choose a fund.")))
        try:
            amount = parse_money(amount_text(self.amount.text()), "amount")
        except ValidationError as exc:
            errors.append(exc)
            amount = Decimal(0)
        if errors:
            raise ValidationErrors(errors)
        return DisbursementDraft(
            client_id=self.client.selected_id, fund_id=self.fund.currentData(),
            kind=AidKind(self.kind.currentData()), amount=amount, disbursed_on=_pydate(self.when.date()),
            payee_kind=PayeeKind.THIRD_PARTY if self.third_party.isChecked() else PayeeKind.CLIENT,
            payee_name=self.payee.text(), purpose=self.purpose.toPlainText())

    def _save(self) -> None:
        self.form.clear_errors()
        try:
            draft = self.draft()
        except CaseworkerError as exc:
            self.form.show_error(exc)
            return
        self.buttons.setEnabled(False)
        self._ctx.write(lambda s: s.aid.record_disbursement(draft), self._recorded, self._refused)

    def _recorded(self, result: tuple[object, object]) -> None:
        self.buttons.setEnabled(True)
        self.result_row = result[0]
        self.accept()

    def _refused(self, exc: CaseworkerError) -> None:
        self.buttons.setEnabled(True)
        self.form.show_error(exc)


class FundDialog(QDialog):
    """Add or change a fund: its budget, the cap per client and the approval threshold."""

    def __init__(self, ctx: UiContext, fund: FundRecord | None, *, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add fund") if fund is None else tr("Change fund"))
        self.setMinimumWidth(460)
        self._ctx, self._fund = ctx, fund
        self.saved = None
        form = self.form = Form(self)
        self.name = form.add("name", tr("&Name:"), QLineEdit(self))
        self.currency = form.add("currency", tr("C&urrency:"), QComboBox(self))
        self.currency.addItems(list(CURRENCIES))
        self.period = form.add("budget_period", tr("Budget &period:"), QComboBox(self))
        for p in BudgetPeriod:
            self.period.addItem(tr_domain(PERIOD_LABELS[p]), p.value)
        self.budget = form.add("budget", tr("&Budget:"), QLineEdit(self))
        self.budget.setPlaceholderText(tr("empty: no limit"))
        self.cap = form.add("client_cap", tr("&Cap per client:"), QLineEdit(self))
        self.cap.setPlaceholderText(tr("empty: no cap"))
        self.window = form.add("cap_window", tr("Cap &counted:"), QComboBox(self))
        for w in CapWindow:
            self.window.addItem(tr_domain(WINDOW_LABELS[w]), w.value)
        self.threshold = form.add("approval_threshold", tr("Manager approval &above:"), QLineEdit(self))
        self.threshold.setPlaceholderText(tr("empty: never needed"))
        self.restrictions = form.add("restrictions", tr("&Restrictions:"), QPlainTextEdit(self))
        self.restrictions.setMaximumHeight(80)
        self.active = form.add("active", tr("&Open for new aid:"), QCheckBox(self))
        self.active.setChecked(True)
        self.currency.setCurrentText(currency)
        if fund is not None:
            self.name.setText(fund.name)
            self.currency.setCurrentText(fund.currency)
            self.period.setCurrentIndex(self.period.findData(fund.budget_period.value))
            self.window.setCurrentIndex(self.window.findData(fund.cap_window.value))
            for edit, value in ((self.budget, fund.budget), (self.cap, fund.client_cap),
                                (self.threshold, fund.approval_threshold)):
                edit.setText("" if value is None else str(value))
            self.restrictions.setPlainText(fund.restrictions)
            self.active.setChecked(fund.active)
        self.buttons = _buttons(self, tr("Save"))
        self.buttons.accepted.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        self.form.clear_errors()
        errors, amounts = [], {}
        for key, edit in (("budget", self.budget), ("client_cap", self.cap), ("approval_threshold", self.threshold)):
            try:
                amounts[key] = parse_optional_money(amount_text(edit.text()), key, allow_zero=True)
            except ValidationError as exc:
                errors.append(exc)
        try:
            if errors:
                raise ValidationErrors(errors)
            draft = FundDraft(self.name.text(), self.restrictions.toPlainText(), self.currency.currentText(),
                              BudgetPeriod(self.period.currentData()), amounts["budget"], amounts["client_cap"],
                              CapWindow(self.window.currentData()), amounts["approval_threshold"],
                              self.active.isChecked())
        except CaseworkerError as exc:
            self.form.show_error(exc)
            return
        f = self._fund
        self.buttons.setEnabled(False)
        self._ctx.write(lambda s: s.aid.save_fund(draft, fund_id=f.id if f else None,
                                                  expected_version=f.version if f else None),
                        self._saved, self._refused)

    def _saved(self, result: tuple[FundRecord, object]) -> None:
        self.buttons.setEnabled(True)
        self.saved = result[0]
        self.accept()

    def _refused(self, exc: CaseworkerError) -> None:
        self.buttons.setEnabled(True)
        self.form.show_error(exc)


class ReasonDialog(QDialog):
    """Ask once, naming what will happen, for the reason a record is voided."""

    def __init__(self, title: str, explanation: str, action_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(explanation, self)
        label.setWordWrap(True)
        self.form = Form(self)
        self.reason = self.form.add("reason", tr("&Reason:"), QLineEdit(self))
        self.buttons = _buttons(self, action_text)
        self.buttons.accepted.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        if not self.reason.text().strip():
            self.form.set_error("reason", tr("Say why, for the audit log."))
            return
        self.accept()

    @classmethod
    def ask(cls, title: str, explanation: str, action_text: str, parent: QWidget | None = None) -> str | None:
        dialog = cls(title, explanation, action_text, parent)
        return dialog.reason.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None
