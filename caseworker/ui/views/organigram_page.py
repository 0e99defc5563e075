"""Settings → Teams and routing: the organigram, edited by managers.

Teams (members, the case categories they handle, point of contact, backup, phone and e-mail),
people (specialties, title, phone, working days and hours, backup), a leaver's work handed on in
one step, and how early cases remind their workers. Routing reads the same records, so the next
case goes by what is saved here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.cases import CategoryRecord
from caseworker.domain.guard import WEEKDAY_LABELS, Weekday
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.organigram import HandOnResult, PersonDraft, PersonRecord, TeamDraft, TeamRecord
from caseworker.services.tasks import ReminderRules
from caseworker.ui import icons
from caseworker.ui.context import UiContext
from caseworker.ui.i18n import tr, tr_domain
from caseworker.ui.widgets.form import Form

if TYPE_CHECKING:
    from caseworker.services.container import Services


def _checklist(parent: QWidget, name: str) -> QListWidget:
    box = QListWidget(parent)
    box.setAccessibleName(name)
    box.setMaximumHeight(140)
    return box


def _fill_checklist(box: QListWidget, items: list[tuple[int | str, str]], checked: set[Any]) -> None:
    box.clear()
    for ident, text in items:
        item = QListWidgetItem(text, box)
        item.setData(Qt.ItemDataRole.UserRole, ident)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Checked if ident in checked else Qt.CheckState.Unchecked)


def _checked(box: QListWidget) -> list[Any]:
    return [box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked]


def _person_combo(combo: QComboBox, people: list[PersonRecord], current: int | None, none_text: str) -> None:
    combo.clear()
    combo.addItem(none_text, None)
    for p in people:
        combo.addItem(p.name, p.user_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))


class OrganigramPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("organigram")
        self._loaded = False
        self.teams_data: list[TeamRecord] = []
        self.people_data: list[PersonRecord] = []
        self.categories: list[CategoryRecord] = []
        heading = QLabel(tr("Teams and routing"), self)
        heading.setStyleSheet("font-size: 17px; font-weight: 600;")
        note = QLabel(tr("New cases go to the team that handles their category, to its specialists first, then "
                         "to whoever has the fewest open cases. Changes apply to the next case."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Teams, people and reminders"))
        self.tabs.addTab(self._teams_tab(), icons.icon("users"), tr("&Teams"))
        self.tabs.addTab(self._people_tab(), icons.icon("user-round"), tr("&People"))
        self.tabs.addTab(self._reminders_tab(), icons.icon("bell"), tr("&Reminders"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)

    # -- teams --------------------------------------------------------------------------------
    def _teams_tab(self) -> QWidget:
        host = QWidget(self)
        self.team_list = QListWidget(host)
        self.team_list.setAccessibleName(tr("Teams"))
        self.team_list.currentRowChanged.connect(self._show_team)
        self.add_team_button = QPushButton(icons.icon("plus"), tr("&Add team"), host)
        self.add_team_button.clicked.connect(self.new_team)
        left = QWidget(host)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.team_list)
        lv.addWidget(self.add_team_button)
        self.team_form = Form(host)
        f = self.team_form
        self.team_name = f.add("name", tr("&Name:"), QLineEdit(host))
        self.team_description = f.add("description", tr("&Description:"), QLineEdit(host))
        self.team_poc = f.add("point_of_contact_id", tr("Point of &contact:"), QComboBox(host))
        self.team_backup = f.add("backup_id", tr("&Backup:"), QComboBox(host))
        self.team_phone = f.add("phone", tr("P&hone:"), QLineEdit(host))
        self.team_email = f.add("email", tr("&E-mail:"), QLineEdit(host))
        self.team_members = f.add("member_ids", tr("&Members:"), _checklist(host, tr("Members")))
        self.team_categories = f.add("category_ids", tr("Handles &categories:"),
                                     _checklist(host, tr("Case categories the team handles")))
        self.team_active = f.add("active", tr("In &use:"), QCheckBox(host))
        self.save_team_button = QPushButton(icons.icon("save"), tr("&Save team"), host)
        self.save_team_button.clicked.connect(self.save_team)
        f.add_row(self.save_team_button)
        self._team_id: int | None = None
        self._team_version: int | None = None
        splitter = QSplitter(host)
        splitter.addWidget(left)
        splitter.addWidget(self.team_form)
        splitter.setSizes([200, 500])
        layout = QVBoxLayout(host)
        layout.addWidget(splitter)
        return host

    def _show_team(self, row: int) -> None:
        team = self.teams_data[row] if 0 <= row < len(self.teams_data) else None
        self._fill_team(team)

    def _fill_team(self, team: TeamRecord | None) -> None:
        self.team_form.clear_errors()
        self._team_id = team.id if team else None
        self._team_version = team.version if team else None
        self.team_name.setText(team.name if team else "")
        self.team_description.setText(team.description if team else "")
        _person_combo(self.team_poc, self.people_data, team.point_of_contact_id if team else None, tr("Nobody"))
        _person_combo(self.team_backup, self.people_data, team.backup_id if team else None, tr("Nobody"))
        self.team_phone.setText(team.phone if team else "")
        self.team_email.setText(team.email if team else "")
        _fill_checklist(self.team_members, [(p.user_id, p.name) for p in self.people_data],
                        set(team.member_ids) if team else set())
        _fill_checklist(self.team_categories, [(c.id, c.name) for c in self.categories],
                        set(team.category_ids) if team else set())
        self.team_active.setChecked(team.active if team else True)

    def new_team(self) -> None:
        self.team_list.clearSelection()
        self._fill_team(None)
        self.team_name.setFocus()

    def team_draft(self) -> TeamDraft:
        return TeamDraft(self.team_name.text(), self.team_description.text(), self.team_poc.currentData(),
                         self.team_backup.currentData(), self.team_phone.text(), self.team_email.text(),
                         frozenset(_checked(self.team_members)), frozenset(_checked(self.team_categories)),
                         self.team_active.isChecked())

    def save_team(self) -> None:
        draft, team_id, version = self.team_draft(), self._team_id, self._team_version
        self.team_form.clear_errors()
        self.ctx.write(lambda s: s.organigram.save_team(team_id, draft, version), self._team_saved,
                       self.team_form.show_error)

    def _team_saved(self, result: tuple[TeamRecord, Changes]) -> None:
        # The page reloads on the runner's notice of the change; the saved team is selected then.
        self._reselect = result[0].id

    # -- people -------------------------------------------------------------------------------
    def _people_tab(self) -> QWidget:
        host = QWidget(self)
        self.people_list = QListWidget(host)
        self.people_list.setAccessibleName(tr("People"))
        self.people_list.currentRowChanged.connect(self._show_person)
        self.person_form = Form(host)
        f = self.person_form
        self.person_specialties = f.add("specialties", tr("&Specialties:"), QLineEdit(host))
        self.person_specialties.setPlaceholderText(tr("housing, benefits"))
        self.person_title = f.add("job_title", tr("Job &title:"), QLineEdit(host))
        self.person_phone = f.add("phone", tr("P&hone:"), QLineEdit(host))
        days = QWidget(host)
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.person_days: dict[str, QCheckBox] = {}
        for d in Weekday:
            box = QCheckBox(tr_domain(WEEKDAY_LABELS[d])[:3], days)
            box.setAccessibleName(tr_domain(WEEKDAY_LABELS[d]))
            self.person_days[d.value] = box
            row.addWidget(box)
        days.setAccessibleName(tr("Working days"))
        f.add("work_days", tr("Working &days:"), days)
        self.person_from = f.add("work_from", tr("&From:"), QLineEdit(host))
        self.person_to = f.add("work_to", tr("&Until:"), QLineEdit(host))
        for edit in (self.person_from, self.person_to):
            edit.setPlaceholderText("09:00")
            edit.setMaximumWidth(90)
        self.person_backup = f.add("backup_id", tr("&Backup:"), QComboBox(host))
        buttons = QHBoxLayout()
        self.save_person_button = QPushButton(icons.icon("save"), tr("Sa&ve person"), host)
        self.save_person_button.clicked.connect(self.save_person)
        self.hand_on_button = QPushButton(icons.icon("user-round-x"), tr("&Hand on their work…"), host)
        self.hand_on_button.setToolTip(tr("A person leaving: their open cases and tasks go on in one step"))
        self.hand_on_button.clicked.connect(self.hand_on)
        buttons.addWidget(self.save_person_button)
        buttons.addWidget(self.hand_on_button)
        buttons.addStretch(1)
        holder = QWidget(host)
        holder.setLayout(buttons)
        f.add_row(holder)
        splitter = QSplitter(host)
        splitter.addWidget(self.people_list)
        splitter.addWidget(self.person_form)
        splitter.setSizes([200, 500])
        layout = QVBoxLayout(host)
        layout.addWidget(splitter)
        return host

    def current_person(self) -> PersonRecord | None:
        row = self.people_list.currentRow()
        return self.people_data[row] if 0 <= row < len(self.people_data) else None

    def _show_person(self, _row: int) -> None:
        p = self.current_person()
        self.person_form.clear_errors()
        self.person_specialties.setText(", ".join(p.specialties) if p else "")
        self.person_title.setText(p.job_title if p else "")
        self.person_phone.setText(p.phone if p else "")
        for d, box in self.person_days.items():
            box.setChecked(bool(p) and d in p.work_days)
        self.person_from.setText(p.work_from if p else "")
        self.person_to.setText(p.work_to if p else "")
        _person_combo(self.person_backup, [q for q in self.people_data if p is None or q.user_id != p.user_id],
                      p.backup_id if p else None, tr("Nobody"))

    def person_draft(self) -> PersonDraft:
        specialties = frozenset(s.strip() for s in self.person_specialties.text().split(",") if s.strip())
        return PersonDraft(specialties, self.person_title.text(), self.person_phone.text(),
                           frozenset(d for d, box in self.person_days.items() if box.isChecked()),
                           self.person_from.text().strip(), self.person_to.text().strip(),
                           self.person_backup.currentData())

    def save_person(self) -> None:
        person = self.current_person()
        if person is None:
            return
        draft = self.person_draft()
        self.person_form.clear_errors()
        self.ctx.write(lambda s: s.organigram.save_person(person.user_id, draft), None, self.person_form.show_error)

    def hand_on(self) -> None:
        person = self.current_person()
        if person is None:
            return
        result = HandOnDialog.ask(self.ctx, person, [p for p in self.people_data if p.user_id != person.user_id],
                                  self)
        if result is not None:
            outcome: HandOnResult = result[0]
            shared = ", ".join(f"{name}: {n}" for name, n in outcome.shared.items()) or tr("nobody")
            QMessageBox.information(self, tr("Work handed on"), tr(
                "{cases} open cases and {tasks} tasks of {name} were handed on ({shared}).").format(
                cases=outcome.cases, tasks=outcome.tasks, name=person.name, shared=shared))

    # -- reminders ----------------------------------------------------------------------------
    def _reminders_tab(self) -> QWidget:
        host = QWidget(self)
        self.rules_form = Form(host)
        self.rule_days = self.rules_form.add("days", tr("Remind a case's &worker:"), QSpinBox(host))
        self.rule_days.setRange(0, 60)
        self.rule_days.setSuffix(tr(" business days before it is due"))
        self.rule_escalation = self.rules_form.add("on_escalation", tr("On &escalation:"),
                                                   QCheckBox(tr("Remind the worker at once"), host))
        self.category_rules = QWidget(host)
        self.category_rules_form = Form(self.category_rules)
        QVBoxLayout(self.category_rules).addWidget(self.category_rules_form)
        self.rule_spins: dict[int, QSpinBox] = {}
        self.rules_form.add_row(QLabel(tr("For a category of its own:"), host))
        self.rules_form.add_row(self.category_rules)
        self.save_rules_button = QPushButton(icons.icon("save"), tr("Save &reminders"), host)
        self.save_rules_button.clicked.connect(self.save_rules)
        self.rules_form.add_row(self.save_rules_button)
        self._rules: ReminderRules | None = None
        layout = QVBoxLayout(host)
        layout.addWidget(self.rules_form)
        layout.addStretch(1)
        return host

    def save_rules(self) -> None:
        by_category = {cid: spin.value() for cid, spin in self.rule_spins.items() if spin.value() >= 0}
        rules = ReminderRules(self.rule_days.value(), by_category, self.rule_escalation.isChecked())
        self.rules_form.clear_errors()
        self.ctx.write(lambda s: s.tasks.set_reminder_rules(rules), None, self.rules_form.show_error)

    # -- loading ------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        def load(s: Services) -> tuple[list[TeamRecord], list[PersonRecord], list[CategoryRecord], ReminderRules]:
            return (s.organigram.teams(), s.organigram.people(), s.cases.list_categories(),
                    s.tasks.reminder_rules())

        self.ctx.read(load, self._loaded_data)

    def _loaded_data(self, data: tuple[list[TeamRecord], list[PersonRecord], list[CategoryRecord],
                                       ReminderRules]) -> None:
        self.teams_data, self.people_data, self.categories, self._rules = data
        reselect = getattr(self, "_reselect", None)
        current_team = reselect or (self._team_id if self._team_id else None)
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for t in self.teams_data:
            QListWidgetItem(t.name if t.active else tr("{name} (not in use)").format(name=t.name), self.team_list)
        self.team_list.blockSignals(False)
        row = next((i for i, t in enumerate(self.teams_data) if t.id == current_team), 0 if self.teams_data else -1)
        self.team_list.setCurrentRow(row)
        self._fill_team(self.teams_data[row] if row >= 0 else None)
        person = self.current_person()
        self.people_list.blockSignals(True)
        self.people_list.clear()
        for p in self.people_data:
            extra = tr("{cases} open cases, {tasks} tasks").format(cases=p.open_cases, tasks=p.open_tasks)
            QListWidgetItem(f"{p.name} — {extra}", self.people_list)
        self.people_list.blockSignals(False)
        prow = next((i for i, p in enumerate(self.people_data) if person and p.user_id == person.user_id),
                    0 if self.people_data else -1)
        self.people_list.setCurrentRow(prow)
        self._show_person(prow)
        self.rule_days.setValue(self._rules.default_days)
        self.rule_escalation.setChecked(self._rules.on_escalation)
        self._fill_category_rules()

    def _fill_category_rules(self) -> None:
        by_category = (self._rules.by_category if self._rules else None) or {}
        for cat in self.categories:
            spin = self.rule_spins.get(cat.id)
            if spin is None:
                spin = QSpinBox(self.category_rules)
                spin.setRange(-1, 60)
                spin.setSpecialValueText(tr("As the default"))
                spin.setSuffix(tr(" business days before"))
                spin.setAccessibleName(tr("Reminder for {category}").format(category=cat.name))
                self.category_rules_form.add(f"category-{cat.id}", cat.name + ":", spin)
                self.rule_spins[cat.id] = spin
            spin.setValue(by_category.get(cat.id, -1))

    def on_changes(self, changes: Changes) -> None:
        # A case or task handed on changes the workload beside each person.
        if self._loaded and changes.touches(ChangeKind.TEAM, ChangeKind.USER, ChangeKind.CASE_CATEGORY,
                                            ChangeKind.CASE, ChangeKind.TASK):
            self.reload()


class HandOnDialog(QDialog):
    """A leaver's open cases and tasks, to one person or shared by routing, with a reason."""

    def __init__(self, ctx: UiContext, person: PersonRecord, others: list[PersonRecord],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: Any = None
        self._person = person
        self.setWindowTitle(tr("Hand on the work of {name}").format(name=person.name))
        self.setMinimumWidth(460)
        self.form = Form(self)
        intro = QLabel(tr("{cases} open cases and {tasks} open tasks will be handed on in one step; each client "
                          "is introduced to their new worker.").format(cases=person.open_cases,
                                                                       tasks=person.open_tasks), self)
        intro.setWordWrap(True)
        self.form.add_row(intro)
        self.to = self.form.add("to_user_id", tr("&To:"), QComboBox(self))
        self.to.addItem(tr("Share them by routing and workload"), None)
        for p in others:
            self.to.addItem(p.name, p.user_id)
        self.reason = self.form.add("reason", tr("&Reason:"), QLineEdit(self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Hand on"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def submit(self) -> None:
        person, to, reason = self._person, self.to.currentData(), self.reason.text()
        self.form.clear_errors()
        self.ctx.write(lambda s: s.organigram.hand_on(person.user_id, to, reason), self._done, self.form.show_error)

    def _done(self, result: Any) -> None:
        self.result_value = result
        self.accept()

    @classmethod
    def ask(cls, ctx: UiContext, person: PersonRecord, others: list[PersonRecord],
            parent: QWidget | None = None) -> Any:
        dialog = cls(ctx, person, others, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
