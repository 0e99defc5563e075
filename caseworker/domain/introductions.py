"""The client's introduction to their worker and team, in their language and by their channel.

Pure rules, no storage:

* the introduction's wording in the client's recorded language where a text for it is shipped
  (English, Spanish and Arabic), otherwise in the organisation's language — and then it says so;
* how it reaches the client: an e-mail through the outbox for a client who prefers e-mail and has
  an address, a letter to print for post (or to hand over at a visit), a call or a text message for
  the worker to make from a script, or nothing but the record when there is no way to send it.

The texts are the client's, not the worker's: they are chosen by the client's language, never by
the language of the person signed in, and they are written here rather than translated with the
window's strings, so a Spanish letter stays Spanish whatever language the office works in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final

from caseworker.domain.channels import Channel
from caseworker.domain.guard import Weekday
from caseworker.domain.i18n import N_

#: The language of the organisation's own texts (the app's source language): the fallback.
ORG_LANGUAGE: Final = "en"

#: Language names as a client's record may hold them (a name or a code) and the codes used here.
_LANGUAGE_CODES: Final[Mapping[str, str]] = MappingProxyType({
    "en": "en", "english": "en", "es": "es", "spanish": "es", "español": "es", "espanol": "es",
    "castellano": "es", "ar": "ar", "arabic": "ar", "العربية": "ar", "عربي": "ar",
})

LANGUAGE_NAMES: Final[Mapping[str, str]] = MappingProxyType({
    "en": N_("English"), "es": N_("Spanish"), "ar": N_("Arabic"),
})

# The English source of every phrase an introduction uses; the catalogue below translates them.
TITLE = N_("Your support team")
SUBJECT = N_("Your support team for {reference}")
DEAR = N_("Dear {name},")
HELLO = N_("Hello,")
WORKER_AND_TEAM = N_("{worker} is now your worker for {reference} ({title}), with the {team} team.")
WORKER_ONLY = N_("{worker} is now your worker for {reference} ({title}).")
TEAM_ONLY = N_("The {team} team is looking after {reference} ({title}).")
OUR_TEAM = N_("Our team is looking after {reference} ({title}).")
YOUR_TEAM = N_("Your team")
NAME = N_("Name")
ROLE = N_("Role")
HOW_TO_REACH = N_("How and when to reach them")
REACH_TEAM = N_("You can reach the team at {how}.")
OR = N_(" or ")
CLOSING = N_("If anything changes, or a time does not suit you, tell us: we will contact you the way and at the "
             "times you prefer.")
KEY_WORKER = N_("key worker")
WORKER_FOR = N_("worker for {reference}")
SPECIALIST = N_("specialist")
POINT_OF_CONTACT = N_("point of contact of the {team} team")
STANDS_IN = N_("stands in for the {team} team")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_SPANISH: Final[Mapping[str, str]] = MappingProxyType({
    TITLE: "Su equipo de apoyo",
    SUBJECT: "Su equipo de apoyo para {reference}",
    DEAR: "Estimado/a {name}:",
    HELLO: "Hola:",
    WORKER_AND_TEAM: "{worker} es ahora su profesional de referencia para {reference} ({title}), con el equipo "
                     "de {team}.",
    WORKER_ONLY: "{worker} es ahora su profesional de referencia para {reference} ({title}).",
    TEAM_ONLY: "El equipo de {team} se ocupa de {reference} ({title}).",
    OUR_TEAM: "Nuestro equipo se ocupa de {reference} ({title}).",
    YOUR_TEAM: "Su equipo",
    NAME: "Nombre",
    ROLE: "Función",
    HOW_TO_REACH: "Cómo y cuándo contactar",
    REACH_TEAM: "Puede contactar con el equipo en {how}.",
    OR: " o ",
    CLOSING: "Si algo cambia o un horario no le viene bien, díganoslo: nos pondremos en contacto con usted de la "
             "forma y en los horarios que prefiera.",
    KEY_WORKER: "profesional de referencia",
    WORKER_FOR: "responsable de {reference}",
    SPECIALIST: "especialista",
    POINT_OF_CONTACT: "persona de contacto del equipo de {team}",
    STANDS_IN: "suplente del equipo de {team}",
    "Mon": "lun", "Tue": "mar", "Wed": "mié", "Thu": "jue", "Fri": "vie", "Sat": "sáb", "Sun": "dom",
})

_ARABIC: Final[Mapping[str, str]] = MappingProxyType({
    TITLE: "فريق الدعم الخاص بك",
    SUBJECT: "فريق الدعم الخاص بملفك {reference}",
    DEAR: "عزيزي/عزيزتي {name}،",
    HELLO: "مرحبًا،",
    WORKER_AND_TEAM: "أصبح {worker} الآن المسؤول عن ملفك {reference} ({title})، مع فريق {team}.",
    WORKER_ONLY: "أصبح {worker} الآن المسؤول عن ملفك {reference} ({title}).",
    TEAM_ONLY: "يتولى فريق {team} متابعة ملفك {reference} ({title}).",
    OUR_TEAM: "يتولى فريقنا متابعة ملفك {reference} ({title}).",
    YOUR_TEAM: "فريقك",
    NAME: "الاسم",
    ROLE: "الدور",
    HOW_TO_REACH: "كيف ومتى يمكن التواصل",
    REACH_TEAM: "يمكنك التواصل مع الفريق على {how}.",
    OR: " أو ",
    CLOSING: "إذا تغيّر أي شيء أو لم يناسبك موعد ما، أخبرنا: سنتواصل معك بالطريقة وفي الأوقات التي تفضّلها.",
    KEY_WORKER: "المسؤول الرئيسي عن حالتك",
    WORKER_FOR: "المسؤول عن {reference}",
    SPECIALIST: "أخصائي",
    POINT_OF_CONTACT: "جهة الاتصال في فريق {team}",
    STANDS_IN: "ينوب عن فريق {team}",
    "Mon": "الاثنين", "Tue": "الثلاثاء", "Wed": "الأربعاء", "Thu": "الخميس", "Fri": "الجمعة", "Sat": "السبت",
    "Sun": "الأحد",
})

#: The introduction texts shipped, by language code; English is the source itself.
CATALOGUE: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType({
    "en": MappingProxyType({}), "es": _SPANISH, "ar": _ARABIC,
})


def language_code(text: str) -> str:
    """``"Spanish"``, ``"es"`` or ``"es-MX"`` -> ``"es"``; anything else folded to lower case."""
    folded = (text or "").strip().casefold()
    if folded in _LANGUAGE_CODES:
        return _LANGUAGE_CODES[folded]
    base = folded.replace("_", "-").split("-")[0]
    return _LANGUAGE_CODES.get(base, folded)


@dataclass(frozen=True)
class Wording:
    """The language an introduction is written in, and whether it had to fall back to it."""

    language: str  # a code of CATALOGUE
    asked: str  # the client's language as recorded ("" when none is)
    fallback: bool  # the client's language has no text: written in the organisation's language

    def say(self, source: str, **params: Any) -> str:
        text = CATALOGUE[self.language].get(source, source)
        return text.format(**params) if params else text

    def phrases(self) -> Mapping[str, str]:
        """Every phrase in this language, keyed by its English source (for the printed letter)."""
        return CATALOGUE[self.language]

    @property
    def right_to_left(self) -> bool:
        return self.language == "ar"


def wording_for(client_language: str, org_language: str = ORG_LANGUAGE) -> Wording:
    """The client's language where a text exists for it, else the organisation's (saying so)."""
    asked = (client_language or "").strip()
    code = language_code(asked)
    if code in CATALOGUE:
        return Wording(code, asked, False)
    fallback = org_language if org_language in CATALOGUE else ORG_LANGUAGE
    # No language recorded is not a fallback worth a warning: the organisation's is the natural one.
    return Wording(fallback, asked, bool(asked))


def fallback_note(wording: Wording) -> tuple[str, dict[str, Any]]:
    """What the worker is told when the client's language has no introduction text."""
    return (N_("There is no introduction text in {asked}: it is written in {language}, the organisation's "
               "language."), {"asked": wording.asked, "language": LANGUAGE_NAMES[wording.language]})


