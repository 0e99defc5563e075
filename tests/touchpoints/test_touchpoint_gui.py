"""The touchpoint flows as a user meets them: warn and confirm, block, a manager's override with
its audit entry, the policy editor, the timeline tab, bulk planning, the neglect lists, My work."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from sqlalchemy import select

from caseworker.db.models import AuditEntry
from caseworker.domain.guard import Outcome, TouchStatus
from caseworker.services.touchpoints import TouchpointDraft
from caseworker.ui.dialogs import override_dialog
from caseworker.ui.dialogs.override_dialog import OverrideDialog
from caseworker.ui.dialogs.policy_dialog import PolicyDialog
from caseworker.ui.dialogs.touchpoint_dialog import TouchpointDialog
from caseworker.ui.sections.my_work import MyWorkSection
from caseworker.ui.sections.planner import PlannerSection
from caseworker.ui.views.donor_timeline import DonorTimeline
from tests.touchpoints.conftest import add_donor
from tests.touchpoints.test_touchpoint_service import at

pytestmark = pytest.mark.sqlite_only


def _dialog(qtbot, window, donor: int, when, channel: str = "email", purpose: str = "update") -> TouchpointDialog:
    dialog = TouchpointDialog(window.ctx, donor, "Ada Okafor", mode="plan", parent=window)
    qtbot.addWidget(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData(channel))
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(purpose))
    dialog.set_when(when)
    dialog.refresh_verdict()
    dialog.show()
    return dialog


def test_a_warning_needs_one_click(qtbot, open_window, fundraiser):
    donor = add_donor(fundraiser, preferred_channels=("email",))
    window = open_window(fundraiser)
    dialog = _dialog(qtbot, window, donor, at(3), channel="letter")
    assert dialog.verdict.verdict is Outcome.WARN
    assert dialog.save.text() == "Save anyway" and dialog.save.isEnabled()
    assert "prefers to be contacted by email" in dialog.panel.reasons.text()
    assert dialog.panel.other_channel.isVisible()
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.result_record is not None and dialog.result_record.channel.value == "letter"


def test_a_block_shows_reason_and_next_allowed_time(qtbot, open_window, fundraiser):
    donor = add_donor(fundraiser)
    fundraiser.touchpoints.plan(TouchpointDraft(donor, at(10), "phone", "update"))
    window = open_window(fundraiser)
    dialog = _dialog(qtbot, window, donor, at(12))
    assert dialog.verdict.blocked
    assert not dialog.save.isEnabled() and not dialog.override.isVisible()
    assert "at least 7 days apart" in dialog.panel.reasons.text()
    assert "Next allowed" in dialog.panel.reasons.text()
    qtbot.mouseClick(dialog.panel.next_time, Qt.MouseButton.LeftButton)
    assert dialog.chosen_when() == at(17)
    assert dialog.verdict.verdict is Outcome.ALLOW and dialog.save.isEnabled()
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.result_record is not None and dialog.result_record.when == at(17)


def test_a_manager_overrides_a_block_with_an_audited_reason(qtbot, open_window, db, fundraiser, manager,
                                                             monkeypatch):
    donor = add_donor(fundraiser)
    fundraiser.touchpoints.plan(TouchpointDraft(donor, at(10), "phone", "update"))
    window = open_window(manager)
    dialog = _dialog(qtbot, window, donor, at(12))
    assert dialog.override.isVisible()
    monkeypatch.setattr(override_dialog.OverrideDialog, "ask",
                        classmethod(lambda cls, verdict, parent=None: "They asked for a second call."))
    qtbot.mouseClick(dialog.override, Qt.MouseButton.LeftButton)
    record = dialog.result_record
    assert record is not None and record.override_reason == "They asked for a second call."
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.kind == "override")).one()
        assert (entry.record_id, entry.reason, entry.user_id) == (
            record.id, "They asked for a second call.", manager.actor.user_id)


def test_the_override_dialog_wants_a_reason(qtbot, fundraiser):
    donor = add_donor(fundraiser, do_not_contact=True)
    verdict = fundraiser.touchpoints.preview(donor, at(3), "email", "update")
    dialog = OverrideDialog(verdict)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.reason.setPlainText("The donor called us back about their legacy.")
    assert dialog.ok.isEnabled() and dialog.text().startswith("The donor")


def test_the_policy_editor_saves_for_managers(qtbot, open_window, manager):
    window = open_window(manager)
    planner = window.section_of(PlannerSection)
    assert planner.policy_button.isVisibleTo(planner)
    dialog = PolicyDialog(window.ctx, manager.contact_policy.get(), window)
    qtbot.addWidget(dialog)
    dialog.min_gap_days.setValue(3)
    dialog.soft["min_gap"].setChecked(True)
    dialog._add_blackout(at(40).date(), at(41).date(), ["ask"])
    dialog.submit()
    stored = manager.contact_policy.get()
    assert stored.policy.min_gap_days == 3 and {r.value for r in stored.policy.soft_rules} == {"min_gap"}
    assert stored.policy.blackouts[0].start == at(40).date()
    dialog = PolicyDialog(window.ctx, stored, window)
    qtbot.addWidget(dialog)
    dialog.timezone.setText("Mars/Olympus")
    dialog.submit()
    assert "time zone" in dialog.form.error_of("timezone")


def test_fundraisers_do_not_see_the_policy_button(open_window, fundraiser):
    window = open_window(fundraiser)
    planner = window.section_of(PlannerSection)
    assert not planner.policy_button.isVisibleTo(planner)


def test_the_timeline_tab_lists_contacts_and_plans_new_ones(qtbot, open_window, fundraiser, monkeypatch):
    donor = add_donor(fundraiser)
    fundraiser.touchpoints.log(TouchpointDraft(donor, at(-3), "phone", "thanks", "Lovely chat"))
    window = open_window(fundraiser)
    assert window.open_record("donor", donor)
    timeline = window.findChild(DonorTimeline)
    tabs = [t for t in window.findChildren(QTabWidget) if t.indexOf(timeline) >= 0][0]
    tabs.setCurrentWidget(timeline)
    assert timeline.table.rowCount() == 1
    assert "Lovely chat" in timeline.table.item(0, 2).text()
    fundraiser.touchpoints.plan(TouchpointDraft(donor, at(20), "email", "update"))
    monkeypatch.setattr(TouchpointDialog, "ask", classmethod(lambda cls, *a, **k: None))
    timeline.reload()
    timeline.table.selectRow(0)
    assert timeline.move_button.isEnabled()
    monkeypatch.setattr("caseworker.ui.views.donor_timeline.QInputDialog.getText",
                        lambda *a, **k: ("Donor moved abroad", True))
    qtbot.mouseClick(timeline.cancel_button, Qt.MouseButton.LeftButton)
    statuses = {t.status for t in fundraiser.touchpoints.history(donor)}
    assert statuses == {TouchStatus.CANCELLED, TouchStatus.DONE}


def test_bulk_plan_preview_and_apply(qtbot, open_window, fundraiser):
    donors = [add_donor(fundraiser, f"Donor{i}") for i in range(5)]
    fundraiser.touchpoints.plan(TouchpointDraft(donors[0], at(9), "phone", "update"))
    window = open_window(fundraiser)
    section = window.section_of(PlannerSection)
    window.show_section(section)
    planner = section.planner
    planner.use_donors(donors)
    planner.when.setDateTime(planner.when.dateTime())  # keep the default time
    from caseworker.ui.dialogs.touchpoint_dialog import set_wall_clock

    set_wall_clock(planner.when, at(10), window.ctx.org.zone)
    planner.channel.setCurrentIndex(planner.channel.findData("letter"))
    planner.purpose.setCurrentIndex(planner.purpose.findData("ask"))
    planner.campaign.setText("Winter appeal")
    qtbot.mouseClick(planner.preview_button, Qt.MouseButton.LeftButton)
    assert planner.model.rowCount() == 5
    assert "4 allowed" in planner.summary.text() and "1 blocked" in planner.summary.text()
    assert planner.apply_button.isEnabled() and not planner.progress.isVisible()
    qtbot.mouseClick(planner.apply_button, Qt.MouseButton.LeftButton)
    assert (planner.last_result.scheduled, planner.last_result.moved) == (4, 1)
    assert "Scheduled 4" in planner.summary.text()
    moved = [t for t in fundraiser.touchpoints.history(donors[0]) if t.campaign == "Winter appeal"]
    assert moved[0].when == at(16)


def test_cancelling_a_bulk_plan_writes_nothing(qtbot, open_window, fundraiser):
    donors = [add_donor(fundraiser, f"Donor{i}") for i in range(3)]
    window = open_window(fundraiser)
    window.show_section(window.section_of(PlannerSection))
    planner = window.section_of(PlannerSection).planner
    planner.use_donors(donors)
    qtbot.mouseClick(planner.preview_button, Qt.MouseButton.LeftButton)
    planner._progress.moved.connect(lambda done, total: planner._cancel.set())
    planner.run_apply()
    assert planner.error.isVisibleTo(planner) and "cancelled" in planner.error.text()
    assert all(fundraiser.touchpoints.history(d) == [] for d in donors)


def test_neglect_lists_and_my_work(qtbot, open_window, fundraiser, services_for):
    from dataclasses import replace

    from caseworker.services.donors import draft_of

    donor = add_donor(fundraiser, "Forgotten")
    busy = add_donor(fundraiser, "Busy")
    fundraiser.touchpoints.log(TouchpointDraft(busy, at(-5), "email", "update"))
    fundraiser.touchpoints.plan(TouchpointDraft(busy, at(5), "email", "update"))
    record = fundraiser.donors.get(donor)
    fundraiser.donors.update_donor(donor, replace(draft_of(record), relationship_manager_id=fundraiser.actor.user_id),
                                   expected_version=record.version)
    window = open_window(fundraiser)
    assert window.open_record("neglect", 0)
    neglect = window.section_of(PlannerSection).neglect
    assert [r.id for r in neglect.neglected.rows] == [donor]
    assert [r.id for r in neglect.pestered.rows] == [busy]
    my_work = window.section_of(MyWorkSection)
    window.show_section(my_work)
    my_work.activate()
    panel = [p for p in my_work.panels if p.title() == "My donors to contact"][0]
    assert panel.item_count() == 1 and "Forgotten" in panel.list.item(0).text()
    neglect.plan_button.click()
    assert window.section_of(PlannerSection).planner.id_list.text() == str(donor)
    assert at(1) - at(0) == timedelta(days=1)
