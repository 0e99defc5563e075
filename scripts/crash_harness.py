"""Kill a writer with SIGKILL at random moments and prove nothing it committed was lost or torn.

    python scripts/crash_harness.py --trials 200            # the real run
    python scripts/crash_harness.py --trials 20 --negative-control

A writer process opens an encrypted database through the app's own engine and unit of work and
performs labelled actions: each action is one transfer between two accounts (the transfer row, a
debit and a credit movement, both account balances, and one audit entry), printing
``committed <id>`` after each commit. The parent kills it with SIGKILL at a random moment, then
opens the database the way the app does after an unclean shutdown (quick check) and checks:

* ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``;
* every action the writer reported as committed is present, whole (its transfer and both movements);
* every transfer in the file is whole, reported or not (a kill can land between commit and print);
* the derived totals match: each balance equals its opening amount plus its movements, and the sum
  of all balances never changes;
* exactly one audit entry per transfer.

``--negative-control`` makes the writer save each action in two transactions (the debit side, then
the credit side). The same checks must then fail, which shows they can see a torn action.

Every few actions the writer also rewrites the key file (a new password's wrap is staged beside
the old one, then the old one pruned, as a password change does), printing ``password <n>`` when
done, and now and then rotates the database key (``PRAGMA rekey`` with the key file following, as
when someone leaves), printing ``rotated``. After each kill the key file must parse and open with
the last password reported (or the one being set at the kill), and the key it gives -- settling a
rotation the kill cut short, as a sign-in does -- must open the file for the checks.

``--split`` runs the same on a database kept in one file per trust domain (``db/layout.py``): each
action also makes a client, a task about them and their audit entry, which go to the casework
file, while the transfer stays in the shared file, so every commit spans two files. SQLite
commits the shared file first: a reported action must be whole in both, an unreported one may
have only its shared half (counted as ``torn_across_files``, never as a loss), a client must never
be found without its transfer, task and audit entry, and no id may repeat across the files.

``--power-cut`` goes further than a kill: the writer runs with ``scripts/powercut.c`` preloaded
(compiled with the system's C compiler), which keeps a copy of each file as it was at its last
successful ``fsync``. After the kill the harness builds the folder as a power cut would leave it
-- only what was synced -- and runs the same checks on that. ``--unsynced`` (a negative control
for the power cut) makes the writer use ``synchronous = NORMAL``: committed actions must then be
found missing from the power-cut image.
"""

from __future__ import annotations

import argparse
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, func  # noqa: E402
from sqlalchemy import select as sql_select  # noqa: E402

ACCOUNTS = 8
OPENING_CENTS = 1_000_000
HARNESS_USER = "harness"
HARNESS_PASSWORD = "harness password"

harness_metadata = MetaData()
accounts = Table("harness_accounts", harness_metadata,
                 Column("id", Integer, primary_key=True),
                 Column("opening_cents", Integer, nullable=False),
                 Column("balance_cents", Integer, nullable=False))
transfers = Table("harness_transfers", harness_metadata,
                  Column("id", Integer, primary_key=True),
                  Column("label", String(60), nullable=False))
movements = Table("harness_movements", harness_metadata,
                  Column("id", Integer, primary_key=True),
                  Column("transfer_id", ForeignKey("harness_transfers.id"), nullable=False),
                  Column("account_id", ForeignKey("harness_accounts.id"), nullable=False),
                  Column("amount_cents", Integer, nullable=False))


