"""A short run of the crash harness: SIGKILL at random moments loses nothing, and the checks can fail."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

HARNESS = Path(__file__).resolve().parents[2] / "scripts" / "crash_harness.py"


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_harness", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_killed_writers_lose_nothing(harness: ModuleType, tmp_path: Path) -> None:
    outcome = harness.run(5, seed=7, folder=tmp_path)
    assert outcome.trials == 5
    assert outcome.reported > 0
    assert outcome.problems == [] and outcome.lost == 0, outcome.summary()
    assert outcome.found >= outcome.reported


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_the_negative_control_makes_the_checks_fail(harness: ModuleType, tmp_path: Path) -> None:
    outcome = harness.run(10, negative=True, seed=7, folder=tmp_path, stop_at_first_failure=True)
    assert outcome.failed_trials >= 1, outcome.summary()
    assert any("not whole" in p for p in outcome.problems)


def _can_cut_power() -> bool:
    import shutil

    return sys.platform.startswith("linux") and bool(shutil.which("cc") or shutil.which("gcc"))


@pytest.mark.skipif(not _can_cut_power(), reason="the power cut preloads a C shim: Linux and a C compiler")
def test_a_power_cut_loses_nothing_reported_committed_and_leaves_a_working_key_file(
        harness: ModuleType, tmp_path: Path) -> None:
    outcome = harness.run(4, seed=11, folder=tmp_path, power_cut=True)
    assert outcome.trials == 4 and outcome.reported > 0
    # The writer's choices follow the seed: these trials include key rotations cut by the kill or not.
    assert outcome.rotations >= 1, outcome.summary()
    assert outcome.problems == [] and outcome.lost == 0, outcome.summary()


@pytest.mark.skipif(not _can_cut_power(), reason="the power cut preloads a C shim: Linux and a C compiler")
def test_the_power_cut_sees_what_synchronous_normal_loses(harness: ModuleType, tmp_path: Path) -> None:
    outcome = harness.run(8, seed=11, folder=tmp_path, power_cut=True, unsynced=True, stop_at_first_failure=True)
    assert outcome.failed_trials >= 1, outcome.summary()
    assert any("after the power cut" in p and "reported actions missing" in p for p in outcome.problems)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_killed_writers_lose_nothing_across_the_split_files(harness: ModuleType, tmp_path: Path) -> None:
    """Every action spans the shared and the casework file: the shared one commits first."""
    outcome = harness.run(4, seed=5, folder=tmp_path, split=True)
    assert outcome.trials == 4 and outcome.reported > 0 and outcome.rotations >= 1, outcome.summary()
    assert outcome.problems == [] and outcome.lost == 0, outcome.summary()


@pytest.mark.skipif(not _can_cut_power(), reason="the power cut preloads a C shim: Linux and a C compiler")
def test_a_power_cut_across_the_split_files_loses_nothing_reported(harness: ModuleType, tmp_path: Path) -> None:
    outcome = harness.run(4, seed=11, folder=tmp_path, power_cut=True, split=True)
    assert outcome.trials == 4 and outcome.reported > 0, outcome.summary()
    assert outcome.problems == [] and outcome.lost == 0, outcome.summary()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_the_split_checks_see_an_action_saved_in_two_pieces(harness: ModuleType, tmp_path: Path) -> None:
    outcome = harness.run(10, negative=True, seed=7, folder=tmp_path, stop_at_first_failure=True, split=True)
    assert outcome.failed_trials >= 1, outcome.summary()
