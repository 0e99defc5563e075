"""A grant's reports to its funder in the detail view: the schedule, and one marked submitted
through the dialog (a write through the runner, refused beside its field when wrong)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caseworker.domain.records import ChangeKind
from caseworker.services.grants import FunderDraft, GrantDraft
from caseworker.ui.dialogs.grant_dialogs import ReportSubmittedDialog
from tests.grants.test_grants_gui import manager, section_of, services_for_sqlite  # noqa: F401 - fixtures


def test_a_report_is_marked_submitted_from_the_grant(manager, open_window, qtbot) -> None:  # noqa: F811
    funder, _ = manager.grants.save_funder(FunderDraft("Northern Trust"))
    g, _ = manager.grants.save_grant(GrantDraft(funder.id, "Advice line", Decimal("1000.00"),
                                                report_first_due=date(2025, 1, 10), report_rule="FREQ=MONTHLY"))
    window = open_window(manager)
    section = section_of(window)
    section.open_record("grant", g.id)
    view = section.grant_view
    assert [view.reports.item(r, 0).text() for r in range(3)] == ["2025-01-10", "2025-02-10", "2025-03-10"]
    assert view.reports.item(0, 3).text() == "Overdue" and view.reports.currentRow() == 0
    assert view.submitted_button.isEnabled()

    dialog = ReportSubmittedDialog(window.ctx, g.id, date(2025, 1, 10), today=date(2025, 1, 20), parent=section)
    qtbot.addWidget(dialog)
    dialog.submitted_on.setText("2999-01-01")
    dialog.buttons.accepted.emit()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "future" in dialog.form.error_of("submitted_on")
    dialog.submitted_on.setText("2025-01-09")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.changes.ids(ChangeKind.GRANT) == {g.id}
    view._show_reports(dialog.result_value)
    assert [view.reports.item(0, c).text() for c in (1, 2, 3)] == [
        "2025-01-09", manager.actor.display_name, "Submitted on time"]
    assert view.reports.currentRow() == 1  # the next report still owed
    assert manager.grant_reports.schedule(g.id)[0].submitted_on == date(2025, 1, 9)