# -- the writer (a child process) ---------------------------------------------------------------
def writer(path: str, negative: bool, seed: int, first_password: int = 0) -> None:
    import caseworker.db.engine as engine
    from caseworker.db.keystore import KdfParams, KeyStore, set_default_params
    from caseworker.db.layout import PART_DOMAINS
    from caseworker.db.open import open_database
    from caseworker.db.rotate import rotate_database_key
    from caseworker.services import audit

    if os.environ.get("CASEWORKER_HARNESS_SYNC"):
        engine.SYNCHRONOUS = os.environ["CASEWORKER_HARNESS_SYNC"]
    set_default_params(KdfParams(time_cost=1, memory_cost=8, parallelism=1))
    keys = _read_keys(sys.stdin.readline())
    split = keys.split
    domains = PART_DOMAINS if split else ()
    db = open_database(path, key=keys, migrate=False)
    rng = random.Random(seed)
    password = first_password
    print("ready", flush=True)
    while True:
        if rng.random() < 0.2:
            assert db.keyring is not None
            committed, _ = db.keyring.stage_password(HARNESS_USER, password_of(password), domains)
            committed()
            print(f"password {password}", flush=True)
            password += 1
        if rng.random() < 0.04 and KeyStore.for_database(Path(path)).has_user(HARNESS_USER):
            rotate_database_key(db, {HARNESS_USER: domains})  # new keys, as when someone leaves
            print("rotated", flush=True)
        source, target = rng.sample(range(1, ACCOUNTS + 1), 2)
        amount = rng.randint(1, 50_000)
        if negative:
            with db.transaction("Transfer (debit side)") as s:
                transfer_id = s.execute(transfers.insert().values(label="transfer")).inserted_primary_key[0]
                _move(s, transfer_id, source, -amount)
                audit.record(s, None, kind="create", record_type="harness_transfer", record_id=transfer_id)
            time.sleep(0.002)  # the gap any two-step save has between its steps
            with db.transaction("Transfer (credit side)") as s:
                _move(s, transfer_id, target, amount)
                if split:
                    _casework_half(s, transfer_id)
        else:
            with db.transaction("Transfer") as s:
                transfer_id = s.execute(transfers.insert().values(label="transfer")).inserted_primary_key[0]
                _move(s, transfer_id, source, -amount)
                _move(s, transfer_id, target, amount)
                audit.record(s, None, kind="create", record_type="harness_transfer", record_id=transfer_id)
                if split:
                    _casework_half(s, transfer_id)
        print(f"committed {transfer_id}", flush=True)


def _casework_half(s: Any, transfer_id: int) -> None:
    """A client, a task about them and their audit entry: rows of the casework file."""
    from caseworker.db.models import Client, Task
    from caseworker.services import audit

    client = Client(first_name="Harness", last_name=f"T{transfer_id}")
    s.add(client)
    s.flush()
    s.add(Task(title=f"T{transfer_id}", record_type="client", record_id=client.id))
    audit.record(s, None, kind="create", record_type="client", record_id=client.id)


def _read_keys(line: str) -> Any:
    """The keys the parent hands the writer: the main file's, then ``domain=key`` for each part."""
    from caseworker.db.layout import FileKeys
    from caseworker.db.trust_domains import TrustDomain

    main, *parts = line.split()
    domains = {TrustDomain(name): bytes.fromhex(hexed) for name, hexed in (p.split("=") for p in parts)}
    return FileKeys(bytes.fromhex(main), domains, split=bool(domains))


def _write_keys(keys: Any) -> str:
    return " ".join([keys.main.hex(), *(f"{d.value}={k.hex()}" for d, k in keys.domains.items())]) \
        if keys.split else keys.main.hex()


def password_of(n: int) -> str:
    return f"{HARNESS_PASSWORD} {n}"


def _move(s, transfer_id: int, account_id: int, amount: int) -> None:
    s.execute(movements.insert().values(transfer_id=transfer_id, account_id=account_id, amount_cents=amount))
    s.execute(accounts.update().where(accounts.c.id == account_id)
              .values(balance_cents=accounts.c.balance_cents + amount))


# -- the parent ---------------------------------------------------------------------------------
@dataclass
class Outcome:
    trials: int = 0
    reported: int = 0
    found: int = 0
    lost: int = 0
    failed_trials: int = 0
    rotations: int = 0
    torn_across_files: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"trials={self.trials} actions_committed={self.reported} transfers_in_file={self.found} "
                f"key_rotations={self.rotations} losses={self.lost} failed_trials={self.failed_trials}"
                f" torn_across_files={self.torn_across_files}")


def create_database(folder: Path, split: bool = False) -> tuple[str, Any]:
    import caseworker.db.models  # noqa: F401 - every table
    from caseworker.db.base import Base
    from caseworker.db.open import open_database

    path = str(folder / "harness.db")
    if split:
        db = open_database(path)  # the app's schema, in its three files
    else:
        db = open_database(path, migrate=False)
        Base.metadata.create_all(db.engine)
    harness_metadata.create_all(db.engine)  # in the shared file
    with db.transaction("Open the harness accounts") as s:
        s.execute(accounts.insert(), [{"id": i, "opening_cents": OPENING_CENTS,
                                       "balance_cents": OPENING_CENTS} for i in range(1, ACCOUNTS + 1)])
    keys = db.keys
    db.dispose()
    assert keys is not None
    return path, keys


@dataclass
class Trial:
    reported: set[int]
    passwords: set[int]  # the passwords that may open the key file after the kill
    rotations: int = 0


