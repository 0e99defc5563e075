"""Donors to plan contacts with."""

from __future__ import annotations

import pytest

from caseworker.domain.donors import DonorDraft, PreferencesDraft
from caseworker.domain.permissions import Role
from caseworker.services.container import Services


@pytest.fixture
def fundraiser(services_for) -> Services:
    return services_for(Role.FUNDRAISER)


@pytest.fixture
def manager(services_for) -> Services:
    return services_for(Role.MANAGER)


def add_donor(services: Services, last_name: str = "Okafor", **prefs: object) -> int:
    donor, _ = services.donors.add_donor(DonorDraft(first_name="Ada", last_name=last_name))
    if prefs:
        services.donors.set_preferences(donor.id, PreferencesDraft(**prefs), expected_version=donor.version)
    return donor.id
