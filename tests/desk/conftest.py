from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from caseworker.db.database import Database
from caseworker.db.location import DatabaseLocation
from caseworker.services.accounts import AuthService
from caseworker.services.container import Services
from caseworker.services.demo import DEMO_PASSWORD, generate

DEMO_TODAY = date(2026, 11, 2)


@pytest.fixture(scope="session")
def _demo_file(tmp_path_factory: pytest.TempPathFactory, _sqlite_schema: Path) -> Path:
    """The small demo, made once; each test works on a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(_sqlite_schema, path)
    db = Database(DatabaseLocation.parse(str(path)))
    generate(db, today=DEMO_TODAY, country="GB")
    db.dispose()
    return path


@pytest.fixture
def demo_db(_demo_file: Path, tmp_path: Path):
    target = tmp_path / "demo.db"
    shutil.copyfile(_demo_file, target)
    db = Database(DatabaseLocation.parse(str(target)))
    yield db
    db.dispose()


@pytest.fixture
def demo_services(demo_db: Database):
    """``demo_services("sam")``: the services as a demo account signs in to them."""
    def make(username: str) -> Services:
        return Services(demo_db, AuthService(demo_db).sign_in(username, DEMO_PASSWORD))
    return make
