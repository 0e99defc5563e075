"""The case forms: a new case with its suggested worker, handoff, escalation, resolution, notes.

Each dialog submits through the runner and shows the service's messages beside their fields, so
a refused step (an empty outcome, a date in the future) is explained where it was typed and the
dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.cases import (
    ACCEPTABILITY_LABELS,
    EVENT_LABELS,
    PRIORITY_LABELS,
    WRITTEN_KINDS,
    Acceptability,
    CaseDetail,
    CaseDraft,
    CategoryDraft,
    CategoryRecord,
    EventKind,
    Priority,
    Resolution,
    TimelineEntry,
)
from caseworker.domain.errors import CaseworkerError, ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.routing import Candidate
from caseworker.services.container import Services
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import tr, tr_domain
from caseworker.ui.widgets.form import Form
from caseworker.ui.widgets.record_picker import RecordPicker


class _CaseDialog(QDialog):
    """A form with OK/Cancel whose OK runs :meth:`call` through the runner."""

    def __init__(self, ctx: UiContext, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(500)
        self.form = Form(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.form)
        self.layout_.addWidget(self.buttons)

    def call(self) -> Callable[[Services], Any] | None:
        """The action to run, or None after showing why the form cannot be sent."""
        raise NotImplementedError

    def submit(self) -> None:
        self.form.clear_errors()
        fn = self.call()
        if fn is None:
            self.adjustSize()  # room for the message shown beside the field
            return
        self.buttons.setEnabled(False)
        self.ctx.write(fn, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, error: CaseworkerError) -> None:
        self.buttons.setEnabled(True)
        self.form.show_error(error)
        self.adjustSize()

    def _note_edit(self, key: str, label: str, placeholder: str = "", height: int = 110) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        return self.form.add(key, label, edit)


def _worker_combo(ctx: UiContext, parent: QWidget, *, none_text: str | None = None,
                  exclude: set[int | None] | None = None, chosen: int | None = None,
                  then: Callable[[], None] | None = None) -> QComboBox:
    """A choice of workers with their specialties and load, filled when the service answers."""
    combo = QComboBox(parent)
    if none_text is not None:
        combo.addItem(none_text, None)
    combo.setEnabled(False)

    def fill(workers: list[Candidate]) -> None:
        for w in workers:
            if exclude and w.user_id in exclude:
                continue
            specialties = ", ".join(sorted(w.specialties))
            load = tr("{n} open").format(n=w.open_cases)
            combo.addItem(f"{w.name} — {specialties} · {load}" if specialties else f"{w.name} — {load}", w.user_id)
        if chosen is not None:
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.setEnabled(True)
        if then is not None:
            then()

    ctx.read(lambda s: s.cases.workers(), fill)
    return combo


class NewCaseDialog(_CaseDialog):
    """Open a case: the client, the category, and the worker routing suggests (changeable)."""

    def __init__(self, ctx: UiContext, *, client: tuple[int, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Open a case"), tr("Open case"), parent)
        form = self.form
        self.client = form.add("client_id", tr("&Client:"), RecordPicker(ctx, "client", self))
        self.client.setPlaceholderText(tr("Type part of the client's name"))
        if client is not None:
            self.client.set_record(*client)
        self.category = form.add("category_id", tr("C&ategory:"), QComboBox(self))
        self.title_edit = form.add("title", tr("&Subject:"), QLineEdit(self))
        self.title_edit.setPlaceholderText(tr("e.g. Eviction notice"))
        self.title_edit.setMaxLength(200)
        self.priority = form.add("priority", tr("&Priority:"), QComboBox(self))
        for p in Priority:
            self.priority.addItem(tr_domain(PRIORITY_LABELS[p]), p.value)
        self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL.value))
        self.assignee = form.add("assignee_id", tr("&Worker:"),
                                 _worker_combo(ctx, self, none_text=tr("Leave unassigned"), then=self._suggest))
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setWordWrap(True)
        self.suggestion.setStyleSheet("color: palette(placeholder-text);")
        self.suggestion.setAccessibleName(tr("Routing suggestion"))
        form.add_row(self.suggestion)
        self.opened_on = form.add("opened_on", tr("&Opened on:"), QLineEdit(self))
        self.opened_on.setPlaceholderText(tr("Today, or YYYY-MM-DD"))
        self.first_note = self._note_edit("first_note", tr("First &note:"),
                                          tr("What the client told you (optional)"), 90)
        self.category.currentIndexChanged.connect(lambda _i: self._suggest())
        ctx.read(lambda s: s.cases.list_categories(), self._fill_categories)
        (self.title_edit if client else self.client).setFocus()

    def _fill_categories(self, categories: list[CategoryRecord]) -> None:
        with QSignalBlocker(self.category):
            for cat in categories:
                self.category.addItem(tr("{name} — {days} business days").format(name=cat.name,
                                                                                 days=cat.target_days), cat.id)
        if not categories:
            self.suggestion.setText(tr("There are no case categories yet: a manager adds them under Cases."))
        self._suggest()

    def _suggest(self) -> None:
        category_id = self.category.currentData()
        if category_id is None or not self.assignee.isEnabled():  # the workers are still on their way
            return
        self.ctx.read(lambda s: s.cases.suggest_assignee(category_id),
                      lambda suggestion: self._suggested(category_id, suggestion))

    def _suggested(self, category_id: int, suggestion: Any) -> None:
        if category_id != self.category.currentData():
            return
        if suggestion.user_id is not None:
            index = self.assignee.findData(suggestion.user_id)
            if index >= 0:
                self.assignee.setCurrentIndex(index)
        self.suggestion.setText(tr("Suggested: {reason}").format(
            reason=tr_domain(suggestion.reason, **suggestion.params)))

    def call(self) -> Callable[[Services], Any] | None:
        draft = CaseDraft(self.client.selected_id, self.category.currentData(), self.title_edit.text(),
                          self.priority.currentData(), self.assignee.currentData(), self.opened_on.text(),
                          self.first_note.toPlainText())
        return lambda s: s.cases.open_case(draft)

    @classmethod
    def ask(cls, ctx: UiContext, *, client: tuple[int, str] | None = None,
            parent: QWidget | None = None) -> CaseDetail | None:
        dialog = cls(ctx, client=client, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_value is None:
            return None
        return dialog.result_value[0]


class HandoffDialog(_CaseDialog):
    """Hand the case to another worker with a note that stays in the timeline."""

    def __init__(self, ctx: UiContext, case: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Hand off {ref}").format(ref=case.reference), tr("Hand off"), parent)
        self._case = case
        intro = QLabel(tr("The case stays with you until the other worker accepts it in their My work."), self)
        intro.setWordWrap(True)
        self.form.add_row(intro)
        self.to_user = self.form.add("to_user_id", tr("&To:"), _worker_combo(ctx, self, exclude={case.assignee_id}))
        self.note = self._note_edit("note", tr("Handoff &note:"),
                                    tr("What the next worker needs to know: where things stand, what is due"))

    def call(self) -> Callable[[Services], Any] | None:
        case, to_user, note = self._case, self.to_user.currentData(), self.note.toPlainText()
        if to_user is None:
            self.form.show_error(ValidationError("to_user_id", N_("Choose who takes the case.")))
            return None
        return lambda s: s.cases.hand_off(case.id, to_user, note, case.version)

    @classmethod
    def ask(cls, ctx: UiContext, case: CaseDetail, parent: QWidget | None = None) -> Any:
        dialog = cls(ctx, case, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReasonDialog(_CaseDialog):
    """A step that needs a reason: escalate, reopen, return a handoff, reassign a leaver's cases."""

    def __init__(self, ctx: UiContext, title: str, explanation: str, ok_text: str,
                 submit: Callable[[Services, str], Any], parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, ok_text, parent)
        self._submit = submit
        intro = QLabel(explanation, self)
        intro.setWordWrap(True)
        self.form.add_row(intro)
        self.reason = self._note_edit("reason", tr("&Reason:"), height=80)

    def call(self) -> Callable[[Services], Any] | None:
        reason, submit = self.reason.toPlainText(), self._submit
        return lambda s: submit(s, reason)

    @classmethod
    def ask(cls, ctx: UiContext, title: str, explanation: str, ok_text: str, submit: Callable[[Services, str], Any],
            parent: QWidget | None = None) -> Any:
        dialog = cls(ctx, title, explanation, ok_text, submit, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class ResolveDialog(_CaseDialog):
    """Record how the case ended: the statistics are built on these answers."""

    def __init__(self, ctx: UiContext, case: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Resolve {ref}").format(ref=case.reference), tr("Resolve"), parent)
        self._case = case
        self.outcome = self._note_edit("outcome", tr("&Outcome:"), tr("What was achieved for the client"), 90)
        self.alone = QRadioButton(tr("&Alone"), self)
        self.with_specialist = QRadioButton(tr("With a &specialist"), self)
        self.alone.setChecked(not case.specialists)
        self.with_specialist.setChecked(bool(case.specialists))
        how = QWidget(self)
        row = QHBoxLayout(how)
        row.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(how)
        for button in (self.alone, self.with_specialist):
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        how.setAccessibleName(tr("Resolved by the worker alone or with a specialist"))
        self.form.add("resolved_alone", tr("Resolved:"), how)
        self.acceptable = self.form.add("acceptable", tr("Acceptable to the &client:"), QComboBox(self))
        self.acceptable.addItem(tr("Choose…"), None)
        for a in Acceptability:
            self.acceptable.addItem(tr_domain(ACCEPTABILITY_LABELS[a]), a.value)
        self.satisfaction = self.form.add("satisfaction", tr("&Satisfaction:"), QSpinBox(self))
        self.satisfaction.setRange(0, 5)
        self.satisfaction.setSpecialValueText(tr("Not asked"))
        self.satisfaction.setSuffix(tr(" of 5"))

    def call(self) -> Callable[[Services], Any] | None:
        acceptable = self.acceptable.currentData()
        if acceptable is None:
            self.form.show_error(ValidationError("acceptable", N_("Say whether the client found the outcome "
                                                                  "acceptable.")))
            return None
        resolution = Resolution(self.outcome.toPlainText(), self.alone.isChecked(), acceptable,
                                self.satisfaction.value() or None)
        case = self._case
        return lambda s: s.cases.resolve(case.id, resolution, case.version)

    @classmethod
    def ask(cls, ctx: UiContext, case: CaseDetail, parent: QWidget | None = None) -> Any:
        dialog = cls(ctx, case, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class SpecialistDialog(_CaseDialog):
    """Involve a specialist, often from another team, and say what for."""

    def __init__(self, ctx: UiContext, case: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Involve a specialist in {ref}").format(ref=case.reference), tr("Involve"), parent)
        self._case = case
        taken = {case.assignee_id, *(s.user_id for s in case.specialists)}
        self.user = self.form.add("user_id", tr("&Specialist:"),
                                  _worker_combo(ctx, self, exclude=taken))
        self.note = self._note_edit("note", tr("&What for:"), height=70)

    def call(self) -> Callable[[Services], Any] | None:
        user, note, case = self.user.currentData(), self.note.toPlainText(), self._case
        if user is None:
            self.form.show_error(ValidationError("user_id", N_("Choose the specialist.")))
            return None
        return lambda s: s.cases.involve_specialist(case.id, user, note)

    @classmethod
    def ask(cls, ctx: UiContext, case: CaseDetail, parent: QWidget | None = None) -> Any:
        dialog = cls(ctx, case, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class NoteDialog(_CaseDialog):
    """Write a note or log a call or visit; or correct one already written."""

    def __init__(self, ctx: UiContext, case_id: int, *, kind: EventKind = EventKind.NOTE,
                 entry: TimelineEntry | None = None, parent: QWidget | None = None) -> None:
        title = tr("Edit {kind}").format(kind=tr_domain(EVENT_LABELS[EventKind(entry.kind)]).lower()) \
            if entry else tr("Add to the timeline")
        super().__init__(ctx, title, tr("Save"), parent)
        self._case_id, self._entry = case_id, entry
        self.kind = self.form.add("kind", tr("&Kind:"), QComboBox(self))
        for k in (EventKind.NOTE, EventKind.CALL, EventKind.VISIT):
            self.kind.addItem(tr_domain(EVENT_LABELS[k]), k.value)
        self.kind.setCurrentIndex(self.kind.findData(entry.kind if entry else kind))
        self.on = self.form.add("on", tr("&Date:"), QLineEdit(self))
        self.on.setPlaceholderText(tr("Today, or YYYY-MM-DD"))
        self.text = self._note_edit("text", tr("&Text:"), tr("Confidential: readable by caseworkers and managers"),
                                    160)
        if entry is not None:
            self.kind.setEnabled(False)
            self.on.setText(entry.at.astimezone(ctx.zone).date().isoformat())
            self.on.setEnabled(False)
            self.text.setPlainText(entry.text)
        self.text.setFocus()

    def call(self) -> Callable[[Services], Any] | None:
        text = self.text.toPlainText()
        if self._entry is not None:
            entry = self._entry
            return lambda s: s.cases.edit_entry(entry.id, text, entry.version)
        case_id, kind, on = self._case_id, self.kind.currentData(), self.on.text()
        return lambda s: s.cases.add_entry(case_id, kind, text, on)

    @classmethod
    def ask(cls, ctx: UiContext, case_id: int, *, kind: EventKind = EventKind.NOTE,
            entry: TimelineEntry | None = None, parent: QWidget | None = None) -> Any:
        if entry is not None and entry.kind not in WRITTEN_KINDS:
            return None
        dialog = cls(ctx, case_id, kind=kind, entry=entry, parent=parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class CategoryDialog(_CaseDialog):
    """A case category: its target time, the specialty it is routed to and its point of contact."""

    def __init__(self, ctx: UiContext, category: CategoryRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Change category") if category else tr("Add category"), tr("Save"), parent)
        self._category = category
        form = self.form
        self.name = form.add("name", tr("&Name:"), QLineEdit(category.name if category else "", self))
        self.target = form.add("target_days", tr("&Target:"), QSpinBox(self))
        self.target.setRange(1, 260)
        self.target.setSuffix(tr(" business days"))
        self.target.setValue(category.target_days if category else 20)
        self.specialty = form.add("specialty", tr("&Specialty:"),
                                  QLineEdit(category.specialty if category else "", self))
        self.specialty.setPlaceholderText(tr("e.g. housing (empty: any caseworker)"))
        self.contact = form.add("point_of_contact_id", tr("&Point of contact:"),
                                _worker_combo(ctx, self, none_text=tr("None"),
                                              chosen=category.point_of_contact_id if category else None))
        self.description = form.add("description", tr("&Description:"),
                                    QLineEdit(category.description if category else "", self))

    def call(self) -> Callable[[Services], Any] | None:
        draft = CategoryDraft(self.name.text(), self.target.value(), self.specialty.text(),
                              self.contact.currentData(), self._category.team_id if self._category else None,
                              self.description.text(), self._category.active if self._category else True)
        cat = self._category
        if cat is None:
            return lambda s: s.cases.add_category(draft)
        return lambda s: s.cases.update_category(cat.id, draft, cat.version)

    @classmethod
    def ask(cls, ctx: UiContext, category: CategoryRecord | None = None, parent: QWidget | None = None) -> Any:
        dialog = cls(ctx, category, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReassignAllDialog(_CaseDialog):
    """A worker leaves: a manager moves all their open cases to a colleague at once."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Reassign a worker's cases"), tr("Reassign all"), parent)
        self.from_user = self.form.add("from_user_id", tr("&From:"), QComboBox(self))
        ctx.read(lambda s: s.accounts.list_users(), self._fill_users)
        self.to_user = self.form.add("to_user_id", tr("&To:"), _worker_combo(ctx, self))
        self.reason = self._note_edit("reason", tr("&Reason:"), tr("e.g. Priya has left the organisation"), 60)

    def call(self) -> Callable[[Services], Any] | None:
        src, dst, reason = self.from_user.currentData(), self.to_user.currentData(), self.reason.toPlainText()
        return lambda s: s.cases.reassign_all(src, dst, reason)

    def _fill_users(self, users: list[Any]) -> None:
        for u in users:
            self.from_user.addItem(u.display_name + ("" if u.active else tr(" (inactive)")), u.id)

    @classmethod
    def ask(cls, ctx: UiContext, parent: QWidget | None = None) -> Any:
        dialog = cls(ctx, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