@dataclass(frozen=True)
class Person:
    """One member of the client's team as the introduction names them."""

    name: str
    role: str  # an English source phrase of this module (KEY_WORKER, WORKER_FOR, ...)
    role_params: Mapping[str, Any]
    job_title: str = ""
    phone: str = ""
    work_days: Sequence[str] = ()  # weekday codes ("mon", "tue", ...)
    work_from: str = ""
    work_to: str = ""


def person_role(wording: Wording, person: Person) -> str:
    return wording.say(person.role, **dict(person.role_params))


def person_detail(wording: Wording, person: Person) -> str:
    """Job title, phone and working hours, in the client's language where words are involved."""
    codes = [d.value for d in Weekday]
    days = ", ".join(wording.say(WEEKDAYS[codes.index(d)]) for d in person.work_days if d in codes)
    times = f"{person.work_from}–{person.work_to}" if person.work_from and person.work_to else ""
    hours = " ".join(x for x in (days, times) if x)
    return ", ".join(p for p in (person.job_title, person.phone, hours) if p)


def opening_line(wording: Wording, *, worker: str, team: str, reference: str, title: str) -> str:
    if worker and team:
        return wording.say(WORKER_AND_TEAM, worker=worker, team=team, reference=reference, title=title)
    if worker:
        return wording.say(WORKER_ONLY, worker=worker, reference=reference, title=title)
    if team:
        return wording.say(TEAM_ONLY, team=team, reference=reference, title=title)
    return wording.say(OUR_TEAM, reference=reference, title=title)


