"""The smaller defects at the desk: search subtitles, the audit log's arrow, Aid's empty pane, My work's boxes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea, QStyleOptionHeader

from caseworker.db.database import Database
from caseworker.domain.cases import CaseDraft
from caseworker.domain.donors import DonorDraft, DonorKind
from caseworker.domain.permissions import Role
from caseworker.services import audit
from caseworker.services.aid import FundDraft
from caseworker.services.container import Services
from caseworker.ui.dialogs.aid_dialogs import DisbursementDialog
from caseworker.ui.my_work.cases import MyCasesPanel
from caseworker.ui.sections.aid import AidSection
from tests.cases.conftest import Office, office  # noqa: F401 - the fixture
from tests.conftest import make_user, ui_context

pytestmark = pytest.mark.sqlite_only


def test_a_donor_hit_does_not_say_donor_twice(sqlite_db: Database) -> None:
    make_user(sqlite_db, "admin", Role.ADMIN)
    services = Services(sqlite_db, make_user(sqlite_db, "joe", Role.FUNDRAISER))
    services.donors.add_donor(DonorDraft(DonorKind.INDIVIDUAL, first_name="Ruth", last_name="Bell", city="York"))
    services.donors.add_donor(DonorDraft(DonorKind.ORGANISATION, organisation_name="Bell Foundry Ltd"))
    hits = {h.title: h for h in services.search.search("Bell") if h.kind == "donor"}
    assert hits["Ruth Bell"].subtitle == "York"
    assert hits["Bell Foundry Ltd"].subtitle.startswith("Organisation")


def _arrow(header) -> QStyleOptionHeader.SortIndicator:
    option = QStyleOptionHeader()
    header.initStyleOptionForIndex(option, 0)
    return option.sortIndicator


def test_the_audit_logs_arrow_follows_the_rows(sqlite_db: Database, open_window, qtbot) -> None:
    services = Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER))
    with sqlite_db.transaction("Record disbursement") as s:
        for i in range(4):
            audit.record(s, services.actor, kind="update", record_type="client", record_id=i,
                         changes={"amount": ["1", "2"]}, reason="")
    window = open_window(services)
    section = next(s for s in window.sections if hasattr(s, "show_page"))
    window.show_section(section)
    section.show_page("audit")
    page = section.audit
    header = page.table.horizontalHeader()
    times = [page.model.entry_at(r).id for r in range(page.model.rowCount())]
    assert times == sorted(times, reverse=True)  # newest first...
    assert _arrow(header) == QStyleOptionHeader.SortIndicator.SortDown  # ...and the arrow points down
    middle = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, header.height() // 2))
    times = [page.model.entry_at(r).id for r in range(page.model.rowCount())]
    assert times == sorted(times)
    assert _arrow(header) == QStyleOptionHeader.SortIndicator.SortUp


def test_aids_empty_detail_says_what_to_do(office: Office, open_window) -> None:  # noqa: F811
    window = open_window(office.priya)
    section = window.section_for_kind("disbursement") or next(s for s in window.sections
                                                               if isinstance(s, AidSection))
    window.show_section(section)
    assert section.detail_empty.isVisible() and "Choose a disbursement" in section.detail_empty.text()
    assert not section.detail_body.isVisible()


def test_aids_detail_shows_the_chosen_disbursement(office: Office, open_window) -> None:  # noqa: F811
    fund, _ = office.manager.aid.save_fund(FundDraft("Hardship", currency="USD", budget=Decimal("1000")))
    dialog = DisbursementDialog(ui_context(office.priya), office.priya.aid.funds(), today=date(2026, 11, 20),
                                client=(office.client, "Yusuf, Amina"))
    dialog.amount.setText("25.00")
    dialog.buttons.accepted.emit()
    assert dialog.result_row is not None
    window = open_window(office.priya)
    section = next(s for s in window.sections if isinstance(s, AidSection))
    window.show_section(section)
    section.list.select_id(dialog.result_row.id)
    assert section.detail_body.isVisible() and not section.detail_empty.isVisible()
    assert section.detail_labels["amount"].text() == "$25.00"


def test_my_works_case_box_grows_to_show_more_rows(office: Office, open_window, qtbot) -> None:  # noqa: F811
    for n in range(21):
        office.priya.cases.open_case(CaseDraft(office.client, office.housing, f"Case {n}",
                                               assignee_id=office.priya.actor.user_id))
    window = open_window(office.priya)
    window.resize(1366, 768)
    window.sections[0].activate()
    qtbot.wait(50)
    panel = next(p for p in window.sections[0].panels if isinstance(p, MyCasesPanel))
    rows = panel.list
    row_height = rows.sizeHintForRow(0)
    shown = rows.viewport().height() // row_height
    assert rows.count() == 21
    # Either every row shows, or the page is full: no empty band below a box that scrolls.
    page = window.sections[0]
    inner = page.findChild(QScrollArea).widget()
    lowest = max(p.geometry().bottom() for p in page.panels if p.isVisible())
    assert shown >= 21 or inner.height() - lowest < 3 * row_height, (shown, inner.height(), lowest)
    assert shown > 10
