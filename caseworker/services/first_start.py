"""A new office's first start: its administrator and its organisation, from one dialog."""

from __future__ import annotations

from caseworker.db.database import Database
from caseworker.domain.org import OrgSettings, validate_org_settings
from caseworker.domain.records import Actor
from caseworker.services.accounts import AuthService, UserDraft


def start_new_office(db: Database, admin: UserDraft, password: str, org: OrgSettings) -> Actor:
    """Create the first administrator, then save the organisation's name, country and currency.

    The organisation's settings are checked before anything is written, so a mistake in them
    creates no account; the settings are then saved by the new administrator like any change to
    them (audited).
    """
    org = validate_org_settings(org)
    actor = AuthService(db).create_first_admin(admin, password)
    from caseworker.services.container import Services

    Services(db, actor).settings.update(org)
    return actor
