"""Two laptops saving the same record: the second is told, never silently overwritten."""

from __future__ import annotations

import pytest

from caseworker.db.database import Database
from caseworker.domain.errors import ConflictError
from caseworker.domain.permissions import Role
from caseworker.services.accounts import UserDraft
from caseworker.services.container import Services
from tests.conftest import make_user


def test_a_stale_form_is_refused_with_who_and_when(db: Database) -> None:
    admin = Services(db, make_user(db, "admin", Role.ADMIN))
    other = Services(db, make_user(db, "other", Role.ADMIN))
    target, _ = admin.accounts.add_user(UserDraft("target", "Target", frozenset({Role.CASEWORKER})), "password1")

    # Both open the same record (version 1)...
    seen_by_admin = admin.accounts.get(target.id)
    seen_by_other = other.accounts.get(target.id)
    # ...the other laptop saves first...
    other.accounts.update_user(target.id, UserDraft("target", "Renamed by Other", frozenset({Role.CASEWORKER})),
                               seen_by_other.version)
    # ...and the admin's save of the old version is refused, naming who changed it.
    with pytest.raises(ConflictError) as info:
        admin.accounts.update_user(target.id, UserDraft("target", "Renamed by Admin", frozenset({Role.CASEWORKER})),
                                   seen_by_admin.version)
    assert "Other" in info.value.text() and "meanwhile" in info.value.text()
    assert admin.accounts.get(target.id).display_name == "Renamed by Other"


def test_the_version_counter_catches_a_race_inside_the_transaction(db: Database) -> None:
    """Even when both sessions read the same version, the second UPDATE finds it moved."""
    from sqlalchemy.orm.exc import StaleDataError  # noqa: F401 - the mechanism under test

    from caseworker.db.models import User

    make_user(db, "admin", Role.ADMIN)
    with pytest.raises(ConflictError):
        with db.transaction("first") as s1:
            u1 = s1.get(User, 1)
            with db.read() as peek:
                assert peek.get(User, 1).version == u1.version
            # A concurrent writer bumps the version behind s1's back (same row, raw SQL).
            if db.dialect == "sqlite":
                # SQLite's writer lock is held by s1, so simulate the other writer inside it.
                s1.execute(User.__table__.update().where(User.id == 1).values(version=User.version + 1))
            else:
                with db.engine.connect() as other:
                    other.execute(User.__table__.update().where(User.id == 1).values(version=User.version + 1))
                    other.commit()
            u1.display_name = "lost update?"
            s1.flush()
