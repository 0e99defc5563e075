"""The house rules, checked with the rest of the suite so that CI and a fresh clone run them too:
static types (mypy, strict on the domain, the services and storage) and lint with import order (ruff)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=540)


@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(), reason="needs the source tree, not an installed copy")
def test_the_typed_layers_pass_mypy() -> None:
    result = _run("mypy", "--no-error-summary", "--cache-dir", str(ROOT / ".mypy_cache"))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(), reason="needs the source tree, not an installed copy")
def test_the_code_passes_ruff() -> None:
    result = _run("ruff", "check", "--no-cache", "caseworker", "tests", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr
