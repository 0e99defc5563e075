"""``caseworker --self-test``: passes on a working installation, and says plainly where it fails."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from caseworker.self_test import run_self_test

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_self_test_passes_without_a_display_and_leaves_nothing_behind(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["TMPDIR"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "caseworker", "--self-test"], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("caseworker self-test: passed")
    for fragment in ("encrypted database created", "receipt", "the guard refused", "PDF written",
                     "read back", "'offscreen' platform"):
        assert any(fragment in line for line in lines), fragment
    assert list(tmp_path.iterdir()) == [], "the temporary folder was not removed"


def test_a_failing_step_gives_one_plain_line_and_status_1(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import caseworker.exports as exports

    def not_a_pdf(services, kind, ident, out, **kwargs):
        Path(out).write_bytes(b"garbage")
        return exports.Exported(Path(out), 1)

    monkeypatch.setattr(exports, "export_document", not_a_pdf)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()
    assert run_self_test(out, with_window_toolkit=False) == 1
    last = out.getvalue().splitlines()[-1]
    assert last == "caseworker self-test: FAILED at a PDF: the case-summary PDF is not a PDF"
    assert "Traceback" not in out.getvalue()
    assert list(tmp_path.iterdir()) == []


def test_a_guard_that_lets_everything_through_fails_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    from caseworker.services import touchpoints

    monkeypatch.setattr(touchpoints, "settle", lambda actor, verdict, **kwargs: "")
    out = io.StringIO()
    assert run_self_test(out, with_window_toolkit=False) == 1
    assert "FAILED at a touchpoint through the guard" in out.getvalue()


def test_the_self_test_keeps_out_of_the_users_own_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEWORKER_DATA_DIR", "/nonexistent/data")
    out = io.StringIO()
    assert run_self_test(out, with_window_toolkit=False) == 0, out.getvalue()
    assert os.environ["CASEWORKER_DATA_DIR"] == "/nonexistent/data"


def test_a_long_driver_message_is_cut_to_its_first_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import caseworker.db.migrate as migrate

    def broken(db) -> None:
        raise RuntimeError("no such table: alembic_version\n[SQL: SELECT 1]\n(Background on this error at: x)")

    monkeypatch.setattr(migrate, "upgrade", broken)
    out = io.StringIO()
    assert run_self_test(out, with_window_toolkit=False) == 1
    assert out.getvalue().splitlines()[-1] == ("caseworker self-test: FAILED at a new encrypted database: "
                                               "RuntimeError: no such table: alembic_version")


@pytest.mark.qt_log_ignore("Cannot open file .*missing.svg")  # the very problem the check is to notice
def test_the_window_toolkit_check_notices_a_missing_app_icon(qtbot, monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    import caseworker.ui.application as application
    from caseworker.ui.self_check import check_window_toolkit

    assert "the app's own" in check_window_toolkit()
    monkeypatch.setattr(application, "APP_ICON", tmp_path / "missing.svg")
    try:
        with pytest.raises(RuntimeError, match="application's icon"):
            check_window_toolkit()
    finally:
        monkeypatch.undo()
        application.make_app()  # the real icon back for the tests after this one
