"""Funders, grant applications, stage changes, budget lines and spending."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.errors import CaseworkerError, ValidationError, ValidationErrors
from caseworker.domain.grant_targets import (
    DEMOGRAPHIC_LABELS,
    OUTPUT_LABELS,
    Demographic,
    GrantTargets,
    Output,
    TargetsDraft,
    validate_targets,
)
from caseworker.domain.grants import STAGE_LABELS, Stage, next_stages
from caseworker.domain.inputs import parse_date, parse_money, parse_optional_date
from caseworker.domain.org import CURRENCIES
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes, UserSummary
from caseworker.domain.recurrence import Frequency, MonthlyBy, SeriesRule
from caseworker.services.container import Services
from caseworker.services.grants import (
    FunderDraft,
    FunderRecord,
    GrantDetail,
    GrantDraft,
    ProgrammeRecord,
    SpendingDraft,
    validate_grant,
)
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import amount_text, format_money, tr, tr_domain
from caseworker.ui.widgets.form import Form
from caseworker.ui.widgets.record_picker import RecordPicker

# Report schedules offered in the form: (label, RRULE value without COUNT).
REPORT_SCHEDULES = [
    ("once", ""),
    ("quarterly", SeriesRule(Frequency.MONTHLY, interval=3, monthly_by=MonthlyBy.LAST_DAY).to_rrule()),
    ("monthly", SeriesRule(Frequency.MONTHLY, monthly_by=MonthlyBy.LAST_DAY).to_rrule()),
    ("half-yearly", SeriesRule(Frequency.MONTHLY, interval=6, monthly_by=MonthlyBy.LAST_DAY).to_rrule()),
    ("yearly", SeriesRule(Frequency.YEARLY).to_rrule()),
]


def _schedule_label(key: str) -> str:
    return {"once": tr("One report"), "quarterly": tr("Every quarter (last day of the month)"),
            "monthly": tr("Every month (last day)"), "half-yearly": tr("Every six months (last day of the month)"),
            "yearly": tr("Every year")}[key]


def buttons_for(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.rejected.connect(dialog.reject)
    return box


def _date_edit(parent: QWidget, value: date | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(tr("YYYY-MM-DD"))
    edit.setMaximumWidth(140)
    if value is not None:
        edit.setText(value.isoformat())
    return edit


Save = Callable[[Services], tuple[Any, Changes]]


class _Dialog(QDialog):
    """A form dialog whose OK sends one write; what the service refuses shows beside its field.

    The dialog stays open while the write runs (a modal ``exec()`` keeps its event loop going)
    and closes when the result arrives.
    """

    def __init__(self, ctx: UiContext, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = Form(self)
        self.buttons = buttons_for(self, ok_text)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._submit)
        self.changes = Changes()
        self.result_value: Any = None

    def finish_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def save(self) -> Save:
        """Read the form on the GUI thread (raising what is wrong with it already) and return
        the action that saves it, to run on the worker."""
        raise NotImplementedError

    def _submit(self) -> None:
        self.form.clear_errors()
        try:
            action = self.save()
        except CaseworkerError as exc:
            self.form.show_error(exc)
            return
        self.buttons.setEnabled(False)
        self.ctx.write(action, self._saved, self._refused)

    def _saved(self, result: tuple[Any, Changes]) -> None:
        self.buttons.setEnabled(True)
        self.result_value, self.changes = result
        self.accept()

    def _refused(self, error: CaseworkerError) -> None:
        self.buttons.setEnabled(True)
        self.form.show_error(error)


class FunderDialog(_Dialog):
    def __init__(self, ctx: UiContext, funder: FunderRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Add funder") if funder is None else tr("Change funder"), tr("Save"), parent)
        self._funder = funder
        self.name = self.form.add("name", tr("&Name:"), QLineEdit(self))
        self.website = self.form.add("website", tr("&Website:"), QLineEdit(self))
        self.email = self.form.add("email", tr("&Email:"), QLineEdit(self))
        self.phone = self.form.add("phone", tr("&Phone:"), QLineEdit(self))
        self.notes = self.form.add("notes", tr("N&otes:"), QPlainTextEdit(self))
        self.notes.setMaximumHeight(90)
        self.active = self.form.add("active", tr("&Active:"), QCheckBox(self))
        self.active.setChecked(True)
        if funder is not None:
            self.name.setText(funder.name)
            self.website.setText(funder.website)
            self.email.setText(funder.email)
            self.phone.setText(funder.phone)
            self.notes.setPlainText(funder.notes)
            self.active.setChecked(funder.active)
        self.finish_layout()

    def save(self) -> Save:
        f = self._funder
        draft = FunderDraft(self.name.text(), self.website.text(), self.email.text(), self.phone.text(),
                            self.notes.toPlainText(), self.active.isChecked())
        funder_id, version = (f.id, f.version) if f else (None, None)
        return lambda s: s.grants.save_funder(draft, funder_id=funder_id, expected_version=version)

    @classmethod
    def ask(cls, ctx: UiContext, funder: FunderRecord | None = None,
            parent: QWidget | None = None) -> tuple[FunderRecord, Changes] | None:
        dialog = cls(ctx, funder, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value, dialog.changes  # type: ignore[return-value]
        return None


class ProgrammeDialog(_Dialog):
    def __init__(self, ctx: UiContext, funder_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Add programme"), tr("Add"), parent)
        self._funder_id = funder_id
        self.name = self.form.add("name", tr("&Name:"), QLineEdit(self))
        self.description = self.form.add("description", tr("&Description:"), QPlainTextEdit(self))
        self.description.setMaximumHeight(80)
        self.finish_layout()

    def save(self) -> Save:
        funder_id, name, description = self._funder_id, self.name.text(), self.description.toPlainText()
        return lambda s: s.grants.add_programme(funder_id, name, description)

    @classmethod
    def ask(cls, ctx: UiContext, funder_id: int, parent: QWidget | None = None) -> Changes | None:
        dialog = cls(ctx, funder_id, parent)
        return dialog.changes if dialog.exec() == QDialog.DialogCode.Accepted else None


class GrantDialog(_Dialog):
    """Add an application or change its details (its stage moves through :class:`StageDialog`).

    The funders, their programmes and the people who may own an application are read after the
    form is built; OK waits for them, so a programme is never lost to a list not yet filled.
    """

    def __init__(self, ctx: UiContext, grant: GrantDetail | None, *, currency: str,
                 funder_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("New grant application") if grant is None else tr("Change grant application"),
                         tr("Save"), parent)
        self.setMinimumWidth(560)
        self._grant = grant
        self._wanted_funder = grant.funder_id if grant is not None else funder_id
        self._wanted_programme = grant.programme_id if grant is not None else None
        self._choices_pending = True
        self._programmes_asked = 0
        self._programmes_pending = False
        form = self.form
        self.title = form.add("title", tr("&Title:"), QLineEdit(self))
        self.funder = form.add("funder_id", tr("&Funder:"), QComboBox(self))
        self.programme = form.add("programme_id", tr("&Programme:"), QComboBox(self))
        self.programme.addItem(tr("No particular programme"), None)
        self.applicant = form.add("client_id", tr("Applying &for:"), QComboBox(self))
        self.applicant.addItem(tr("The organisation"), "organisation")
        self.client = RecordPicker(ctx, "client", self)
        self.client.setPlaceholderText(tr("Type part of the client's name"))
        self.client.setAccessibleName(tr("Client applied for"))
        if ctx.actor.can(Action.READ_CLIENTS):
            self.applicant.addItem(tr("A client"), "client")
            form.add("client_pick", tr("&Client:"), self.client)
            self.client.setEnabled(False)
            self.applicant.currentIndexChanged.connect(
                lambda _i: self.client.setEnabled(self.applicant.currentData() == "client"))
        self.owner = form.add("owner_id", tr("&Owner:"), QComboBox(self))
        self.owner.addItem(tr("Nobody in particular"), None)
        self.currency = form.add("currency", tr("C&urrency:"), QComboBox(self))
        self.currency.addItems(list(CURRENCIES))
        self.currency.setCurrentText(currency)
        self.requested = form.add("requested", tr("Amount &requested:"), QLineEdit(self))
        self.requested.setPlaceholderText("0.00")
        self.purpose = form.add("purpose", tr("Pu&rpose:"), QPlainTextEdit(self))
        self.purpose.setMaximumHeight(70)
        self.deadline = form.add("submission_deadline", tr("Submission &deadline:"), _date_edit(self))
        self.decision = form.add("decision_expected", tr("Decision e&xpected:"), _date_edit(self))
        self.period_start = form.add("period_start", tr("Grant period &from:"), _date_edit(self))
        self.period_end = form.add("period_end", tr("Grant period &to:"), _date_edit(self))
        self.report_first = form.add("report_first_due", tr("First report &due:"), _date_edit(self))
        self.report_schedule = form.add("report_rule", tr("Reports:"), QComboBox(self))
        for key, rule in REPORT_SCHEDULES:
            self.report_schedule.addItem(_schedule_label(key), rule)
        self.report_count = form.add("report_count", tr("Number of reports:"), QSpinBox(self))
        self.report_count.setRange(1, 40)
        self.report_count.setValue(4)
        self.documents = QPlainTextEdit(self)
        if grant is None:
            form.add("documents", tr("Documents &needed:"), self.documents)
            self.documents.setPlaceholderText(tr("One per line, e.g. Budget, Annual accounts"))
            self.documents.setMaximumHeight(80)
        self.notes = form.add("notes", tr("N&otes:"), QPlainTextEdit(self))
        self.notes.setMaximumHeight(70)
        if grant is not None:
            self._fill(grant)
        self.finish_layout()
        self._update_ok()
        ctx.read(lambda s: (s.grants.funders(), s.accounts.list_users(include_inactive=False)),
                 self._fill_choices)

    def _fill(self, g: GrantDetail) -> None:
        """Everything but the choices read from the services (see :meth:`_fill_choices`)."""
        self.title.setText(g.row.title)
        if g.client_id is not None and self.applicant.findData("client") >= 0:
            self.applicant.setCurrentIndex(self.applicant.findData("client"))
            self.client.set_record(g.client_id, g.row.applicant)
        self.currency.setCurrentText(g.row.currency)
        self.requested.setText(str(g.row.requested))
        self.purpose.setPlainText(g.purpose)
        for edit, value in ((self.deadline, g.submission_deadline), (self.decision, g.decision_expected),
                            (self.period_start, g.period_start), (self.period_end, g.period_end),
                            (self.report_first, g.report_first_due)):
            edit.setText(value.isoformat() if value else "")
        if g.report_rule:
            rule = SeriesRule.from_rrule(g.report_rule)
            self.report_count.setValue(rule.count or 4)
            base = rule.with_end().to_rrule()
            self.report_schedule.setCurrentIndex(max(0, self.report_schedule.findData(base)))
        self.notes.setPlainText(g.notes)

    def _fill_choices(self, answer: tuple[list[FunderRecord], list[UserSummary]]) -> None:
        funders, users = answer
        for f in funders:
            self.funder.addItem(f.name, f.id)
        if self._wanted_funder is not None and self.funder.findData(self._wanted_funder) >= 0:
            self.funder.setCurrentIndex(self.funder.findData(self._wanted_funder))
        for user in users:
            self.owner.addItem(user.display_name, user.id)
        owner = self._grant.owner_id if self._grant is not None else self.ctx.actor.user_id
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner)))
        self.funder.currentIndexChanged.connect(self._load_programmes)
        self._choices_pending = False
        self._load_programmes()

    def _load_programmes(self, *_args: object) -> None:
        self.programme.clear()
        self.programme.addItem(tr("No particular programme"), None)
        funder_id = self.funder.currentData()
        self._programmes_asked += 1
        if funder_id is None:
            self._programmes_pending = False
            self._update_ok()
            return
        ticket = self._programmes_asked
        self._programmes_pending = True
        self._update_ok()
        self.ctx.read(lambda s: s.grants.programmes(funder_id),
                      lambda found: self._show_programmes(ticket, found))

    def _show_programmes(self, ticket: int, programmes: list[ProgrammeRecord]) -> None:
        if ticket != self._programmes_asked:
            return  # the user chose another funder meanwhile: its own answer follows
        for p in programmes:
            self.programme.addItem(p.name, p.id)
        if self._wanted_programme is not None:
            self.programme.setCurrentIndex(max(0, self.programme.findData(self._wanted_programme)))
            self._wanted_programme = None
        self._programmes_pending = False
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(not self._choices_pending and not self._programmes_pending)

    def draft(self) -> GrantDraft:
        errors: list[ValidationError] = []
        values: dict[str, object] = {}
        for key, edit in (("submission_deadline", self.deadline), ("decision_expected", self.decision),
                          ("period_start", self.period_start), ("period_end", self.period_end),
                          ("report_first_due", self.report_first)):
            try:
                values[key] = parse_optional_date(edit.text(), key)
            except ValidationError as exc:
                errors.append(exc)
        requested: Decimal | None = None
        try:
            requested = parse_money(amount_text(self.requested.text()), "requested")
        except ValidationError as exc:
            errors.append(exc)
        client_id = None
        if self.applicant.currentData() == "client":
            client_id = self.client.selected_id
            if client_id is None:
                errors.append(ValidationError("client_pick", tr("Choose the client from the list.")))
        rule = self.report_schedule.currentData() or ""
        if rule:
            rule = SeriesRule.from_rrule(rule).with_end(count=self.report_count.value()).to_rrule()
        documents = tuple(self.documents.toPlainText().splitlines()) if self._grant is None else ()
        draft = GrantDraft(self.funder.currentData(), self.title.text(), requested, self.currency.currentText(),
                           self.programme.currentData(), client_id, self.owner.currentData(),
                           self.purpose.toPlainText(), values.get("submission_deadline"),  # type: ignore[arg-type]
                           values.get("decision_expected"), values.get("period_start"),  # type: ignore[arg-type]
                           values.get("period_end"), values.get("report_first_due"),  # type: ignore[arg-type]
                           rule, self.notes.toPlainText(), documents)
        if errors:
            # Show every field's problem at once: what the service would also refuse joins these.
            try:
                validate_grant(replace(draft, requested=requested or Decimal("1.00")))
            except ValidationErrors as more:
                seen = {e.field for e in errors}
                errors += [e for e in more.errors if e.field not in seen]
            raise ValidationErrors(errors)
        return draft

    def save(self) -> Save:
        g, draft = self._grant, self.draft()
        grant_id, version = (g.id, g.version) if g else (None, None)
        return lambda s: s.grants.save_grant(draft, grant_id=grant_id, expected_version=version)

    @classmethod
    def ask(cls, ctx: UiContext, grant: GrantDetail | None = None, *, currency: str,
            funder_id: int | None = None, parent: QWidget | None = None) -> tuple[GrantDetail, Changes] | None:
        dialog = cls(ctx, grant, currency=currency, funder_id=funder_id, parent=parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value, dialog.changes  # type: ignore[return-value]
        return None


class StageDialog(_Dialog):
    """Move an application to its next stage; awarding asks for the amount awarded."""

    def __init__(self, ctx: UiContext, grant: GrantDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Move “{title}”").format(title=grant.row.title), tr("Move"), parent)
        self._grant = grant
        current = QLabel(tr("Now: {stage}").format(stage=tr_domain(STAGE_LABELS[grant.row.stage])), self)
        self.form.add_row(current)
        self.target = self.form.add("stage", tr("&Move to:"), QComboBox(self))
        for stage in next_stages(grant.row.stage):
            self.target.addItem(tr_domain(STAGE_LABELS[stage]), stage.value)
        self.awarded = self.form.add("awarded", tr("Amount &awarded:"), QLineEdit(self))
        self.awarded.setPlaceholderText(format_money(grant.row.requested, grant.row.currency))
        self.reason = self.form.add("reason", tr("&Note:"), QLineEdit(self))
        self.reason.setPlaceholderText(tr("Optional: why, for the audit log"))
        self.target.currentIndexChanged.connect(self._update)
        self._update()
        self.finish_layout()

    def _update(self, *_args: object) -> None:
        self.awarded.setEnabled(self.target.currentData() == Stage.AWARDED.value)

    def save(self) -> Save:
        target = self.target.currentData()
        if target is None:
            raise ValidationError("stage", tr("This application has reached the end of the pipeline."))
        awarded = parse_money(amount_text(self.awarded.text()), "awarded") if target == Stage.AWARDED.value else None
        grant_id, version, stage, reason = self._grant.id, self._grant.version, Stage(target), self.reason.text()
        return lambda s: s.grants.move_stage(grant_id, stage, version, awarded=awarded, reason=reason)

    @classmethod
    def ask(cls, ctx: UiContext, grant: GrantDetail, parent: QWidget | None = None) -> tuple[GrantDetail, Changes] | None:
        dialog = cls(ctx, grant, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value, dialog.changes  # type: ignore[return-value]
        return None


class BudgetLineDialog(_Dialog):
    def __init__(self, ctx: UiContext, grant: GrantDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Add budget line"), tr("Add"), parent)
        self._grant = grant
        if grant.balance is not None:
            note = QLabel(tr("Not yet given a line: {amount}").format(
                amount=format_money(grant.balance.unallocated, grant.row.currency)), self)
            self.form.add_row(note)
        self.category = self.form.add("category", tr("&Category:"), QLineEdit(self))
        self.category.setPlaceholderText(tr("e.g. Staff, Rent, Client aid"))
        self.amount = self.form.add("amount", tr("&Amount:"), QLineEdit(self))
        self.finish_layout()

    def save(self) -> Save:
        amount = parse_money(amount_text(self.amount.text()), "amount")
        grant_id, category = self._grant.id, self.category.text()
        return lambda s: s.grants.add_budget_line(grant_id, category, amount)

    @classmethod
    def ask(cls, ctx: UiContext, grant: GrantDetail, parent: QWidget | None = None) -> tuple[GrantDetail, Changes] | None:
        dialog = cls(ctx, grant, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value, dialog.changes  # type: ignore[return-value]
        return None


class SpendingDialog(_Dialog):
    """Record spending on a budget line, or link the aid disbursement that was the spending."""

    def __init__(self, ctx: UiContext, grant: GrantDetail, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Record spending"), tr("Record"), parent)
        self._grant = grant
        currency = grant.row.currency
        self.line = self.form.add("budget_line_id", tr("Budget &line:"), QComboBox(self))
        for line in grant.balance.lines if grant.balance else ():
            self.line.addItem(tr("{category} — {left} left").format(
                category=line.category, left=format_money(line.remaining, currency)), line.line_id)
        self.amount = self.form.add("amount", tr("&Amount:"), QLineEdit(self))
        self.spent_on = self.form.add("spent_on", tr("&Date:"), _date_edit(self, today))
        self.description = self.form.add("description", tr("&What for:"), QLineEdit(self))
        self.disbursement = QSpinBox(self)
        self.disbursement.setRange(0, 2_000_000_000)
        self.disbursement.setSpecialValueText(tr("None"))
        if ctx.actor.can(Action.READ_AID):
            self.form.add("disbursement_id", tr("Aid &disbursement no.:"), self.disbursement)
            hint = QLabel(tr("When an aid payment is the spending, give its number: its amount is used, "
                             "and it can be counted on one grant only."), self)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(placeholder-text); font-size: 11px;")
            self.form.add_row(hint)
            self.disbursement.valueChanged.connect(lambda v: self.amount.setEnabled(v == 0))
        self.finish_layout()

    def save(self) -> Save:
        disbursement = self.disbursement.value() or None
        errors: list[ValidationError] = []
        amount = None
        spent_on = None
        if disbursement is None:
            try:
                amount = parse_money(amount_text(self.amount.text()), "amount")
            except ValidationError as exc:
                errors.append(exc)
        try:
            spent_on = parse_date(self.spent_on.text(), "spent_on")
        except ValidationError as exc:
            errors.append(exc)
        if self.line.currentData() is None:
            errors.append(ValidationError("budget_line_id", tr("Add a budget line first.")))
        if errors:
            raise ValidationErrors(errors)
        assert spent_on is not None
        draft = SpendingDraft(self.line.currentData(), amount, spent_on, self.description.text(), disbursement)
        grant_id = self._grant.id
        return lambda s: s.grants.record_spending(grant_id, draft)

    @classmethod
    def ask(cls, ctx: UiContext, grant: GrantDetail, *, today: date,
            parent: QWidget | None = None) -> tuple[GrantDetail, Changes] | None:
        dialog = cls(ctx, grant, today=today, parent=parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value, dialog.changes  # type: ignore[return-value]
        return None


class GrantTargetsDialog(_Dialog):
    """What the application promised its funder: output targets, named outcomes (with how many were
    reached so far), the demographics the funder asks to see, and the report's narrative.

    The targets held are read once the form is built; OK waits for them, so saving never wipes
    targets the form had not yet shown.
    """

    OUTCOME_ROWS = 8

    def __init__(self, ctx: UiContext, grant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Targets and outcomes"), tr("Save"), parent)
        self.setMinimumWidth(680)
        self._grant_id = grant_id
        form = self.form
        intro = QLabel(tr("Targets are for the whole grant. The grant report sets what was reached against them."),
                      self)
        intro.setWordWrap(True)
        form.add_row(intro)
        self.outputs: dict[Output, QLineEdit] = {}
        for output in Output:
            edit = QLineEdit(self)
            edit.setPlaceholderText(tr("No target"))
            edit.setMaximumWidth(140)
            self.outputs[output] = form.add(output.value, tr_domain(OUTPUT_LABELS[output]) + ":", edit)
        self.outcomes = QTableWidget(self.OUTCOME_ROWS, 3, self)
        self.outcomes.setHorizontalHeaderLabels([tr("Outcome"), tr("Target"), tr("Reached so far")])
        self.outcomes.verticalHeader().hide()
        header = self.outcomes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.outcomes.setAccessibleName(tr("Outcomes with their targets"))
        self.outcomes.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it, typing edits
        self.outcomes.setMinimumHeight(200)
        form.add("outcomes", tr("&Outcomes:"), self.outcomes)
        demographics = QWidget(self)
        row = QHBoxLayout(demographics)
        row.setContentsMargins(0, 0, 0, 0)
        self.demographics: dict[Demographic, QCheckBox] = {}
        for d in Demographic:
            box = QCheckBox(tr_domain(DEMOGRAPHIC_LABELS[d]), demographics)
            box.setAccessibleName(tr("Report people served by {what}").format(what=tr_domain(DEMOGRAPHIC_LABELS[d])))
            row.addWidget(box)
            self.demographics[d] = box
        row.addStretch(1)
        form.add("demographics", tr("Funder asks for:"), demographics)
        self.narrative = form.add("narrative", tr("&Narrative:"), QPlainTextEdit(self))
        self.narrative.setPlaceholderText(tr("Progress this period, in your words, for the report"))
        self.narrative.setMaximumHeight(110)
        self.finish_layout()
        self.ok_button.setEnabled(False)  # until the targets held are shown
        ctx.read(lambda s: s.grant_targets.targets(grant_id), self._fill, self._refused)

    def _fill(self, targets: GrantTargets) -> None:
        for output, edit in self.outputs.items():
            value = targets.outputs.get(output)
            edit.setText("" if value is None else str(value))
        self.outcomes.setRowCount(max(self.OUTCOME_ROWS, len(targets.outcomes) + 2))
        for r, outcome in enumerate(targets.outcomes):
            for c, value in enumerate((outcome.name, str(outcome.target),
                                       "" if outcome.achieved is None else str(outcome.achieved))):
                self.outcomes.setItem(r, c, QTableWidgetItem(value))
        for d, box in self.demographics.items():
            box.setChecked(d in targets.demographics)
        self.narrative.setPlainText(targets.narrative)
        self.ok_button.setEnabled(True)

    def _cell(self, r: int, c: int) -> str:
        item = self.outcomes.item(r, c)
        return item.text() if item is not None else ""

    def draft(self) -> TargetsDraft:
        return TargetsDraft(
            outputs={o.value: edit.text() for o, edit in self.outputs.items()},
            outcomes=tuple((self._cell(r, 0), self._cell(r, 1), self._cell(r, 2))
                           for r in range(self.outcomes.rowCount())),
            demographics=tuple(d.value for d, box in self.demographics.items() if box.isChecked()),
            narrative=self.narrative.toPlainText())

    def _submit(self) -> None:
        try:
            validate_targets(self.draft())  # what is wrong shows before anything is sent
        except CaseworkerError as exc:
            self._refused(exc)
            return
        super()._submit()

    def save(self) -> Save:
        draft, grant_id = self.draft(), self._grant_id
        return lambda s: s.grant_targets.set_targets(grant_id, draft)

    def _refused(self, error: CaseworkerError) -> None:
        """An outcome's error goes beside the outcomes table, naming its row."""
        self.buttons.setEnabled(True)
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        shown: list[ValidationError] = []
        rows: list[str] = []
        for e in errors:
            if isinstance(e, ValidationError) and e.field.startswith("outcome_"):
                rows.append(tr("Row {row}: {message}").format(row=e.field.split("_")[1],
                                                               message=tr_domain(e.message, **e.params)))
            elif isinstance(e, ValidationError):
                shown.append(e)
            else:
                self.form.show_error(e)
                return
        self.form.clear_errors()
        if shown:
            self.form.show_error(shown[0] if len(shown) == 1 else ValidationErrors(shown))
        if rows:
            self.form.set_error("outcomes", "\n".join(rows))

    @classmethod
    def ask(cls, ctx: UiContext, grant_id: int, parent: QWidget | None = None) -> Changes | None:
        dialog = cls(ctx, grant_id, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.changes
        return None


class ReportSubmittedDialog(_Dialog):
    """Mark one scheduled report as sent to the funder, with the day it went."""

    def __init__(self, ctx: UiContext, grant_id: int, due_on: date, *, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Report submitted"), tr("Mark submitted"), parent)
        self._grant_id, self._due_on = grant_id, due_on
        intro = QLabel(tr("The report due on {day}: when did it go to the funder?").format(day=due_on.isoformat()),
                       self)
        intro.setWordWrap(True)
        self.form.add_row(intro)
        self.submitted_on = self.form.add("submitted_on", tr("&Submitted on:"), _date_edit(self, today))
        self.finish_layout()

    def save(self) -> Save:
        submitted_on = parse_date(self.submitted_on.text(), "submitted_on")
        grant_id, due_on = self._grant_id, self._due_on
        return lambda s: s.grant_reports.mark_submitted(grant_id, due_on, submitted_on)

    @classmethod
    def ask(cls, ctx: UiContext, grant_id: int, due_on: date, *, today: date,
            parent: QWidget | None = None) -> tuple[Any, Changes] | None:
        dialog = cls(ctx, grant_id, due_on, today=today, parent=parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value, dialog.changes
        return None
