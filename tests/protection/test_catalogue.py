"""The bad-input catalogue of the command line: every line refused cleanly, nothing changed.

Each command line below is wrong in one way (an id past 64 bits or written in another script, a
date no calendar has, a period no date type can hold, a folder or device where a file belongs,
the database as an output, a read-only folder, a full disk). Each must give one plain line on
standard error, a non-zero exit, no traceback, no file left behind or changed, and no change to
the database beyond the sign-in record.

The read-only and full-disk cases use small tmpfs mounts where the machine allows mounting (as
root in a container); elsewhere they are skipped here and the simulated ENOSPC tests below cover
the same code.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseworker.cli.main import main
from caseworker.db.database import Database
from caseworker.db.keystore import KeyStore, keystore_path
from caseworker.db.open import open_database
from caseworker.domain.permissions import Role
from caseworker.services.accounts import AuthService, UserDraft
from caseworker.services.container import Services

from .conftest import ADMIN_PASSWORD
from .test_storage_failures import dump

BIG = str(2**64)
MAX = str(2**63 - 1)


def _mount(size: str, *, read_only: bool = False) -> Path | None:
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        return None
    folder = Path(f"/tmp/caseworker-test-{uuid.uuid4().hex}")
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode != 0:
        folder.rmdir()
        return None
    if read_only:
        (folder / "existing.pdf").write_bytes(b"an older export")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    return folder


def _unmount(folder: Path | None) -> None:
    if folder is not None:
        subprocess.run(["umount", str(folder)], check=False)
        folder.rmdir()


def _fill(folder: Path, leave: int) -> None:
    """Fill *folder*'s file system, then give back *leave* bytes."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    os.truncate(filler, max(0, filler.stat().st_size - leave))


