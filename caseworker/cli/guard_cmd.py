"""``caseworker guard check SCENARIO.json``: the contact guard's verdict on one scenario, as JSON.

The verdict never changes the exit status; only a scenario that cannot be read or is not valid
does (status 2, one line on standard error). Kept light: the guard needs neither the database nor
Qt, so neither is imported here.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from caseworker.cli.main import ExitCode, fail
from caseworker.domain.errors import ValidationError
from caseworker.domain.guard import evaluate
from caseworker.domain.guard_scenario import parse_scenario, verdict_to_json


class _Unreadable(Exception):
    """The scenario could not be read or decoded; the message says why, in one line."""


def register(subparsers: argparse._SubParsersAction) -> None:
    guard = subparsers.add_parser("guard", help="the contact-frequency guard")
    guard_sub = guard.add_subparsers(dest="guard_command", metavar="ACTION", required=True)
    check = guard_sub.add_parser(
        "check",
        help="print the guard's verdict on a scenario as JSON",
        description="Print the contact guard's verdict on a scenario (policy, donor, history, "
        "proposal) as one JSON object. An invalid scenario exits with status 2.",
    )
    check.add_argument(
        "scenario", metavar="SCENARIO.json", help="the scenario file, or - for standard input"
    )
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    try:
        data = _load(args.scenario)
        scenario = parse_scenario(data)
    except _Unreadable as exc:
        return fail(str(exc))
    except ValidationError as exc:
        return fail(f"invalid scenario: {exc.field}: {exc.text()}")
    verdict = evaluate(scenario.policy, scenario.donor, scenario.history, scenario.proposal)
    print(json.dumps(verdict_to_json(verdict)))
    return ExitCode.OK


def _load(name: str) -> Any:
    source = "standard input" if name == "-" else name
    try:
        if name == "-":
            raw = sys.stdin.buffer.read()
        else:
            with open(name, "rb") as handle:
                raw = handle.read()
    except OSError as exc:
        raise _Unreadable(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise _Unreadable(f"{source} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _Unreadable(
            f"{source} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise _Unreadable(f"{source} is nested too deeply to read") from None


def _main(argv: list[str]) -> int:
    """``python -m caseworker.cli.guard_cmd check FILE``: the guard commands on their own."""
    parser = argparse.ArgumentParser(prog="caseworker")
    register(parser.add_subparsers(dest="command", metavar="COMMAND", required=True))
    args = parser.parse_args(["guard", *argv])
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