def run_trial(path: str, key: Any, rng: random.Random, *, negative: bool, first_password: int = 0,
              previous: frozenset[int] = frozenset(), env: dict[str, str] | None = None) -> Trial:
    """One writer, killed at a random moment; returns what it reported as done."""
    child = subprocess.Popen([sys.executable, __file__, "--writer", path, "--seed", str(rng.randrange(1 << 30)),
                              "--first-password", str(first_password)]
                             + (["--negative-control"] if negative else []),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
                             env={**os.environ, **(env or {})})
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(_write_keys(key) + "\n")
    child.stdin.flush()
    reported: set[int] = set()
    passwords: set[int] = set()
    rotations = 0

    def heard(line: str) -> None:
        nonlocal rotations
        if line.startswith("committed "):
            reported.add(int(line.split()[1]))
        elif line.startswith("password "):
            passwords.add(int(line.split()[1]))
        elif line.startswith("rotated"):
            rotations += 1

    wanted = rng.randint(1, 40)  # commits to see before the kill
    deadline = time.monotonic() + 60
    try:
        while len(reported) < wanted and time.monotonic() < deadline:
            ready, _, _ = select.select([child.stdout], [], [], 1.0)
            if not ready:
                continue
            line = child.stdout.readline()
            if not line:
                break
            heard(line)
        time.sleep(rng.uniform(0, 0.01))  # a random moment, likely mid-transaction
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        # Lines printed before the kill still count: the writer had done them.
        for line in child.stdout.read().splitlines():
            heard(line)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stdin.close()
    if passwords:
        # The last one reported, or the next one if the kill came between its two steps.
        allowed = {max(passwords), max(passwords) + 1}
    else:
        # None reported: still what could open it before the trial, or the first one being set.
        allowed = {first_password} | set(previous)
    return Trial(reported, allowed, rotations)


def unlock_folder(folder: Path, allowed: set[int]) -> tuple[Any, list[str]]:
    """The key the key file gives one of the *allowed* passwords (as a sign-in would get it)."""
    from caseworker.db.keystore import KeyStore, KeyStoreDamaged, KeyStoreMissing, WrongPassword

    try:
        store = KeyStore.load(folder / "harness.db.keys")
    except (KeyStoreDamaged, KeyStoreMissing) as exc:
        return None, [f"key file: {exc.text()}"]
    if not store.users:
        if store.unclaimed is not None:
            return store.unclaimed_keys(), []
        return None, ["key file: no wrap and no key"]
    for n in sorted(allowed):
        try:
            return store.unlock_keys(HARNESS_USER, password_of(n)), []
        except WrongPassword:
            continue
    return None, [f"key file: opens with none of the passwords {sorted(allowed)}"]


def check(path: str, key: Any, reported: set[int]) -> tuple[list[str], int, int]:
    """Problems found (empty when all is well), transfers in the file, reported ones missing."""
    return check_with_torn(path, key, reported)[:3]  # type: ignore[return-value]


def check_with_torn(path: str, key: Any, reported: set[int]) -> tuple[list[str], int, int, int]:
    """:func:`check`, and how many unreported actions kept only their shared half (split files)."""
    from caseworker.db.models import AuditEntry
    from caseworker.db.open import open_database

    problems: list[str] = []
    torn_across = 0
    db = open_database(path, key=key, migrate=False)  # an unclean shutdown: quick_check runs here
    try:
        with db.engine.connect() as conn:
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems.append(f"integrity: {integrity[:3]}")
            schemas = ["main"] + (["casework", "stewardship"] if getattr(key, "split", False) else [])
            fk = [r for s in schemas for r in conn.exec_driver_sql(f"PRAGMA {s}.foreign_key_check").fetchall()]
            if fk:
                problems.append(f"foreign keys: {fk[:3]}")
            present = set(conn.scalars(sql_select(transfers.c.id)))
            legs = dict(conn.execute(sql_select(movements.c.transfer_id, func.count())
                                     .group_by(movements.c.transfer_id)).all())
            torn = sorted(t for t in present if legs.get(t, 0) != 2)
            if torn:
                problems.append(f"{len(torn)} transfers not whole, e.g. {torn[:3]}")
            missing = sorted(reported - present)
            if missing:
                problems.append(f"{len(missing)} reported actions missing, e.g. {missing[:3]}")
            lost = len(missing) + len(set(torn) & reported)
            for account_id, opening, balance in conn.execute(sql_select(accounts)).all():
                moved = conn.scalar(sql_select(func.coalesce(func.sum(movements.c.amount_cents), 0))
                                    .where(movements.c.account_id == account_id))
                if opening + moved != balance:
                    problems.append(f"account {account_id}: balance {balance} != {opening} + {moved}")
            total = conn.scalar(sql_select(func.sum(accounts.c.balance_cents)))
            if total != ACCOUNTS * OPENING_CENTS:
                problems.append(f"sum of balances {total} != {ACCOUNTS * OPENING_CENTS}")
            audited = dict(conn.execute(
                sql_select(AuditEntry.record_id, func.count())
                .where(AuditEntry.record_type == "harness_transfer").group_by(AuditEntry.record_id)).all())
            unaudited = sorted(t for t in present if audited.get(t) != 1)
            if unaudited or set(audited) - present:
                problems.append(f"audit entries not one per action: {unaudited[:3]}")
            if getattr(key, "split", False):
                extra, torn_across, halves_lost = _check_split(conn, present, reported)
                problems += extra
                lost += halves_lost
    finally:
        db.dispose()
    return problems, len(present), lost, torn_across


