"""One channel vocabulary: each record takes its own subset and refuses the others' values plainly."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from caseworker.domain import guard
from caseworker.domain.care import RecordKind, RhythmDraft, TaskDraft, validate_rhythm, validate_task
from caseworker.domain.channels import (
    CHANNEL_LABELS,
    CLIENT_CHANNELS,
    MEETING_CHANNELS,
    TOUCHPOINT_CHANNELS,
    Channel,
    as_touchpoint,
    read_channel,
)
from caseworker.domain.clients import ClientDraft, validate_client
from caseworker.domain.donors import check_channels
from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.guard_scenario import parse_scenario
from caseworker.domain.meetings import MeetingDraft, validate_meeting
from caseworker.services.touchpoints import TouchpointDraft, validate_draft

WHEN = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)
TODAY = date(2026, 11, 2)


def _client(channel: str) -> ClientDraft:
    return validate_client(ClientDraft("Ada", "Writer", phone="+44 7911 123456", email="ada@example.org",
                                       contact_channel=channel), today=TODAY, region="GB")


def _meeting(channel: Channel) -> MeetingDraft:
    return validate_meeting(MeetingDraft("Review", WHEN, WHEN + timedelta(hours=1), "UTC", channel))


def _field_errors(exc: ValidationError | ValidationErrors) -> dict[str, str]:
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return {e.field: e.message for e in errors}


def test_the_guard_counts_exactly_the_touchpoint_channels_it_always_had() -> None:
    # ../shared/contact-guard-vectors.json names these values; a change here breaks them.
    assert [c.value for c in TOUCHPOINT_CHANNELS] == ["phone", "sms", "email", "letter", "visit", "video", "event"]
    assert guard.Channel is Channel
    assert set(CHANNEL_LABELS) == set(Channel)
    assert {as_touchpoint(c) for c in MEETING_CHANNELS} <= set(TOUCHPOINT_CHANNELS)
    assert {as_touchpoint(c) for c in CLIENT_CHANNELS} <= set(TOUCHPOINT_CHANNELS)


@pytest.mark.parametrize("value", ["visit", "site_visit", "video", "event", "post"])
def test_a_client_takes_only_a_clients_channels(value: str) -> None:
    with pytest.raises(ValidationErrors) as err:
        _client(value)
    assert _field_errors(err.value) == {"contact_channel": "Choose a contact channel from the list."}


def test_a_client_who_wants_letters_keeps_letter() -> None:
    assert _client("letter").contact_channel == "letter"
    assert _client(" in_person ").contact_channel == "in_person"


@pytest.mark.parametrize("value", ["visit", "site_visit", "post"])
def test_a_rhythm_and_a_planned_contact_take_only_a_clients_channels(value: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_rhythm(RhythmDraft(14, value))
    assert _field_errors(err.value) == {"channel": "Choose a contact channel from the list."}
    with pytest.raises(ValidationError) as err:
        validate_task(TaskDraft("Check in", WHEN, RecordKind.CLIENT, 1, channel=value))
    assert _field_errors(err.value) == {"channel": "Choose a contact channel from the list."}
    assert validate_rhythm(RhythmDraft(14, "letter")).channel == "letter"


@pytest.mark.parametrize("value", ["in_person", "site_visit", "post"])
def test_a_touchpoint_takes_only_the_guards_channels(value: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_draft(TouchpointDraft(1, WHEN, value, "update"), WHEN)
    assert _field_errors(err.value) == {"channel": "Choose how to contact the supporter."}
    with pytest.raises(ValidationError) as err:
        check_channels([value], "preferred_channels")
    assert (err.value.field, err.value.message) == ("preferred_channels", "'{channel}' is not a channel.")
    with pytest.raises(ValidationError) as err:
        parse_scenario({"proposal": {"when": "2026-01-01T10:00:00Z", "channel": value, "purpose": "update"}})
    assert err.value.field == "proposal.channel"
    assert err.value.params["known"] == "phone, sms, email, letter, visit, video, event"


@pytest.mark.parametrize("channel", [Channel.IN_PERSON, Channel.SITE_VISIT])
def test_the_guard_weighs_a_meeting_as_the_visit_it_counts_as(channel: Channel) -> None:
    with pytest.raises(ValidationError) as err:
        guard.Proposal(WHEN, channel, guard.Purpose.UPDATE)
    assert err.value.field == "channel"
    assert guard.Proposal(WHEN, as_touchpoint(channel), guard.Purpose.UPDATE).channel is Channel.VISIT


@pytest.mark.parametrize("value", [Channel.LETTER, Channel.VISIT, Channel.SMS, Channel.EVENT])
def test_a_meeting_takes_only_a_meetings_modes(value: Channel) -> None:
    with pytest.raises(ValidationErrors) as err:
        _meeting(value)
    assert _field_errors(err.value) == {"channel": "Choose how the meeting is held from the list."}
    assert _meeting(Channel.SITE_VISIT).channel is Channel.SITE_VISIT


@pytest.mark.parametrize(("typed", "allowed", "expected"), [
    ("post", CLIENT_CHANNELS, Channel.LETTER),
    ("Post", CLIENT_CHANNELS, Channel.LETTER),
    ("Letter", CLIENT_CHANNELS, Channel.LETTER),
    ("letter", TOUCHPOINT_CHANNELS, Channel.LETTER),
    ("Text message", CLIENT_CHANNELS, Channel.SMS),
    ("E-mail", CLIENT_CHANNELS, Channel.EMAIL),
    ("in person", CLIENT_CHANNELS, Channel.IN_PERSON),
    ("in_person", CLIENT_CHANNELS, Channel.IN_PERSON),
    ("visit", CLIENT_CHANNELS, Channel.IN_PERSON),
    ("visit", TOUCHPOINT_CHANNELS, Channel.VISIT),
    ("Carta", CLIENT_CHANNELS, Channel.LETTER),
    ("  ", CLIENT_CHANNELS, None),
])
def test_an_import_reads_values_labels_and_synonyms(typed: str, allowed: tuple[Channel, ...],
                                                     expected: Channel | None) -> None:
    assert read_channel(typed, allowed, "contact_channel", {"carta": Channel.LETTER}) is expected


@pytest.mark.parametrize(("typed", "allowed"), [("site visit", CLIENT_CHANNELS), ("pigeon", CLIENT_CHANNELS),
                                                ("in person", TOUCHPOINT_CHANNELS), ("letter", MEETING_CHANNELS)])
def test_an_import_refuses_a_channel_the_record_does_not_take(typed: str, allowed: tuple[Channel, ...]) -> None:
    with pytest.raises(ValidationError) as err:
        read_channel(typed, allowed, "contact_channel")
    assert err.value.field == "contact_channel"
    assert err.value.params == {"text": typed, "known": ", ".join(CHANNEL_LABELS[c] for c in allowed)}
