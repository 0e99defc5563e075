"""Letter and e-mail templates: merge fields, conditional blocks, and a sandbox they cannot leave.

A template is a subject and a body written in Jinja2's syntax (``{{ donor.salutation }}``,
``{% if gift.first_gift %}…{% endif %}``), rendered by Jinja2's :class:`SandboxedEnvironment`, so
a template typed by a member of staff can never call into Python, reach an object's internals or
read a file. ``StrictUndefined`` turns a missing value into an error rather than a blank, and
:func:`check_template` compares every ``group.field`` the template names with the catalogue of
merge fields before anything is rendered, so the error names the field that does not exist.

The body is plain text (paragraphs separated by a blank line); the HTML part of an e-mail is made
from the rendered text by escaping it, so nothing a donor's name contains can become markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Final

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.i18n import N_
from caseworker.domain.permissions import Action
from caseworker.domain.records import Actor

SUBJECT_LIMIT: Final = 300
BODY_LIMIT: Final = 50_000
NAME_LIMIT: Final = 120


class TemplateKind(StrEnum):
    EMAIL = "email"
    LETTER = "letter"


class TemplatePurpose(StrEnum):
    """The guard's purposes, plus ``receipt``: paperwork owed by law, never a touchpoint."""

    THANKS = "thanks"
    ASK = "ask"
    UPDATE = "update"
    INVITE = "invite"
    RECEIPT = "receipt"
    OTHER = "other"


class Audience(StrEnum):
    DONORS = "donors"
    CLIENTS = "clients"


class Attachment(StrEnum):
    NONE = ""
    RECEIPT = "receipt"
    LETTER = "letter"


class Fallback(StrEnum):
    """What a donor who opted out of e-mail (or has no address) gets instead."""

    LETTER = "letter"
    NOTHING = "none"


PURPOSE_LABELS: Final[Mapping[TemplatePurpose, str]] = MappingProxyType({
    TemplatePurpose.THANKS: N_("Thank-you"),
    TemplatePurpose.ASK: N_("Appeal"),
    TemplatePurpose.UPDATE: N_("Update"),
    TemplatePurpose.INVITE: N_("Invitation"),
    TemplatePurpose.RECEIPT: N_("Receipt cover"),
    TemplatePurpose.OTHER: N_("Other"),
})

KIND_LABELS: Final[Mapping[TemplateKind, str]] = MappingProxyType({
    TemplateKind.EMAIL: N_("E-mail"),
    TemplateKind.LETTER: N_("Letter"),
})

AUDIENCE_LABELS: Final[Mapping[Audience, str]] = MappingProxyType({
    Audience.DONORS: N_("Donors"),
    Audience.CLIENTS: N_("Clients"),
})

#: Every merge field a template may name, by group, with what it holds (shown in the editor).
DONOR_FIELDS: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType({
    "donor": MappingProxyType({
        "name": N_("Full name, or the organisation's name"),
        "first_name": N_("First name"),
        "last_name": N_("Last name"),
        "salutation": N_("How a letter to them begins, e.g. Dear Ana"),
        "household_greeting": N_("The household's greeting, or the salutation"),
        "email": N_("E-mail address"),
        "address": N_("Postal address, one line each"),
        "gift_count": N_("Number of gifts so far"),
        "lifetime_total": N_("Total given"),
    }),
    "gift": MappingProxyType({
        "amount": N_("The gift's amount with its currency"),
        "date": N_("The gift's date"),
        "fund": N_("The fund it went to"),
        "appeal": N_("The appeal it answered"),
        "receipt_number": N_("Its receipt number (empty when none)"),
        "first_gift": N_("Yes when this is the donor's first gift"),
        "in_kind": N_("What was given, for a gift in kind"),
    }),
})

CLIENT_FIELDS: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType({
    "client": MappingProxyType({
        "name": N_("Full name"),
        "first_name": N_("First name"),
        "last_name": N_("Last name"),
        "preferred_name": N_("The name they go by"),
        "salutation": N_("How a letter to them begins, e.g. Dear Sam"),
        "address": N_("Postal address, one line each"),
        "language": N_("Preferred language"),
    }),
    "case": MappingProxyType({
        "reference": N_("Case reference"),
        "title": N_("Case title"),
        "category": N_("Category"),
        "status": N_("Status"),
        "opened": N_("Date opened"),
        "due": N_("Date due"),
        "outcome": N_("Outcome, once resolved"),
        "appointment": N_("The date and time of the next appointment (empty when none)"),
    }),
})

