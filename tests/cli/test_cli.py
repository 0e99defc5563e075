"""The command line: demo, check, backup, users, clear failures, and no Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from caseworker.cli.main import main


def run_cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "caseworker", *args], capture_output=True, text=True,
                          env=full_env, input=stdin, timeout=120)


def test_the_command_line_never_imports_qt(tmp_path: Path) -> None:
    # Demo databases are encrypted: the demo staff's user name and password unlock them.
    code = ("import os, sys\nfrom caseworker.cli.main import main\n"
            "os.environ.update(CASEWORKER_USER='demo', CASEWORKER_PASSWORD='demo')\n"
            f"rc = main(['demo', '--db', {str(tmp_path / 'x.db')!r}])\n"
            f"rc2 = main(['check', '--db', {str(tmp_path / 'x.db')!r}])\n"
            "assert rc == 0 and rc2 == 0, (rc, rc2)\n"
            "loaded = [m for m in sys.modules if m.startswith('PySide6')]\n"
            "assert not loaded, loaded\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert "caseworker" in capsys.readouterr().out


def test_demo_then_check_then_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEWORKER_USER", "demo")
    monkeypatch.setenv("CASEWORKER_PASSWORD", "demo")
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "'demo'" in out and "password" in out
    assert main(["check", "--db", str(db)]) == 0
    assert "integrity_check: ok" in capsys.readouterr().out
    backup = tmp_path / "copy.db"
    assert main(["backup", "--db", str(db), "--out", str(backup), "--user", "demo"]) == 0
    assert main(["check", "--db", str(backup)]) == 0


def test_demo_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["demo", "--db", str(db)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_the_same_seed_gives_the_same_database(tmp_path: Path) -> None:
    from sqlalchemy import create_engine, text

    dumps = []
    for name in ("a.db", "b.db"):
        assert main(["demo", "--db", str(tmp_path / name), "--seed", "7", "--plain"]) == 0
        engine = create_engine(f"sqlite:///{tmp_path / name}")
        with engine.connect() as conn:
            tables = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"))]
            rows = {}
            for table in tables:
                cols = [c[1] for c in conn.execute(text(f"PRAGMA table_info('{table}')"))
                        if c[1] not in ("created_at", "updated_at", "password_hash", "at")]
                if cols:
                    quoted = ", ".join(f'"{c}"' for c in cols)
                    rows[table] = conn.execute(text(f'SELECT {quoted} FROM "{table}" ORDER BY 1')).fetchall()
        engine.dispose()
        dumps.append(rows)
    assert dumps[0] == dumps[1]


@pytest.mark.parametrize("args, fragment", [
    (["check", "--db", "/nonexistent/folder/x.db"], "does not exist"),
    (["frobnicate"], "invalid choice"),
    (["demo"], "--db"),
    (["check", "--db", "notadriver://x"], "database"),
])
def test_bad_arguments_get_one_line_and_status_2(args: list[str], fragment: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2, result
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr


def test_a_command_signing_in_to_a_missing_file_leaves_no_file_behind(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    result = run_cli("user", "list", "--db", str(missing), "--user", "demo", env={"CASEWORKER_PASSWORD": "demo"})
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_database_fails_cleanly(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not a database file at all" * 100)
    result = run_cli("check", "--db", str(bogus))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.strip()


def test_user_add_and_list_act_as_a_signed_in_user(tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    first = run_cli("user", "add", "boss", "--name", "The Boss", "--role", "admin", "--db", db,
                    env={"CASEWORKER_NEW_PASSWORD": "long enough pw"})
    assert first.returncode == 0, first.stderr
    added = run_cli("user", "add", "fr", "--name", "Fund Raiser", "--role", "fundraiser", "--db", db,
                    "--user", "boss", env={"CASEWORKER_PASSWORD": "long enough pw",
                                           "CASEWORKER_NEW_PASSWORD": "another pw 1"})
    assert added.returncode == 0, added.stderr
    listed = run_cli("user", "list", "--db", db, "--user", "fr", env={"CASEWORKER_PASSWORD": "another pw 1"})
    assert listed.returncode == 0 and "Fund Raiser" in listed.stdout
    # A fundraiser may not add users: refused in the service, exit 2, one line.
    refused = run_cli("user", "add", "x", "--name", "X", "--role", "admin", "--db", db, "--user", "fr",
                      env={"CASEWORKER_PASSWORD": "another pw 1", "CASEWORKER_NEW_PASSWORD": "whatever12"})
    assert refused.returncode == 2 and "not permitted" in refused.stderr
    wrong = run_cli("user", "list", "--db", db, "--user", "fr", env={"CASEWORKER_PASSWORD": "wrong"})
    assert wrong.returncode == 2 and "not correct" in wrong.stderr
