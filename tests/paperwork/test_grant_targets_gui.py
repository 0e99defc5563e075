"""Recording a grant's targets from its window: read and saved through operations, refused beside
the field (or the outcome's row), shown again when the dialog reopens."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QTableWidgetItem

from caseworker.db.database import Database
from caseworker.domain.grant_targets import Demographic, Output
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind
from caseworker.services.container import Services
from caseworker.services.grants import FunderDraft, GrantDraft
from caseworker.ui.dialogs.grant_dialogs import GrantTargetsDialog
from caseworker.ui.sections.grants import GrantsSection
from tests.conftest import make_user


def test_targets_are_recorded_from_the_grants_window(sqlite_db: Database, open_window, qtbot) -> None:
    make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER)
    manager = Services(sqlite_db, make_user(sqlite_db, "maria", Role.MANAGER))
    funder, _ = manager.grants.save_funder(FunderDraft("Northern Trust"))
    g, _ = manager.grants.save_grant(GrantDraft(funder.id, "Advice line", Decimal("1000.00")))
    window = open_window(manager)
    section = next(s for s in window.sections if isinstance(s, GrantsSection))
    window.show_section(section)
    section.open_record("grant", g.id)
    view = section.grant_view
    assert view.targets_button.isVisible() and view.targets_button.accessibleName() == "Targets and outcomes"

    dialog = GrantTargetsDialog(window.ctx, g.id, view)
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled(), "the (empty) targets were read through an operation"
    qtbot.keyClicks(dialog.outputs[Output.PEOPLE_SERVED], "120")
    qtbot.keyClicks(dialog.outputs[Output.CASES_RESOLVED], "many")
    dialog.outcomes.setItem(0, 0, QTableWidgetItem("Households kept in their homes"))
    dialog.outcomes.setItem(0, 1, QTableWidgetItem("30"))
    dialog.outcomes.setItem(1, 1, QTableWidgetItem("4"))  # a target without its outcome's name
    dialog.demographics[Demographic.AGE].setChecked(True)
    dialog.narrative.setPlainText("A good first quarter.")
    dialog.buttons.accepted.emit()
    assert "many" in dialog.form.error_of("cases_resolved")
    assert "Row 2" in dialog.form.error_of("outcomes") and "Name the outcome" in dialog.form.error_of("outcomes")
    assert manager.grant_targets.targets(g.id).empty, "nothing was saved"

    dialog.outputs[Output.CASES_RESOLVED].setText("50")
    dialog.outcomes.setItem(1, 0, QTableWidgetItem("Debts written off"))
    dialog.outcomes.setItem(1, 2, QTableWidgetItem("1"))
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.changes.ids(ChangeKind.GRANT) == {g.id}
    saved = manager.grant_targets.targets(g.id)
    assert saved.outputs == {Output.PEOPLE_SERVED: 120, Output.CASES_RESOLVED: 50}
    assert [(o.name, o.target, o.achieved) for o in saved.outcomes] == [
        ("Households kept in their homes", 30, None), ("Debts written off", 4, 1)]
    assert saved.demographics == (Demographic.AGE,) and saved.narrative == "A good first quarter."

    again = GrantTargetsDialog(window.ctx, g.id, view)
    qtbot.addWidget(again)
    assert again.outputs[Output.PEOPLE_SERVED].text() == "120"
    assert again.outcomes.item(1, 0).text() == "Debts written off" and again.outcomes.item(1, 2).text() == "1"
    assert again.demographics[Demographic.AGE].isChecked() and not again.demographics[Demographic.AREA].isChecked()
    names = [again.outcomes.accessibleName(), *(b.accessibleName() for b in again.demographics.values())]
    assert all(names)


def test_the_windows_grant_report_is_for_the_grants_own_reporting_period(sqlite_db: Database, open_window,
                                                                          monkeypatch) -> None:
    from caseworker.ui.views import grant_detail

    make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER)
    manager = Services(sqlite_db, make_user(sqlite_db, "maria", Role.MANAGER))
    funder, _ = manager.grants.save_funder(FunderDraft("Northern Trust"))
    g, _ = manager.grants.save_grant(GrantDraft(funder.id, "Advice line", Decimal("1000.00")))
    window = open_window(manager)
    section = next(s for s in window.sections if isinstance(s, GrantsSection))
    window.show_section(section)
    section.open_record("grant", g.id)
    asked = []
    monkeypatch.setattr(grant_detail, "export_document", lambda *args, **options: asked.append((args[2:], options)))
    section.grant_view._export_pdf("grant-report")
    # No period chosen by the window: the service takes the report due most recently.
    assert asked == [(("grant-report", g.id), {})]
