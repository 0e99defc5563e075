"""The shared worked cases of the contact guard, through the engine and through the command."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from caseworker.domain.errors import ValidationError
from caseworker.domain.guard import evaluate
from caseworker.domain.guard_scenario import parse_scenario, verdict_to_json

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT.parent / "shared" / "contact-guard-vectors.json"


def _vectors() -> dict[str, Any]:
    if not VECTORS.exists():
        return {"cases": [], "invalid": []}
    return json.loads(VECTORS.read_text(encoding="utf-8"))


_DATA = _vectors()
_NO_VECTORS = pytest.mark.skipif(
    not VECTORS.exists(),
    reason="../shared/contact-guard-vectors.json not present: a fresh clone has no ../shared",
)


def _cases(kind: str) -> list[Any]:
    items = _DATA[kind]
    if not items:  # keeps the skip visible instead of an empty parametrisation
        return [pytest.param(None, marks=_NO_VECTORS, id="no-vectors")]
    return [pytest.param(item, marks=_NO_VECTORS, id=item["name"]) for item in items]


def _instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _assert_matches(got: dict[str, Any], expect: dict[str, Any]) -> None:
    assert got["verdict"] == expect["verdict"]
    assert got["rules"] == expect["rules"]
    assert _instant(got["next_allowed"]) == _instant(expect["next_allowed"])


def _run_command(scenario: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "caseworker.cli.guard_cmd", "check", "-"],
        input=json.dumps(scenario),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


@pytest.mark.parametrize("case", _cases("cases"))
def test_engine_gives_the_expected_verdict(case: dict[str, Any]) -> None:
    scenario = parse_scenario(case["scenario"])
    verdict = evaluate(scenario.policy, scenario.donor, scenario.history, scenario.proposal)
    _assert_matches(verdict_to_json(verdict), case["expect"])


@pytest.mark.parametrize("case", _cases("invalid"))
def test_engine_refuses_an_invalid_scenario(case: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_scenario(case["scenario"])
    assert caught.value.text()


@pytest.mark.parametrize("case", _cases("cases"))
def test_command_gives_the_expected_verdict(case: dict[str, Any]) -> None:
    result = _run_command(case["scenario"])
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    _assert_matches(json.loads(result.stdout), case["expect"])


@pytest.mark.parametrize("case", _cases("invalid"))
def test_command_refuses_an_invalid_scenario(case: dict[str, Any]) -> None:
    result = _run_command(case["scenario"])
    assert result.returncode == case["expect"]["exit"] == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("stdin", "fragment"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "must be an object"),
        ('{"history": []}', "no proposal"),
        ('{"proposal": {"when": 5, "channel": "email", "purpose": "ask"}}', "must be text"),
    ],
)
def test_command_explains_unusable_input_in_one_line(stdin: str, fragment: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "caseworker.cli.guard_cmd", "check", "-"],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 2
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_command_reports_a_missing_file(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "caseworker.cli.guard_cmd", "check", str(tmp_path / "nope.json")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 2
    assert "cannot read" in result.stderr and "Traceback" not in result.stderr


def test_command_reads_a_file_and_a_block_still_exits_zero(tmp_path: Path) -> None:
    scenario = {
        "donor": {"do_not_contact": True},
        "proposal": {"when": "2026-03-10T15:00:00+01:00", "channel": "email", "purpose": "ask"},
    }
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(scenario), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "caseworker.cli.guard_cmd", "check", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0
    out = json.loads(result.stdout)
    assert out["verdict"] == "block" and out["next_allowed"] is None
    assert out["messages"] and out["suggested_channel"] is None


def test_command_stays_free_of_qt_and_the_database() -> None:
    probe = (
        "import sys, caseworker.cli.guard_cmd; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'sqlalchemy'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
