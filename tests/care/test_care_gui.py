"""Window tests (offscreen): My work's tasks and check-ins, the bell, Ctrl+T, the task dialog's advice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGroupBox

from caseworker.domain.care import RecordKind, RhythmDraft, TaskDraft
from caseworker.domain.cases import CaseDraft
from caseworker.ui.dialogs.care_dialogs import LogContactDialog, TaskDialog
from caseworker.ui.my_work.tasks import CheckInsPanel, MyTasksPanel
from tests.care.conftest import CareOffice, set_zone

pytestmark = pytest.mark.sqlite_only


def _panel(window, cls):
    window.show_section(window.sections[0])
    return next(p for p in window.sections[0].panels if isinstance(p, cls))


def test_my_work_shows_tasks_with_overdue_in_red_and_ticking_one_completes_it(
        care_office: CareOffice, open_window, qtbot) -> None:
    o = care_office
    now = datetime.now(UTC)
    o.priya.tasks.now_override = None
    o.priya.tasks.add_task(TaskDraft("Ring the landlord", now - timedelta(hours=2), RecordKind.CLIENT,
                                     o.client))
    o.priya.tasks.add_task(TaskDraft("Tidy the files", now + timedelta(days=2)))
    window = open_window(o.priya)
    panel = _panel(window, MyTasksPanel)
    assert panel.list.count() == 2
    first = panel.list.item(0)
    assert "Ring the landlord" in first.text() and "overdue" in first.text()
    assert first.foreground().color().name() == "#b3261e"
    assert "1 overdue" in QGroupBox.title(panel)
    first.setCheckState(Qt.CheckState.Checked)
    assert [t.title for t in o.priya.tasks.my_tasks()] == ["Tidy the files"]
    assert panel.list.count() == 1


def test_a_fundraiser_sees_no_client_task_and_no_check_ins_panel(care_office: CareOffice, open_window) -> None:
    o = care_office
    o.priya.tasks.add_task(TaskDraft("Ring the landlord", None, RecordKind.CLIENT, o.client))
    o.joe.tasks.add_task(TaskDraft("Thank the patron", None, RecordKind.DONOR, o.donor))
    window = open_window(o.joe)
    panel = _panel(window, MyTasksPanel)
    assert [panel.list.item(i).text().split(" — ")[0] for i in range(panel.list.count())] == ["Thank the patron"]
    assert not any(isinstance(p, CheckInsPanel) for p in window.sections[0].panels)


def test_check_ins_panel_logs_a_call_and_the_check_in_moves_on(care_office: CareOffice, open_window,
                                                               monkeypatch) -> None:
    from caseworker.db.models import Client

    o = care_office
    o.priya.care.now_override = None
    o.priya.cases.today_override = None
    with o.db.transaction("test: key worker") as s:
        s.get(Client, o.client).key_worker_id = o.priya.actor.user_id
    o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=o.priya.actor.user_id))
    o.priya.care.set_rhythm(o.client, RhythmDraft(7, "phone"))
    from caseworker.db.models import ContactRhythm
    with o.db.transaction("test: a rhythm a month old") as s:
        rhythm = s.query(ContactRhythm).one()
        rhythm.started_on = rhythm.started_on - timedelta(days=30)
    window = open_window(o.priya)
    panel = _panel(window, CheckInsPanel)
    assert panel.list.count() == 1 and "Yusuf, Amina" in panel.list.item(0).text()

    def fill(dialog_self):
        dialog_self.text.setPlainText("Spoke about the rent plan")
        dialog_self.submit()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LogContactDialog, "exec", fill)
    panel.log()
    assert "Every client is in touch" in panel.list.item(0).text()
    assert panel.item_count() == 0


def test_the_task_dialog_warns_outside_the_clients_times_and_saves_anyway(care_office: CareOffice, qtbot) -> None:
    from caseworker.settings import Settings
    from caseworker.ui.context import UiContext
    from caseworker.ui.runner import Runner

    o = care_office
    set_zone(o.db, "Europe/London")
    o.priya.care.set_rhythm(o.client, RhythmDraft(14, "phone", frozenset({"tue"}), "10:00", "12:00"))
    ctx = UiContext(o.priya, Runner(synchronous=True), Settings(), o.priya.settings.get())
    dialog = TaskDialog(ctx, record_type="client", record_id=o.client, record_label="Yusuf, Amina",
                        channel="in_person", when=datetime(2026, 11, 2, 15, tzinfo=UTC))
    qtbot.addWidget(dialog)
    assert not dialog.advice.isHidden()
    text = dialog.advice.text()
    assert "Monday is not one of the client's days (Tuesday)" in text
    assert "asked for a phone call, not a visit" in text
    assert "Tuesday 03 November 10:00" in text
    assert not dialog.use_slot_button.isHidden()
    dialog.use_slot_button.click()
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    assert dialog.advice.isHidden()
    dialog.title.setText("Call about the rent")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    task, _ = dialog.result_value
    assert task.due_at == datetime(2026, 11, 3, 10, tzinfo=UTC) and task.channel == "phone"


def test_bad_task_input_shows_beside_the_field(care_office: CareOffice, qtbot) -> None:
    from caseworker.settings import Settings
    from caseworker.ui.context import UiContext
    from caseworker.ui.runner import Runner

    o = care_office
    ctx = UiContext(o.priya, Runner(synchronous=True), Settings(), o.priya.settings.get())
    dialog = TaskDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.submit()
    assert dialog.result_value is None
    assert dialog.form.findChild(type(dialog.advice), "title-error").text()


def test_the_bell_counts_a_reminder_once_and_ctrl_t_makes_a_task_on_the_case_in_view(
        care_office: CareOffice, open_window, monkeypatch) -> None:
    o = care_office
    o.priya.tasks.now_override = None
    now = datetime.now(UTC)
    o.priya.tasks.add_task(TaskDraft("Send the form", now + timedelta(minutes=10), remind_minutes=15))
    window = open_window(o.priya)
    bell = window.reminder_bell
    bell.check()
    assert bell.text() == "1" and "1 new" in bell.accessibleName()
    bell.check()  # already shown: never counted twice
    assert bell.text() == "1"
    assert o.priya.tasks.due_reminders() == []
    monkeypatch.setattr("caseworker.ui.widgets.reminder_bell.ReminderListDialog.exec",
                        lambda self: QDialog.DialogCode.Rejected)
    bell.show_list()
    assert bell.text() == ""

    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=o.priya.actor.user_id))
    window.open_record("case", case.id)
    seen = {}

    def fake_ask(ctx, parent=None, **kwargs):
        seen.update(kwargs)
        return None

    monkeypatch.setattr(TaskDialog, "ask", fake_ask)
    window.task_action.trigger()
    assert (seen["record_type"], seen["record_id"]) == ("case", case.id)
    assert window.task_action.shortcut().toString() == "Ctrl+T"


def test_a_manager_adds_a_team_in_settings_and_the_next_case_is_routed_to_it(
        care_office: CareOffice, open_window, monkeypatch) -> None:
    from caseworker.domain.cases import CategoryDraft
    from caseworker.ui.sections.administration import AdministrationSection
    from caseworker.ui.views.organigram_page import OrganigramPage

    o = care_office
    benefits, _ = o.manager.cases.add_category(CategoryDraft("Benefits", 10))
    assert o.priya.cases.suggest_assignee(benefits.id).user_id == o.priya.actor.user_id
    window = open_window(o.manager)
    settings = window.section_of(AdministrationSection)
    window.show_section(settings)
    settings.show_page("organigram")
    page = settings.pages["organigram"]
    assert isinstance(page, OrganigramPage)
    page.new_team()
    page.team_name.setText("Welfare")
    for box, wanted in ((page.team_members, "Sam"), (page.team_categories, "Benefits")):
        for i in range(box.count()):
            if box.item(i).text() == wanted:
                box.item(i).setCheckState(Qt.CheckState.Checked)
    page.save_team()
    assert [t.name for t in page.teams_data] == ["Welfare"]
    assert o.priya.cases.suggest_assignee(benefits.id).user_id == o.sam.actor.user_id
    # A caseworker has no such page.
    window2 = open_window(o.priya)
    assert "organigram" not in window2.section_of(AdministrationSection).pages
    # Bad input stays beside its field.
    page.new_team()
    page.team_name.setText("welfare")
    page.save_team()
    assert page.team_form.findChild(QLabel_(), "name-error").text()


def QLabel_():  # noqa: N802 - the class, imported late to keep the module's imports short
    from PySide6.QtWidgets import QLabel

    return QLabel


def test_the_client_file_shows_your_team_the_rhythm_and_the_clients_tasks(
        care_office: CareOffice, open_window, monkeypatch) -> None:
    from caseworker.ui.dialogs.care_dialogs import RhythmDialog
    from caseworker.ui.views.client_care_tab import ClientCareTab

    o = care_office
    o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=o.priya.actor.user_id))
    o.priya.tasks.add_task(TaskDraft("Ring about the rent", None, RecordKind.CLIENT, o.client))
    window = open_window(o.priya)
    assert window.open_record("client", o.client)
    detail = window.current_section().detail
    index = next(i for i in range(detail.tabs.count()) if detail.tabs.tabText(i) == "Care")
    tab = detail.tabs.widget(index)
    assert isinstance(tab, ClientCareTab)
    assert tab.team_list.item(0).text().startswith("Priya — worker for C-")
    assert "No contact rhythm yet" in tab.rhythm_label.text()
    assert tab.task_list.item(0).text().startswith("Ring about the rent")

    def fill(dialog_self):
        dialog_self.every.setValue(14)
        dialog_self.channel.setCurrentIndex(dialog_self.channel.findData("phone"))
        dialog_self.days["tue"].setChecked(True)
        dialog_self.best_from.setText("10:00")
        dialog_self.best_to.setText("12:00")
        dialog_self.submit()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RhythmDialog, "exec", fill)
    tab.set_rhythm()
    assert tab.rhythm_label.text() == ("Every 14 days by a phone call on Tuesday between 10:00 and 12:00 "
                                       "while a case is open.")


def test_the_client_feedback_form_on_a_resolved_case_keeps_their_words(care_office: CareOffice, open_window,
                                                                       monkeypatch) -> None:
    from caseworker.domain.cases import Acceptability, Resolution
    from caseworker.ui.dialogs.care_dialogs import FeedbackDialog

    o = care_office
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=o.priya.actor.user_id))
    window = open_window(o.priya)
    window.open_record("case", case.id)
    detail = window.current_section().detail
    assert detail.feedback_button.isHidden()
    o.priya.cases.resolve(case.id, Resolution("Plan agreed", True, Acceptability.YES, 5), case.version)
    window.open_record("case", case.id)
    detail.reload()
    assert not detail.feedback_button.isHidden()

    def fill(dialog_self):
        dialog_self.solved.setCurrentIndex(dialog_self.solved.findData("partly"))
        dialog_self.treated.setValue(3)
        dialog_self.comment.setPlainText("Nobody rang back for a week")
        dialog_self.submit()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FeedbackDialog, "exec", fill)
    detail._feedback()
    fb = o.priya.care.feedback(case.id)
    assert (fb.solved, fb.treated, fb.comment, fb.worker_acceptable) == ("partly", 3, "Nobody rang back for a week",
                                                                         "yes")


def test_insight_shows_the_clients_feedback_beside_the_workers_verdict(care_office: CareOffice, open_window) -> None:
    from caseworker.domain.care import FeedbackDraft
    from caseworker.domain.cases import Acceptability, Resolution
    from caseworker.ui.sections.insight import InsightSection

    o = care_office
    o.priya.care.now_override = None
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=o.priya.actor.user_id))
    o.priya.cases.resolve(case.id, Resolution("Plan agreed", True, Acceptability.YES, 5), case.version)
    o.priya.care.record_feedback(case.id, FeedbackDraft("no", "no", 2, "Not sorted"))
    window = open_window(o.manager)
    insight = window.section_of(InsightSection)
    window.show_section(insight)
    card = insight.care_card
    card.by.setCurrentIndex(card.by.findData("worker"))
    table = card.table
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[0] == "Priya" and row[3] == "1"
    assert row[5] == "0 (0 %)" and row[6] == "1 (100 %)"  # the client says no, the worker said yes
    assert row[7] == "2.0" and row[8] == "5.0"


def test_a_donors_tasks_tab_lists_and_completes_them(care_office: CareOffice, open_window) -> None:
    from caseworker.ui.views.record_tasks import RecordTasksTab

    o = care_office
    o.joe.tasks.add_task(TaskDraft("Thank the patron", None, RecordKind.DONOR, o.donor))
    window = open_window(o.joe)
    assert window.open_record("donor", o.donor)
    detail = window.current_section().detail
    index = next(i for i in range(detail.tabs.count()) if detail.tabs.tabText(i) == "Tasks")
    tab = detail.tabs.widget(index)
    assert isinstance(tab, RecordTasksTab)
    assert tab.list.item(0).text().startswith("Thank the patron")
    tab.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert o.joe.tasks.list_tasks() == []
    assert "No open tasks" in tab.list.item(0).text()


def test_reminder_rules_per_category_are_set_in_settings(care_office: CareOffice, open_window) -> None:
    from caseworker.ui.sections.administration import AdministrationSection

    o = care_office
    window = open_window(o.manager)
    settings = window.section_of(AdministrationSection)
    window.show_section(settings)
    settings.show_page("organigram")
    page = settings.pages["organigram"]
    page.rule_days.setValue(3)
    page.rule_spins[o.housing].setValue(5)
    page.rule_escalation.setChecked(False)
    page.save_rules()
    rules = o.manager.tasks.reminder_rules()
    assert (rules.default_days, rules.by_category, rules.on_escalation) == (3, {o.housing: 5}, False)


def test_ctrl_t_on_a_grant_and_on_a_client(care_office: CareOffice, open_window, monkeypatch) -> None:
    from decimal import Decimal

    from caseworker.services.grants import FunderDraft, GrantDraft

    o = care_office
    seen: list[dict] = []
    monkeypatch.setattr(TaskDialog, "ask", lambda ctx, parent=None, **kw: seen.append(kw))
    funder, _ = o.manager.grants.save_funder(FunderDraft("Trust"))
    grant, _ = o.manager.grants.save_grant(GrantDraft(funder.id, "Winter project", Decimal("1000")))
    window = open_window(o.manager)
    window.open_record("grant", grant.id)
    window.task_action.trigger()
    window.open_record("client", o.client)
    window.task_action.trigger()
    assert [(k["record_type"], k["record_id"], k["record_label"]) for k in seen] == [
        ("grant", grant.id, "Winter project"), ("client", o.client, seen[1]["record_label"])]
    assert "Yusuf" in seen[1]["record_label"]


def test_a_case_shows_its_tasks(care_office: CareOffice, open_window) -> None:
    o = care_office
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=o.priya.actor.user_id))
    o.priya.tasks.add_task(TaskDraft("Chase the council", None, RecordKind.CASE, case.id))
    window = open_window(o.priya)
    window.open_record("case", case.id)
    tasks = window.current_section().detail.tasks
    assert tasks.list.item(0).text().startswith("Chase the council")
    tasks.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert o.priya.tasks.list_tasks(record_type="case", record_id=case.id) == []
    assert "No open tasks" in tasks.list.item(0).text()


def test_introducing_the_team_from_a_case_uses_the_clients_language_and_channel(
        care_office: CareOffice, open_window) -> None:
    from caseworker.db.models import Client

    o = care_office
    with o.db.transaction("test: a Spanish client who prefers e-mail") as s:
        client = s.get(Client, o.client)
        client.language, client.contact_channel, client.email = "Spanish", "email", "amina@example.org"
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Alquiler", assignee_id=o.priya.actor.user_id))
    window = open_window(o.priya)
    window.open_record("case", case.id)
    detail = window.current_section().detail
    assert detail.introduce_action.text().replace("&", "") == "Introduce the team to the client"
    detail.introduce_action.trigger()
    assert detail.last_message == ("The client was introduced to their worker and team: an e-mail in Spanish is "
                                   "in the outbox")
    assert window.statusBar().currentMessage() == detail.last_message
    shown = [detail.timeline.item(i).text() for i in range(detail.timeline.count())]
    assert any("an e-mail in Spanish is in the outbox" in text and "Estimado/a Amina:" in text for text in shown)
    [message] = o.priya.mail.outbox(["queued"])
    assert (message.channel, message.to_address) == ("email", "amina@example.org")


def test_a_grant_and_a_meeting_list_their_tasks(care_office: CareOffice, open_window) -> None:
    from decimal import Decimal

    from caseworker.domain.meetings import MeetingDraft
    from caseworker.services.grants import FunderDraft, GrantDraft

    o = care_office
    funder, _ = o.manager.grants.save_funder(FunderDraft("Trust"))
    grant, _ = o.manager.grants.save_grant(GrantDraft(funder.id, "Winter project", Decimal("1000")))
    start = datetime(2026, 11, 10, 10, 0, tzinfo=UTC)
    meeting, _ = o.manager.meetings.create(MeetingDraft("Board", start, start + timedelta(hours=1), "UTC"))
    o.manager.tasks.add_task(TaskDraft("Send the budget", None, RecordKind.GRANT, grant.id))
    o.manager.tasks.add_task(TaskDraft("Book the room", None, RecordKind.MEETING, meeting.id))
    window = open_window(o.manager)
    window.open_record("grant", grant.id)
    tasks = window.current_section().grant_view.tasks
    assert tasks.list.item(0).text().startswith("Send the budget")
    tasks.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert o.manager.tasks.list_tasks(record_type="grant", record_id=grant.id) == []
    assert "No open tasks" in tasks.list.item(0).text()
    window.open_record("meeting", meeting.id)
    tasks = window.current_section().detail.tasks
    assert tasks.record_id == meeting.id
    assert tasks.list.item(0).text().startswith("Book the room")


def test_reminders_arrive_as_a_tray_notification_once(care_office: CareOffice, open_window) -> None:
    o = care_office
    o.priya.tasks.now_override = None
    o.priya.tasks.add_task(TaskDraft("Send the form", datetime.now(UTC) + timedelta(minutes=10), remind_minutes=15))
    window = open_window(o.priya)
    bell = window.reminder_bell
    shown: list[tuple[str, str]] = []

    class Tray:  # the desktop's tray, which the offscreen platform has not got
        def showMessage(self, title, body, *_args):  # noqa: N802 - Qt's name
            shown.append((title, body))

    bell.tray = Tray()
    bell.check()
    bell.check()
    assert len(shown) == 1
    title, body = shown[0]
    assert title == "Caseworker reminder" and "Send the form" in body


def test_a_leavers_work_is_handed_on_from_settings(care_office: CareOffice, open_window, monkeypatch) -> None:
    from caseworker.ui.sections.administration import AdministrationSection
    from caseworker.ui.views.organigram_page import HandOnDialog

    o = care_office
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=o.priya.actor.user_id))
    o.priya.tasks.add_task(TaskDraft("Ring the landlord", None, RecordKind.CASE, case.id))
    window = open_window(o.manager)
    settings = window.section_of(AdministrationSection)
    window.show_section(settings)
    settings.show_page("organigram")
    page = settings.pages["organigram"]
    page.people_list.setCurrentRow(next(i for i, p in enumerate(page.people_data) if p.name == "Priya"))

    def fill(dialog):
        dialog.to.setCurrentIndex(dialog.to.findText("Sam"))
        dialog.reason.setText("Priya leaves in December")
        dialog.submit()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HandOnDialog, "exec", fill)
    told: list[str] = []
    monkeypatch.setattr("caseworker.ui.views.organigram_page.QMessageBox.information",
                        lambda _parent, _title, text: told.append(text))
    page.hand_on()
    assert told == ["1 open cases and 1 tasks of Priya were handed on (Sam: 1)."]
    assert o.manager.cases.get(case.id).assignee == "Sam"
    [task] = o.sam.tasks.list_tasks(mine=True)
    assert task.title == "Ring the landlord"
