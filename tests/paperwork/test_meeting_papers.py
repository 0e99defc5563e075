"""Agendas and minutes a board signs, read back from the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from caseworker import exports
from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.meetings import Attendance, AttendeeDraft, AttendeeKind, MeetingDraft
from caseworker.domain.org import OrgSettings, ReceiptStyle
from caseworker.domain.records import ChangeKind
from caseworker.services.board import VoteDraft
from tests.paperwork.conftest import Office
from tests.reports.conftest import Pdf

BOARD = "Trustees' meeting"


@pytest.fixture(autouse=True)
def british(office: Office) -> None:
    """A UK organisation: dates written day first."""
    office.admin.settings.update(replace(office.admin.settings.get(), receipt_style=ReceiptStyle.UK))


def board(office: Office, start: datetime, zone: str = "Europe/London", **more) -> int:
    worker = office.caseworker.actor.user_id
    meeting, _ = office.admin.meetings.create(MeetingDraft(
        BOARD, start, start + timedelta(hours=2), zone, location="Room 1",
        attendees=(AttendeeDraft(AttendeeKind.STAFF, user_id=worker),
                   AttendeeDraft(AttendeeKind.EXTERNAL, name="Ruth Ellis", organisation="Treasurer"),
                   AttendeeDraft(AttendeeKind.EXTERNAL, name="Dev Patel", organisation="Trustee")),
        agenda=("Accounts", "Safeguarding"), **more))
    return meeting.id


def export(office: Office, kind: exports.Kind, meeting_id: int, path: Path) -> Pdf:
    exports.export_document(office.admin, kind, meeting_id, path)
    return Pdf(path)


def test_the_agenda_carries_forward_only_open_actions_of_earlier_meetings(office: Office, tmp_path: Path) -> None:
    worker = office.caseworker.actor.user_id
    earlier = board(office, datetime(2025, 1, 14, 18, tzinfo=UTC))
    office.admin.meetings.add_action_item(earlier, "Renew the insurance", worker, None)
    done, _ = office.admin.meetings.add_action_item(earlier, "Book the hall", worker, None)
    office.admin.meetings.set_action_done(done.id, True, done.version)
    this = board(office, datetime(2025, 2, 11, 18, tzinfo=UTC))
    own, _ = office.admin.meetings.add_action_item(this, "Send the minutes", worker, None)
    pdf = export(office, exports.Kind.AGENDA, this, tmp_path / "agenda.pdf")
    carried = pdf.flat[pdf.flat.index("Open actions from earlier meetings"):]
    assert "Renew the insurance" in carried
    assert "Book the hall" not in pdf.flat and "Send the minutes" not in pdf.flat
    # Nobody leads an item and none is timed: no empty columns.
    assert "Led by" not in pdf.flat and "Minutes" not in pdf.flat.replace("Trustees' meeting", "")
    assert pdf.has("11 Feb 2025, 18:00–20:00 GMT (Europe/London)")


def test_minutes_record_attendance_next_meeting_and_the_chairs_signature(office: Office, tmp_path: Path) -> None:
    first = board(office, datetime(2025, 1, 14, 18, tzinfo=UTC))
    board(office, datetime(2025, 2, 11, 18, tzinfo=UTC))
    detail = office.admin.meetings.get(first)
    status = {a.name: a.id for a in detail.attendees}
    detail, _ = office.admin.meetings.record_minutes(first, "The accounts were approved.", ["Adopt the accounts"], {
        status["Ruth Ellis"]: Attendance.APOLOGIES, status["Dev Patel"]: Attendance.ATTENDED,
        status["Carla"]: Attendance.ATTENDED}, detail.version)
    pdf = export(office, exports.Kind.MINUTES, first, tmp_path / "m.pdf")
    assert pdf.has("2 of 3 invited were present.")
    assert pdf.has("Present Carla (Staff), Dev Patel (Trustee)")
    assert pdf.has("Apologies Ruth Ellis (Treasurer)")
    assert pdf.has("Absent None")
    assert pdf.has("Next meeting 11 Feb 2025, 18:00 GMT (Europe/London)")
    assert pdf.has("Signed by the chair Approved as a true record of the meeting.")
    assert pdf.has("Signature") and pdf.has("Date")


def test_times_in_utc_name_the_zone_once(office: Office, tmp_path: Path) -> None:
    office.admin.settings.update(OrgSettings(name="Riverside Community Advice", timezone="UTC", currency="GBP"))
    mid = board(office, datetime(2025, 3, 4, 9, tzinfo=UTC), zone="UTC")
    pdf = export(office, exports.Kind.AGENDA, mid, tmp_path / "a.pdf")
    assert "UTC (UTC)" not in pdf.flat
    assert pdf.has("09:00–11:00 UTC")


def test_a_meeting_with_nothing_recorded_is_not_printed_as_minutes(office: Office, tmp_path: Path) -> None:
    mid = board(office, datetime(2025, 3, 4, 9, tzinfo=UTC))
    with pytest.raises(RuleViolation, match="Nothing has been recorded"):
        exports.export_document(office.admin, exports.Kind.MINUTES, mid, tmp_path / "m.pdf")
    assert not (tmp_path / "m.pdf").exists()
    result = exports.export_meetings(office.admin, 2025, 3, tmp_path / "month.zip", as_zip=True)
    assert result.documents == 1
    import zipfile
    with zipfile.ZipFile(tmp_path / "month.zip") as z:
        assert [n.split("-", 4)[-1] for n in z.namelist()] == ["agenda-1.pdf"]


def test_minutes_print_each_decisions_proposer_seconder_vote_and_the_quorum(office: Office, tmp_path: Path) -> None:
    mid = board(office, datetime(2025, 1, 14, 18, tzinfo=UTC))
    detail = office.admin.meetings.get(mid)
    status = {a.name: a.id for a in detail.attendees}
    detail, _ = office.admin.meetings.record_minutes(mid, "", ["Adopt the accounts", "Raise the hall fee"], {
        status["Dev Patel"]: Attendance.ATTENDED, status["Carla"]: Attendance.ATTENDED,
        status["Ruth Ellis"]: Attendance.ABSENT}, detail.version)
    first, second = office.admin.board.decisions(mid)
    office.admin.board.record_vote(first.id, VoteDraft("Dev Patel", "Carla", 5, 1, 0))
    with pytest.raises(ValidationError) as same:
        office.admin.board.record_vote(second.id, VoteDraft("Dev Patel", "dev patel"))
    assert same.value.field == "seconder"
    office.admin.board.record_vote(second.id, VoteDraft("Carla", "Dev Patel", 2, 4, 1))
    office.admin.board.set_quorum(mid, 3)
    # Saving the minutes again keeps the votes of decisions whose wording stays.
    detail = office.admin.meetings.get(mid)
    office.admin.meetings.record_minutes(mid, "Accounts discussed.", ["Adopt the accounts", "Raise the hall fee"],
                                         {}, detail.version)
    pdf = export(office, exports.Kind.MINUTES, mid, tmp_path / "m.pdf")
    assert pdf.has("1. Adopt the accounts Proposed by Dev Patel, seconded by Carla. For 5, against 1, abstentions 0: "
                   "carried.")
    assert pdf.has("2. Raise the hall fee Proposed by Carla, seconded by Dev Patel. For 2, against 4, abstentions 1: "
                   "not carried.")
    assert pdf.has("The quorum is 3: the meeting was not quorate, so its decisions need confirming.")
    office.admin.board.set_quorum(mid, 2)
    pdf = export(office, exports.Kind.MINUTES, mid, tmp_path / "m2.pdf")
    assert pdf.has("The quorum is 2: the meeting was quorate.")


@pytest.mark.sqlite_only
def test_votes_and_quorum_from_the_command_line(office: Office, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from caseworker.cli import main as cli_main

    mid = board(office, datetime(2025, 1, 14, 18, tzinfo=UTC))
    detail = office.admin.meetings.get(mid)
    office.admin.meetings.record_minutes(mid, "", ["Adopt the accounts"], {}, detail.version)
    decision = office.admin.board.decisions(mid)[0].id
    cli_main.build_parser()
    monkeypatch.setattr(cli_main, "open_db", lambda args: office.db)
    monkeypatch.setenv("CASEWORKER_PASSWORD", "correct horse")
    assert cli_main.main(["minutes", "vote", str(decision), "--proposer", "Dev Patel", "--seconder", "Carla",
                          "--for", "4", "--against", "0", "--abstain", "1", "--user", "admin"]) == 0
    assert cli_main.main(["minutes", "quorum", str(mid), "3", "--user", "admin"]) == 0
    assert cli_main.main(["minutes", "decisions", str(mid), "--user", "fred"]) == 0
    out = capsys.readouterr().out
    assert (f"{decision}\tAdopt the accounts  (proposed Dev Patel, seconded Carla; for 4, against 0, "
            "abstentions 1)") in out
    assert cli_main.main(["minutes", "vote", str(decision), "--proposer", "Carla", "--seconder", "carla",
                          "--user", "fred"]) != 0
    assert "seconded by someone other than its proposer" in capsys.readouterr().err


def test_votes_and_quorum_save_together_or_not_at_all(office: Office) -> None:
    from sqlalchemy import select

    from caseworker.db.models import AuditEntry
    from caseworker.domain.errors import ValidationErrors

    mid = board(office, datetime(2025, 2, 11, 18, tzinfo=UTC))
    detail = office.admin.meetings.get(mid)
    status = {a.name: a.id for a in detail.attendees}
    office.admin.meetings.record_minutes(mid, "", ["Adopt the accounts", "Raise the hall fee"], {
        status["Dev Patel"]: Attendance.ATTENDED, status["Ruth Ellis"]: Attendance.ATTENDED}, detail.version)
    first, second = office.admin.board.decisions(mid)
    with pytest.raises(ValidationErrors) as caught:
        office.admin.board.record_board(mid, 0, {first.id: VoteDraft("Dev Patel", "Ruth Ellis", 3, 0, 0),
                                                 second.id: VoteDraft("Ruth Ellis", "ruth ellis", -1)})
    assert {e.field for e in caught.value.errors} == {"quorum", "decision_2_seconder", "decision_2_votes_for"}
    untouched = office.admin.board.board(mid)
    assert untouched.quorum is None and all(d.proposer == "" for d in untouched.decisions)

    saved, changes = office.admin.board.record_board(mid, 3, {
        first.id: VoteDraft("Dev Patel", "Ruth Ellis", 3, 0, 0), second.id: VoteDraft("Ruth Ellis", "Dev Patel")})
    assert changes.ids(ChangeKind.MEETING) == {mid}
    assert (saved.quorum, saved.present, saved.quorate) == (3, 2, False)
    assert [(d.proposer, d.votes_for) for d in saved.decisions] == [("Dev Patel", 3), ("Ruth Ellis", None)]
    with office.db.read() as s:
        kinds = list(s.scalars(select(AuditEntry.record_type).where(AuditEntry.action == "Record votes and quorum")))
    assert sorted(kinds) == ["decision_vote", "decision_vote", "meeting"]
