"""``caseworker person export|erase client|donor ID``: a person's data on request, as ``--user``.

    caseworker person export donor 12 --out FOLDER     JSON and a readable PDF of everything held
    caseworker person erase donor 12 --reason "..."     anonymise (financial records and the trail stay)
"""

from __future__ import annotations

import argparse

from caseworker.cli.main import ExitCode, UsageError, add_db_argument, add_user_argument, signed_in


def register(sub: argparse._SubParsersAction) -> None:
    person = sub.add_parser("person", help="export or erase everything held about one client or donor",
                            description="A person's data on request: export everything held about a client or a "
                                        "donor (JSON and PDF), or erase it (anonymise, keeping money and the audit "
                                        "trail).")
    person.add_argument("action", choices=("export", "erase"))
    person.add_argument("record_type", metavar="client|donor", choices=("client", "donor"))
    person.add_argument("ident", metavar="ID")
    add_db_argument(person)
    add_user_argument(person)
    person.add_argument("--out", metavar="FOLDER", help="where export writes its two files (default: here)")
    person.add_argument("--reason", default="", help="erase: on whose request and why (required)")
    person.set_defaults(handler=run_person)


def run_person(args: argparse.Namespace) -> int:
    digits = args.ident.strip().lstrip("#")
    if not digits.isdigit():
        raise UsageError(f"'{args.ident}' is not a {args.record_type} ID (a number)")
    if args.action == "erase" and not args.reason.strip():
        raise UsageError("give --reason: on whose request and why")
    services = signed_in(args)
    try:
        if args.action == "export":
            from caseworker.person_export import export_person

            files = export_person(services, args.record_type, int(digits), args.out or ".")
            print(f"wrote {files.json_path} and {files.pdf_path} ({files.pages} pages)")
        else:
            services.person_data.erase(args.record_type, int(digits), args.reason)
            print(f"{args.record_type} {digits} erased: identity removed, money and the audit trail kept")
    finally:
        services.db.dispose()
    return ExitCode.OK