def _check_split(conn: Any, present: set[int], reported: set[int]) -> tuple[list[str], int, int]:
    """The casework half of each action, against the shared half (see ``--split``)."""
    from caseworker.db.layout import dangling_references

    problems: list[str] = []
    clients = {int(name[1:]): ident for ident, name in conn.exec_driver_sql(
        "SELECT id, last_name FROM casework.clients WHERE first_name = 'Harness'")}
    tasks = {int(title[1:]) for (title,) in conn.exec_driver_sql(
        "SELECT title FROM casework.tasks WHERE record_type = 'client'")}
    audited = {ident for (ident,) in conn.exec_driver_sql(
        "SELECT record_id FROM casework.audit_entries WHERE record_type = 'client'")}
    for transfer in sorted(set(clients) - present):
        problems.append(f"a client without its transfer {transfer}: the casework file committed first")
    for transfer, client in clients.items():
        if transfer not in tasks or client not in audited:
            problems.append(f"client of transfer {transfer} without its task or audit entry")
    halves_lost = sorted(reported - set(clients))
    if halves_lost:
        problems.append(f"{len(halves_lost)} reported actions without their casework half, e.g. {halves_lost[:3]}")
    repeated = conn.exec_driver_sql("SELECT id FROM tasks GROUP BY id HAVING count(*) > 1").fetchall() + \
        conn.exec_driver_sql("SELECT id FROM audit_entries GROUP BY id HAVING count(*) > 1").fetchall()
    if repeated:
        problems.append(f"ids repeated across the files: {repeated[:3]}")
    problems += dangling_references(conn.connection.driver_connection, ["casework", "stewardship"])
    return problems, len(present - set(clients) - reported), len(halves_lost)


def run(trials: int, *, negative: bool = False, seed: int = 1, folder: Path | None = None,
        stop_at_first_failure: bool = False, power_cut: bool = False, unsynced: bool = False,
        split: bool = False) -> Outcome:
    rng = random.Random(seed)
    outcome = Outcome()
    with tempfile.TemporaryDirectory(prefix="crash-harness-") as tmp:
        work = Path(tmp)
        db_folder = (folder or work) / "db"
        db_folder.mkdir(parents=True, exist_ok=True)
        path, key = create_database(db_folder, split)
        env = {"CASEWORKER_HARNESS_SYNC": "NORMAL"} if unsynced else {}
        if power_cut:
            env.update(LD_PRELOAD=str(build_power_cut(work)), POWERCUT_FOLDER=str(db_folder.resolve()))
        everything: set[int] = set()
        next_password, possible = 0, frozenset[int]()
        for number in range(trials):
            shadow = work / f"shadow-{number}"
            if power_cut:
                remember_as_synced(db_folder, shadow)
                env["POWERCUT_SHADOW"] = str(shadow)
            trial = run_trial(path, key, rng, negative=negative, first_password=next_password,
                              previous=possible, env=env)
            everything |= trial.reported
            problems: list[str] = []
            if power_cut:
                image = work / f"after-power-cut-{number}"
                build_image(shadow, image)
                image_key, key_problems = unlock_folder(image, trial.passwords)
                problems += [f"after the power cut: {p}" for p in key_problems]
                if image_key is not None:
                    image_problems, _, lost = safe_check(str(image / "harness.db"), image_key, everything)
                    problems += [f"after the power cut: {p}" for p in image_problems]
                    outcome.lost = max(outcome.lost, lost)
                shutil.rmtree(image)
                shutil.rmtree(shadow)
                # The next trial carries on from the killed writer's files, not from this image.
            current, key_problems = unlock_folder(db_folder, trial.passwords)
            problems += key_problems
            if current is not None:
                key = current  # a rotation in the trial changed it
                kill_problems, outcome.found, lost, torn = safe_check_with_torn(path, key, everything)
                problems += kill_problems
                outcome.lost = max(outcome.lost, lost)
                outcome.torn_across_files = max(outcome.torn_across_files, torn)
            outcome.rotations += trial.rotations
            possible = frozenset(trial.passwords)
            next_password = max(possible) + 1
            outcome.trials += 1
            if problems:
                outcome.failed_trials += 1
                outcome.problems.extend(problems)
                if stop_at_first_failure:
                    break
        outcome.reported = len(everything)
    return outcome


