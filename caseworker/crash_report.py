"""Crash reports that stay on the laptop until someone chooses to send one.

An unexpected error (a bug) is written down as a short text file beside the log: the app's version,
the platform, the action that failed and where in the program it failed. Never the data: no
exception message (a message may quote the name being saved, and database errors quote the values
of the statement), no local variables, no file paths outside the program (a path may hold the
user's name). What is left is enough to find the bug in the same version's source.
"""

from __future__ import annotations

import os
import platform
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from caseworker import __version__

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
MAX_CHAIN = 5


@dataclass(frozen=True)
class Frame:
    file: str
    line: int
    function: str
    module: str


@dataclass(frozen=True)
class CrashReport:
    action: str
    text: str

    def file_name(self, when: datetime) -> str:
        return f"caseworker-crash-{when.astimezone(UTC):%Y%m%dT%H%M%SZ}.txt"


def _frames(tb: TracebackType | None) -> list[Frame]:
    found = []
    while tb is not None:
        code = tb.tb_frame.f_code
        found.append(Frame(_program_path(code.co_filename), tb.tb_lineno, code.co_qualname,
                           str(tb.tb_frame.f_globals.get("__name__", ""))))
        tb = tb.tb_next
    return found


def _program_path(filename: str) -> str:
    """A file's path inside the program or its libraries, never a folder of the user's."""
    path = Path(filename)
    parts = path.parts
    for marker in ("site-packages", "dist-packages", "_internal"):
        if marker in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(marker):])
    try:
        return path.resolve().relative_to(_PACKAGE_ROOT).as_posix()
    except (ValueError, OSError):
        return path.name


def _type_name(exc: BaseException) -> str:
    cls = type(exc)
    name = cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error: name that one too
    if isinstance(orig, BaseException):
        name += f" (from {type(orig).__module__}.{type(orig).__qualname__})"
    return name


def action_of(exc: BaseException) -> str:
    """The user action that failed: the outermost service method in the stack, else the program's."""
    frames = _frames(exc.__traceback__)
    for prefixes in (("caseworker.services.",), ("caseworker.",)):
        for frame in frames:
            if frame.module.startswith(prefixes) and frame.module != "caseworker.ui.runner":
                return f"{frame.module}.{frame.function}"
    return "unknown"


def _chain(exc: BaseException) -> list[BaseException]:
    chain = [exc]
    while len(chain) < MAX_CHAIN:
        nxt = chain[-1].__cause__ or chain[-1].__context__
        if nxt is None or nxt in chain:
            break
        chain.append(nxt)
    return chain


def build_report(exc: BaseException, *, toolkit: str = "", database: str = "",
                 when: datetime | None = None) -> CrashReport:
    """The report of *exc*: version, platform, the action, the stack; nothing of the data."""
    when = when or datetime.now(UTC)
    action = action_of(exc)
    build = "bundle" if getattr(sys, "frozen", False) else "source"
    lines = [
        "Caseworker crash report",
        "",
        "This report holds no client or donor data: the error's message, the values the program",
        "was working on and the folders on this computer are left out. It shows only where in",
        "the program the problem happened.",
        "",
        f"Caseworker: {__version__} ({build})",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Platform: {platform.system()} {platform.release()} ({platform.machine()})",
    ]
    if toolkit:
        lines.append(f"Window toolkit: {toolkit}")
    if database:
        lines.append(f"Database: {database}")
    lines += [f"Time: {when.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}", f"Action: {action}", ""]
    for n, link in enumerate(_chain(exc)):
        heading = "Error" if n == 0 else "While handling, or caused by"
        lines.append(f"{heading}: {_type_name(link)}")
        code = getattr(link, "code", None)
        if isinstance(code, str) and code.isidentifier():
            lines.append(f"  kind: {code}")
        lines.append("  stack, most recent call last:")
        lines += [f"    {f.file}:{f.line} in {f.function}" for f in _frames(link.__traceback__)]
        lines.append("")
    return CrashReport(action, "\n".join(lines))


def write_report(report: CrashReport, folder: Path, when: datetime | None = None) -> Path:
    """Keep *report* in *folder* (readable by this user only); returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / report.file_name(when or datetime.now(UTC))
    path.write_text(report.text, encoding="utf-8")
    os.chmod(path, 0o600)
    return path
