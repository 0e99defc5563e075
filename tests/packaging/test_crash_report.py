"""Crash reports: version, platform, the action and the stack, and never the data being worked on."""

from __future__ import annotations

import platform
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from caseworker import __version__
from caseworker.crash_report import action_of, build_report, write_report
from caseworker.db.database import Database
from caseworker.domain.clients import ClientDraft
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from caseworker.ui.dialogs.crash import CrashBox, show_bug
from tests.conftest import make_user

# Names no program text contains: finding one in a report means data leaked into it.
MARKERS = ("ZZCLIENT-Ñämé-4821", "ZZDONOR-Ørsted-7730", "ZZNOTE-5519")
WHEN = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


def _client_service_bug(db: Database, monkeypatch: pytest.MonkeyPatch) -> BaseException:
    """A real service action that fails inside, with marker names in its draft, locals and message."""
    services = Services(db, make_user(db, "cw", Role.CASEWORKER))
    import caseworker.services.clients as clients_module

    def broken_duplicates(*args, **kwargs):
        donor_name = MARKERS[1]  # noqa: F841 - a local holding data, as a bug's frame would
        raise ValueError(f"could not compare {MARKERS[0]} with {donor_name}")

    monkeypatch.setattr(clients_module, "_duplicates", broken_duplicates)
    with pytest.raises(ValueError) as info:
        services.clients.create(ClientDraft(MARKERS[0].split("-")[0], MARKERS[0], notes=MARKERS[2]))
    return info.value


def test_a_report_names_the_version_platform_action_and_stack(sqlite_db: Database,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    exc = _client_service_bug(sqlite_db, monkeypatch)
    report = build_report(exc, toolkit="Qt 6 (offscreen)", database="SQLite, encrypted", when=WHEN)
    assert report.action == "caseworker.services.clients.ClientService.create"
    text = report.text
    assert f"Caseworker: {__version__} (source)" in text
    assert f"Python: {platform.python_version()}" in text and platform.system() in text
    assert "Action: caseworker.services.clients.ClientService.create" in text
    assert "Error: ValueError" in text
    assert "caseworker/services/clients.py:" in text and "in ClientService.create" in text
    assert "Time: 2026-03-04T05:06:07Z" in text


def test_no_marker_name_reaches_the_report_or_its_file(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    exc = _client_service_bug(sqlite_db, monkeypatch)
    assert MARKERS[0] in str(exc), "the exception itself carries the data"
    path = write_report(build_report(exc, when=WHEN), tmp_path / "logs", WHEN)
    saved = path.read_text(encoding="utf-8")
    for marker in MARKERS:
        assert marker not in saved
        assert marker.split("-")[1] not in saved
    assert path.name == "caseworker-crash-20260304T050607Z.txt"
    assert path.stat().st_mode & 0o077 == 0, "only this user may read it"


def test_a_database_error_names_the_driver_error_but_not_the_values() -> None:
    try:
        try:
            raise KeyError(MARKERS[1])
        except KeyError as inner:
            raise IntegrityError("INSERT INTO donors (name) VALUES (?)", (MARKERS[1],), inner) from inner
    except IntegrityError as exc:
        text = build_report(exc, when=WHEN).text
    assert "sqlalchemy.exc.IntegrityError" in text and "While handling, or caused by: KeyError" in text
    assert MARKERS[1] not in text and "INSERT" not in text


def test_no_folder_of_the_user_is_named(tmp_path: Path) -> None:
    source = tmp_path / "home" / "ZZUSER-Name" / "tool.py"
    source.parent.mkdir(parents=True)
    source.write_text("def explode():\n    raise RuntimeError('x')\n", encoding="utf-8")
    namespace: dict = {"__name__": "outside"}
    exec(compile(source.read_text(), str(source), "exec"), namespace)
    with pytest.raises(RuntimeError) as info:
        namespace["explode"]()
    text = build_report(info.value, when=WHEN).text
    assert "ZZUSER" not in text and "tool.py:2 in explode" in text
    assert action_of(info.value) == "unknown"  # no frame of Caseworker itself


def test_the_crash_dialog_keeps_the_report_and_saves_it_where_asked(
        sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot) -> None:
    exc = _client_service_bug(sqlite_db, monkeypatch)
    log = tmp_path / "logs" / "caseworker.log"
    box = CrashBox(None, exc, log)
    qtbot.addWidget(box)
    assert box.report_path is not None and box.report_path.parent == log.parent
    assert str(box.report_path) in box.informativeText()
    assert box.detailedText() == box.report.text
    assert box.save_button.accessibleName()
    for marker in MARKERS:
        assert marker not in box.detailedText() and marker not in box.informativeText()
    saved = box.save_report(tmp_path / "to-send.txt")
    assert saved is not None and saved.read_text(encoding="utf-8") == box.report_path.read_text(encoding="utf-8")


def test_save_in_the_dialog_asks_where_then_shows_the_dialog_again(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "report.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    clicks = iter(["save", "close"])
    shown = []

    def fake_exec(box: CrashBox) -> int:
        shown.append(True)
        button = box.save_button if next(clicks) == "save" else box.close_button
        monkeypatch.setattr(box, "clickedButton", lambda: button)
        return 0

    monkeypatch.setattr(CrashBox, "exec", fake_exec)
    show_bug(None, ZeroDivisionError("x"), tmp_path / "logs" / "caseworker.log")
    assert len(shown) == 2
    assert target.read_text(encoding="utf-8").startswith("Caseworker crash report")
