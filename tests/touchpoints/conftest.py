"""Donors to plan contacts with.

The office here keeps no quiet days: the tests plan calls a number of days from today, and a
weekend must not decide their outcome. Quiet days have tests of their own that set them."""

from __future__ import annotations

import pytest

from caseworker.domain.donors import DonorDraft, PreferencesDraft
from caseworker.domain.permissions import Role
from caseworker.services.container import Services


@pytest.fixture
def manager(services_for) -> Services:
    services = services_for(Role.MANAGER)
    services.contact_policy.update({"quiet_days": None})
    return services


@pytest.fixture
def fundraiser(services_for, manager) -> Services:
    return services_for(Role.FUNDRAISER)


def add_donor(services: Services, last_name: str = "Okafor", **prefs: object) -> int:
    donor, _ = services.donors.add_donor(DonorDraft(first_name="Ada", last_name=last_name))
    if prefs:
        services.donors.set_preferences(donor.id, PreferencesDraft(**prefs), expected_version=donor.version)
    return donor.id