COMMON_FIELDS: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType({
    "worker": MappingProxyType({
        "name": N_("The signed-in worker's name"),
        "signature": N_("Their signature block"),
    }),
    "org": MappingProxyType({
        "name": N_("The organisation's name"),
        "address": N_("Its address, one line each"),
        "registration_number": N_("Its registration number"),
        "letterhead": N_("Name and address as one block"),
    }),
    "today": MappingProxyType({}),
})


#: Language names as a client's record may hold them, and the codes a template may be marked with.
LANGUAGE_CODES: Final[Mapping[str, str]] = MappingProxyType({
    "english": "en", "spanish": "es", "español": "es", "french": "fr", "français": "fr", "german": "de",
    "portuguese": "pt", "polish": "pl", "polski": "pl", "ukrainian": "uk", "russian": "ru", "arabic": "ar",
    "hebrew": "he", "greek": "el", "farsi": "fa", "persian": "fa", "urdu": "ur", "romanian": "ro",
    "somali": "so", "turkish": "tr", "italian": "it", "chinese": "zh", "mandarin": "zh", "vietnamese": "vi",
})


def language_code(text: str) -> str:
    """``"Spanish"`` or ``"es"`` -> ``"es"``; an unknown name is kept, folded to lower case."""
    folded = text.strip().lower()
    return LANGUAGE_CODES.get(folded, folded)


def audiences_for(actor: Actor) -> list[Audience]:
    """Whose templates *actor* may reach: caseworkers never reach donors', fundraisers never clients'."""
    out = []
    if actor.can(Action.READ_DONORS):
        out.append(Audience.DONORS)
    if actor.can(Action.READ_CLIENTS):
        out.append(Audience.CLIENTS)
    return out


def fields_for(audience: Audience) -> Mapping[str, Mapping[str, str]]:
    own = DONOR_FIELDS if audience is Audience.DONORS else CLIENT_FIELDS
    return {**own, **COMMON_FIELDS}


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


