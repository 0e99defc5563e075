"""Recording one gift, a recurring gift or pledge, and the reason for a void.

Amounts are checked as the user leaves the field (``parse_money``: NaN, Infinity, negatives,
1e400 and fractions of a cent are refused with a message beside it), and again by the service.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.errors import ValidationError
from caseworker.domain.gifts import (
    FREQUENCY_LABELS,
    METHOD_LABELS,
    AppealResponse,
    GiftDraft,
    GiftMethod,
    GiftRecord,
    ScheduleDraft,
    ScheduleKind,
    ScheduleRecord,
    SoftCreditDraft,
    eligible_amount,
)
from caseworker.domain.inputs import clean_text, parse_money, parse_optional_money
from caseworker.domain.listing import ListQuery
from caseworker.services.container import Services
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import amount_text, error_text, format_money, tr, tr_domain
from caseworker.ui.widgets.form import Form


def _method_combo(parent: QWidget, default: GiftMethod = GiftMethod.CHEQUE) -> QComboBox:
    combo = QComboBox(parent)
    for method, label in METHOD_LABELS.items():
        combo.addItem(tr_domain(label), method.value)
    combo.setCurrentIndex(combo.findData(default.value))
    return combo


class GiftDialog(QDialog):
    """One gift from one donor; ``saved`` holds the record once the service accepted it."""

    def __init__(self, ctx: UiContext, donor_id: int, donor_name: str, parent: QWidget | None = None,
                 schedules: list[ScheduleRecord] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.donor_id = donor_id
        self.saved: GiftRecord | None = None
        self.setWindowTitle(tr("Record a gift from {name}").format(name=donor_name))
        self.setMinimumWidth(500)
        form = self.form = Form(self)
        currency = ctx.org.currency
        self.amount = form.add("amount", tr("&Amount ({currency}):").format(currency=currency), QLineEdit(self))
        self.amount.setPlaceholderText(tr("e.g. 50.00"))
        self.gift_date = form.add("gift_date", tr("&Received on:"), QLineEdit(date.today().isoformat(), self))
        self.method = form.add("method", tr("&Method:"), _method_combo(self))
        self.appeal_code = form.add("appeal_code", tr("A&ppeal code:"), QLineEdit(self))
        self.appeal_code.setPlaceholderText(tr("e.g. XMAS26"))
        self.fund = form.add("fund", tr("&Fund:"), QLineEdit(self))
        self.fund.setPlaceholderText(tr("e.g. General"))
        self.schedule = form.add("schedule_id", tr("&Towards:"), QComboBox(self))
        self.schedule.addItem(tr("A one-off gift"), None)
        for sc in schedules or []:
            if sc.status == "active":
                kind = tr("Pledge") if sc.kind == ScheduleKind.PLEDGE else tr("Recurring gift")
                self.schedule.addItem(f"{kind}: {format_money(sc.amount, sc.currency)} · {sc.rrule}", sc.id)
        self.in_kind = form.add("in_kind_description", tr("Gift &in kind:"), QLineEdit(self))
        self.in_kind.setPlaceholderText(tr("What was given; the amount above is its value"))
        self.advantage_description = form.add("advantage_description", tr("Given in &return:"), QLineEdit(self))
        self.advantage_description.setPlaceholderText(tr("e.g. Gala dinner ticket"))
        self.advantage_value = form.add("advantage_value", tr("Its &value:"), QLineEdit(self))
        self.advantage_value.setPlaceholderText(tr("0.00"))
        self.soft_credit = form.add("soft_credits", tr("&Soft credit to:"), QLineEdit(self))
        self.soft_credit.setPlaceholderText(tr("Another donor to recognise, e.g. a spouse (name)"))
        self.reference = form.add("reference", tr("Re&ference:"), QLineEdit(self))
        self.reference.setPlaceholderText(tr("Cheque number, transaction id"))
        self.thanked_on = form.add("thanked_on", tr("T&hanked on:"), QLineEdit(self))
        self.thanked_on.setPlaceholderText(tr("YYYY-MM-DD, once the thank-you went out"))
        self.note = form.add("note", tr("N&ote:"), QPlainTextEdit(self))
        self.note.setMaximumHeight(56)
        self.note.setTabChangesFocus(True)
        self.eligible = QLabel(self)
        self.eligible.setObjectName("eligible")
        self.eligible.setAccessibleName(tr("Receiptable amount"))
        self.eligible.setStyleSheet("color: palette(placeholder-text);")
        form.add_row(self.eligible)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Record gift"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)
        self.amount.editingFinished.connect(self._check_amount)
        self.advantage_value.editingFinished.connect(self._check_amount)
        self.amount.setFocus()

    def _check_amount(self) -> None:
        try:
            amount = parse_money(amount_text(self.amount.text()), "amount")
            self.form.set_error("amount", "")
        except ValidationError as exc:
            if self.amount.text().strip():
                self.form.set_error("amount", error_text(exc))
            self.eligible.clear()
            return
        try:
            advantage = parse_optional_money(amount_text(self.advantage_value.text()), "advantage_value", allow_zero=True)
            self.form.set_error("advantage_value", "")
        except ValidationError as exc:
            self.form.set_error("advantage_value", error_text(exc))
            return
        if advantage:
            eligible = eligible_amount(amount, advantage)
            self.eligible.setText(tr("Receiptable: {amount}").format(amount=format_money(eligible, self.ctx.org.currency)))
        else:
            self.eligible.clear()

    def _soft_credit_ids(self, s: Services, text: str) -> list[int]:
        """Up to two donors matching the soft credit typed (one is a match; two, ambiguous)."""
        return s.donors.list_ids(ListQuery(text=text, sort="name"))[:2] if text else []

    def draft(self, soft_credits: tuple[SoftCreditDraft, ...] = ()) -> GiftDraft:
        in_kind = self.in_kind.text()
        method = GiftMethod.IN_KIND.value if in_kind.strip() else self.method.currentData()
        return GiftDraft(
            donor_id=self.donor_id, amount=amount_text(self.amount.text()), gift_date=self.gift_date.text(), method=method,
            fund=self.fund.text(), appeal_code=self.appeal_code.text(), in_kind_description=in_kind,
            advantage_description=self.advantage_description.text(), advantage_value=self.advantage_value.text(),
            reference=self.reference.text(), note=self.note.toPlainText(), thanked_on=self.thanked_on.text(),
            schedule_id=self.schedule.currentData(), soft_credits=soft_credits)

    def submit(self) -> None:
        self.form.clear_errors()
        text = self.soft_credit.text().strip()
        if not text:
            self._record(())
            return
        self.ctx.read(lambda s: self._soft_credit_ids(s, text), self._credit_found, self.form.show_error)

    def _credit_found(self, ids: list[int]) -> None:
        if len(ids) != 1:
            self.form.set_error("soft_credits", tr("No donor matches.") if not ids
                                else tr("Several donors match — type more of the name."))
            return
        self._record((SoftCreditDraft(ids[0]),))

    def _record(self, credits: tuple[SoftCreditDraft, ...]) -> None:
        draft = self.draft(credits)
        self.ctx.write(lambda s: s.gifts.record_gift(draft), self._saved, self.form.show_error)

    def _saved(self, result: tuple[GiftRecord, object]) -> None:
        self.saved = result[0]
        self.accept()

    @classmethod
    def ask(cls, ctx: UiContext, donor_id: int, donor_name: str, parent: QWidget | None = None,
            schedules: list[ScheduleRecord] | None = None) -> GiftRecord | None:
        dialog = cls(ctx, donor_id, donor_name, parent, schedules)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class ScheduleDialog(QDialog):
    """A recurring gift or a pledge with its instalment schedule."""

    def __init__(self, ctx: UiContext, donor_id: int, donor_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.donor_id = donor_id
        self.saved: ScheduleRecord | None = None
        self.setWindowTitle(tr("Recurring gift or pledge from {name}").format(name=donor_name))
        form = self.form = Form(self)
        self.kind = form.add("kind", tr("&Kind:"), QComboBox(self))
        self.kind.addItem(tr("Recurring gift"), ScheduleKind.RECURRING.value)
        self.kind.addItem(tr("Pledge"), ScheduleKind.PLEDGE.value)
        self.amount = form.add("amount", tr("Each &instalment:"), QLineEdit(self))
        self.rrule = form.add("rrule", tr("&Every:"), QComboBox(self))
        for frequency, label in FREQUENCY_LABELS.items():
            self.rrule.addItem(tr_domain(label), frequency.value)
        self.rrule.setCurrentIndex(1)
        self.starts_on = form.add("starts_on", tr("&First on:"), QLineEdit(date.today().isoformat(), self))
        self.ends_on = form.add("ends_on", tr("&Last on:"), QLineEdit(self))
        self.ends_on.setPlaceholderText(tr("Empty: until cancelled"))
        self.pledged_total = form.add("pledged_total", tr("Pledged &total:"), QLineEdit(self))
        self.method = form.add("method", tr("&Method:"), _method_combo(self, GiftMethod.DIRECT_DEBIT))
        self.fund = form.add("fund", tr("F&und:"), QLineEdit(self))
        self.appeal_code = form.add("appeal_code", tr("A&ppeal code:"), QLineEdit(self))
        self.kind.currentIndexChanged.connect(
            lambda _i: self.pledged_total.setEnabled(self.kind.currentData() == ScheduleKind.PLEDGE))
        self.pledged_total.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)

    def submit(self) -> None:
        self.form.clear_errors()
        draft = ScheduleDraft(self.donor_id, self.kind.currentData(), amount_text(self.amount.text()), self.rrule.currentData(),
                              self.starts_on.text(), self.ends_on.text(), self.pledged_total.text(),
                              self.method.currentData(), self.fund.text(), self.appeal_code.text())
        self.ctx.write(lambda s: s.gifts.add_schedule(draft), self._saved, self.form.show_error)

    def _saved(self, result: tuple[ScheduleRecord, object]) -> None:
        self.saved = result[0]
        self.accept()

    @classmethod
    def ask(cls, ctx: UiContext, donor_id: int, donor_name: str,
            parent: QWidget | None = None) -> ScheduleRecord | None:
        dialog = cls(ctx, donor_id, donor_name, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReasonDialog(QDialog):
    """Asks why (a void, a cancellation); the action is named on its button."""

    def __init__(self, title: str, prompt: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        form = self.form = Form(self)
        prompt_label = QLabel(prompt, self)
        prompt_label.setWordWrap(True)
        form.add_row(prompt_label)
        self.reason = form.add("reason", tr("&Reason:"), QLineEdit(self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)

    def _check(self) -> None:
        try:
            clean_text(self.reason.text(), "reason", max_chars=1000, required=True)
        except ValidationError as exc:
            self.form.show_error(exc)
            return
        self.accept()

    @classmethod
    def ask(cls, title: str, prompt: str, action: str, parent: QWidget | None = None) -> str | None:
        dialog = cls(title, prompt, action, parent)
        return dialog.reason.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AppealResponseDialog(QDialog):
    """Gifts and amounts per appeal code (voids left out), largest total first."""

    def __init__(self, ctx: UiContext, rows: list[AppealResponse], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Appeal response"))
        self.setMinimumSize(720, 420)
        money = ctx.org.currency
        headers = [tr("Appeal"), tr("Gifts"), tr("Donors"), tr("Total"), tr("Average gift"), tr("First gift"),
                   tr("Last gift")]
        self.table = QTableWidget(len(rows), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(tr("Appeal response"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            values = [row.appeal_code or tr("(no appeal)"), f"{row.gifts:,}", f"{row.donors:,}",
                      format_money(row.total, money), format_money(row.average, money),
                      row.first_gift_on.isoformat() if row.first_gift_on else "",
                      row.last_gift_on.isoformat() if row.last_gift_on else ""]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if 1 <= c <= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, ctx: UiContext, parent: QWidget | None = None) -> None:
        ctx.read(lambda s: s.gifts.appeal_response(), lambda rows: cls(ctx, rows, parent).exec())
