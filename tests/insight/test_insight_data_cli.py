"""``caseworker stats --view ...``: refusals, report deadlines and the guard by staff member under
their stable names, null where there is no data."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from caseworker.cli.main import main
from caseworker.db.database import Database
from caseworker.db.location import DatabaseLocation
from caseworker.db.migrate import ensure_schema
from caseworker.db.models import (
    AidRefusal,
    Client,
    Donor,
    Fund,
    Funder,
    GrantApplication,
    GrantReportSubmission,
    GuardBlock,
    Touchpoint,
)
from caseworker.domain.permissions import Role
from tests.conftest import make_user
from tests.insight.test_stats_cli import run

pytestmark = pytest.mark.sqlite_only
D = Decimal


@pytest.fixture
def db_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = tmp_path / "stats.db"
    db = Database(DatabaseLocation.parse(str(path)))
    ensure_schema(db)
    boss = make_user(db, "boss", Role.ADMIN, Role.MANAGER, password="long enough pw")
    make_user(db, "cara", Role.CASEWORKER, password="long enough pw")
    with db.transaction("Test data") as s:
        fund, client = Fund(name="Hardship", currency="GBP"), Client(first_name="A", last_name="B")
        donor, funder = Donor(kind="individual", first_name="D", last_name="E"), Funder(name="Rowan Trust")
        s.add_all([fund, client, donor, funder])
        s.flush()
        for on, kind in (("2025-03-02", "client_cap"), ("2025-03-20", "budget"), ("2025-04-01", "client_cap"),
                         ("2025-06-01", "budget")):
            s.add(AidRefusal(user_id=boss.user_id, fund_id=fund.id, client_id=client.id, amount=D("10.00"),
                             currency="GBP", asked_on=date.fromisoformat(on), limit_kind=kind))
        for when in ("2025-03-05T10:00:00+00:00", "2025-04-05T10:00:00+00:00"):
            s.add(GuardBlock(at=datetime.fromisoformat(when), user_id=boss.user_id, donor_id=donor.id,
                             proposed_at=datetime(2025, 5, 1, tzinfo=UTC), channel="phone", rules="min_gap",
                             source="dialog"))
        s.add(Touchpoint(donor_id=donor.id, when=datetime(2025, 3, 9, 10, tzinfo=UTC), channel="phone",
                         purpose="thanks", status="done", staff_id=boss.user_id, override_by_id=boss.user_id,
                         override_reason="Asked"))
        grant = GrantApplication(funder_id=funder.id, title="Warm homes", currency="GBP", requested=D("1.00"),
                                 stage="reporting", report_first_due=date(2025, 3, 10), report_rule="FREQ=MONTHLY")
        s.add(grant)
        s.flush()
        s.add(GrantReportSubmission(grant_id=grant.id, due_on=date(2025, 3, 10), submitted_on=date(2025, 3, 10),
                                    submitted_by_id=boss.user_id))
    db.dispose()
    monkeypatch.setenv("CASEWORKER_PASSWORD", "long enough pw")
    return str(path)


def stats(db_file: str, view: str, *args: str, user: str = "boss", start: str = "2025-03-01",
          end: str = "2025-04-30") -> list[str]:
    return ["stats", "--db", db_file, "--user", user, "--from", start, "--to", end, "--view", view, *args]


def test_cap_refusals_by_fund_and_month(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(stats(db_file, "cap-refusals")) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["view"] == "cap-refusals" and out["period"] == {"from": "2025-03-01", "to": "2025-04-30"}
    assert out["groups"] == [
        {"fund": "Hardship", "month": "2025-03", "over_client_cap": 1, "over_budget": 1, "refused": 2},
        {"fund": "Hardship", "month": "2025-04", "over_client_cap": 1, "over_budget": 0, "refused": 1}]
    assert out["total"] == {"over_client_cap": 2, "over_budget": 1, "refused": 3}
    assert main(stats(db_file, "cap-refusals", "--format", "csv")) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["view", "from", "to", "fund", "month", "over_client_cap", "over_budget", "refused"]
    assert rows[-1] == ["total", "2025-03-01", "2025-04-30", "", "", "2", "1", "3"]


def test_report_deadlines_null_without_reports(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(stats(db_file, "report-deadlines")) == 0
    total = json.loads(capsys.readouterr().out)["total"]
    # March's report on time; April's overdue and never submitted.
    assert total == {"reports_due": 2, "reports_on_time": 1, "reports_late": 0, "reports_missed": 1,
                     "reports_pending": 0, "reports_on_time_rate": 0.5}
    assert main(stats(db_file, "report-deadlines", start="2024-01-01", end="2024-12-31")) == 0
    assert json.loads(capsys.readouterr().out)["total"]["reports_on_time_rate"] is None
    assert main(stats(db_file, "report-deadlines", "--format", "csv", start="2024-01-01", end="2024-12-31")) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "total,2024-01-01,2024-12-31,0,0,0,0,0,"


def test_guard_by_staff(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(stats(db_file, "guard-by-staff")) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["groups"] == [{"staff": "Boss", "guard_blocks": 2, "guard_overrides": 1}]
    assert main(stats(db_file, "guard-by-staff", start="2025-04-01")) == 0
    assert json.loads(capsys.readouterr().out)["total"] == {"guard_blocks": 1, "guard_overrides": 0}


def test_refused_lines(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(stats(db_file, "cap-refusals", "--by", "team")) == 2
    assert "--by" in capsys.readouterr().err
    capsys.readouterr()
    assert run(stats(db_file, "guard-by-staff", user="cara")) == 2  # managers only
    assert "not permitted" in capsys.readouterr().err
    assert run(stats(db_file, "nonsense")) == 2
