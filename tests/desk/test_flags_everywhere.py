"""A client's safeguarding, interpreter and accessibility flags wherever the client appears."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from caseworker.db.database import Database
from caseworker.db.models import Client
from caseworker.domain.aid import AidKind
from caseworker.domain.care import RecordKind, TaskDraft
from caseworker.domain.cases import CaseDraft
from caseworker.domain.clients import ClientFlags
from caseworker.domain.meetings import AttendeeDraft, AttendeeKind, MeetingDraft
from caseworker.domain.permissions import Role
from caseworker.services.aid import FundDraft
from caseworker.services.container import Services
from caseworker.ui.dialogs.aid_dialogs import DisbursementDialog
from caseworker.ui.dialogs.quick_search import QuickSearchDialog
from caseworker.ui.my_work.cases import MyCasesPanel
from caseworker.ui.my_work.tasks import MyTasksPanel
from caseworker.ui.views.meeting_detail import MeetingDetailView
from caseworker.ui.widgets.flag_strip import FlagStrip
from tests.cases.conftest import Office, office  # noqa: F401 - the fixture
from tests.conftest import make_user, ui_context

DO_NOT_VISIT = "Do not visit alone; never phone the landline"


def flag(db: Database, client_id: int, *, safeguarding: str = DO_NOT_VISIT, interpreter: str = "Arabic") -> None:
    with db.transaction("test: flag client") as s:
        c = s.get(Client, client_id)
        assert c is not None
        c.safeguarding, c.interpreter_needed, c.interpreter_language = safeguarding, bool(interpreter), interpreter


def _case(office: Office, title: str = "Rent arrears"):  # noqa: F811
    case, _ = office.priya.cases.open_case(CaseDraft(office.client, office.housing, title,
                                                     assignee_id=office.priya.actor.user_id))
    return case


def test_case_rows_and_the_case_carry_the_clients_flags(office: Office) -> None:  # noqa: F811
    flag(office.db, office.client)
    case = _case(office)
    other, _ = office.priya.cases.open_case(CaseDraft(office.other_client, office.housing, "Repairs",
                                                      assignee_id=office.priya.actor.user_id))
    rows = {r.id: r for r in office.priya.cases.list_rows([case.id, other.id])}
    assert rows[case.id].client_flags == ClientFlags(DO_NOT_VISIT, True, "Arabic", "")
    assert not rows[other.id].client_flags.any
    assert office.priya.cases.get(case.id).client_flags.safeguarding == DO_NOT_VISIT
    assert [r.client_flags.safeguarding for r in office.priya.cases.my_open_cases()
            if r.id == case.id] == [DO_NOT_VISIT]


def test_the_case_list_and_pane_show_the_flags(office: Office, open_window) -> None:  # noqa: F811
    flag(office.db, office.client)
    case = _case(office)
    window = open_window(office.priya)
    section = window.section_for_kind("case")
    window.show_section(section)
    model = section.list.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Flags")
    cell = model.index(0, column)
    assert "Safeguarding" in model.data(cell) and "Interpreter (Arabic)" in model.data(cell)
    assert DO_NOT_VISIT in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    section.list.select_id(case.id)
    strip = section.detail.flags
    assert isinstance(strip, FlagStrip) and strip.isVisible()
    assert strip.texts() == ["⚠ Safeguarding", "Interpreter (Arabic)"]
    assert DO_NOT_VISIT in strip.accessibleName() and DO_NOT_VISIT in strip.toolTip()


def test_a_case_without_flags_shows_no_strip(office: Office, open_window) -> None:  # noqa: F811
    case = _case(office)
    window = open_window(office.priya)
    section = window.section_for_kind("case")
    window.show_section(section)
    section.list.select_id(case.id)
    assert section.detail.flags.isHidden()


def test_my_work_case_rows_lead_with_the_flags(office: Office, open_window) -> None:  # noqa: F811
    flag(office.db, office.client)
    _case(office, "Flagged one")
    office.priya.cases.open_case(CaseDraft(office.other_client, office.housing, "Plain one",
                                           assignee_id=office.priya.actor.user_id))
    window = open_window(office.priya)
    window.sections[0].activate()
    panel = next(p for p in window.sections[0].panels if isinstance(p, MyCasesPanel))
    items = {panel.list.item(i).text(): panel.list.item(i) for i in range(panel.list.count())}
    flagged = next(item for text, item in items.items() if "Flagged one" in text)
    plain = next(item for text, item in items.items() if "Plain one" in text)
    assert flagged.text().startswith("⚠ Safeguarding")
    assert DO_NOT_VISIT in flagged.toolTip()
    assert DO_NOT_VISIT in flagged.data(Qt.ItemDataRole.AccessibleTextRole)
    assert not plain.text().startswith("⚠") and not plain.toolTip()


def test_quick_search_shows_flags_on_clients_and_cases(office: Office, qtbot) -> None:  # noqa: F811
    flag(office.db, office.client)
    _case(office)
    dialog = QuickSearchDialog(ui_context(office.priya))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.edit, "Yusuf")
    dialog.run_search()
    texts = {dialog.results.item(i).data(Qt.ItemDataRole.UserRole).kind: dialog.results.item(i)
             for i in range(dialog.results.count())}
    assert {"client", "case"} <= set(texts)
    for kind in ("client", "case"):
        assert "⚠ Safeguarding" in texts[kind].text()
        assert DO_NOT_VISIT in texts[kind].toolTip()


def test_meeting_attendees_show_flags_only_to_roles_that_read_clients(office: Office, qtbot) -> None:  # noqa: F811
    flag(office.db, office.client)
    start = datetime(2026, 11, 10, 10, tzinfo=UTC)
    meeting, _ = office.priya.meetings.create(MeetingDraft(
        "Home visit", start, start + timedelta(hours=1), "UTC",
        attendees=(AttendeeDraft(AttendeeKind.STAFF, user_id=office.priya.actor.user_id),
                   AttendeeDraft(AttendeeKind.CLIENT, client_id=office.client))))
    seen = office.priya.meetings.get(meeting.id)
    client = next(a for a in seen.attendees if a.kind is AttendeeKind.CLIENT)
    assert client.client_flags is not None and client.client_flags.safeguarding == DO_NOT_VISIT
    view = MeetingDetailView(ui_context(office.priya))
    qtbot.addWidget(view)
    view.show_meeting(seen)
    assert "Safeguarding" in view.people.text() and DO_NOT_VISIT in view.people.toolTip()

    fundraiser = Services(office.db, make_user(office.db, "joe", Role.FUNDRAISER))
    hidden = fundraiser.meetings.get(meeting.id)
    assert all(a.client_flags is None for a in hidden.attendees)
    view = MeetingDetailView(ui_context(fundraiser))
    qtbot.addWidget(view)
    view.show_meeting(hidden)
    assert "Safeguarding" not in view.people.text() and DO_NOT_VISIT not in view.people.toolTip()


def test_tasks_on_a_client_or_their_case_carry_the_flags(office: Office, open_window) -> None:  # noqa: F811
    flag(office.db, office.client)
    case = _case(office)
    due = datetime(2030, 1, 7, 9, tzinfo=UTC)
    office.priya.tasks.add_task(TaskDraft("Phone about the rent", due, RecordKind.CASE, case.id))
    office.priya.tasks.add_task(TaskDraft("Send the form", due, RecordKind.CLIENT, office.client))
    office.priya.tasks.add_task(TaskDraft("Order stationery", due))
    flags = {t.title: t.client_flags for t in office.priya.tasks.my_tasks()}
    assert flags["Phone about the rent"].safeguarding == DO_NOT_VISIT
    assert flags["Send the form"].interpreter_language == "Arabic"
    assert flags["Order stationery"] is None
    window = open_window(office.priya)
    window.sections[0].activate()
    panel = next(p for p in window.sections[0].panels if isinstance(p, MyTasksPanel))
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any(t.startswith("⚠ Safeguarding") and "Phone about the rent" in t for t in texts)
    assert any(t.startswith("Order stationery") for t in texts)


@pytest.mark.sqlite_only
def test_the_aid_dialog_shows_the_chosen_clients_flags(office: Office, qtbot) -> None:  # noqa: F811
    flag(office.db, office.client, interpreter="")
    office.manager.aid.save_fund(FundDraft("Hardship", currency="USD", budget=Decimal("1000")))
    dialog = DisbursementDialog(ui_context(office.priya), office.priya.aid.funds(), today=date(2026, 11, 20),
                                client=(office.client, "Yusuf, Amina"))
    qtbot.addWidget(dialog)
    assert dialog.flags.texts() == ["⚠ Safeguarding"]
    dialog.client.clear()
    dialog.client.textEdited.emit("")
    assert dialog.flags.isHidden()


def test_a_handoff_and_an_aid_row_carry_the_flags(office: Office) -> None:  # noqa: F811
    flag(office.db, office.client)
    case = _case(office)
    office.priya.cases.hand_off(case.id, office.tom.actor.user_id, "Over to you", case.version)
    [handoff] = office.tom.cases.my_pending_handoffs()
    assert handoff.client_flags.safeguarding == DO_NOT_VISIT
    office.manager.aid.save_fund(FundDraft("Hardship", currency="USD", budget=Decimal("1000")))
    fund = office.priya.aid.funds()[0]
    from caseworker.services.aid import DisbursementDraft

    row, _ = office.priya.aid.record_disbursement(DisbursementDraft(
        client_id=office.client, fund_id=fund.id, kind=AidKind.CASH, amount=Decimal("20.00"),
        disbursed_on=date(2026, 11, 2)))
    assert row.client_flags.interpreter_language == "Arabic"


@pytest.mark.sqlite_only
def test_the_handoff_list_and_the_aid_section_show_the_flags(office: Office, open_window) -> None:  # noqa: F811
    from caseworker.services.aid import DisbursementDraft
    from caseworker.ui.my_work.cases import HandoffsPanel
    from caseworker.ui.sections.aid import AidSection

    flag(office.db, office.client)
    case = _case(office)
    office.priya.cases.hand_off(case.id, office.tom.actor.user_id, "Over to you", case.version)
    window = open_window(office.tom)
    window.sections[0].activate()
    panel = next(p for p in window.sections[0].panels if isinstance(p, HandoffsPanel))
    assert panel.list.item(0).text().startswith("⚠ Safeguarding") and DO_NOT_VISIT in panel.list.item(0).toolTip()

    office.manager.aid.save_fund(FundDraft("Hardship", currency="USD", budget=Decimal("1000")))
    row, _ = office.tom.aid.record_disbursement(DisbursementDraft(
        client_id=office.client, fund_id=office.tom.aid.funds()[0].id, kind=AidKind.CASH, amount=Decimal("20.00"),
        disbursed_on=date(2026, 11, 2)))
    section = next(s for s in window.sections if isinstance(s, AidSection))
    window.show_section(section)
    model = section.list.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Flags")
    assert "Safeguarding" in model.data(model.index(0, column))
    section.list.select_id(row.id)
    assert section.detail_flags.texts() == ["⚠ Safeguarding", "Interpreter (Arabic)"]