@pytest.fixture(scope="module")
def mounts() -> Iterator[dict[str, Path | None]]:
    full = _mount("64k")
    if full is not None:
        _fill(full, leave=0)  # a temporary file can be opened, not written
    read_only = _mount("64k", read_only=True)
    yield {"full": full, "ro": read_only}
    _unmount(full)
    _unmount(read_only)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small office database: an administrator-manager and a fundraiser, a client with a case."""
    from caseworker.db.keystore import KdfParams, set_default_params
    from caseworker.domain.clients import ClientDraft

    previous = set_default_params(KdfParams(time_cost=1, memory_cost=8, parallelism=1))
    path = tmp_path_factory.mktemp("catalogue") / "office" / "office.db"
    db = open_database(str(path))
    try:
        boss = AuthService(db).create_first_admin(
            UserDraft("boss", "The Boss", frozenset({Role.ADMIN, Role.MANAGER})), ADMIN_PASSWORD)
        services = Services(db, boss)
        services.accounts.add_user(UserDraft("fr", "Fund Raiser", frozenset({Role.FUNDRAISER})), "fr password 1")
        services.clients.create(ClientDraft("Ann", "Lee"), confirmed=True)
    finally:
        db.dispose()
        set_default_params(previous)
    # Opened once more so the key file records which file it belongs to.
    open_database(str(path), credentials=lambda: ("boss", ADMIN_PASSWORD)).dispose()
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file beside the database except the database itself (compared logically)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.startswith("office.db") or p.name.endswith(".keys")}


def logical(path: Path) -> dict[str, tuple[int, str]]:
    db = open_database(str(path), credentials=lambda: ("boss", ADMIN_PASSWORD))
    try:
        # Signing in updates the user's row (last sign-in, failure count): that alone may change.
        return {t: v for t, v in dump(db).items() if t != "users"}
    finally:
        db.dispose()


CATALOGUE: list[tuple[str, list[str], str]] = [
    # ids
    ("id past 64 bits", ["pdf", "case-summary", BIG, "--out", "{out}/x.pdf"], "no case has that number"),
    ("id past 63 bits", ["pdf", "receipt", str(2**63), "--out", "{out}/x.pdf"], "no receipt has that number"),
    ("a thousand digits", ["pdf", "grant-report", "9" * 1000, "--out", "{out}/x.pdf"], "no grant"),
    ("superscript two", ["pdf", "case-summary", "²", "--out", "{out}/x.pdf"], "not a case ID"),
    ("Arabic-Indic digit", ["pdf", "aid-statement", "٣", "--out", "{out}/x.pdf"], "not a client ID"),
    ("negative id", ["pdf", "statement", "-1", "--year", "2026", "--out", "{out}/x.pdf"], ""),
    ("zero id", ["pdf", "agenda", "0", "--out", "{out}/x.pdf"], "no meeting has that number"),
    ("largest id, no record", ["pdf", "case-summary", MAX, "--out", "{out}/x.pdf"], "not found"),
    ("meeting id past 64 bits", ["ics", "--meeting", BIG, "--out", "{out}/x.ics"], "no meeting has that number"),
    ("meeting id superscript", ["ics", "--meeting", "²", "--out", "{out}/x.ics"], "not a meeting ID"),
    ("largest meeting id", ["ics", "--meeting", MAX, "--out", "{out}/x.ics"], "not found"),
    ("grant targets id past 64 bits", ["targets", BIG], "no grant has that number"),
    ("grant targets superscript", ["targets", "²", "--people-served", "3"], "not a grant ID"),
    # dates and periods
    ("ics over all of time", ["ics", "--from", "0001-01-01", "--to", "9999-12-31", "--out", "{out}/x.ics"],
     "outside the dates"),
    ("no such day", ["ics", "--from", "2026-02-30", "--to", "2026-03-01", "--out", "{out}/x.ics"], "not a date"),
    ("period backwards", ["ics", "--from", "2026-03-01", "--to", "2026-02-01", "--out", "{out}/x.ics"],
     "before --from"),
    ("dashboard over all of time", ["pdf", "dashboard", "--from", "0001-01-01", "--to", "9999-12-31",
                                    "--out", "{out}/x.pdf"], "outside the dates"),
    ("statement in 9999", ["pdf", "statement", "1", "--year", "9999", "--out", "{out}/x.pdf"], "not a year"),
    ("receipts in year 0", ["pdf", "receipts", "--year", "0", "--out", "{out}"], "not a year"),
    ("month 13", ["pdf", "meetings", "--month", "2026-13", "--out", "{out}"], "not a month"),
    ("meetings in 9999-12", ["pdf", "meetings", "--month", "9999-12", "--out", "{out}"], "outside the dates"),
    ("aid period backwards", ["pdf", "aid-statement", "1", "--from", "2026-12-01", "--to", "2026-01-01",
                              "--out", "{out}/x.pdf"], "before --from"),
    # folders, devices and the database itself
    ("a folder as --db", ["check", "--db", "{folder}"], "is a folder"),
    ("a folder as --db, signed in", ["user", "list", "--db", "{folder}"], "is a folder"),
    ("a device as --db", ["check", "--db", "/dev/null"], "device or special file"),
    ("a folder as pdf --out", ["pdf", "dashboard", "--out", "{out}"], "is a folder"),
    ("a folder as ics --out", ["ics", "--from", "2026-01-01", "--to", "2026-01-31", "--out", "{out}"], "folder"),
    ("a folder as backup --out", ["backup", "--out", "{out}"], "is a folder"),
    ("pdf onto the database", ["pdf", "dashboard", "--out", "{db}"], "the database"),
    ("ics onto the key file", ["ics", "--from", "2026-01-01", "--to", "2026-01-31", "--out", "{db}.keys"],
     "the database"),
    ("backup onto the database", ["backup", "--out", "{db}"], "the database"),
    ("backup onto the key file", ["backup", "--out", "{db}.keys"], "the database"),
    ("backup onto the WAL", ["backup", "--out", "{db}-wal"], "the database"),
    ("pdf onto a device", ["pdf", "dashboard", "--out", "/dev/null"], "device or special file"),
    ("backup onto a device", ["backup", "--out", "/dev/full"], "device or special file"),
    ("a list export onto the key file", ["export", "donors", "--format", "csv", "--out", "{db}.keys"], "the database"),
    ("a list export onto a device", ["export", "clients", "--format", "xlsx", "--out", "/dev/null"],
     "device or special file"),
    ("an import report onto the database", ["import", "donors", "{db}", "--report", "{db}"], "the database"),
    ("a missing folder", ["pdf", "dashboard", "--out", "{out}/no/such/folder/x.pdf"], "does not exist"),
    ("restore the database onto itself", ["restore-backup", "--from", "{db}"], "the database itself"),
    ("restore a device", ["restore-backup", "--from", "/dev/null"], "not a backup file"),
    ("demo over a folder", ["demo", "--db", "{folder}"], "is a folder"),
    ("guard on a folder", ["guard", "check", "{folder}"], "cannot read"),
    # who may do what
    ("backup by a fundraiser", ["backup", "--out", "{out}/b.db", "--user", "fr", "--password", "fr password 1"],
     "not permitted"),
    ("restore by a fundraiser", ["restore-backup", "--user", "fr", "--password", "fr password 1"], ""),
    ("wrong password", ["user", "list", "--password", "wrong"], "not correct"),
    ("unknown user", ["user", "list", "--user", "nobody"], "not correct"),
    ("unknown kind", ["pdf", "frobnicate", "1", "--out", "{out}/x.pdf"], ""),
    ("unknown role", ["user", "add", "x", "--name", "X", "--role", "overlord"], "invalid choice"),
    ("deactivate nobody", ["user", "deactivate", "nobody"], "no user"),
    ("deactivate oneself", ["user", "deactivate", "boss"], "your own account"),
    ("rotate as a fundraiser", ["keys", "rotate", "--user", "fr", "--password", "fr password 1"], "not permitted"),
    ("rotate a server", ["keys", "rotate", "--db", "postgresql://office@127.0.0.1:1/office?connect_timeout=2"],
     "could not be reached"),
    ("restore a plain copy over the encrypted file", ["restore-backup", "--from", "{plain}"], "not encrypted"),
    # read-only folder and full disk (tmpfs)
    ("pdf on a read-only disk", ["pdf", "dashboard", "--out", "{ro}/x.pdf"], "read-only"),
    ("ics over a file on a read-only disk", ["ics", "--from", "2026-01-01", "--to", "2026-01-31",
                                             "--out", "{ro}/existing.pdf"], "read-only"),
    ("backup on a read-only disk", ["backup", "--out", "{ro}/b.db"], "read-only"),
    ("a new database on a read-only disk", ["user", "add", "x", "--name", "X", "--role", "admin",
                                            "--db", "{ro}/new.db"], "read-only"),
    ("signing in to a missing file", ["user", "list", "--db", "{out}/missing.db"], "does not exist"),
    ("pdf on a full disk", ["pdf", "dashboard", "--out", "{full}/x.pdf"], "disk is full"),
    ("ics on a full disk", ["ics", "--from", "2000-01-01", "--to", "2030-12-31", "--out", "{full}/x.ics"],
     "disk is full"),
    ("backup on a full disk", ["backup", "--out", "{full}/b.db"], "disk is full"),
]

NEEDS_DB = {"check", "user", "pdf", "ics", "backup", "restore-backup", "keys", "export", "import"}
SIGNS_IN = {"user", "pdf", "ics", "backup", "restore-backup", "keys", "export", "import"}


@pytest.mark.parametrize(("label", "template", "fragment"), CATALOGUE, ids=[c[0] for c in CATALOGUE])
def test_every_bad_command_line_is_refused_cleanly_and_changes_nothing(
        office: Path, tmp_path: Path, mounts: dict[str, Path | None], capsys: pytest.CaptureFixture[str],
        label: str, template: list[str], fragment: str) -> None:
    for place in ("ro", "full"):
        if any("{" + place + "}" in a for a in template) and mounts[place] is None:
            pytest.skip("mounting a tmpfs is not allowed here; the simulated ENOSPC tests cover this")
    out = tmp_path / "out"
    out.mkdir()
    plain = tmp_path / "plain.db"
    if any("{plain}" in a for a in template):
        plain_db = open_database(str(plain), encrypt_new=False)
        AuthService(plain_db).create_first_admin(UserDraft("boss", "Boss", frozenset({Role.ADMIN})), ADMIN_PASSWORD)
        plain_db.dispose()
    args = [a.format(out=out, db=office, folder=office.parent, ro=mounts["ro"], full=mounts["full"], plain=plain)
            for a in template]
    password = ADMIN_PASSWORD
    if "--password" in args:
        at = args.index("--password")
        password = args[at + 1]
        del args[at:at + 2]
    if args[0] in NEEDS_DB and "--db" not in args:
        args += ["--db", str(office)]
    if args[0] in SIGNS_IN and "--user" not in args:
        args += ["--user", "boss"]
    before_files, before_data = snapshot(office.parent), logical(office)
    mounted = {k: sorted(p.name for p in v.iterdir()) for k, v in mounts.items() if v is not None}
    os.environ["CASEWORKER_PASSWORD"] = password
    os.environ["CASEWORKER_NEW_PASSWORD"] = "a new password 1"
    try:
        try:
            code = main(args)
        except SystemExit as exc:  # argparse refusals
            code = exc.code
    finally:
        os.environ.pop("CASEWORKER_PASSWORD")
        os.environ.pop("CASEWORKER_NEW_PASSWORD")
    err = capsys.readouterr().err
    assert code not in (0, None), f"{label}: accepted"
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, f"{label}: {err}"
    assert "Traceback" not in err and lines[0].startswith("caseworker:")
    assert fragment.lower() in err.lower(), f"{label}: {err}"
    assert list(out.iterdir()) == [], f"{label}: left {list(out.iterdir())}"
    assert snapshot(office.parent) == before_files, label
    assert logical(office) == before_data, label
    assert {k: sorted(p.name for p in v.iterdir()) for k, v in mounts.items() if v is not None} == mounted


# -- a full disk everywhere, simulated where tmpfs is not available ---------------------------------
def test_a_simulated_full_disk_during_an_export_leaves_nothing(
        office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import caseworker.outputs as outputs

    def full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs, "fsync_file", full)
    monkeypatch.setenv("CASEWORKER_PASSWORD", ADMIN_PASSWORD)
    before = logical(office)
    for args in (["ics", "--from", "2026-01-01", "--to", "2026-01-31", "--out", str(tmp_path / "x.ics")],
                 ["pdf", "dashboard", "--out", str(tmp_path / "x.pdf")],
                 ["backup", "--out", str(tmp_path / "b.db")]):
        assert main([*args, "--db", str(office), "--user", "boss"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "disk is full" in err, err
        assert list(tmp_path.iterdir()) == [], args
    assert logical(office) == before


def _small_office(folder: Path) -> Path:
    path = folder / "small.db"
    db = open_database(str(path))
    AuthService(db).create_first_admin(UserDraft("boss", "The Boss", frozenset({Role.ADMIN})), ADMIN_PASSWORD)
    db.dispose()
    return path


def _add_user(path: Path, capsys: pytest.CaptureFixture[str], name: str = "newcomer") -> tuple[int, str]:
    os.environ.update(CASEWORKER_PASSWORD=ADMIN_PASSWORD, CASEWORKER_NEW_PASSWORD="newcomer password")
    try:
        code = main(["user", "add", name, "--name", "A Newcomer With A Long Name " + "x" * 60,
                     "--role", "caseworker", "--db", str(path), "--user", "boss"])
    finally:
        os.environ.pop("CASEWORKER_PASSWORD")
        os.environ.pop("CASEWORKER_NEW_PASSWORD")
    return code, capsys.readouterr().err


def test_a_full_disk_during_user_add_leaves_no_key_wrap_for_an_account_that_does_not_exist(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _mount("8m")  # room for the three files of a new database as it is made
    if folder is None:
        pytest.skip("mounting a tmpfs is not allowed here; the simulated version below runs instead")
    try:
        path = _small_office(folder)
        db = open_database(str(path), credentials=lambda: ("boss", ADMIN_PASSWORD))
        before = dump(db)
        db.dispose()
        keys_before = keystore_path(path).read_bytes()
        _fill(folder, leave=2048)
        code, err = _add_user(path, capsys)
        assert code == 2 and err.count("\n") == 1 and "disk is full" in err and "Traceback" not in err, err
        assert not KeyStore.for_database(path).has_user("newcomer")
        assert keystore_path(path).read_bytes() == keys_before
        (folder / "filler").unlink()
        db = open_database(str(path), credentials=lambda: ("boss", ADMIN_PASSWORD))
        try:
            after = dump(db)
        finally:
            db.dispose()
        assert {k: v for k, v in after.items() if k != "users"} == \
            {k: v for k, v in before.items() if k != "users"}
        assert after["users"][0] == before["users"][0]
        assert sorted(p.name for p in folder.iterdir()) == ["small.casework.db", "small.db", "small.db.keys",
                                                            "small.db.keys.lock", "small.stewardship.db"]
    finally:
        _unmount(folder)


def test_a_simulated_full_disk_during_user_add_leaves_no_key_wrap(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The file may not grow past one more page: the add that needs more is refused whole."""
    from sqlalchemy import event

    path = _small_office(tmp_path)
    db = open_database(str(path), credentials=lambda: ("boss", ADMIN_PASSWORD))
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.dispose()
    original = Database.__init__

    def capped(self: Database, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)

        @event.listens_for(self.engine, "connect")
        def _cap(dbapi_connection, _record) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")

    monkeypatch.setattr(Database, "__init__", capped)
    for n in range(100):
        keys_before = keystore_path(path).read_bytes()
        code, err = _add_user(path, capsys, f"newcomer{n}")
        if code != 0:
            break
    else:
        pytest.fail("the capped file never filled up")
    assert code == 2 and err.count("\n") == 1 and "disk is full" in err, err
    assert keystore_path(path).read_bytes() == keys_before
    assert not KeyStore.for_database(path).has_user(f"newcomer{n}")
    assert KeyStore.for_database(path).has_user(f"newcomer{n - 1}") or n == 0


