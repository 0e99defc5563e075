"""Merging rows of a client import into the clients already on file, and undoing it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caseworker.db.models import AuditEntry, Client, ImportBatchRecord
from caseworker.domain.clients import ClientDraft
from caseworker.domain.errors import RuleViolation
from caseworker.domain.imports import DuplicateChoice
from caseworker.domain.listing import ListQuery
from caseworker.domain.records import ChangeKind

from .conftest import write_csv
from .test_import_service import run

HEADER = ["Client ID", "First Name", "Surname", "DOB", "Mobile", "Email", "Language", "Notes"]


def clients_named(services, text: str) -> list[str]:
    return [r.name for r in services.clients.list_rows(services.clients.list_ids(ListQuery(text=text)))]


def client_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(Client.id)))


def test_rows_merge_into_existing_and_earlier_clients_and_the_undo_restores_them(db, caseworker,
                                                                                 tmp_path: Path) -> None:
    maria, _ = caseworker.clients.create(ClientDraft("Maria", "Silva", date_of_birth=date(1980, 5, 17),
                                                     email="maria@example.org", notes="Referred by the GP"))
    path = write_csv(tmp_path / "clients.csv", [
        HEADER,
        ["A1", "María", "Silva", "17/05/1980", "+44 7911 123456", "", "Portuguese", ""],
        ["A2", "Kofi", "Mensah", "1975-11-02", "", "", "", ""],
        ["A3", "Kofi", "Mensah", "1975-11-02", "", "kofi@example.org", "Twi", ""],
    ])
    report = run(caseworker, "clients", path, duplicates=DuplicateChoice.MERGE)
    assert report.ok, report.failed
    assert (report.created, report.updated, report.skipped) == (1, 1, 0)
    assert {(d.line, d.existing_id, d.earlier_line) for d in report.duplicates} == {(2, maria.id, None),
                                                                                     (4, None, 3)}
    assert report.changes.ids(ChangeKind.CLIENT) >= {maria.id}
    merged = caseworker.clients.get(maria.id)
    # The row fills what was empty and replaces what it brings; what it leaves blank stays.
    assert (merged.first_name, merged.phone, merged.language) == ("María", "+447911123456", "Portuguese")
    assert (merged.email, merged.notes) == ("maria@example.org", "Referred by the GP")
    assert clients_named(caseworker, "maría") == ["María Silva"]
    [kofi] = [r for r in caseworker.clients.list_rows(caseworker.clients.list_ids(ListQuery(text="mensah")))]
    assert (caseworker.clients.get(kofi.id).email, caseworker.clients.get(kofi.id).language) == \
        ("kofi@example.org", "Twi")
    with db.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.record_type == "client", AuditEntry.kind == "update",
                                                  AuditEntry.record_id == maria.id))
        assert entry.changes["language"] == ["", "Portuguese"] and entry.reason == f"import {report.batch}"

    caseworker.imports.undo(report.batch)
    restored = caseworker.clients.get(maria.id)
    assert (restored.first_name, restored.phone, restored.language) == ("Maria", "", "")
    assert clients_named(caseworker, "maria") == ["Maria Silva"] and clients_named(caseworker, "mensah") == []
    assert client_count(db) == 1


def test_undo_is_refused_when_a_merged_client_changed_since(db, caseworker, tmp_path: Path) -> None:
    maria, _ = caseworker.clients.create(ClientDraft("Maria", "Silva", date_of_birth=date(1980, 5, 17)))
    path = write_csv(tmp_path / "clients.csv", [HEADER, ["A1", "Maria", "Silva", "17/05/1980", "", "",
                                                         "Portuguese", "Speaks some English"]])
    report = run(caseworker, "clients", path, choices={2: DuplicateChoice.MERGE})
    assert (report.created, report.updated) == (0, 1)
    record = caseworker.clients.get(maria.id)
    caseworker.clients.update(maria.id, replace(ClientDraft("Maria", "Silva", date_of_birth=date(1980, 5, 17)),
                                                language="Portuguese", notes="Speaks some English",
                                                postcode="LS1 4AB"), record.version)
    with pytest.raises(RuleViolation, match=rf"client {maria.id} \(Maria Silva\)"):
        caseworker.imports.undo(report.batch)
    after = caseworker.clients.get(maria.id)
    assert (after.language, after.postcode) == ("Portuguese", "LS1 4AB")
    assert caseworker.imports.batches()[0].undone_at is None


def test_a_row_bringing_nothing_new_is_counted_as_skipped(db, caseworker, tmp_path: Path) -> None:
    caseworker.clients.create(ClientDraft("Maria", "Silva", date_of_birth=date(1980, 5, 17), language="Portuguese"))
    path = write_csv(tmp_path / "clients.csv", [HEADER, ["A1", "Maria", "Silva", "17/05/1980", "", "",
                                                         "Portuguese", ""]])
    report = run(caseworker, "clients", path, duplicates=DuplicateChoice.MERGE)
    assert (report.created, report.updated, report.skipped) == (0, 0, 1)
    with db.read() as s:
        assert s.scalar(select(func.count(ImportBatchRecord.id))) == 0


def test_a_merge_dry_run_changes_nothing(db, caseworker, tmp_path: Path) -> None:
    maria, _ = caseworker.clients.create(ClientDraft("Maria", "Silva", date_of_birth=date(1980, 5, 17)))
    path = write_csv(tmp_path / "clients.csv", [HEADER, ["A1", "Maria", "Silva", "17/05/1980", "", "",
                                                         "Portuguese", ""]])
    report = run(caseworker, "clients", path, duplicates=DuplicateChoice.MERGE, dry_run=True)
    assert (report.updated, report.batch) == (1, None)
    assert caseworker.clients.get(maria.id).language == ""


def test_a_caseworker_merges_a_row_into_an_existing_client_in_the_wizard(sqlite_db, open_window, qtbot,
                                                                         tmp_path: Path) -> None:
    from caseworker.domain.permissions import Role
    from caseworker.services.container import Services
    from caseworker.ui.dialogs.import_wizard import ImportWizard
    from tests.conftest import make_user

    make_user(sqlite_db, "admin", Role.ADMIN)
    services = Services(sqlite_db, make_user(sqlite_db, "sam", Role.CASEWORKER))
    maria, _ = services.clients.create(ClientDraft("Maria", "Silva", date_of_birth=date(1980, 5, 17)))
    path = write_csv(tmp_path / "clients.csv", [HEADER, ["A1", "Maria", "Silva", "17/05/1980", "", "",
                                                         "Portuguese", ""],
                                                ["A2", "Kofi", "Mensah", "1975-11-02", "", "", "", ""]])
    window = open_window(services)
    wizard = ImportWizard(window.ctx, window, __import__("caseworker.domain.imports",
                                                         fromlist=["ImportKind"]).ImportKind.CLIENTS)
    qtbot.addWidget(wizard)
    wizard.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.pages.currentIndex() == 2 and wizard.dup_table.rowCount() == 1
    combo = wizard.dup_table.cellWidget(0, 3)
    assert [combo.itemData(i) for i in range(combo.count())] == list(DuplicateChoice)
    assert combo.accessibleName()
    wizard.set_choice(2, DuplicateChoice.MERGE)
    wizard.next()
    assert "1 created, 1 merged" in wizard.done_label.text()
    assert services.clients.get(maria.id).language == "Portuguese"
