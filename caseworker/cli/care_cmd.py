"""``caseworker tasks`` and ``caseworker checkins``: the lists of My work, one line per item.

Both act as ``--user`` with that user's permissions: a fundraiser is shown no task on a client or
a case, a caseworker none on a donor, and only those who may read clients see check-ins.
"""

from __future__ import annotations

import argparse
from zoneinfo import ZoneInfo

from caseworker.cli.main import ExitCode, add_db_argument, add_user_argument, signed_in


def register(sub: argparse._SubParsersAction) -> None:
    tasks = sub.add_parser("tasks", help="list open tasks, soonest due first",
                           description="List the open tasks you may see (yours and your team's, or every "
                           "task for a manager), one line each: due time, priority, title, record, assignee.")
    add_db_argument(tasks)
    add_user_argument(tasks)
    tasks.add_argument("--mine", action="store_true", help="only tasks given to you or your team")
    tasks.add_argument("--overdue", action="store_true", help="only tasks past their due time")
    tasks.set_defaults(handler=run_tasks)
    checkins = sub.add_parser("checkins", help="list clients' check-ins by their contact rhythm",
                              description="List the clients you are key worker for whose check-in is due or "
                              "overdue (--all: every client with a rhythm), one line each.")
    add_db_argument(checkins)
    add_user_argument(checkins)
    checkins.add_argument("--due", action="store_true", help="only check-ins due or overdue (the default)")
    checkins.add_argument("--all", action="store_true", help="every client with a rhythm, not only due ones")
    checkins.add_argument("--everyone", action="store_true",
                          help="every key worker's clients, not only yours")
    checkins.set_defaults(handler=run_checkins)


def run_tasks(args: argparse.Namespace) -> int:
    services = signed_in(args)
    try:
        zone = _zone(services)
        tasks = services.tasks.list_tasks(mine=args.mine, overdue=args.overdue)
    finally:
        services.db.dispose()
    for t in tasks:
        due = t.due_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if t.due_at else "no date"
        flag = " OVERDUE" if t.overdue else ""
        about = f" [{t.record_type} {t.record_label}]" if t.record_type else ""
        who = t.assignee or (f"team {t.team}" if t.team else "")
        print(f"#{t.id}\t{due}{flag}\t{t.priority}\t{t.title}{about}\t{who}")
    if not tasks:
        print("no tasks")
    return ExitCode.OK


def run_checkins(args: argparse.Namespace) -> int:
    services = signed_in(args)
    try:
        rows = services.care.check_ins(mine=not args.everyone, due_only=not args.all)
    finally:
        services.db.dispose()
    for r in rows:
        last = r.last_contact.isoformat() if r.last_contact else "never"
        how = r.channel or "any channel"
        when = ",".join(r.days) or "any day"
        if r.best_from:
            when += f" {r.best_from}-{r.best_to}"
        print(f"{r.due_on.isoformat()}\t{r.state.upper()}\t{r.client_name} (client {r.client_id})\t"
              f"every {r.every_days} days, last contact {last}\t{how}, {when}\t{r.key_worker}")
    if not rows:
        print("no check-ins due")
    return ExitCode.OK


def _zone(services) -> ZoneInfo:
    return services.settings.get().zone