# -- errors told apart by their cause --------------------------------------------------------------
@pytest.mark.parametrize(("server_said", "expected"), [
    ('connection failed: FATAL:  password authentication failed for user "office"', "refused the user name or password"),
    ('connection failed: FATAL:  role "office" does not exist', "refused the user name or password"),
    ("connection failed: fe_sendauth: no password supplied", "refused the user name or password"),
    ('connection failed: FATAL:  database "office" does not exist', "no database of that name"),
    ("connection failed: Connection refused\n\tIs the server running on that host", "could not be reached"),
    ("database or disk is full", "disk is full"),
    ("file is not a database", "damaged"),
    ("attempt to write a readonly database", "read-only"),
])
def test_storage_errors_are_told_apart_by_cause(server_said: str, expected: str) -> None:
    from sqlalchemy.exc import OperationalError

    from caseworker.db.database import storage_error_for

    message = storage_error_for(OperationalError("SELECT 1", {}, Exception(server_said))).text()
    assert expected in message
    if "could not be reached" not in expected:
        assert "could not be reached" not in message


def test_an_unreachable_server_is_named_as_such(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--db", "postgresql+psycopg://office:secret@127.0.0.1:1/office?connect_timeout=2"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "could not be reached" in err and "secret" not in err


def test_a_wrong_postgresql_password_is_not_called_an_unreachable_server(
        capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = os.environ.get("CASEWORKER_TEST_PG_URL")
    if not url:
        pytest.skip("set CASEWORKER_TEST_PG_URL to a server to run it")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP ROLE IF EXISTS caseworker_pw_probe"))
        conn.execute(text("CREATE ROLE caseworker_pw_probe LOGIN PASSWORD 'the right one'"))
    admin.dispose()
    wrong = make_url(url).set(username="caseworker_pw_probe", password="not the right one")
    probe = create_engine(wrong)
    try:
        with probe.connect():
            pytest.skip("the test server trusts every connection (pg_hba.conf), so no password can be wrong")
    except Exception:  # noqa: BLE001 - refused, as a server that checks passwords does
        pass
    finally:
        probe.dispose()
    code = main(["check", "--db", wrong.render_as_string(hide_password=False)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert "refused the user name or password" in err and "could not be reached" not in err
    assert "not the right one" not in err


def test_a_damaged_file_is_told_in_three_lines_with_what_to_do(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from caseworker.db.backup import backup_beside

    from .test_storage_failures import corrupt_middle

    path = _small_office(tmp_path)
    db = open_database(str(path), credentials=lambda: ("boss", ADMIN_PASSWORD))
    for n in range(30):  # enough pages that damage in the middle is not in the first page
        Services(db, db_actor(db)).accounts.add_user(
            UserDraft(f"user{n}", f"Colleague {n} " + "y" * 80, frozenset({Role.CASEWORKER})), "pw of a user")
    good = backup_beside(db, "daily")
    db.dispose()
    corrupt_middle(path)
    path.with_name(path.name + ".open").write_text("1\n")  # the last session ended unclean
    monkeypatch.setenv("CASEWORKER_PASSWORD", ADMIN_PASSWORD)
    assert main(["user", "list", "--db", str(path), "--user", "boss"]) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 3, err
    assert "damaged" in lines[0] and str(good) in lines[1]
    assert "restore-backup" in lines[2] and "Traceback" not in err


def db_actor(db: Database):
    return AuthService(db).sign_in("boss", ADMIN_PASSWORD)


def test_the_first_user_add_without_a_usable_password_leaves_no_database_behind(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new" / "office.db"
    path.parent.mkdir()
    monkeypatch.delenv("CASEWORKER_NEW_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["user", "add", "boss", "--name", "Boss", "--role", "admin", "--db", str(path)]) == 2
    assert "no password" in capsys.readouterr().err
    monkeypatch.setenv("CASEWORKER_NEW_PASSWORD", "short")
    assert main(["user", "add", "boss", "--name", "Boss", "--role", "admin", "--db", str(path)]) == 2
    assert "at least 8 characters" in capsys.readouterr().err
    assert list(path.parent.iterdir()) == []
    monkeypatch.setenv("CASEWORKER_NEW_PASSWORD", ADMIN_PASSWORD)
    assert main(["user", "add", "boss", "--name", "Boss", "--role", "admin", "--db", str(path)]) == 0
    # Closed cleanly: no marker of an open database stays behind.
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "office.casework.db", "office.db", "office.db.keys", "office.db.keys.lock", "office.stewardship.db"]