def introduction_text(wording: Wording, *, greeting_name: str, worker: str, team: str, reference: str,
                      title: str, members: Sequence[Person], team_phone: str = "", team_email: str = "") -> str:
    """The introduction as plain text: the e-mail's body, the letter's text and the call's script."""
    lines = [wording.say(DEAR, name=greeting_name) if greeting_name else wording.say(HELLO), "",
             opening_line(wording, worker=worker, team=team, reference=reference, title=title)]
    if members:
        lines += ["", wording.say(YOUR_TEAM) + ":"]
        for m in members:
            detail = person_detail(wording, m)
            lines.append(f"- {m.name}: {person_role(wording, m)}" + (f" ({detail})" if detail else ""))
    reach = [p for p in (team_phone, team_email) if p]
    if reach:
        lines += ["", wording.say(REACH_TEAM, how=wording.say(OR).join(reach))]
    lines += ["", wording.say(CLOSING)]
    return "\n".join(lines)


# --- how it reaches the client ---------------------------------------------------------------------


class Delivery(StrEnum):
    EMAIL = "email"  # an e-mail queued in the outbox
    LETTER = "letter"  # a letter queued in the outbox to print (posted, or handed over at a visit)
    CALL = "call"  # a call for the worker to make, the script in a task
    TEXT = "text"  # a text message for the worker to send, its words in a task
    NONE = "none"  # no e-mail, address or phone to reach them by: recorded on the timeline only


# What to try, in order, for each channel the client chose; the first the client's details allow wins.
_ORDER: Final[Mapping[str, tuple[Delivery, ...]]] = MappingProxyType({
    Channel.EMAIL: (Delivery.EMAIL, Delivery.LETTER, Delivery.CALL),
    Channel.LETTER: (Delivery.LETTER, Delivery.EMAIL, Delivery.CALL),
    Channel.IN_PERSON: (Delivery.LETTER,),
    Channel.PHONE: (Delivery.CALL, Delivery.LETTER, Delivery.EMAIL),
    Channel.SMS: (Delivery.TEXT, Delivery.LETTER, Delivery.EMAIL),
    "": (Delivery.LETTER, Delivery.EMAIL, Delivery.CALL),
})


def delivery_for(channel: str, *, email: str, address: str, phone: str) -> Delivery:
    """How the introduction reaches a client who prefers *channel*, given their contact details.

    A letter for a visit needs no address: it is handed over. Otherwise each way needs its detail,
    and the next way the client can be reached is taken when the preferred one is missing.
    """
    has = {Delivery.EMAIL: bool(email.strip()), Delivery.LETTER: bool(address.strip()),
           Delivery.CALL: bool(phone.strip()), Delivery.TEXT: bool(phone.strip())}
    if channel == Channel.IN_PERSON:
        return Delivery.LETTER
    for way in _ORDER.get(channel, _ORDER[""]):
        if has[way]:
            return way
    return Delivery.NONE


def channel_of(delivery: Delivery) -> Channel:
    """The client channel a delivery uses (for the task that plans a call or a text)."""
    return {Delivery.CALL: Channel.PHONE, Delivery.TEXT: Channel.SMS, Delivery.EMAIL: Channel.EMAIL}.get(
        delivery, Channel.LETTER)


DELIVERY_HEADLINES: Final[Mapping[Delivery, str]] = MappingProxyType({
    Delivery.EMAIL: N_("The client was introduced to their worker and team: an e-mail in {language} is in the "
                       "outbox"),
    Delivery.LETTER: N_("The client was introduced to their worker and team: a letter in {language} waits in the "
                        "outbox to be printed"),
    Delivery.CALL: N_("The client was introduced to their worker and team: a call to make, with a script in "
                      "{language} in a task"),
    Delivery.TEXT: N_("The client was introduced to their worker and team: a text message in {language} to send, "
                      "in a task"),
    Delivery.NONE: N_("The client was introduced to their worker and team ({language}); there is no e-mail, "
                      "address or phone number to send it by"),
})

CALL_TASK = N_("Call {client} to introduce their worker and team")
TEXT_TASK = N_("Send {client} a text message introducing their worker and team")


__all__ = ["CATALOGUE", "DELIVERY_HEADLINES", "Delivery", "LANGUAGE_NAMES", "ORG_LANGUAGE", "Person", "Wording",
           "channel_of", "delivery_for", "fallback_note", "introduction_text", "language_code", "wording_for"]