class _Environment(SandboxedEnvironment):
    """The sandbox, with the few template features a letter needs and nothing else."""

    def __init__(self) -> None:
        # Blocks keep the line breaks around them (a letter's paragraphs are its blank lines);
        # the blank lines an empty block leaves behind are folded after rendering.
        super().__init__(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
        # No file system loader, no extensions: a template cannot include or import another.
        self.globals.clear()


_ENV: Final = _Environment()
_UNDEFINED_NAME = re.compile(r"^'([A-Za-z_][A-Za-z0-9_]*)' is undefined$")
_NO_ATTRIBUTE = re.compile(r"has no attribute '([^']+)'")
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def _parse(source: str, field: str) -> nodes.Template:
    try:
        return _parsed(source)
    except TemplateSyntaxError as exc:
        raise ValidationError(field, N_("The template cannot be read at line {line}: {problem}"),
                              line=exc.lineno, problem=exc.message or "") from None


@lru_cache(maxsize=256)
def _parsed(source: str) -> nodes.Template:
    return _ENV.parse(source)


@lru_cache(maxsize=256)
def _compiled(source: str) -> Any:
    # A merge of thousands renders the same few templates: compile each once.
    return _ENV.from_string(source)


@lru_cache(maxsize=256)
def _unknown(source: str, audience: Audience, field: str) -> tuple[str, ...]:
    catalogue = fields_for(audience)
    unknown = []
    named = named_fields(_parse(source, field))
    # "client.name" says more than "client" alone: name the field, not only its group.
    groups_with_fields = {n.partition(".")[0] for n in named if "." in n}
    for name in sorted(n for n in named if "." in n or n not in groups_with_fields):
        group, _, attr = name.partition(".")
        if group not in catalogue or (attr and attr not in catalogue[group]):
            unknown.append(name)
    return tuple(unknown)


def named_fields(tree: nodes.Template) -> set[str]:
    """Every ``group.field`` and bare ``group`` the template reads."""
    found: set[str] = set()
    assigned = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    for attr in tree.find_all(nodes.Getattr):
        if isinstance(attr.node, nodes.Name) and attr.node.name not in assigned:
            found.add(f"{attr.node.name}.{attr.attr}")
    for item in tree.find_all(nodes.Getitem):
        if isinstance(item.node, nodes.Name) and isinstance(item.arg, nodes.Const):
            found.add(f"{item.node.name}.{item.arg.value}")
    for name in tree.find_all(nodes.Name):
        if name.ctx == "load" and name.name not in assigned:
            found.add(name.name)
    return found


def unknown_fields(source: str, audience: Audience, field: str = "body") -> list[str]:
    return list(_unknown(source, audience, field))


def check_template(subject: str, body: str, audience: Audience) -> None:
    """Refuse a template that cannot be read or names a merge field that does not exist."""
    errors: list[ValidationError] = []
    for field, source in (("subject", subject), ("body", body)):
        try:
            unknown = unknown_fields(source, audience, field)
        except ValidationError as exc:
            errors.append(exc)
            continue
        if unknown:
            errors.append(ValidationError(
                field, N_("The template refers to {field}, which is not a merge field for {audience}."),
                field=unknown[0], audience=audience.value))
    if errors:
        raise ValidationErrors(errors)


def render(subject: str, body: str, values: Mapping[str, Any], audience: Audience) -> Rendered:
    """The template filled with *values*; refuses unknown or missing fields by name."""
    check_template(subject, body, audience)
    return Rendered(_render(subject, values, "subject").strip().replace("\n", " "),
                    text := _render(body, values, "body").strip() + "\n",
                    text_to_html(text))


def _render(source: str, values: Mapping[str, Any], field: str) -> str:
    try:
        return _BLANK_RUN.sub("\n\n", _compiled(source).render(values))
    except UndefinedError as exc:
        text = str(exc)
        match = _UNDEFINED_NAME.match(text) or _NO_ATTRIBUTE.search(text)
        name = match.group(1) if match else text
        raise ValidationError(field, N_("The template needs {field}, which this record does not have."),
                              field=name) from None
    except SecurityError:
        raise ValidationError(field, N_("The template tried to do something a template may not do.")) from None
    except TemplateSyntaxError as exc:
        raise ValidationError(field, N_("The template cannot be read at line {line}: {problem}"),
                              line=exc.lineno, problem=exc.message or "") from None
    except (TypeError, ValueError, ArithmeticError) as exc:
        raise ValidationError(field, N_("The template could not be filled in: {problem}"), problem=str(exc)) from None


def text_to_html(text: str) -> str:
    paragraphs = [p.strip("\n") for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    body = "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>'
            f'<body style="font-family: sans-serif; line-height: 1.45">\n{body}\n</body></html>\n')


@dataclass(frozen=True)
class TemplateDraft:
    """What the template editor submits."""

    name: str
    kind: str
    purpose: str
    audience: str
    subject: str
    body: str
    language: str = ""
    attach: str = ""
    fallback: str = Fallback.LETTER.value
    min_amount: str | None = None
    appeal_code: str = ""
    active: bool = True


def validate_template(draft: TemplateDraft) -> dict[str, Any]:
    """The draft as values to store, or every field error at once."""
    from caseworker.domain.inputs import FieldErrors, clean_text, parse_money

    errors = FieldErrors()
    values: dict[str, Any] = {"active": bool(draft.active)}
    values["name"] = errors.check(clean_text, draft.name, "name", max_chars=NAME_LIMIT, required=True)
    for key, enum, message in (("kind", TemplateKind, N_("Choose a letter or an e-mail.")),
                               ("purpose", TemplatePurpose, N_("Choose what the message is for.")),
                               ("audience", Audience, N_("Choose donors or clients.")),
                               ("attach", Attachment, N_("Choose what to attach.")),
                               ("fallback", Fallback, N_("Choose what someone who takes no e-mail gets."))):
        raw = getattr(draft, key)
        if raw not in {m.value for m in enum}:
            errors.add(ValidationError(key, message))
        else:
            values[key] = enum(raw).value
    values["subject"] = errors.check(clean_text, draft.subject, "subject", max_chars=SUBJECT_LIMIT) or ""
    values["body"] = errors.check(clean_text, draft.body, "body", max_chars=BODY_LIMIT, multiline=True,
                                  required=True)
    values["language"] = language_code(errors.check(clean_text, draft.language, "language", max_chars=20) or "")
    values["appeal_code"] = errors.check(clean_text, draft.appeal_code, "appeal_code", max_chars=40) or ""
    min_amount = (draft.min_amount or "").strip() if isinstance(draft.min_amount, str) else draft.min_amount
    values["min_amount"] = errors.check(parse_money, min_amount, "min_amount", allow_zero=True) if min_amount else None
    if values.get("kind") == TemplateKind.EMAIL and not values["subject"]:
        errors.add(ValidationError("subject", N_("An e-mail needs a subject.")))
    if values.get("audience") == Audience.CLIENTS and values.get("purpose") not in (None, TemplatePurpose.OTHER,
                                                                                     TemplatePurpose.UPDATE,
                                                                                     TemplatePurpose.INVITE):
        errors.add(ValidationError("purpose", N_("A letter to a client is an update, an invitation or other.")))
    if values.get("attach") == Attachment.RECEIPT and values.get("audience") == Audience.CLIENTS:
        errors.add(ValidationError("attach", N_("Only a donor's message can carry a receipt.")))
    errors.raise_if_any()
    try:
        check_template(values["subject"], values["body"], Audience(values["audience"]))
    except ValidationErrors as exc:
        raise ValidationErrors(exc.errors) from None
    return values
