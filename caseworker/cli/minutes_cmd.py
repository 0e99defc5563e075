"""``caseworker minutes``: the board business of a meeting's minutes, acting as ``--user``.

    caseworker minutes decisions MEETING            the decisions with their numbers and votes
    caseworker minutes vote DECISION --proposer NAME --seconder NAME --for N --against N --abstain N
    caseworker minutes quorum MEETING N             (0 clears it)
"""

from __future__ import annotations

import argparse

from caseworker.cli.main import ExitCode, UsageError, add_db_argument, add_user_argument, signed_in


def register(sub: argparse._SubParsersAction) -> None:
    minutes = sub.add_parser("minutes", help="record who proposed and seconded decisions, the votes, the quorum")
    actions = minutes.add_subparsers(dest="minutes_command", metavar="ACTION", required=True)
    listing = actions.add_parser("decisions", help="list a meeting's decisions with their votes")
    listing.add_argument("meeting", type=_number, metavar="MEETING")
    vote = actions.add_parser("vote", help="record a decision's proposer, seconder and vote")
    vote.add_argument("decision", type=_number, metavar="DECISION", help="the number `decisions` lists")
    vote.add_argument("--proposer", default="")
    vote.add_argument("--seconder", default="")
    vote.add_argument("--for", dest="votes_for", type=_count, metavar="N")
    vote.add_argument("--against", dest="votes_against", type=_count, metavar="N")
    vote.add_argument("--abstain", dest="abstentions", type=_count, metavar="N")
    quorum = actions.add_parser("quorum", help="how many must be present for the meeting to decide")
    quorum.add_argument("meeting", type=_number, metavar="MEETING")
    quorum.add_argument("quorum", type=_count, metavar="N", help="0 clears the quorum")
    for parser in (listing, vote, quorum):
        add_db_argument(parser)
        add_user_argument(parser)
    minutes.set_defaults(handler=run_minutes)


def _number(text: str) -> int:
    if not text.lstrip("#").isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a number")
    return int(text.lstrip("#"))


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a count (0 or more)")
    return int(text)


def run_minutes(args: argparse.Namespace) -> int:
    from caseworker.services.board import VoteDraft

    services = signed_in(args)
    try:
        if args.minutes_command == "decisions":
            for d in services.board.decisions(args.meeting):
                vote = ""
                if d.proposer or d.votes_for is not None:
                    vote = (f"  (proposed {d.proposer or '-'}, seconded {d.seconder or '-'}; for {d.votes_for or 0}, "
                            f"against {d.votes_against or 0}, abstentions {d.abstentions or 0})")
                print(f"{d.id}\t{d.text}{vote}")
        elif args.minutes_command == "vote":
            if not (args.proposer or args.votes_for is not None or args.votes_against is not None):
                raise UsageError("give --proposer or the votes (--for, --against, --abstain)")
            record, _ = services.board.record_vote(args.decision, VoteDraft(
                args.proposer, args.seconder, args.votes_for, args.votes_against, args.abstentions))
            print(f"recorded the vote on decision {record.id}: {record.text}")
        else:
            services.board.set_quorum(args.meeting, args.quorum or None)
            print(f"meeting {args.meeting}: " + (f"quorum {args.quorum}" if args.quorum else "no quorum"))
    finally:
        services.db.dispose()
    return ExitCode.OK
