"""``caseworker demo`` fills grants and meetings; ``caseworker ics`` exports a range as a user."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from caseworker.cli.main import main
from caseworker.db.database import Database
from caseworker.db.location import DatabaseLocation
from caseworker.db.migrate import ensure_schema
from caseworker.domain.grants import Stage
from caseworker.domain.listing import ListQuery
from caseworker.services.accounts import AuthService
from caseworker.services.container import Services
from caseworker.services.demo import generate

TODAY = date(2026, 11, 2)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = Database(DatabaseLocation.parse(str(path)))
    ensure_schema(db)
    generate(db, today=TODAY)
    db.dispose()
    return path


@pytest.fixture
def demo(demo_db: Path):
    db = Database(DatabaseLocation.parse(str(demo_db)))
    yield Services(db, AuthService(db).sign_in("demo", "demo"))
    db.dispose()


def test_demo_has_applications_at_every_stage_and_meetings_of_every_kind(demo) -> None:
    totals = {t.stage: t.count for t in demo.grants.pipeline()}
    assert all(totals[stage] > 0 for stage in Stage)
    november = demo.meetings.between(datetime(2026, 11, 3, tzinfo=UTC), datetime(2026, 12, 3, tzinfo=UTC))
    series_titles = {r.title for r in november if r.key is not None}
    assert {"Team meeting", "Supervision", "Trustees' meeting", "Month-end finance review"} <= series_titles
    assert any(r.key is None for r in november)
    held = [d for d in (demo.meetings.get(r.meeting_id) for r in demo.meetings.between(
        datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC))) if d.series_id]
    assert held and all(d.minutes and d.decisions for d in held)
    funded = [g for g in demo.grants.list_rows(demo.grants.list_ids(ListQuery()))
              if g.stage in (Stage.AWARDED, Stage.REPORTING)]
    detail = demo.grants.get(funded[0].id)
    assert detail.balance is not None and detail.balance.spent > 0
    assert detail.balance.remaining == detail.balance.awarded - detail.balance.spent


def test_ics_command_exports_a_range(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CASEWORKER_PASSWORD", "demo")
    out = tmp_path / "november.ics"
    assert main(["ics", "--db", str(demo_db), "--user", "demo", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--out", str(out)]) == 0
    assert "events" in capsys.readouterr().out
    cal = Calendar.from_ical(out.read_bytes())
    summaries = {str(e["summary"]) for e in cal.walk("VEVENT")}
    assert "Team meeting" in summaries
    assert any("rrule" in e for e in cal.walk("VEVENT"))


def test_ics_command_refuses_unclear_requests(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CASEWORKER_PASSWORD", "demo")
    assert main(["ics", "--db", str(demo_db), "--user", "demo", "--out", str(tmp_path / "x.ics")]) == 2
    assert "--from" in capsys.readouterr().err
    assert main(["ics", "--db", str(demo_db), "--user", "demo", "--from", "2026-12-01", "--to", "2026-11-01",
                 "--out", str(tmp_path / "x.ics")]) == 2
    with pytest.raises(SystemExit):
        main(["ics", "--db", str(demo_db), "--from", "yesterday", "--to", "2026-11-01", "--out", "x"])
    assert not (tmp_path / "x.ics").exists()


def test_deadlines_and_action_items_for_my_work(demo) -> None:
    assert demo.grants.deadlines(60, mine_only=False, today=TODAY)
    entries = demo.calendar.entries(date(2026, 11, 1), date(2026, 11, 30))
    assert {e.kind.value for e in entries} == {"meeting", "deadline", "action"}
