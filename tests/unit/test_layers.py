"""The layers import only what they may: read from the source, so a lazy import inside a function
counts as much as one at the top of a module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "caseworker"


def _modules(layer: str | None = None) -> list[Path]:
    root = PACKAGE / layer if layer else PACKAGE
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def _imports(path: Path) -> set[str]:
    """Every module *path* imports, at any depth of its code."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from a.b import c" may import the module a.b.c: keep the full name.
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _offenders(layer: str, refused: tuple[str, ...]) -> list[str]:
    bad = []
    for path in _modules(layer):
        for name in _imports(path):
            if any(name == r or name.startswith(r + ".") for r in refused):
                bad.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return bad


def test_only_the_ui_imports_qt() -> None:
    bad = []
    for path in _modules():
        if (PACKAGE / "ui") in path.parents:
            continue
        bad += [f"{path.relative_to(PACKAGE.parent)} imports {name}" for name in _imports(path)
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")]
    assert bad == []


def test_the_domain_imports_only_the_domain() -> None:
    bad = []
    for path in _modules("domain"):
        bad += [f"{path.relative_to(PACKAGE.parent)} imports {name}" for name in _imports(path)
                if name.startswith("caseworker") and not name.startswith("caseworker.domain")]
        bad += [f"{path.relative_to(PACKAGE.parent)} imports {name}" for name in _imports(path)
                if name.split(".")[0] in ("sqlalchemy", "alembic", "reportlab", "PySide6")]
    assert bad == []


def test_reports_never_import_storage_services_or_the_ui() -> None:
    assert _offenders("reports", ("caseworker.db", "caseworker.services", "caseworker.ui", "sqlalchemy")) == []


def test_services_never_import_the_ui_or_reports() -> None:
    assert _offenders("services", ("caseworker.ui", "caseworker.reports")) == []


def test_the_documents_a_service_fills_are_plain_python() -> None:
    path = PACKAGE / "domain" / "documents.py"
    assert {n.split(".")[0] for n in _imports(path)} <= {"__future__", "dataclasses", "datetime", "decimal",
                                                        "enum", "pathlib", "typing", "collections", "caseworker"}
    assert all(n.startswith("caseworker.domain") for n in _imports(path) if n.startswith("caseworker"))


def test_the_command_line_does_not_load_qt() -> None:
    code = ("import sys, caseworker.cli.main as m; m.build_parser(); "
            "print(sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=PACKAGE.parent)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("layer", ["domain", "db", "services", "reports", "cli", "ui"])
def test_each_layer_exists_and_parses(layer: str) -> None:
    assert _modules(layer), f"no modules in caseworker/{layer}"


def test_views_never_reach_into_storage() -> None:
    """Even the window's start opens the database through a service (the one the command line uses)."""
    assert _offenders("ui", ("caseworker.db", "sqlalchemy")) == []


def test_service_getters_share_one_naming_style() -> None:
    """A service reads its own record with ``get(id)``, another record it keeps by that record's
    noun (``household(id)``, ``template(id)``) and lists with ``list_…``: no ``get_x``/``fetch_x``
    beside them, so a reader never wonders which of two spellings a service uses."""
    refused = ("get_", "fetch_", "load_", "find_", "lookup_", "retrieve_")
    bad = []
    for path in _modules("services"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            for fn in cls.body:
                if isinstance(fn, ast.FunctionDef) and fn.name.startswith(refused):
                    bad.append(f"{path.relative_to(PACKAGE.parent)}: {cls.name}.{fn.name}")
    assert bad == []


def test_the_command_line_reaches_records_only_through_services() -> None:
    """Commands sign in and act through services, which check roles and write the audit log: none
    opens a session, names a table or builds a query itself."""
    assert _offenders("cli", ("sqlalchemy", "caseworker.db")) == []


def test_window_code_reaches_services_only_inside_an_operation() -> None:
    """Services are handed to a Read's or a Write's function on the worker: no window module
    holds them (``ctx.services``) or asks for them itself (``worker_services()``)."""
    allowed = {PACKAGE / "ui" / "context.py", PACKAGE / "ui" / "operations.py"}
    bad = []
    for path in _modules("ui"):
        if path in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Attribute) and node.attr in ("services", "worker_services") \
                    and isinstance(node.value, (ast.Name, ast.Attribute)) \
                    and (getattr(node.value, "id", None) or getattr(node.value, "attr", None)) in ("ctx", "context"):
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert bad == []
