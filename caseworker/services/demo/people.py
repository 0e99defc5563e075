"""Demo staff accounts (an administrator ``demo`` / ``demo`` and a small team) and the letterhead."""

from __future__ import annotations

import json

from caseworker.db.base import utcnow
from caseworker.db.models import OrgSetting, Team, User, UserRole, UserSpecialty
from caseworker.services import passwords
from caseworker.services.demo import DEMO_ADMIN, DEMO_PASSWORD, DemoContext

TEAMS = ["Advice", "Housing", "Fundraising"]
# username, name, roles, team, specialties
STAFF = [
    (DEMO_ADMIN, "Demo Administrator", ["admin", "manager"], "Advice", []),
    ("maria", "Maria Okafor", ["manager"], "Advice", ["benefits"]),
    ("sam", "Sam Lindqvist", ["caseworker"], "Advice", ["benefits", "debt"]),
    ("priya", "Priya Raman", ["caseworker"], "Housing", ["housing"]),
    ("tom", "Tom Achterberg", ["caseworker"], "Housing", ["housing", "health"]),
    ("lena", "Lena Kowalczyk", ["caseworker"], "Advice", ["health", "immigration"]),
    ("joe", "Joe Mensah", ["fundraiser"], "Fundraising", []),
    ("ana", "Ana Duarte", ["fundraiser", "caseworker"], "Fundraising", []),
]


# The letterhead every demo document prints.
ORGANISATION = {
    "name": "Riverside Community Advice",
    "address": ["12 Mill Lane", "York YO1 7HP", "United Kingdom"],
    "registration_number": "1187654",
    "receipt_place_of_issue": "York",
    "receipt_signatory": "Maria Okafor, Director",
}


# The same charity in each country ``caseworker demo --country`` knows: its letterhead and the
# settings that country's paperwork follows.
COUNTRY_ORGANISATIONS: dict[str, dict[str, object]] = {
    "GB": {**ORGANISATION, "country": "GB", "currency": "GBP", "timezone": "Europe/London", "receipt_style": "UK"},
    "CA": {"name": "Riverside Community Advice", "address": ["12 Mill Street", "Kingston ON K7L 1A1", "Canada"],
           "registration_number": "118765432RR0001", "receipt_place_of_issue": "Kingston, ON",
           "receipt_signatory": "Maria Okafor, Director", "country": "CA", "currency": "CAD",
           "timezone": "America/Toronto", "receipt_style": "CA"},
    "US": {"name": "Riverside Community Advice", "address": ["12 Mill Street", "Springfield, IL 62701"],
           "registration_number": "12-3456789", "receipt_place_of_issue": "Springfield, IL",
           "receipt_signatory": "Maria Okafor, Director", "country": "US", "currency": "USD",
           "timezone": "America/Chicago", "receipt_style": "US"},
}


def populate(ctx: DemoContext) -> None:
    now = utcnow()
    organisation = COUNTRY_ORGANISATIONS[ctx.country or "GB"]
    ctx.bulk_insert(OrgSetting.__table__, [
        {"key": key, "value": json.dumps(value), "created_at": now, "updated_at": now, "version": 1}
        for key, value in organisation.items()])
    # One hash serves every demo account: they share the published password.
    pw_hash = passwords.hash_password(DEMO_PASSWORD)
    team_ids = {}
    for i, name in enumerate(TEAMS, start=1):
        ctx.conn.execute(Team.__table__.insert().values(
            id=i, name=name, description="", active=True, created_at=now, updated_at=now, version=1))
        team_ids[name] = i
    for uid, (username, display, roles, team, specialties) in enumerate(STAFF, start=1):
        ctx.conn.execute(User.__table__.insert().values(
            id=uid, username=username, display_name=display, password_hash=pw_hash, active=True,
            team_id=team_ids[team], email=f"{username}@example.org", failed_sign_ins=0,
            created_at=now, updated_at=now, version=1))
        ctx.bulk_insert(UserRole.__table__, [{"user_id": uid, "role": r} for r in roles])
        if specialties:
            ctx.bulk_insert(UserSpecialty.__table__, [{"user_id": uid, "specialty": s} for s in specialties])
        ctx.users[username] = uid
        for role in roles:
            ctx.staff.setdefault(role, []).append(uid)
