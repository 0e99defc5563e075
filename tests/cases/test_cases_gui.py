"""Cases in the window: open a case with its suggested worker, move it through the workflow, hand
it off and accept it from My work, write notes, and see the client's Cases tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from caseworker.domain.cases import CaseDraft, CaseStatus
from caseworker.ui.dialogs import case_dialogs
from caseworker.ui.dialogs.case_dialogs import NewCaseDialog, NoteDialog, ReasonDialog, ResolveDialog
from caseworker.ui.my_work.cases import HandoffsPanel, MyCasesPanel
from caseworker.ui.sections.cases import CasesSection
from caseworker.ui.views.case_detail import ClientCasesTab
from tests.cases.conftest import Office

pytestmark = pytest.mark.sqlite_only


def cases_section(window) -> CasesSection:
    section = window.section_for_kind("case")
    window.show_section(section)
    return section


def test_the_cases_section_lists_and_shows_a_case(office: Office, open_window, qtbot) -> None:
    case, _ = office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Eviction notice",
                                                     assignee_id=office.priya.actor.user_id,
                                                     first_note="Notice served on Friday."))
    window = open_window(office.priya)
    assert "Cases" in window.section_titles()
    section = cases_section(window)
    assert section.list.model.rowCount() == 1
    section.list.select_id(case.id)
    detail = section.detail
    assert detail.case is not None and detail.case.id == case.id
    assert "Eviction notice" in detail.heading.text()
    assert detail.facts["due"].text().startswith("09 Nov 2026")
    assert any("Notice served on Friday." in (detail.timeline.item(i).text())
               for i in range(detail.timeline.count()))
    # The workflow's next steps decide which buttons show.
    assert not detail.buttons["start"].isHidden() and detail.buttons["close"].isHidden()
    qtbot.mouseClick(detail.buttons["start"], Qt.MouseButton.LeftButton)
    assert detail.case.status == CaseStatus.IN_PROGRESS
    assert detail.buttons["start"].isHidden() and not detail.buttons["resolve"].isHidden()


def test_an_empty_list_says_what_to_do(office: Office, open_window) -> None:
    section = cases_section(open_window(office.priya))
    assert section.list.model.rowCount() == 0
    assert "Ctrl+N" in section.list.empty_label.text()


def test_the_new_case_dialog_suggests_the_specialist_and_refuses_bad_input(office: Office, qtbot) -> None:
    ctx = _ctx(office.sam)
    dialog = NewCaseDialog(ctx, client=(office.client, "Yusuf, Amina"))
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData(office.housing))
    assert dialog.assignee.currentData() == office.priya.actor.user_id
    assert "housing specialists" in dialog.suggestion.text()
    dialog.opened_on.setText("2026-02-30")
    dialog.submit()
    assert "not a day on the calendar" in dialog.form.error_of("opened_on")
    assert "required" in dialog.form.error_of("title")
    assert dialog.result_value is None
    dialog.opened_on.setText("2026-11-02")
    qtbot.keyClicks(dialog.title_edit, "Mould in the flat")
    dialog.assignee.setCurrentIndex(dialog.assignee.findData(office.tom.actor.user_id))  # pick another
    dialog.submit()
    case = dialog.result_value[0]
    assert case.assignee_id == office.tom.actor.user_id and case.title == "Mould in the flat"


def test_resolve_and_close_through_the_dialogs(office: Office, open_window, qtbot, monkeypatch) -> None:
    case, _ = office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Repairs",
                                                     assignee_id=office.priya.actor.user_id))
    window = open_window(office.priya)
    section = cases_section(window)
    section.list.select_id(case.id)
    detail = section.detail

    dialog = ResolveDialog(detail.ctx, detail.case)
    qtbot.addWidget(dialog)
    dialog.submit()
    assert "acceptable" in dialog.form.error_of("acceptable")
    dialog.acceptable.setCurrentIndex(dialog.acceptable.findData("yes"))
    dialog.submit()
    assert "outcome" in dialog.form.error_of("").lower() or "outcome" in dialog.form.error_of("outcome").lower()
    dialog.outcome.setPlainText("Landlord fixed the boiler")
    dialog.satisfaction.setValue(4)
    dialog.submit()
    assert dialog.result_value is not None
    detail.reload()
    assert detail.case.status == CaseStatus.RESOLVED and "satisfaction 4/5" in detail.facts["resolution"].text()
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(detail.buttons["close"], Qt.MouseButton.LeftButton)
    assert detail.case.status == CaseStatus.CLOSED and not detail.buttons["reopen"].isHidden()


def test_handoff_accepted_from_my_work(office: Office, open_window, qtbot) -> None:
    case, _ = office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Rent arrears",
                                                     assignee_id=office.priya.actor.user_id))
    office.priya.cases.hand_off(case.id, office.tom.actor.user_id, "Client prefers Tuesdays", case.version)
    window = open_window(office.tom)
    my_work = window.sections[0]
    my_work.activate()
    panel = next(p for p in my_work.panels if isinstance(p, HandoffsPanel))
    assert not panel.isHidden() and panel.item_count() == 1
    assert "Client prefers Tuesdays" in panel.list.item(0).text()
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert panel.item_count() == 0 and panel.isHidden()
    mine = next(p for p in my_work.panels if isinstance(p, MyCasesPanel))
    assert mine.item_count() == 1 and "Rent arrears" in mine.list.item(0).text()


def test_handoff_returned_with_a_reason(office: Office, open_window, qtbot, monkeypatch) -> None:
    case, _ = office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Rent arrears",
                                                     assignee_id=office.priya.actor.user_id))
    office.priya.cases.hand_off(case.id, office.tom.actor.user_id, "Over to you", case.version)
    window = open_window(office.tom)
    my_work = window.sections[0]
    my_work.activate()
    panel = next(p for p in my_work.panels if isinstance(p, HandoffsPanel))

    def answer(ctx, title, explanation, ok_text, submit, parent=None):
        dialog = ReasonDialog(ctx, title, explanation, ok_text, submit, parent)
        dialog.submit()  # empty: refused beside the field
        assert dialog.form.error_of("reason")
        dialog.reason.setPlainText("On leave next week")
        dialog.submit()
        return dialog.result_value

    monkeypatch.setattr(ReasonDialog, "ask", answer)
    qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    assert panel.item_count() == 0
    assert office.priya.cases.get(case.id).assignee_id == office.priya.actor.user_id


def test_overdue_cases_are_marked_in_my_work(office: Office, open_window) -> None:
    office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Late one", opened_on="2026-10-01",
                                           assignee_id=office.priya.actor.user_id))
    office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Fresh one",
                                           assignee_id=office.priya.actor.user_id))
    window = open_window(office.priya)
    window.sections[0].activate()
    panel = next(p for p in window.sections[0].panels if isinstance(p, MyCasesPanel))
    first, second = panel.list.item(0), panel.list.item(1)
    assert "Late one" in first.text() and "overdue" in first.text() and first.font().bold()
    assert "Fresh one" in second.text() and not second.font().bold()
    assert "1 overdue" in QGroupBox.title(panel)  # the heading counts them


def test_a_note_is_added_and_edited_from_the_detail(office: Office, open_window, qtbot, monkeypatch) -> None:
    case, _ = office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Repairs",
                                                     assignee_id=office.priya.actor.user_id))
    window = open_window(office.priya)
    section = cases_section(window)
    section.list.select_id(case.id)
    detail = section.detail

    def write(ctx, case_id, *, kind=None, entry=None, parent=None):
        dialog = NoteDialog(ctx, case_id, kind=kind or "note", entry=entry, parent=parent)
        dialog.text.setPlainText("bad\x00text")
        dialog.submit()
        assert "NUL" in dialog.form.error_of("text")
        dialog.text.setPlainText("Called the landlord" if entry is None else "Called the landlord twice")
        dialog.submit()
        return dialog.result_value

    monkeypatch.setattr(case_dialogs.NoteDialog, "ask", classmethod(lambda cls, *a, **k: write(*a, **k)))
    qtbot.mouseClick(detail.buttons["call"], Qt.MouseButton.LeftButton)
    assert "Called the landlord" in detail.timeline.item(0).text()
    detail.timeline.edit_requested.emit(detail.timeline.entries[0])
    assert "Called the landlord twice" in detail.timeline.item(0).text()
    assert "edited" in detail.timeline.item(0).text()


def test_the_clients_cases_tab_shows_cases_and_timeline(office: Office, qtbot) -> None:
    office.priya.cases.open_case(CaseDraft(office.client, office.housing, "Repairs",
                                           assignee_id=office.priya.actor.user_id, first_note="Damp upstairs"))
    tab = ClientCasesTab(_ctx(office.tom))
    qtbot.addWidget(tab)
    tab.set_client(office.client)  # not on screen: nothing read yet
    assert tab.cases.count() == 0
    tab.show()
    qtbot.waitExposed(tab)
    assert "Repairs" in tab.cases.item(0).text()
    assert any("Damp upstairs" in tab.timeline.item(i).text() for i in range(tab.timeline.count()))


def test_a_fundraiser_does_not_see_cases(services_for) -> None:
    from caseworker.domain.permissions import Role

    assert not CasesSection.visible_to(services_for(Role.FUNDRAISER).actor)
    assert not MyCasesPanel.visible_to(services_for(Role.FUNDRAISER).actor)
    assert CasesSection.visible_to(services_for(Role.CASEWORKER).actor)


def _ctx(services):
    from caseworker.services.org_settings import load_org_settings
    from caseworker.settings import Settings
    from caseworker.ui.context import UiContext
    from caseworker.ui.runner import Runner

    return UiContext(services, Runner(synchronous=True), Settings(), load_org_settings(services.db))


def test_a_manager_adds_a_category_and_reassigns_a_leavers_cases(office: Office, qtbot) -> None:
    from caseworker.ui.dialogs.case_dialogs import CategoryDialog, ReassignAllDialog

    ctx = _ctx(office.manager)
    dialog = CategoryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.submit()
    assert "required" in dialog.form.error_of("name")
    qtbot.keyClicks(dialog.name, "Debt")
    dialog.target.setValue(12)
    qtbot.keyClicks(dialog.specialty, "Debt")
    dialog.contact.setCurrentIndex(dialog.contact.findData(office.sam.actor.user_id))
    dialog.submit()
    category = dialog.result_value[0]
    assert (category.target_days, category.specialty, category.point_of_contact) == (12, "debt", "Sam")

    for title in ("One", "Two"):
        office.priya.cases.open_case(CaseDraft(office.client, office.housing, title,
                                               assignee_id=office.priya.actor.user_id))
    reassign = ReassignAllDialog(ctx)
    qtbot.addWidget(reassign)
    reassign.from_user.setCurrentIndex(reassign.from_user.findData(office.priya.actor.user_id))
    reassign.to_user.setCurrentIndex(reassign.to_user.findData(office.tom.actor.user_id))
    reassign.reason.setPlainText("Priya has left")
    reassign.submit()
    assert reassign.result_value[0] == 2
    assert {c.title for c in office.tom.cases.my_open_cases()} == {"One", "Two"}
