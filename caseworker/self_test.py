"""``caseworker --self-test``: prove that this installation works, end to end, without a screen.

A fresh encrypted database in a temporary folder, migrated; then one action of each kind through
the same services the window uses (a client, a case, a donor's gift and its receipt, a touchpoint
through the contact guard, a PDF); the database is closed, unlocked again with the password and
every record read back. Last, the window toolkit starts offscreen and builds the sign-in dialog,
which proves the bundled Qt plug-ins, icons and translations load. The temporary folder is deleted.

Each step prints one ``ok:`` line; the first failure prints one ``FAILED`` line naming the step and
the self-test exits 1. Nothing outside the temporary folder is read or written.
"""

from __future__ import annotations

import os
import platform
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from caseworker import __version__

ADMIN = "selftest"
SQLITE_MAGIC = b"SQLite format 3\x00"


class SelfTestFailed(Exception):
    """A step found something wrong; the message says what, in one line."""


@dataclass
class _Run:
    out: TextIO
    folder: Path
    password: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    made: dict[str, Any] = field(default_factory=dict)
    steps: int = 0

    def ok(self, text: str) -> None:
        self.steps += 1
        print(f"ok: {text}", file=self.out, flush=True)


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


def run_self_test(out: TextIO = sys.stdout, *, with_window_toolkit: bool = True) -> int:
    """Run every step; 0 when all pass, 1 (with one FAILED line) at the first that does not."""
    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="caseworker-self-test-"))
    run = _Run(out, folder)
    steps: list[tuple[str, Callable[[_Run], None]]] = [
        ("the environment", _environment),
        ("a new encrypted database", _create_database),
        ("a client and a case", _client_and_case),
        ("a gift and its receipt", _gift_and_receipt),
        ("a touchpoint through the guard", _touchpoint),
        ("a PDF", _pdf),
        ("reading everything back", _read_back),
    ]
    if with_window_toolkit:
        steps.append(("the window toolkit", _window_toolkit))
    current = ""
    try:
        with _private_user_folders(folder):
            for current, step in steps:  # noqa: B007 - the failure report below names it
                step(run)
    except Exception as exc:  # noqa: BLE001 - any failure is reported as one line, never a traceback
        if isinstance(exc, SelfTestFailed):
            detail = str(exc)
        elif hasattr(exc, "text"):
            detail = exc.text()
        else:
            detail = f"{type(exc).__name__}: {exc}"
        # One line: a driver's message can run on (SQL, parameters, links to its documentation).
        detail = (detail.strip().splitlines() or [type(exc).__name__])[0]
        print(f"caseworker self-test: FAILED at {current}: {detail}", file=out, flush=True)
        return 1
    finally:
        db = run.made.pop("db", None)
        if db is not None:
            db.dispose()
        shutil.rmtree(folder, ignore_errors=True)
    seconds = time.perf_counter() - started
    print(f"caseworker self-test: passed ({run.steps} checks, Caseworker {__version__}, {seconds:.1f} s)",
          file=out, flush=True)
    return 0


@contextmanager
def _private_user_folders(folder: Path):
    """Settings, logs and data of the run go to the temporary folder, never the user's own."""
    names = ("CASEWORKER_DATA_DIR", "CASEWORKER_CONFIG_DIR")
    saved = {n: os.environ.get(n) for n in names}
    os.environ["CASEWORKER_DATA_DIR"] = str(folder / "data")
    os.environ["CASEWORKER_CONFIG_DIR"] = str(folder / "config")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _environment(run: _Run) -> None:
    import sqlcipher3

    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    run.ok(f"Caseworker {__version__} from {frozen}, Python {platform.python_version()}, "
           f"{platform.system()} {platform.machine()}")
    version = sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()
    expect(version is not None and version[0], "SQLCipher is missing from the sqlcipher3 driver")
    run.ok(f"SQLCipher {version[0]}")
    import psycopg

    run.ok(f"PostgreSQL driver psycopg {psycopg.__version__} ({psycopg.pq.__impl__})")


def _services(run: _Run):
    from caseworker.services.container import Services

    return Services(run.made["db"], run.made["actor"])


def _create_database(run: _Run) -> None:
    from caseworker.db.migrate import SCHEMA_HEAD, schema_state
    from caseworker.db.open import open_database
    from caseworker.domain.permissions import Role
    from caseworker.services.accounts import AuthService, UserDraft

    path = run.folder / "self-test.db"
    db = open_database(str(path))
    run.made["db"] = db
    expect(db.encrypted, "a new database was not encrypted")
    expect(schema_state(db).current == SCHEMA_HEAD, f"the schema is not at {SCHEMA_HEAD} after migrating")
    actor = AuthService(db).create_first_admin(
        UserDraft(ADMIN, "Self Test", frozenset({Role.ADMIN, Role.MANAGER, Role.CASEWORKER, Role.FUNDRAISER})),
        run.password)
    run.made["actor"] = actor
    run.made["path"] = path
    run.ok(f"encrypted database created and migrated to schema {SCHEMA_HEAD}")