def safe_check(path: str, key: Any, reported: set[int]) -> tuple[list[str], int, int]:
    """:func:`check`, with a file the app refuses to open counted as a problem, not a crash."""
    return safe_check_with_torn(path, key, reported)[:3]  # type: ignore[return-value]


def safe_check_with_torn(path: str, key: Any, reported: set[int]) -> tuple[list[str], int, int, int]:
    from caseworker.domain.errors import CaseworkerError

    try:
        return check_with_torn(path, key, reported)
    except CaseworkerError as exc:
        return [f"refused: {exc.text()}"], 0, len(reported), 0


def build_power_cut(folder: Path) -> Path:
    """Compile scripts/powercut.c into *folder*; its path, for LD_PRELOAD."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise RuntimeError("the power cut needs a C compiler (cc or gcc)")
    library = folder / "powercut.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-O2", "-o", str(library), str(ROOT / "scripts" / "powercut.c"),
                    "-ldl"], check=True, capture_output=True)
    return library


def remember_as_synced(db_folder: Path, shadow: Path) -> None:
    """The folder as it is now (the parent closed it cleanly) is what a power cut falls back to."""
    shadow.mkdir()
    lines = []
    for entry in sorted(db_folder.iterdir()):
        if entry.is_file():
            ino = entry.stat().st_ino
            shutil.copyfile(entry, shadow / f"ino-{ino}")
            lines.append(f"{ino} {entry.name}")
    (shadow / "listing").write_text("".join(f"{line}\n" for line in lines))


def build_image(shadow: Path, image: Path) -> None:
    """The folder after a power cut: the last synced listing, each file as it was last synced."""
    image.mkdir()
    for line in (shadow / "listing").read_text().splitlines():
        ino, name = line.split(" ", 1)
        if name.endswith("-shm") or name.endswith(".lock"):
            continue  # the WAL index is rebuilt from the WAL; a lock file holds nothing
        synced = shadow / f"ino-{ino}"
        if synced.exists():
            shutil.copyfile(synced, image / name)
        else:
            (image / name).touch()  # named on disk, its content never synced


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--negative-control", action="store_true",
                        help="save each action in two pieces: the checks must fail")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--power-cut", action="store_true",
                        help="also check the folder as a power cut would leave it (needs a C compiler)")
    parser.add_argument("--unsynced", action="store_true",
                        help="the writer uses synchronous = NORMAL: with --power-cut, the checks must fail")
    parser.add_argument("--split", action="store_true",
                        help="a database kept in one file per trust domain; each action spans two files")
    parser.add_argument("--writer", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--first-password", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writer:
        writer(args.writer, args.negative_control, args.seed, args.first_password)
        return 0
    started = time.perf_counter()
    outcome = run(args.trials, negative=args.negative_control, seed=args.seed, power_cut=args.power_cut,
                  unsynced=args.unsynced, split=args.split)
    label = ("negative control" if args.negative_control or args.unsynced else "crash harness") \
        + (" with power cuts" if args.power_cut else "")
    print(f"{label}: {outcome.summary()} ({time.perf_counter() - started:.1f} s)")
    for problem in outcome.problems[:10]:
        print(f"  {problem}")
    if args.negative_control or args.unsynced:
        print("checks failed as they must" if outcome.failed_trials else "CHECKS DID NOT FAIL")
        return 0 if outcome.failed_trials else 1
    return 0 if outcome.failed_trials == 0 and outcome.lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
