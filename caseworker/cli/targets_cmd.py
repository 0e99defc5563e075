"""``caseworker targets``: what a grant application promised its funder, acting as ``--user``.

    caseworker targets GRANT                                   show the targets
    caseworker targets GRANT --people-served 120 --outcome "Households kept in their homes=30/12"
                             --demographics age,language --narrative "..."

Options not given keep their value; ``--outcome`` (repeatable) replaces the outcomes, written
``NAME=TARGET`` or ``NAME=TARGET/REACHED``; ``--no-outcomes`` clears them. An empty count clears
that target.
"""

from __future__ import annotations

import argparse

from caseworker.cli.main import ExitCode, add_db_argument, add_user_argument, record_id, signed_in

OUTPUTS = ("people_served", "new_people", "cases_resolved", "aid_payments")


def register(sub: argparse._SubParsersAction) -> None:
    targets = sub.add_parser("targets", help="a grant's targets, outcomes reached, demographics and narrative")
    targets.add_argument("grant", type=record_id("grant"), metavar="GRANT")
    for name in OUTPUTS:
        targets.add_argument("--" + name.replace("_", "-"), dest=name, metavar="N",
                             help="target for the whole grant (empty clears it)")
    targets.add_argument("--outcome", action="append", metavar="NAME=TARGET[/REACHED]",
                         help="a named outcome (repeat for each; replaces the outcomes held)")
    targets.add_argument("--no-outcomes", action="store_true", help="remove every outcome")
    targets.add_argument("--demographics", metavar="age,language,area,gender,household",
                         help="what the funder asks people served to be broken down by (empty: none)")
    targets.add_argument("--narrative", help="the report's narrative of progress")
    add_db_argument(targets)
    add_user_argument(targets)
    targets.set_defaults(handler=run_targets)


def _outcome(text: str) -> tuple[str, str, str]:
    name, _, numbers = text.rpartition("=")
    target, _, reached = numbers.partition("/")
    return (name, target, reached) if name else (text, "", "")


def run_targets(args: argparse.Namespace) -> int:
    from caseworker.domain.grant_targets import OUTPUT_LABELS, Output, TargetsDraft

    services = signed_in(args)
    try:
        held = services.grant_targets.targets(args.grant)
        changing = any(getattr(args, n) is not None for n in OUTPUTS) or args.outcome or args.no_outcomes \
            or args.demographics is not None or args.narrative is not None
        if changing:
            outputs: dict[str, str | int | None] = {o.value: held.outputs.get(o) for o in Output}
            outputs.update({n: getattr(args, n) for n in OUTPUTS if getattr(args, n) is not None})
            if args.no_outcomes:
                outcomes: tuple[tuple[str, str | int | None, str | int | None], ...] = ()
            elif args.outcome:
                outcomes = tuple(_outcome(text) for text in args.outcome)
            else:
                outcomes = tuple((o.name, o.target, o.achieved) for o in held.outcomes)
            demographics = tuple(d.value for d in held.demographics) if args.demographics is None else tuple(
                d.strip() for d in args.demographics.split(",") if d.strip())
            narrative = held.narrative if args.narrative is None else args.narrative
            held, _ = services.grant_targets.set_targets(args.grant, TargetsDraft(outputs, outcomes, demographics,
                                                                                  narrative))
            print(f"saved the targets of grant {args.grant}")
        for output in Output:
            value = held.outputs.get(output)
            print(f"{OUTPUT_LABELS[output]}\t{'-' if value is None else value}")
        for o in held.outcomes:
            print(f"{o.name}\t{o.target}\treached {'-' if o.achieved is None else o.achieved}")
        print("demographics\t" + (", ".join(d.value for d in held.demographics) or "-"))
        if held.narrative:
            print("narrative\t" + held.narrative.replace("\n", " "))
    finally:
        services.db.dispose()
    return ExitCode.OK
