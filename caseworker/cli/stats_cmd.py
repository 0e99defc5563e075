"""``caseworker stats``: Insight's service-quality figures on the command line.

    caseworker stats [--from DATE] [--to DATE] [--by category|team|worker|level|month]
                     [--category NAME] [--format json|csv] --user NAME
    caseworker stats --view cap-refusals|report-deadlines|guard-by-staff [--from DATE] [--to DATE]
                     [--format json|csv] --user NAME

The same figures as the Insight section, under the stable names of
``caseworker.domain.service_quality.FIGURES`` (listed in the README), for the period and the period
before. A figure without data is ``null`` in JSON and an empty cell in CSV, never 0. Managers only,
as in the window.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from decimal import Decimal
from typing import Any

from caseworker.cli.main import ExitCode, UsageError, add_db_argument, add_user_argument, fail, signed_in

DIMENSIONS = ("category", "team", "worker", "level", "month")
FORMATS = ("json", "csv")
VIEWS = ("quality", "cap-refusals", "report-deadlines", "guard-by-staff")


def register(sub: argparse._SubParsersAction) -> None:
    stats = sub.add_parser(
        "stats", help="service-quality figures by category, team, worker, support level or month",
        description="Print how clients were served over a period (default: the last twelve months) and "
                    "the period before: cases resolved within target, acceptable to the client, resolved "
                    "alone or with a specialist, escalations, time to resolution and first response, open "
                    "cases' ageing, handoffs, satisfaction and check-ins kept on the client's "
                    "contact rhythm. Managers only.")
    add_db_argument(stats)
    add_user_argument(stats)
    stats.add_argument("--from", dest="start", metavar="DATE", type=_date, help="first day, YYYY-MM-DD")
    stats.add_argument("--to", dest="end", metavar="DATE", type=_date, help="last day (inclusive), YYYY-MM-DD")
    stats.add_argument("--by", choices=DIMENSIONS, help="one row per category, team, worker, support level "
                       "or month (default: all cases together)")
    stats.add_argument("--category", metavar="NAME", help="only the cases of this category (e.g. Housing)")
    stats.add_argument("--format", choices=FORMATS, default="json", help="json (default) or csv")
    stats.add_argument("--view", choices=VIEWS, default="quality",
                       help="quality (default: the service-quality figures), cap-refusals (disbursements "
                            "refused over a client's cap or a fund's budget, by fund and month), "
                            "report-deadlines (grant reports due in the period met on time) or "
                            "guard-by-staff (contacts the guard blocked and overrides, by staff member)")
    stats.set_defaults(handler=run_stats)

    def one_line(message: str) -> None:
        # Bad arguments: one line and status 2, like every problem the user can fix.
        stats.exit(fail(message))

    stats.error = one_line  # type: ignore[method-assign]


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-30") from None


def run_stats(args: argparse.Namespace) -> int:
    from caseworker.domain.statistics import Period

    if args.start and args.end and args.end < args.start:
        raise UsageError("--to is before --from")
    services = signed_in(args)
    try:
        stats = services.statistics
        default = stats.default_period()
        end = args.end or default.end
        start = args.start or (default.start if args.end is None else _year_before(end))
        if end < start:
            raise UsageError("--to is before the default start; give --from too")
        if args.view != "quality":
            if args.by or args.category:
                raise UsageError(f"--by and --category are for the quality view, not {args.view}")
            from caseworker.cli import insight_figures

            table = insight_figures.gather(services, args.view, Period(start, end))
        else:
            category_id = _category(services, args.category) if args.category else None
            breakdown = stats.breakdown(Period(start, end), args.by or "total", category_id=category_id)
    finally:
        services.db.dispose()
    if args.view != "quality":
        insight_figures.write(table, args.format)
        return ExitCode.OK
    if args.format == "csv":
        _write_csv(breakdown)
    else:
        print(json.dumps(as_json(breakdown, args.category), indent=2, default=_number))
    return ExitCode.OK


def _year_before(end: date) -> date:
    from datetime import timedelta

    try:
        return end.replace(year=end.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February
        return date(end.year - 1, 3, 1)


def _category(services: Any, name: str) -> int:
    wanted = name.strip().casefold()
    for category in services.cases.list_categories(include_inactive=True):
        if category.name.casefold() == wanted:
            return category.id
    raise UsageError(f"there is no case category called '{name}'")


def _number(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and value.as_tuple().exponent >= 0 else float(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def as_json(b: Any, category: str | None) -> dict[str, Any]:
    def group(g: Any) -> dict[str, Any]:
        out = {"key": g.key, "label": g.label}
        if b.dimension.value == "worker":
            out["left"] = g.inactive
        out["figures"] = g.current.as_dict()
        out["previous"] = g.previous.as_dict()
        return out

    return {
        "period": {"from": b.period.start.isoformat(), "to": b.period.end.isoformat()},
        "previous_period": {"from": b.previous_period.start.isoformat(), "to": b.previous_period.end.isoformat()},
        "by": b.dimension.value, "category": category,
        "groups": [group(g) for g in b.groups] if b.dimension.value != "total" else [],
        "total": group(b.total),
    }


def _write_csv(b: Any) -> None:
    from caseworker.domain.service_quality import FIGURE_NAMES

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["by", "key", "label", "from", "to", *FIGURE_NAMES, *(f"previous_{n}" for n in FIGURE_NAMES)])
    groups = list(b.groups) if b.dimension.value != "total" else []
    for dimension, g in [*((b.dimension.value, g) for g in groups), ("total", b.total)]:
        now, before = g.current.as_dict(), g.previous.as_dict()
        writer.writerow([dimension, g.key, g.label, b.period.start.isoformat(), b.period.end.isoformat(),
                         *(_cell(now[n]) for n in FIGURE_NAMES), *(_cell(before[n]) for n in FIGURE_NAMES)])


def _cell(value: Any) -> str:
    return "" if value is None else str(value)
