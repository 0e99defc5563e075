"""Every list the window shows exports as filtered; the contacts (touchpoints) list too."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox, QPushButton, QTabWidget

from caseworker.db.database import Database
from caseworker.domain.donors import DonorDraft
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from caseworker.services.touchpoints import TouchpointDraft
from caseworker.ui import list_export
from caseworker.ui.views.donor_timeline import DonorTimeline
from tests.conftest import make_user

BASE = datetime(2025, 3, 10, 14, 0, tzinfo=UTC)


def _fundraiser_with_contacts(db: Database) -> tuple[Services, int, int]:
    admin = Services(db, make_user(db, "admin", Role.ADMIN, Role.MANAGER))
    admin.contact_policy.update({"quiet_days": None})
    services = Services(db, make_user(db, "joe", Role.FUNDRAISER))
    ada, _ = services.donors.add_donor(DonorDraft(first_name="Ada", last_name="Okafor"))
    bo, _ = services.donors.add_donor(DonorDraft(first_name="Bo", last_name="Berg"))
    services.touchpoints.log(TouchpointDraft(ada.id, BASE, "phone", "thanks", "=HYPERLINK(\"x\")"), confirm=True)
    services.touchpoints.log(TouchpointDraft(ada.id, BASE + timedelta(days=40), "email", "update", "News"),
                             confirm=True)
    services.touchpoints.log(TouchpointDraft(bo.id, BASE + timedelta(days=5), "letter", "thanks", "Card"),
                             confirm=True)
    return services, ada.id, bo.id


@pytest.fixture
def no_popups(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append("warning: " + a[2]))
    return shown


def test_the_contacts_of_the_donors_found_export_from_the_donor_list(sqlite_db: Database, open_window, qtbot,
                                                                     tmp_path: Path, monkeypatch, no_popups) -> None:
    services, ada, _ = _fundraiser_with_contacts(sqlite_db)
    window = open_window(services)
    section = window.section_for_kind("donor")
    window.show_section(section)
    section.list.model.set_query(section.list.model.query.with_text("okafor"))
    out = tmp_path / "contacts.csv"
    monkeypatch.setattr(list_export, "choose_export_path", lambda parent, kind: out)
    button = section.export_touchpoints_button
    assert button.isVisible() and button.accessibleName()
    button.click()
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["donor_id"], r["channel"]) for r in rows] == [(str(ada), "email"), (str(ada), "phone")]
    # A note a spreadsheet would run as a formula is written as text.
    assert rows[1]["notes"] == "'=HYPERLINK(\"x\")"
    assert no_popups == [f"2 rows written to {out}."]


def test_a_donors_timeline_exports_that_donors_contacts(sqlite_db: Database, open_window, qtbot, tmp_path: Path,
                                                        monkeypatch, no_popups) -> None:
    services, _, bo = _fundraiser_with_contacts(sqlite_db)
    window = open_window(services)
    assert window.open_record("donor", bo)
    timeline = window.findChild(DonorTimeline)
    tabs = [t for t in window.findChildren(QTabWidget) if t.indexOf(timeline) >= 0][0]
    tabs.setCurrentWidget(timeline)
    out = tmp_path / "bo.xlsx"
    monkeypatch.setattr(list_export, "choose_export_path", lambda parent, kind: out)
    assert timeline.export_button.isEnabled() and timeline.export_button.isVisibleTo(timeline)
    timeline.export_button.click()
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:4] == ("id", "donor_id", "donor", "when")
    assert [(r[1], r[2], r[4]) for r in rows[1:]] == [(bo, "Bo Berg", "letter")]


@pytest.mark.parametrize(("role", "section_kind", "kinds"), [
    (Role.CASEWORKER, "client", ["clients"]),
    (Role.CASEWORKER, "case", ["cases"]),
    (Role.CASEWORKER, "disbursement", ["aid"]),
    (Role.FUNDRAISER, "donor", ["donors", "gifts", "touchpoints"]),
    (Role.FUNDRAISER, "grant", ["grants"]),
])
def test_every_list_has_an_export_button_for_its_readers(sqlite_db: Database, open_window, role, section_kind,
                                                         kinds) -> None:
    make_user(sqlite_db, "admin", Role.ADMIN)
    services = Services(sqlite_db, make_user(sqlite_db, "reader", role))
    window = open_window(services)
    section = window.section_for_kind(section_kind)
    assert section is not None, section_kind
    window.show_section(section)
    for kind in kinds:
        button = section.findChild(QPushButton, f"export-{kind}")
        assert button is not None and button.isVisibleTo(section), kind
        assert button.accessibleName()
