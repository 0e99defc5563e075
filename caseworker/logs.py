"""The log file: where bugs are written down (never client or donor details)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from caseworker.settings import data_dir


def log_path() -> Path:
    return data_dir() / "logs" / "caseworker.log"


def setup_logging() -> Path:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
