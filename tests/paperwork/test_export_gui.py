"""Export PDF from the window: drawn off the GUI thread, opened when done; batches with progress and
a Cancel that stops them and leaves no file."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from caseworker import exports
from caseworker.services.paperwork import PaperworkService
from caseworker.settings import Settings
from caseworker.ui import export
from caseworker.ui.context import UiContext
from caseworker.ui.runner import Runner
from tests.paperwork.conftest import NAMES, YEAR, Office
from tests.reports.conftest import Pdf

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def runner(qtbot):
    r = Runner()
    yield r
    r.shutdown()


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    found: list[Path] = []
    monkeypatch.setattr(export, "open_file", found.append)
    return found


def context(services, runner: Runner) -> UiContext:
    return UiContext(services, runner, Settings(), services.settings.get())


def test_the_save_dialog_starts_in_documents_with_a_sensible_name(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    asked: list[tuple] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: asked.append(args) or (str(tmp_path / "mine"), args[3]))
    assert export.ask_save_path(None, "case-summary-4.pdf") == tmp_path / "mine.pdf"
    assert asked[0][2] == str(export.documents_folder() / "case-summary-4.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert export.ask_save_path(None, "x.pdf") is None


def test_one_document_is_drawn_off_the_gui_thread_and_opened(office: Office, runner: Runner, parent: QWidget,
                                                             opened: list[Path], qtbot,
                                                             monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out = tmp_path / "case.pdf"
    monkeypatch.setattr(export, "ask_save_path", lambda *args: out)
    threads: list[int] = []
    real = exports.export_document

    def recording(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, "export_document", recording)
    export.export_document(parent, context(office.caseworker, runner), "case-summary", office.case_id)
    qtbot.waitUntil(lambda: opened == [out], timeout=20000)
    assert threads and threads[0] != threading.get_ident()
    assert Pdf(out).has(NAMES["greek"])


def test_the_dashboard_on_screen_exports(office: Office, runner: Runner, parent: QWidget, opened: list[Path],
                                         qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out = tmp_path / "dashboard.pdf"
    monkeypatch.setattr(export, "ask_save_path", lambda *args: out)
    stats = office.admin.statistics
    export.export_dashboard(parent, context(office.admin, runner), stats.dashboard(stats.default_period()))
    qtbot.waitUntil(lambda: opened == [out], timeout=20000)
    assert Pdf(out).has("Dashboard")


def test_a_batch_shows_progress_and_opens_the_result(office: Office, runner: Runner, parent: QWidget,
                                                     opened: list[Path], qtbot, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    out = tmp_path / "statements.pdf"
    monkeypatch.setattr(export.BatchDialog, "ask", classmethod(
        lambda cls, what, today, parent=None: export.BatchChoice(what, YEAR)))
    monkeypatch.setattr(export, "ask_save_path", lambda *args: out)
    shown: list[tuple[int, int]] = []
    real_moved = export.BatchProgress._moved
    monkeypatch.setattr(export.BatchProgress, "_moved",
                        lambda self, done, total: shown.append((done, total)) or real_moved(self, done, total))
    export.export_batch(parent, context(office.fundraiser, runner), "statements")
    qtbot.waitUntil(lambda: opened == [out], timeout=30000)
    assert shown[-1] == (3, 3)
    assert len(Pdf(out).pages) == 3


def test_cancel_stops_the_batch_and_leaves_no_file(office: Office, runner: Runner, parent: QWidget,
                                                   opened: list[Path], qtbot, monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    real = PaperworkService.statement

    def slow(self, *args, **kwargs):
        time.sleep(0.3)  # time for the user to press Cancel
        return real(self, *args, **kwargs)

    monkeypatch.setattr(PaperworkService, "statement", slow)
    out = tmp_path / "out" / "statements.zip"
    out.parent.mkdir()
    choice = export.BatchChoice("statements", YEAR, as_zip=True)
    progress = export.run_batch(parent, context(office.fundraiser, runner), choice, out)
    assert progress.isVisible()
    qtbot.waitUntil(lambda: progress.value() >= 1, timeout=20000)  # the window keeps drawing meanwhile
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.busy, timeout=20000)
    assert opened == []
    assert list(out.parent.iterdir()) == []


def test_the_case_view_exports_its_case_summary(office: Office, open_window, monkeypatch: pytest.MonkeyPatch,
                                                qtbot) -> None:
    from caseworker.ui.views import case_detail

    asked: list[tuple] = []
    monkeypatch.setattr(case_detail, "export_document", lambda *args, **kwargs: asked.append(args[2:]))
    window = open_window(office.caseworker)
    section = window.section_for_kind("case")
    window.show_section(section)
    section.open_record("case", office.case_id)
    qtbot.mouseClick(section.detail.export_button, Qt.MouseButton.LeftButton)
    assert asked == [("case-summary", office.case_id)]