def _client_and_case(run: _Run) -> None:
    from caseworker.domain.cases import CaseDraft, CategoryDraft
    from caseworker.domain.clients import ClientDraft

    services = _services(run)
    client, _ = services.clients.create(ClientDraft("Test", "Client"), confirmed=True)
    category, _ = services.cases.add_category(CategoryDraft("Self-test", 10))
    case, _ = services.cases.open_case(CaseDraft(client.id, category.id, "Self-test case",
                                                 assignee_id=services.actor.user_id, first_note="Opened."))
    run.made.update(client=client.id, case=case.id)
    run.ok(f"client {client.id} and case {case.id} saved")


def _gift_and_receipt(run: _Run) -> None:
    from caseworker.domain.donors import DonorDraft
    from caseworker.domain.gifts import GiftDraft

    services = _services(run)
    donor, _ = services.donors.add_donor(DonorDraft(first_name="Test", last_name="Donor",
                                                    address_line1="1 Test Street", city="Testville",
                                                    postcode="T1 1TT"))
    gift, _ = services.gifts.record_gift(GiftDraft(donor.id, Decimal("25.00"), date.today() - timedelta(days=1)))
    receipt, _ = services.receipts.issue_for_gift(gift.id)
    run.made.update(donor=donor.id, gift=gift.id, receipt=receipt.id)
    run.ok(f"gift {gift.id} of 25.00 recorded and receipt {receipt.number} issued")


def _touchpoint(run: _Run) -> None:
    from caseworker.services.touchpoints import ContactBlocked, TouchpointDraft

    services = _services(run)
    donor = run.made["donor"]
    when = _next_weekday_morning(datetime.now(UTC))
    planned, _ = services.touchpoints.plan(TouchpointDraft(donor, when, "email", "update"), confirm=True)
    try:
        services.touchpoints.plan(TouchpointDraft(donor, when + timedelta(minutes=5), "email", "ask"),
                                  confirm=True)
    except ContactBlocked:
        pass
    else:
        raise SelfTestFailed("the contact guard let a second contact five minutes after the first through")
    run.made["touchpoint"] = planned.id
    run.ok(f"touchpoint {planned.id} planned; the guard refused a second contact five minutes later")


def _next_weekday_morning(now: datetime) -> datetime:
    # Quiet days and hours must not make the first contact fail: a weekday morning, a week ahead.
    day = (now + timedelta(days=7)).replace(hour=10, minute=0, second=0, microsecond=0)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _pdf(run: _Run) -> None:
    from caseworker.exports import Kind, export_document

    services = _services(run)
    for kind, ident in ((Kind.CASE_SUMMARY, run.made["case"]), (Kind.RECEIPT, run.made["receipt"])):
        out = run.folder / f"{kind.value}.pdf"
        exported = export_document(services, kind, ident, out)
        expect(out.read_bytes()[:5] == b"%PDF-" and exported.pages >= 1, f"the {kind.value} PDF is not a PDF")
        run.ok(f"{kind.value} PDF written ({exported.pages} page(s), {out.stat().st_size} bytes)")


def _read_back(run: _Run) -> None:
    from caseworker.db.open import open_database
    from caseworker.services.accounts import AuthService
    from caseworker.services.container import Services

    run.made.pop("db").dispose()
    path: Path = run.made["path"]
    expect(path.read_bytes()[:16] != SQLITE_MAGIC, "the database file is readable without its key")
    db = open_database(str(path), credentials=lambda: (ADMIN, run.password))
    run.made["db"] = db
    services = Services(db, AuthService(db).sign_in(ADMIN, run.password))
    client = services.clients.get(run.made["client"])
    expect((client.first_name, client.last_name) == ("Test", "Client"), "the client read back differs")
    case = services.cases.get(run.made["case"])
    expect(case.title == "Self-test case", "the case read back differs")
    gift = services.gifts.get(run.made["gift"])
    expect(gift.amount == Decimal("25.00"), "the gift read back differs")
    receipt = services.receipts.get(run.made["receipt"])
    expect(receipt.number, "the receipt read back has no number")
    touchpoints = services.touchpoints.history(run.made["donor"])
    expect([t.id for t in touchpoints] == [run.made["touchpoint"]], "the touchpoints read back differ")
    run.ok("reopened with the password: client, case, gift, receipt and touchpoint read back")


def _window_toolkit(run: _Run) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from caseworker.ui.self_check import check_window_toolkit

    run.ok(check_window_toolkit())
