"""The window: thank a week of gifts from the queue, the outbox, the template editor with its live
preview, and the mail server settings — every call through the runner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QPushButton, QSpinBox

from caseworker.domain.donors import PreferencesDraft
from caseworker.domain.mail import MessageStatus
from caseworker.domain.permissions import Role
from caseworker.domain.templates import TemplateDraft
from caseworker.ui.sections.administration import AdministrationSection
from caseworker.ui.sections.correspondence import CorrespondenceSection
from tests.letters.conftest import opt_out_of_email
from tests.reports.conftest import Pdf

pytestmark = pytest.mark.sqlite_only


def _section(window) -> CorrespondenceSection:
    section = window.section_of(CorrespondenceSection)
    window.show_section(section)
    section.activate()
    return section


def test_a_week_of_gifts_is_thanked_from_the_queue(qtbot, open_window, fundraiser, add_donor, give, thanks_template,
                                                   smtp_server, mail_server_settings, tmp_path, monkeypatch):
    mail_server_settings(smtp_server.port)
    thanks_template(attach="receipt")
    names = ["Ana", "Ben", "Carla", "Dora", "Eli", "Fay", "Gus"]
    donors = [add_donor(n, "Smith", email=f"{n.lower()}@example.org") for n in names]
    for days, donor in enumerate(donors):
        give(donor, f"{20 + days}.00", days_ago=days + 1)
    opt_out_of_email(fundraiser, donors[2])
    fundraiser.donors.set_preferences(donors[3], PreferencesDraft(do_not_contact=True), None)
    letters = tmp_path / "letters.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(letters), "PDF (*.pdf)"))

    window = open_window(fundraiser)
    from caseworker.ui.my_work.thank_yous import ThankYousPanel

    window.sections[0].activate()
    panel = next(p for p in window.sections[0].panels if isinstance(p, ThankYousPanel))
    assert panel.item_count() == 7
    section = _section(window)
    queue = section.queue
    assert queue is not None and queue.model.rowCount() == 7
    # Oldest first, with the days waiting.
    assert queue.model.index(0, 1).data() == "Gus Smith"
    assert queue.model.index(0, 4).data() == "7"
    qtbot.mouseClick(queue.thank_all, Qt.MouseButton.LeftButton)

    assert sorted(m["To"].split()[0] for m in smtp_server.box.messages) == ["Ana", "Ben", "Eli", "Fay", "Gus"]
    assert all(list(m.iter_attachments()) for m in smtp_server.box.messages)
    assert "Blocked: Dora Smith" in queue.status.text()
    assert "sent 5, blocked 0, failed 0" in queue.status.text()
    assert Pdf(letters).has("Dear Carla")
    assert queue.model.rowCount() == 1  # Dora waits: the guard blocked her thank-you
    assert panel.item_count() == 1  # My work heard what the sending and printing changed

    section.tabs.setCurrentWidget(section.outbox)
    statuses = sorted(r.status.value for r in section.outbox.rows)
    assert statuses == ["blocked", "printed", "sent", "sent", "sent", "sent", "sent"]
    blocked = next(i for i, r in enumerate(section.outbox.rows) if r.status is MessageStatus.BLOCKED)
    assert "asked not to be contacted" in section.outbox.model.index(blocked, 7).data()

    timeline = fundraiser.touchpoints.timeline(donors[0])
    assert any(e.kind == "touchpoint" and e.status == "done" and "E-mail" in e.detail for e in timeline)


def test_the_editor_previews_on_a_chosen_gift_and_names_a_missing_field(qtbot, open_window, fundraiser, add_donor,
                                                                        give, thanks_template):
    template_id = thanks_template()
    gift = give(add_donor("Zoë", "Ångström"), "75.00")
    window = open_window(fundraiser)
    section = _section(window)
    section.tabs.setCurrentWidget(section.editor)
    editor = section.editor
    assert editor.list.count() == 1 and editor.name.text() == "Thank you"
    editor.record.setValue(gift)
    editor.refresh_preview()
    assert "Zoë" in editor.preview_subject.text()
    assert "$75.00" in editor.preview.toPlainText()
    editor.body.setPlainText("Dear {{ donor.nickname }}")
    editor.refresh_preview()
    assert "donor.nickname" in editor.preview.toPlainText()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "donor.nickname" in editor.form.error_of("body")
    assert fundraiser.mail.template(template_id).version == 1
    editor.body.setPlainText("{{ donor.salutation }}, thank you for {{ gift.amount }}.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert fundraiser.mail.template(template_id).version == 2
    # A merge field is inserted from the keyboard.
    editor.fields.setCurrentRow(0)
    editor.fields.itemActivated.emit(editor.fields.currentItem())
    assert "{{ donor.name }}" in editor.body.toPlainText()


def test_caseworkers_see_only_client_templates_and_no_thank_you_queue(qtbot, open_window, services_for,
                                                                      thanks_template):
    thanks_template()
    caseworker = services_for(Role.CASEWORKER)
    caseworker.mail.save_template(TemplateDraft(name="Closure", kind="letter", purpose="update", audience="clients",
                                                subject="Your case", body="{{ client.salutation }}"))
    window = open_window(caseworker)
    section = _section(window)
    assert section.queue is None
    section.tabs.setCurrentWidget(section.editor)
    assert [section.editor.list.item(i).text() for i in range(section.editor.list.count())] == ["Closure"]
    assert [section.editor.audience.itemData(i) for i in range(section.editor.audience.count())] == ["clients"]


def test_every_control_has_an_accessible_name(qtbot, open_window, fundraiser):
    window = open_window(fundraiser)
    section = _section(window)
    unnamed = [w for cls in (QPushButton, QComboBox, QLineEdit, QSpinBox) for w in section.findChildren(cls)
               if not w.accessibleName() and w.isVisibleTo(section) and not isinstance(w.parent(), (QComboBox,
                                                                                                     QSpinBox))]
    assert unnamed == []


def test_a_manager_sets_the_mail_server_and_the_password_is_never_shown(qtbot, open_window, manager):
    window = open_window(manager)
    settings = window.section_of(AdministrationSection)
    window.show_section(settings)
    settings.show_page("mail")
    page = settings.pages["mail"]
    page.ensure_loaded()
    page.host.setText("smtp.goodcause.example")
    page.user.setText("office")
    page.password.setText("hunter2-long")
    page.from_address.setText("office@goodcause.example")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Mail server settings saved."
    assert page.password.text() == "" and "stored" in page.password.placeholderText()
    assert manager.mail.server_password() == "hunter2-long"
    page.from_address.setText("not an address")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "not an e-mail address" in page.form.error_of("from_address")


def test_fundraisers_have_no_mail_server_page(qtbot, open_window, fundraiser):
    window = open_window(fundraiser)
    settings = window.section_of(AdministrationSection)
    assert "mail" not in settings.page_keys()


def test_insight_shows_the_time_to_thank(qtbot, open_window, manager, fundraiser, add_donor, give):
    from datetime import date, timedelta

    from caseworker.ui.sections.insight import InsightSection

    donor = add_donor()
    for days_ago, delay in ((20, 1), (15, 3), (10, 9)):
        gift = give(donor, days_ago=days_ago)
        fundraiser.gifts.mark_thanked([gift], date.today() - timedelta(days=days_ago - delay))
    window = open_window(manager)
    insight = window.section_of(InsightSection)
    window.show_section(insight)
    insight.tabs.setCurrentWidget(insight.overview)  # the figure is on the overview, counted when shown
    insight.reload()
    assert insight.figures["thanks"].value.text() == "3 d (33% within 2 d)"


def test_the_outbox_resumes_by_itself(qtbot, open_window, fundraiser, add_donor, give, thanks_template,
                                      smtp_server, mail_server_settings):
    mail_server_settings(smtp_server.port)
    thanks_template()
    gift = give(add_donor())
    smtp_server.stop()
    fundraiser.mail.thank([gift])
    from caseworker.correspondence import send_outbox

    assert send_outbox(fundraiser).retrying == 1
    smtp_server.start()
    window = open_window(fundraiser)
    section = _section(window)
    section.tabs.setCurrentWidget(section.outbox)
    assert [r.status for r in section.outbox.rows] == [MessageStatus.QUEUED]
    assert section.resume_timer.isActive()
    section.resume_outbox()  # not due yet: the pause after the refusal is still running
    assert smtp_server.box.messages == []
    from sqlalchemy import update

    from caseworker.db.models import OutboxMessage

    with fundraiser.db.transaction("test: the pause is over") as s:
        s.execute(update(OutboxMessage).values(next_attempt_at=None))
    section.resume_outbox()
    assert len(smtp_server.box.messages) == 1
    assert "Sent from the outbox by itself: sent 1" in section.outbox.status.text()
    assert [r.status for r in section.outbox.rows] == [MessageStatus.SENT]  # the outbox shows it at once


def test_a_mail_merge_from_the_editor_prints_letters_through_the_guard(qtbot, open_window, fundraiser, add_donor,
                                                                       tmp_path, monkeypatch):
    fundraiser.mail.save_template(TemplateDraft(name="Spring update", kind="letter", purpose="update",
                                                audience="donors", subject="Our news",
                                                body="{{ donor.salutation }},\n\nThe shelter opened."))
    ids = [add_donor(f"P{i}", "Smith", email="") for i in range(3)]
    out = tmp_path / "merge.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    window = open_window(fundraiser)
    section = _section(window)
    section.tabs.setCurrentWidget(section.editor)
    merge = section.editor.merge
    merge.target.setCurrentIndex(merge.target.findData("donor-ids"))
    merge.numbers.setText(f"{ids[0]}, {ids[1]}")
    qtbot.mouseClick(merge.write, Qt.MouseButton.LeftButton)
    assert "0 e-mails queued, 2 letters to print, 0 blocked" in merge.status.text()
    assert "2 letters written to" in merge.status.text()
    assert Pdf(out).has("Dear P0") and Pdf(out).has("Dear P1") and not Pdf(out).has("Dear P2")
    qtbot.mouseClick(merge.write, Qt.MouseButton.LeftButton)  # the same day again: the guard's gap
    assert "0 letters to print, 2 blocked" in merge.status.text()


def test_my_work_lists_the_gifts_to_thank_and_opens_the_queue(qtbot, open_window, fundraiser, add_donor, give):
    from caseworker.ui.my_work.thank_yous import ThankYousPanel

    give(add_donor(), "30.00", days_ago=5)
    window = open_window(fundraiser)
    my_work = window.sections[0]
    my_work.activate()
    panel = next(p for p in my_work.panels if isinstance(p, ThankYousPanel))
    assert panel.item_count() == 1
    assert "Ana Duarte: $30.00" in panel.list.item(0).text() and "5 days waiting" in panel.list.item(0).text()
    panel.list.itemActivated.emit(panel.list.item(0))
    section = window.section_of(CorrespondenceSection)
    assert window.current_section() is section
    assert section.tabs.currentWidget() is section.queue and section.queue.model.rowCount() == 1
