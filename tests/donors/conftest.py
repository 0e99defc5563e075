from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from caseworker.domain.donors import DonorDraft
from caseworker.domain.gifts import GiftDraft
from caseworker.domain.permissions import Role
from caseworker.services.container import Services


@pytest.fixture
def fundraiser(services_for) -> Services:
    return services_for(Role.FUNDRAISER)


@pytest.fixture
def add_donor(fundraiser: Services):
    def make(first: str = "Ana", last: str = "Duarte", **extra: object) -> int:
        record, _ = fundraiser.donors.add_donor(DonorDraft(first_name=first, last_name=last, **extra))
        return record.id

    return make


@pytest.fixture
def give(fundraiser: Services):
    def make(donor_id: int, amount: str = "50.00", days_ago: int = 10, **extra: object) -> int:
        day = date.today() - timedelta(days=days_ago)
        record, _ = fundraiser.gifts.record_gift(GiftDraft(donor_id, amount, day, **extra))
        return record.id

    return make


def money(text: str) -> Decimal:
    return Decimal(text)
