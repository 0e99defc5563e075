"""Supporter figures against the year before, checked exactly on hand-made gifts on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from caseworker.db.models import Donor, Gift, Touchpoint, User
from caseworker.domain.errors import NotPermitted
from caseworker.domain.permissions import Role
from caseworker.domain.statistics import Period
from caseworker.domain.supporters import GiftGroup

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
D = Decimal


@pytest.fixture
def made(db, admin) -> None:
    build_gifts(db)


def build_gifts(db) -> None:
    """Six donors' gifts from 2023 to 2026 (one voided) and four touchpoints, three overridden."""
    with db.transaction("Gifts") as s:
        ann, bob = User(username="ann", display_name="Ann", password_hash="x"), \
            User(username="bob", display_name="Bob", password_hash="x")
        donors = [Donor(first_name=f"D{i}", last_name="Test") for i in range(1, 7)]
        s.add_all([ann, bob, *donors])
        s.flush()
        d1, d2, d3, d4, d5, d6 = donors

        def gift(donor: Donor, on: str, amount: str, *, thanked: str | None = None, appeal: str = "",
                 method: str = "cash", voided: bool = False) -> None:
            s.add(Gift(donor_id=donor.id, amount=D(amount), gift_date=date.fromisoformat(on), appeal_code=appeal,
                       method=method, thanked_on=date.fromisoformat(thanked) if thanked else None,
                       voided_at=datetime(2026, 3, 1, tzinfo=UTC) if voided else None,
                       void_reason="Refunded" if voided else ""))

        gift(d1, "2025-03-01", "10.00")
        gift(d1, "2026-04-01", "20.00", thanked="2026-04-03", appeal="SPRING", method="card")
        gift(d1, "2026-09-01", "100.00", appeal="AUTUMN", method="cash")
        gift(d2, "2026-05-02", "30.00", thanked="2026-05-10", appeal="SPRING", method="card")
        gift(d3, "2024-06-01", "40.00")
        gift(d3, "2026-06-01", "50.00", thanked="2026-06-01", method="cheque")
        gift(d4, "2025-07-01", "60.00")
        gift(d5, "2023-01-01", "70.00")
        gift(d6, "2026-02-01", "5.00", voided=True)

        def touch(on: str, by: User | None) -> None:
            s.add(Touchpoint(donor_id=d1.id, when=datetime.fromisoformat(on).replace(tzinfo=UTC), channel="phone",
                             purpose="thanks", status="done", override_by_id=by.id if by else None,
                             override_reason="Asked to call back" if by else ""))

        touch("2026-03-01T10:00", ann)
        touch("2026-03-02T10:00", ann)
        touch("2025-12-31T23:00", bob)
        touch("2026-03-03T10:00", None)


def test_donors_against_the_year_before(made, services_for) -> None:
    f = services_for(Role.MANAGER).statistics.supporters(YEAR)
    assert f.previous_period == Period(date(2025, 1, 1), date(2025, 12, 31))
    assert (f.donors, f.donors_before, f.retained, f.new, f.recovered, f.lybunt, f.sybunt) == (3, 2, 1, 1, 1, 1, 1)
    assert (f.value, f.value_before, f.retained_value, f.lybunt_value, f.sybunt_value) == (
        D("200.00"), D("70.00"), D("120.00"), D("60.00"), D("70.00"))
    assert f.retention_rate == D("0.5")


def test_gifts_appeals_channels_thanks_and_overrides(made, services_for) -> None:
    f = services_for(Role.MANAGER).statistics.supporters(YEAR)
    assert (f.gifts, f.mean_gift, f.median_gift) == (4, D("50.00"), D("40.00"))
    assert f.by_appeal == (GiftGroup("AUTUMN", 1, D("100.00")), GiftGroup("", 1, D("50.00")),
                           GiftGroup("SPRING", 2, D("50.00")))
    assert f.by_channel == (GiftGroup("cash", 1, D("100.00")), GiftGroup("card", 2, D("50.00")),
                            GiftGroup("cheque", 1, D("50.00")))
    assert (f.thanked, f.not_thanked, f.median_days_to_thank) == (3, 1, D("2.0"))
    assert f.overrides_by_staff == (("Ann", 2),)


def test_an_empty_year(made, services_for) -> None:
    f = services_for(Role.MANAGER).statistics.supporters(Period(date(2030, 1, 1), date(2030, 12, 31)))
    assert (f.donors, f.gifts, f.mean_gift, f.median_gift, f.median_days_to_thank, f.retention_rate) == (
        0, 0, None, None, None, None)
    assert f.sybunt == 5  # everyone gave before 2029 and in neither year since (the voided gift is no gift)


def test_caseworkers_never_see_supporters(made, services_for) -> None:
    for role in (Role.CASEWORKER, Role.FUNDRAISER):
        with pytest.raises(NotPermitted):
            services_for(role).statistics.supporters(YEAR)


def test_contacts_the_guard_counts_against_the_policy(made, db, services_for) -> None:
    """Planned and done contacts count; cancelled ones, exempt thanks and those outside the year do not."""
    with db.transaction("Contacts") as s:
        d2, d3 = (s.scalar(select(Donor.id).where(Donor.first_name == name)) for name in ("D2", "D3"))

        def touch(donor: int, on: str, *, purpose: str = "update", status: str = "done") -> None:
            s.add(Touchpoint(donor_id=donor, when=datetime.fromisoformat(on).replace(tzinfo=UTC), channel="email",
                             purpose=purpose, status=status))

        touch(d2, "2026-01-05T09:00")
        touch(d2, "2026-02-05T09:00", purpose="ask")
        touch(d2, "2026-12-31T23:59", status="planned")
        touch(d2, "2026-06-05T09:00", status="cancelled")
        touch(d3, "2026-07-05T09:00", purpose="invite")
        touch(d3, "2025-12-31T23:59")
        touch(d3, "2027-01-01T00:00")
    f = services_for(Role.MANAGER).statistics.supporters(YEAR)
    # The fixture's four thanks calls to D1 are exempt from the policy by default.
    assert (f.touchpoints, f.donors_contacted, f.most_to_one_donor) == (4, 2, 3)
    assert (f.window_days, f.max_in_window) == (30, 3)
    assert f.touchpoints_per_window == (D(4 * 30) / (2 * 365)).quantize(D("0.01")) == D("0.16")
    empty = services_for(Role.MANAGER).statistics.supporters(Period(date(2030, 1, 1), date(2030, 12, 31)))
    assert (empty.touchpoints, empty.donors_contacted, empty.touchpoints_per_window) == (0, 0, None)
