"""``caseworker stats`` prints the service's figures under their stable names, managers only."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from caseworker.cli.main import main
from caseworker.db.database import Database
from caseworker.db.location import DatabaseLocation
from caseworker.db.migrate import ensure_schema
from caseworker.domain.permissions import Role
from caseworker.domain.service_quality import FIGURE_NAMES
from tests.conftest import make_user
from tests.insight.handmade import build

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def db_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = tmp_path / "stats.db"
    db = Database(DatabaseLocation.parse(str(path)))
    ensure_schema(db)
    make_user(db, "boss", Role.ADMIN, Role.MANAGER, password="long enough pw")
    make_user(db, "fran", Role.FUNDRAISER, password="long enough pw")
    build(db)
    db.dispose()
    monkeypatch.setenv("CASEWORKER_PASSWORD", "long enough pw")
    return str(path)


def run(argv: list[str]) -> int:
    """The exit status, whether argparse exits or the command returns."""
    try:
        return main(argv)
    except SystemExit as exit_:
        return int(exit_.code)


def stats(db_file: str, *args: str, user: str = "boss") -> list[str]:
    return ["stats", "--db", db_file, "--user", user, "--from", "2026-03-01", "--to", "2026-03-31", *args]


def test_by_team_as_json(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(stats(db_file, "--by", "team")) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["period"] == {"from": "2026-03-01", "to": "2026-03-31"}
    assert out["previous_period"] == {"from": "2026-02-01", "to": "2026-02-28"}
    teams = {g["label"]: g for g in out["groups"]}
    assert list(teams) == ["North", "South", "No team"]
    assert list(teams["North"]["figures"]) == list(FIGURE_NAMES)
    assert teams["North"]["figures"]["within_target_rate"] == 0.6667
    assert teams["South"]["figures"]["within_target_rate"] == 0
    assert teams["No team"]["figures"]["within_target_rate"] is None  # no data, not 0
    assert out["total"]["figures"]["p90_days_to_resolve"] == 43.3
    assert out["total"]["figures"]["resolved"] == 4 and out["total"]["previous"]["resolved"] == 1


def test_one_category_by_worker_as_csv(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(stats(db_file, "--by", "worker", "--category", "housing", "--format", "csv")) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    by_label = {r["label"]: r for r in rows}
    assert [r["by"] for r in rows] == ["worker"] * 4 + ["total"]
    assert by_label["Bob"]["resolved"] == "1" and by_label["Bob"]["within_target_rate"] == "0.0000"
    assert by_label["Unassigned"]["median_days_to_resolve"] == ""  # None is an empty cell
    assert by_label["All cases"]["resolved"] == "3" and by_label["All cases"]["previous_resolved"] == "1"


@pytest.mark.parametrize("args, fragment", [
    (["--by", "colour"], "invalid choice"),
    (["--format", "xml"], "invalid choice"),
    (["--from", "2026-13-01"], "is not a date"),
    (["--from", "2026-04-01", "--to", "2026-03-01"], "--to is before --from"),
    (["--category", "Gardening"], "no case category called 'Gardening'"),
])
def test_bad_arguments_get_one_line_and_status_2(db_file: str, capsys: pytest.CaptureFixture[str],
                                                 args: list[str], fragment: str) -> None:
    code = run(["stats", "--db", db_file, "--user", "boss", *args])
    err = capsys.readouterr().err
    assert code == 2
    assert fragment in err and len(err.strip().splitlines()) == 1, err


def test_fundraisers_may_not(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(stats(db_file, user="fran")) == 2
    assert "not permitted" in capsys.readouterr().err


def test_the_readme_lists_every_figure_name() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### `caseworker stats`"):readme.index("## Translations")]
    assert [name for name in FIGURE_NAMES if f"`{name}`" not in section] == []
