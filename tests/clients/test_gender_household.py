"""Gender as the client states it and household size: optional, checked beside their fields,
audited, edited in the client dialog and brought in by an import."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from caseworker.db.database import Database
from caseworker.db.models import AuditEntry
from caseworker.domain.clients import ClientDraft
from caseworker.domain.errors import ValidationErrors
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from caseworker.ui.dialogs.client_dialog import ClientDialog
from tests.clients.test_client_gui import _worker
from tests.imports.conftest import write_csv, write_xlsx
from tests.imports.test_import_service import run


@pytest.fixture
def worker(services_for) -> Services:
    return services_for(Role.CASEWORKER)


def test_optional_recorded_and_audited(db: Database, worker: Services) -> None:
    plain, _ = worker.clients.create(ClientDraft("Ada", "Okafor"))
    assert (plain.gender, plain.household_size) == ("", None)
    record, _ = worker.clients.create(ClientDraft("Maria", "Smith", gender="  Woman ", household_size="4"))
    assert (record.gender, record.household_size) == ("Woman", 4)
    changed, _ = worker.clients.update(record.id, ClientDraft("Maria", "Smith", gender="Genderqueer",
                                                              household_size=0), record.version)
    assert (changed.gender, changed.household_size) == ("Genderqueer", None)  # 0 from the spin box: not recorded
    with db.read() as s:
        update = s.scalars(select(AuditEntry).where(AuditEntry.record_type == "client", AuditEntry.record_id == record.id,
                                                 AuditEntry.kind == "update")).one()
        assert update.changes == {"gender": ["Woman", "Genderqueer"], "household_size": [4, None]}


@pytest.mark.parametrize("size", ["31", "-1", "two", "2.5", "²"])
def test_a_household_of_1_to_30(worker: Services, size: str) -> None:
    with pytest.raises(ValidationErrors) as caught:
        worker.clients.create(ClientDraft("Maria", "Smith", household_size=size))
    assert "household_size" in caught.value.by_field()
    assert worker.clients.list_ids(ListQuery()) == []


def test_the_dialog_offers_the_usual_answers_and_keeps_the_clients_words(sqlite_db: Database, open_window,
                                                                          qtbot) -> None:
    services = _worker(sqlite_db)
    window = open_window(services)
    dialog = ClientDialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    assert [dialog.gender.itemText(i) for i in range(dialog.gender.count())] == [
        "", "Woman", "Man", "Non-binary", "Prefers not to say"]
    assert dialog.household_size.text() == "Not recorded"
    qtbot.keyClicks(dialog.first_name, "Sam")
    qtbot.keyClicks(dialog.last_name, "Lee")
    qtbot.keyClicks(dialog.gender.lineEdit(), "Two-spirit")
    dialog.household_size.setValue(3)
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.saved.gender, dialog.saved.household_size) == ("Two-spirit", 3)
    again = ClientDialog(window.ctx, dialog.saved, parent=window)
    qtbot.addWidget(again)
    assert (again.gender.currentText(), again.household_size.value()) == ("Two-spirit", 3)


def test_an_import_maps_gender_and_household_size(db: Database, services_for, tmp_path: Path) -> None:
    caseworker = services_for(Role.CASEWORKER)
    path = write_csv(tmp_path / "clients.csv", [
        ["First Name", "Surname", "Gender", "People in household"],
        ["Ana", "Silva", "Woman", "3"],
        ["Kofi", "Mensah", "", ""],
        ["Baby", "Big", "Man", "31"],
    ])
    found = caseworker.imports.inspect("clients", path)
    assert (found.mapping.column_of("gender"), found.mapping.column_of("household_size")) == (2, 3)
    report = run(caseworker, "clients", path)
    assert [(p.line, p.column) for p in report.failed] == [(4, "People in household")]
    fixed = write_xlsx(tmp_path / "clients.xlsx", [
        ["First Name", "Surname", "Gender", "People in household"],
        ["Ana", "Silva", "Woman", 3],
        ["Kofi", "Mensah", "", None],
    ])
    assert run(caseworker, "clients", fixed).created == 2
    rows = {(c.gender, c.household_size) for c in (
        caseworker.clients.get(i) for i in caseworker.clients.list_ids(ListQuery()))}
    assert rows == {("Woman", 3), ("", None)}
