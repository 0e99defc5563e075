"""How people reach each other: one vocabulary of channels, and the subsets each record allows.

A donor's touchpoint, a client's preferred way of being contacted and the way a meeting is held
all name a channel from :class:`Channel`, with one label each. Each record allows only its own
subset, checked wherever values come in:

* :data:`TOUCHPOINT_CHANNELS`: what the contact guard counts (its worked cases in
  ``../shared/contact-guard-vectors.json`` name exactly these);
* :data:`CLIENT_CHANNELS`: how a client would like to be reached;
* :data:`MEETING_CHANNELS`: how a meeting is held.

One thing has one value: a client who wants post wants a *letter*, as a touchpoint by post is a
letter. ``in_person`` and ``site_visit`` stay apart from the touchpoint ``visit``, though both
count as one (:func:`as_touchpoint`): the guard's ``visit`` means any face-to-face contact, which
its quiet hours and days treat alike, while a meeting (and a client's wish) tells a meeting in
person from going out to see someone where they are, which the calendar and the agenda show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from caseworker.domain.errors import ValidationError
from caseworker.domain.i18n import N_


class Channel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    LETTER = "letter"
    VISIT = "visit"
    VIDEO = "video"
    EVENT = "event"
    IN_PERSON = "in_person"
    SITE_VISIT = "site_visit"


#: The one label of each channel, as it reads inside a sentence ("contacted by letter"); a choice
#: box or a line that starts with one capitalises it (:func:`capitalised`).
CHANNEL_LABELS: Final[Mapping[Channel, str]] = MappingProxyType({
    Channel.PHONE: N_("phone"),
    Channel.SMS: N_("text message"),
    Channel.EMAIL: N_("email"),
    Channel.LETTER: N_("letter"),
    Channel.VISIT: N_("visit"),
    Channel.VIDEO: N_("video call"),
    Channel.EVENT: N_("event"),
    Channel.IN_PERSON: N_("in person"),
    Channel.SITE_VISIT: N_("site visit"),
})

#: What a client with no preferred channel shows.
NO_PREFERENCE: Final = N_("No preference")

TOUCHPOINT_CHANNELS: Final[tuple[Channel, ...]] = (
    Channel.PHONE, Channel.SMS, Channel.EMAIL, Channel.LETTER, Channel.VISIT, Channel.VIDEO, Channel.EVENT)
CLIENT_CHANNELS: Final[tuple[Channel, ...]] = (
    Channel.PHONE, Channel.SMS, Channel.EMAIL, Channel.LETTER, Channel.IN_PERSON)
MEETING_CHANNELS: Final[tuple[Channel, ...]] = (
    Channel.IN_PERSON, Channel.PHONE, Channel.VIDEO, Channel.SITE_VISIT)

#: How the guard's reasons name contacts by a channel in general ("no phone calls on Sundays").
CHANNEL_PLURAL_LABELS: Final[Mapping[Channel, str]] = MappingProxyType({
    Channel.PHONE: N_("phone calls"),
    Channel.SMS: N_("text messages"),
    Channel.EMAIL: N_("emails"),
    Channel.LETTER: N_("letters"),
    Channel.VISIT: N_("visits"),
    Channel.VIDEO: N_("video calls"),
    Channel.EVENT: N_("events"),
})

#: One contact with a client by their channel, as the check-in advice and tasks phrase it
#: ("the client asked for a phone call, not a visit").
CHANNEL_PHRASES: Final[Mapping[Channel, str]] = MappingProxyType({
    Channel.PHONE: N_("a phone call"),
    Channel.SMS: N_("a text message"),
    Channel.EMAIL: N_("an e-mail"),
    Channel.LETTER: N_("a letter"),
    Channel.IN_PERSON: N_("a visit"),
})

_AS_TOUCHPOINT: Final[Mapping[Channel, Channel]] = MappingProxyType({
    Channel.IN_PERSON: Channel.VISIT, Channel.SITE_VISIT: Channel.VISIT})

# Words an import reads as a channel besides its value and its label ("post" is how clients'
# spreadsheets, and clients' records before migration 0020, named a letter).
_SYNONYMS: Final[Mapping[str, Channel]] = MappingProxyType({
    "post": Channel.LETTER, "postal": Channel.LETTER, "by post": Channel.LETTER,
    "telephone": Channel.PHONE, "phone call": Channel.PHONE, "call": Channel.PHONE,
    "text": Channel.SMS, "texts": Channel.SMS,
    "e-mail": Channel.EMAIL, "e mail": Channel.EMAIL,
    "face to face": Channel.IN_PERSON, "in-person": Channel.IN_PERSON, "visit": Channel.IN_PERSON,
})


def as_touchpoint(channel: Channel) -> Channel:
    """The touchpoint channel a contact by *channel* counts as for the guard."""
    return _AS_TOUCHPOINT.get(channel, channel)


def capitalised(text: str) -> str:
    """A label that starts a line or a list entry ("email" -> "Email")."""
    return text[:1].upper() + text[1:]


def channel_in(value: object, allowed: Iterable[Channel], field: str, message: str) -> Channel:
    """*value* as a channel of *allowed*, or a ValidationError naming *field* with *message*."""
    text = value.strip() if isinstance(value, str) else value
    for channel in allowed:
        if text == channel.value:
            return channel
    raise ValidationError(field, message)


def read_channel(value: str, allowed: Iterable[Channel], field: str,
                 words: Mapping[str, Channel] | None = None) -> Channel | None:
    """A channel as a person types it in a spreadsheet: its value, its label (in English or as
    *words* gives the translations), or a common synonym ("post" is a letter); empty is None.

    A channel outside *allowed* is refused naming *field* and listing the ones it takes."""
    text = " ".join(value.replace("_", " ").split()).casefold()
    if not text:
        return None
    choices = tuple(allowed)
    named = {" ".join(w.split()).casefold(): c for w, c in (words or {}).items()}
    candidates = [c for c in Channel if text in (c.value.replace("_", " "), CHANNEL_LABELS[c].casefold())]
    candidates += [found for found in (named.get(text), _SYNONYMS.get(text)) if found is not None]
    for channel in candidates:
        if channel in choices:
            return channel
    raise ValidationError(field, N_("'{text}' is not a channel this record takes ({known})."),
                          text=value.strip()[:40], known=", ".join(CHANNEL_LABELS[c] for c in choices))


__all__ = ["CHANNEL_LABELS", "CHANNEL_PHRASES", "CHANNEL_PLURAL_LABELS", "CLIENT_CHANNELS", "MEETING_CHANNELS",
           "NO_PREFERENCE", "TOUCHPOINT_CHANNELS", "Channel", "as_touchpoint", "capitalised", "channel_in",
           "read_channel"]
