"""The runner: service calls off the GUI thread, results and errors back on it, one change notice
per action, plain words for errors the user can act on and the crash dialog for bugs."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from caseworker.db.database import Database
from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services.container import Services
from caseworker.ui import main_window as main_window_module
from caseworker.ui.dialogs.crash import bug_box
from caseworker.ui.runner import Runner, changes_in
from tests.conftest import make_user


@pytest.fixture
def runner(qtbot):
    r = Runner()
    yield r
    r.shutdown()


def test_the_call_runs_off_the_gui_thread_and_the_result_comes_back_on_it(runner: Runner, qtbot) -> None:
    gui = threading.get_ident()
    ran_on: list[int] = []
    done_on: list[tuple[int, object]] = []

    def work() -> tuple[str, Changes]:
        ran_on.append(threading.get_ident())
        return "result", Changes.of(ChangeKind.CLIENT, 7)

    with qtbot.waitSignal(runner.changed, timeout=5000) as changed:
        runner.run(work, lambda result: done_on.append((threading.get_ident(), result)))
    assert ran_on and ran_on[0] != gui
    assert done_on == [(gui, ("result", Changes.of(ChangeKind.CLIENT, 7)))]
    assert changed.args == [Changes.of(ChangeKind.CLIENT, 7)]


def test_one_change_notice_per_action_and_none_without_changes(runner: Runner, qtbot) -> None:
    notices: list[Changes] = []
    runner.changed.connect(notices.append)
    finished: list[object] = []
    runner.run(lambda: Changes.of(ChangeKind.USER, 1) | Changes.of(ChangeKind.CASE, 2), finished.append)
    runner.run(lambda: "no changes", finished.append)
    runner.run(lambda: (None, Changes()), finished.append)
    qtbot.waitUntil(lambda: len(finished) == 3, timeout=5000)
    assert notices == [Changes({ChangeKind.USER: frozenset({1}), ChangeKind.CASE: frozenset({2})})]


def test_calls_run_one_at_a_time_in_order(runner: Runner, qtbot) -> None:
    order: list[int] = []
    active = []
    overlap = []

    def job(i: int):
        def run() -> int:
            active.append(i)
            overlap.append(len(active) > 1)
            order.append(i)
            active.remove(i)
            return i
        return run

    finished: list[int] = []
    for i in range(10):
        runner.run(job(i), finished.append)
    qtbot.waitUntil(lambda: len(finished) == 10, timeout=5000)
    assert order == list(range(10)) and finished == list(range(10)) and not any(overlap)


def test_busy_is_announced_while_a_call_runs(runner: Runner, qtbot) -> None:
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    finished: list[object] = []
    runner.run(lambda: 1, finished.append)
    assert runner.busy
    qtbot.waitUntil(lambda: finished == [1], timeout=5000)
    assert states == [True, False] and not runner.busy


def test_an_error_the_user_can_act_on_goes_to_the_handler_on_the_gui_thread(runner: Runner, qtbot) -> None:
    gui = threading.get_ident()
    errors: list[tuple[int, Exception]] = []

    def refuse() -> None:
        raise ValidationError("name", "Enter a name.")

    runner.run(refuse, on_error=lambda exc: errors.append((threading.get_ident(), exc)))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors[0][0] == gui and isinstance(errors[0][1], ValidationError)


def test_without_a_handler_the_default_one_or_plain_words(runner: Runner, qtbot) -> None:
    shown: list[str] = []
    runner.error_shown.connect(shown.append)
    runner.run(lambda: (_ for _ in ()).throw(RuleViolation("The budget is spent.")))
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["The budget is spent."]
    handled: list[Exception] = []
    runner.default_error_handler = handled.append
    runner.run(lambda: (_ for _ in ()).throw(RuleViolation("Again.")))
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    assert handled[0].text() == "Again."


def test_a_bug_is_logged_and_sent_to_the_crash_dialog(runner: Runner, qtbot, caplog) -> None:
    def broken() -> None:
        raise ZeroDivisionError("division by zero")

    with caplog.at_level(logging.ERROR), qtbot.waitSignal(runner.bug, timeout=5000) as bug:
        runner.run(broken, on_error=lambda exc: pytest.fail("a bug is not the user's to fix"))
    assert isinstance(bug.args[0], ZeroDivisionError)
    assert "unexpected error" in caplog.text and "ZeroDivisionError" in caplog.text


def test_the_crash_dialog_names_the_log_file(qtbot, tmp_path: Path) -> None:
    box = bug_box(None, KeyError("x"), tmp_path / "caseworker.log")
    qtbot.addWidget(box)
    assert str(tmp_path / "caseworker.log") in box.informativeText()
    assert "rolled back" in box.text()
    assert "KeyError" in box.detailedText()


def test_synchronous_mode_behaves_the_same(qtbot) -> None:
    runner = Runner(synchronous=True)
    notices: list[Changes] = []
    runner.changed.connect(notices.append)
    results: list[object] = []
    runner.run(lambda: Changes.of(ChangeKind.USER, 3), results.append)
    assert results == [Changes.of(ChangeKind.USER, 3)] and notices == [Changes.of(ChangeKind.USER, 3)]
    assert changes_in(("x", Changes.of(ChangeKind.GIFT, 1))) == Changes.of(ChangeKind.GIFT, 1) and changes_in("x") is None


def test_the_window_shows_errors_in_plain_words_and_bugs_in_the_crash_dialog(
        sqlite_db: Database, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(Services(sqlite_db, make_user(sqlite_db, "ada", Role.ADMIN)))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    bugs: list[BaseException] = []
    monkeypatch.setattr(main_window_module, "show_bug", lambda _parent, exc, _path: bugs.append(exc))
    window.ctx.runner.run(lambda: (_ for _ in ()).throw(RuleViolation("The fund has {n} left.", n="12.00")))
    assert warnings == ["The fund has 12.00 left."]
    window.ctx.runner.run(lambda: [][1])
    assert len(bugs) == 1 and isinstance(bugs[0], IndexError)
