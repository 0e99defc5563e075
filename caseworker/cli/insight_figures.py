"""The figures ``caseworker stats --view ...`` prints beside the service-quality ones: refusals
over caps and budgets, grant reports met on time, and the contact guard's blocks and overrides by
staff member. Each view is one table under stable names (listed in the README); a figure without
data is ``null`` in JSON and an empty CSV cell.
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from caseworker.domain.statistics import Period


@dataclass(frozen=True)
class FigureTable:
    view: str
    period: Period
    columns: tuple[str, ...]  # the group's names, then its figures
    groups: tuple[dict[str, Any], ...]
    total: dict[str, Any]


REFUSAL_FIGURES = ("over_client_cap", "over_budget", "refused")
REPORT_FIGURES = ("reports_due", "reports_on_time", "reports_late", "reports_missed", "reports_pending",
                  "reports_on_time_rate")
GUARD_FIGURES = ("guard_blocks", "guard_overrides")


def gather(services: Any, view: str, period: Period) -> FigureTable:
    stats = services.statistics
    if view == "cap-refusals":
        refusals = stats.aid_and_grants(period).cap_refusals
        groups = tuple({"fund": r.fund, "month": r.month, "over_client_cap": r.over_client_cap,
                        "over_budget": r.over_budget, "refused": r.total} for r in refusals)
        total = {name: sum(g[name] for g in groups) for name in REFUSAL_FIGURES}
        return FigureTable(view, period, ("fund", "month", *REFUSAL_FIGURES), groups, total)
    if view == "report-deadlines":
        r = stats.aid_and_grants(period).reports
        total = {"reports_due": r.due, "reports_on_time": r.on_time, "reports_late": r.late,
                 "reports_missed": r.missed, "reports_pending": r.pending, "reports_on_time_rate": r.on_time_rate}
        return FigureTable(view, period, REPORT_FIGURES, (), total)
    if view == "guard-by-staff":
        staff = stats.supporters(period).guard_by_staff
        groups = tuple({"staff": g.staff, "guard_blocks": g.blocks, "guard_overrides": g.overrides} for g in staff)
        total = {name: sum(g[name] for g in groups) for name in GUARD_FIGURES}
        return FigureTable(view, period, ("staff", *GUARD_FIGURES), groups, total)
    raise ValueError(view)


def write(table: FigureTable, fmt: str) -> None:
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["view", "from", "to", *table.columns])
        span = [table.period.start.isoformat(), table.period.end.isoformat()]
        for g in table.groups:
            writer.writerow([table.view, *span, *(_cell(g.get(c)) for c in table.columns)])
        writer.writerow(["total", *span, *(_cell(table.total.get(c)) for c in table.columns)])
        return
    out = {"view": table.view,
           "period": {"from": table.period.start.isoformat(), "to": table.period.end.isoformat()},
           "groups": list(table.groups), "total": table.total}
    print(json.dumps(out, indent=2, default=_number))


def _number(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _cell(value: Any) -> str:
    return "" if value is None else str(value)
