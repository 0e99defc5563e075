"""Client rules: what a client record may hold, its flags, and how alike two names are.

Names are kept exactly as typed — right-to-left scripts, combining marks and emoji included — and
only their *keys* are normalised (compatibility decomposition, accents dropped, case folded,
spaces collapsed) for searching and for the possible-duplicate warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from difflib import SequenceMatcher
from enum import StrEnum

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from caseworker.domain.channels import CLIENT_CHANNELS, Channel, channel_in
from caseworker.domain.errors import CaseworkerError, ValidationError, ValidationErrors
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import clean_text, name_key, parse_date, parse_optional_date

NAME_MAX = 120
SHORT_MAX = 200
LINE_MAX = 500
NOTE_MAX = 10_000
TAG_MAX = 60
MAX_TAGS = 20
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
OLDEST_BIRTH_YEAR = 1900

# Currencies tell which country a bare national phone number belongs to; an organisation whose
# currency spans countries (EUR) asks for the international form (+...).
REGION_BY_CURRENCY = {"USD": "US", "CAD": "CA", "GBP": "GB", "AUD": "AU", "NZD": "NZ", "CHF": "CH",
                      "SEK": "SE", "NOK": "NO", "DKK": "DK", "ZAR": "ZA", "INR": "IN"}


class ConsentMethod(StrEnum):
    WRITTEN = "written"
    VERBAL = "verbal"
    ELECTRONIC = "electronic"


CONSENT_METHOD_LABELS: dict[str, str] = {
    ConsentMethod.WRITTEN: N_("Written (signed)"),
    ConsentMethod.VERBAL: N_("Verbal"),
    ConsentMethod.ELECTRONIC: N_("Electronic"),
}

CONSENT_TOPICS = (N_("Store personal data"), N_("Share with partner agencies"),
                  N_("Contact by text message"), N_("Photographs"), N_("Referral to other services"))


class ReferralOutcome(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"
    NO_RESPONSE = "no_response"


REFERRAL_OUTCOME_LABELS: dict[str, str] = {
    ReferralOutcome.PENDING: N_("Awaiting reply"),
    ReferralOutcome.ACCEPTED: N_("Accepted"),
    ReferralOutcome.DECLINED: N_("Declined"),
    ReferralOutcome.COMPLETED: N_("Completed"),
    ReferralOutcome.NO_RESPONSE: N_("No response"),
}

A_CLIENT = N_("a client")


# -- names ------------------------------------------------------------------------------------
def name_words(*names: str) -> list[str]:
    """The distinct keys of each word of *names*, for prefix search."""
    words: list[str] = []
    for name in names:
        for word in name_key(name).replace("-", " ").split():
            if word not in words:
                words.append(word[:NAME_MAX])
    return words


def search_name(first: str, last: str, preferred: str = "") -> str:
    return name_key(" ".join(p for p in (last, first, preferred) if p))[:400]


def display_name(first: str, last: str, preferred: str = "") -> str:
    """How a client is named in lists and titles: the name they use, then the family name."""
    given = preferred or first
    return " ".join(p for p in (given, last) if p) or "—"


def name_similarity(a: str, b: str) -> float:
    """0..1: how alike two full names are once normalised, word order ignored."""
    wa, wb = sorted(name_key(a).split()), sorted(name_key(b).split())
    if not wa or not wb:
        return 0.0
    ordered = SequenceMatcher(None, " ".join(wa), " ".join(wb)).ratio()
    shared = len(set(wa) & set(wb)) / max(len(set(wa)), len(set(wb)))
    return max(ordered, shared)


SIMILAR_NAME = 0.75


@dataclass(frozen=True)
class DuplicateCandidate:
    id: int
    name: str
    date_of_birth: date | None
    similarity: float


class PossibleDuplicates(CaseworkerError):
    """Saving would likely create a second record for someone already on file."""

    code = "duplicates"
    default_message = N_("This may be someone already on file: {names}. Check, or save anyway.")

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        self.candidates = candidates
        super().__init__(None, names="; ".join(
            f"{c.name} ({c.date_of_birth.isoformat() if c.date_of_birth else '?'})" for c in candidates))


# -- text and values --------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_line(errors: list[ValidationError], key: str, value: str, limit: int,
               *, required: str | None = None) -> str:
    """One line of text as stored (see inputs.clean_text); a problem joins *errors*."""
    try:
        text = clean_text(value, key, max_chars=limit)
    except ValidationError as exc:
        errors.append(exc)
        return value
    if required and not text:
        errors.append(ValidationError(key, required))
    return text


def clean_block(errors: list[ValidationError], key: str, value: str, limit: int = NOTE_MAX) -> str:
    """Several lines of text as stored; a problem joins *errors*."""
    try:
        return clean_text(value, key, max_chars=limit, multiline=True)
    except ValidationError as exc:
        errors.append(exc)
        return value


def parse_day(errors: list[ValidationError], key: str, value: date | str | None,
              *, required: bool = False) -> date | None:
    """A calendar date from a ``date`` or YYYY-MM-DD text; blank is None unless *required*."""
    try:
        if required:
            return parse_date(value, key)
        return parse_optional_date(value, key)
    except ValidationError as exc:
        errors.append(exc)
        return None


def normalise_phone(errors: list[ValidationError], key: str, value: str, region: str | None) -> str:
    """A phone number in E.164 (+447700900123), or "" when blank."""
    text = value.strip()
    if not text:
        return ""
    try:
        if len(text) > 40 or _CONTROL.search(text):
            raise phonenumbers.NumberParseException(0, "too long")
        number = phonenumbers.parse(text, region)
        if not phonenumbers.is_valid_number(number):
            raise phonenumbers.NumberParseException(0, "invalid")
    except phonenumbers.NumberParseException:
        if region is None and not text.startswith("+"):
            errors.append(ValidationError(key, N_(
                "'{text}' is not a phone number we can use: write it with its country code (+…)."),
                text=text[:40]))
        else:
            errors.append(ValidationError(key, N_("'{text}' is not a valid phone number."), text=text[:40]))
        return text
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_key(e164: str) -> str:
    """The national digits of a stored number (+447911123456 → 7911123456), for prefix search."""
    if not e164:
        return ""
    try:
        return str(phonenumbers.parse(e164, None).national_number)
    except phonenumbers.NumberParseException:
        return "".join(ch for ch in e164 if ch.isdigit())[-15:]


def phone_query_key(text: str) -> str:
    """What a typed phone fragment is compared with: without a country code or trunk zeros."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.strip().startswith("+"):
        for length in (1, 2, 3):
            if int(digits[:length] or 0) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
                return digits[length:]
    return digits.lstrip("0")


def phone_region(country: str, currency: str) -> str | None:
    """Where a number written without its country code (07911 123456) belongs.

    The organisation's own country when it has one: a charity in York that keeps its books in
    dollars still has British clients. Organisations set up before the country was asked fall back
    on their currency's country.
    """
    code = country.strip().upper()
    if code in phonenumbers.SUPPORTED_REGIONS:
        return code
    return REGION_BY_CURRENCY.get(currency)


def format_phone(number: str, region: str | None = None) -> str:
    """A number as people read it: national form for the organisation's country, international otherwise.

    Stored numbers are E.164; older or imported ones may be as typed, and are read in *region*.
    Anything that is not a valid number is shown unchanged.
    """
    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_valid_number(parsed):
        return number
    style = (phonenumbers.PhoneNumberFormat.NATIONAL
             # By calling code, not region: 07911 is a Guernsey range, dialled like any UK mobile.
             if region is not None and parsed.country_code == phonenumbers.country_code_for_region(region)
             else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(parsed, style)


def normalise_email(errors: list[ValidationError], key: str, value: str) -> str:
    text = value.strip()
    if not text:
        return ""
    try:
        if len(text) > 254 or _CONTROL.search(text):
            raise EmailNotValidError("too long")
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        errors.append(ValidationError(key, N_("'{text}' is not a valid e-mail address."), text=text[:60]))
        return text


def clean_tags(errors: list[ValidationError], tags: tuple[str, ...]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for raw in tags:
        tag = " ".join(raw.split()).lower()
        if not tag:
            continue
        if _CONTROL.search(tag) or "\x00" in raw or len(tag) > TAG_MAX:
            errors.append(ValidationError("tags", N_("A tag has at most {n} characters and no control "
                                                     "characters."), n=TAG_MAX))
            return ()
        seen.setdefault(tag, tag)
    if len(seen) > MAX_TAGS:
        errors.append(ValidationError("tags", N_("At most {n} tags."), n=MAX_TAGS))
    return tuple(sorted(seen))


# -- the client record ------------------------------------------------------------------------
@dataclass(frozen=True)
class ClientDraft:
    """What a client form holds. Dates may arrive as text from a form; validation parses them."""

    first_name: str
    last_name: str
    preferred_name: str = ""
    date_of_birth: date | str | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    postcode: str = ""
    language: str = ""
    contact_channel: str = ""
    contact_times: str = ""
    key_worker_id: int | None = None
    safeguarding: str = ""
    interpreter_needed: bool = False
    interpreter_language: str = ""
    accessibility: str = ""
    needs: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    gender: str = ""  # as the client states it; empty: not recorded
    household_size: int | str | None = None  # 1-30, the client included; None: not recorded


# The choices a form offers for gender; the client's own words are kept when they differ.
GENDER_CHOICES = (N_("Woman"), N_("Man"), N_("Non-binary"), N_("Prefers not to say"))
HOUSEHOLD_MAX = 30

# The audited fields of a client, in the order the trail lists them.
CLIENT_FIELDS = ("first_name", "last_name", "preferred_name", "date_of_birth", "phone", "email",
                 "address", "postcode", "language", "contact_channel", "contact_times", "key_worker_id",
                 "safeguarding", "interpreter_needed", "interpreter_language", "accessibility", "needs",
                 "notes", "gender", "household_size")


def validate_client(draft: ClientDraft, *, today: date, region: str | None = None) -> ClientDraft:
    """The draft cleaned and checked; every problem is reported beside its field at once."""
    errors: list[ValidationError] = []
    first = clean_line(errors, "first_name", draft.first_name, NAME_MAX,
                       required=N_("Enter the client's first name."))
    last = clean_line(errors, "last_name", draft.last_name, NAME_MAX,
                      required=N_("Enter the client's family name."))
    preferred = clean_line(errors, "preferred_name", draft.preferred_name, NAME_MAX)
    born = parse_day(errors, "date_of_birth", draft.date_of_birth)
    if born is not None:
        if born > today:
            errors.append(ValidationError("date_of_birth", N_("A date of birth cannot be in the future.")))
        elif born.year < OLDEST_BIRTH_YEAR:
            errors.append(ValidationError("date_of_birth", N_("A date of birth before {year} is surely "
                                                              "a typing slip."), year=OLDEST_BIRTH_YEAR))
    phone = normalise_phone(errors, "phone", draft.phone, region)
    email = normalise_email(errors, "email", draft.email)
    address = clean_block(errors, "address", draft.address, LINE_MAX)
    postcode = clean_line(errors, "postcode", draft.postcode, 20)
    language = clean_line(errors, "language", draft.language, 60)
    channel = draft.contact_channel.strip()
    if channel:
        try:
            channel = channel_in(channel, CLIENT_CHANNELS, "contact_channel",
                                 N_("Choose a contact channel from the list.")).value
        except ValidationError as exc:
            errors.append(exc)
    if channel == Channel.EMAIL and not draft.email.strip():
        errors.append(ValidationError("email", N_("E-mail is the preferred channel: enter the address.")))
    if channel in (Channel.PHONE, Channel.SMS) and not draft.phone.strip():
        errors.append(ValidationError("phone", N_("The preferred channel needs a phone number.")))
    times = clean_line(errors, "contact_times", draft.contact_times, SHORT_MAX)
    safeguarding = clean_block(errors, "safeguarding", draft.safeguarding, LINE_MAX)
    interpreter_language = clean_line(errors, "interpreter_language", draft.interpreter_language, 60)
    if draft.interpreter_needed and not interpreter_language:
        errors.append(ValidationError("interpreter_language", N_("Say which language the interpreter needs.")))
    accessibility = clean_block(errors, "accessibility", draft.accessibility, LINE_MAX)
    needs = clean_block(errors, "needs", draft.needs)
    notes = clean_block(errors, "notes", draft.notes)
    tags = clean_tags(errors, draft.tags)
    gender = clean_line(errors, "gender", draft.gender, 60)
    household = _household_size(errors, draft.household_size)
    if errors:
        raise ValidationErrors(errors)
    return ClientDraft(first, last, preferred, born, phone, email, address, postcode, language, channel,
                       times, draft.key_worker_id, safeguarding, bool(draft.interpreter_needed),
                       interpreter_language if draft.interpreter_needed else "", accessibility, needs,
                       notes, tags, gender, household)


def _household_size(errors: list[ValidationError], value: int | str | None) -> int | None:
    """1 to 30 people, the client included; empty (or 0 from a spin box) is not recorded."""
    text = str(value).strip() if value is not None else ""
    if text.endswith(".0"):  # a spreadsheet's whole number read as a decimal
        text = text[:-2]
    if text in ("", "0"):
        return None
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= HOUSEHOLD_MAX:
        errors.append(ValidationError("household_size", N_("A household has 1 to {most} people, the client "
                                                            "included."), most=HOUSEHOLD_MAX))
        return None
    return int(text)


# -- what a service hands out -----------------------------------------------------------------
FLAG_SAFEGUARDING, FLAG_INTERPRETER, FLAG_ACCESSIBILITY = 1, 2, 4


def with_flag(bit: int) -> tuple[int, ...]:
    """Every combination of flag bits that includes *bit*."""
    return tuple(b for b in range(8) if b & bit)


@dataclass(frozen=True)
class ClientFlags:
    """What every worker must see before anything else about the client."""

    safeguarding: str = ""
    interpreter_needed: bool = False
    interpreter_language: str = ""
    accessibility: str = ""

    @property
    def any(self) -> bool:
        return bool(self.safeguarding or self.interpreter_needed or self.accessibility)

    @property
    def bits(self) -> int:
        return ((FLAG_SAFEGUARDING if self.safeguarding else 0) | (FLAG_INTERPRETER if self.interpreter_needed else 0)
                | (FLAG_ACCESSIBILITY if self.accessibility else 0))


@dataclass(frozen=True)
class ClientRow:
    """One line of the client list."""

    id: int
    name: str
    sort_name: str
    date_of_birth: date | None
    phone: str
    key_worker: str
    flags: ClientFlags


@dataclass(frozen=True)
class ContactRecord:
    id: int
    kind: str
    value: str
    label: str
    version: int


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    topic: str
    given: bool
    given_on: date
    method: str
    note: str
    recorded_by: str


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    title: str
    mime_type: str
    size: int
    uploaded_at: datetime
    uploaded_by: str
    voided: bool
    void_reason: str


@dataclass(frozen=True)
class ReferralRecord:
    id: int
    agency: str
    reason: str
    referred_on: date
    made_by: str
    outcome: str
    outcome_on: date | None
    outcome_note: str
    version: int


@dataclass(frozen=True)
class ClientRecord:
    """A client's whole file as the detail view shows it: flags first."""

    id: int
    first_name: str
    last_name: str
    preferred_name: str
    date_of_birth: date | None
    flags: ClientFlags
    phone: str
    email: str
    address: str
    postcode: str
    language: str
    contact_channel: str
    contact_times: str
    key_worker_id: int | None
    key_worker: str
    needs: str
    notes: str
    tags: tuple[str, ...]
    anonymised: bool
    version: int
    created_at: datetime
    contacts: tuple[ContactRecord, ...] = ()
    gender: str = ""
    household_size: int | None = None
    consents: tuple[ConsentRecord, ...] = ()
    attachments: tuple[AttachmentRecord, ...] = ()
    referrals: tuple[ReferralRecord, ...] = ()

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.last_name, self.preferred_name)

    def draft(self) -> ClientDraft:
        """The record as a form fills in, to edit it."""
        return ClientDraft(self.first_name, self.last_name, self.preferred_name, self.date_of_birth,
                           self.phone, self.email, self.address, self.postcode, self.language,
                           self.contact_channel, self.contact_times, self.key_worker_id,
                           self.flags.safeguarding, self.flags.interpreter_needed,
                           self.flags.interpreter_language, self.flags.accessibility, self.needs,
                           self.notes, self.tags, self.gender, self.household_size)

    def age_on(self, day: date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# -- the smaller records ----------------------------------------------------------------------
@dataclass(frozen=True)
class ContactDraft:
    kind: str  # phone | email
    value: str
    label: str = ""


def validate_contact(draft: ContactDraft, *, region: str | None = None) -> ContactDraft:
    errors: list[ValidationError] = []
    label = clean_line(errors, "label", draft.label, SHORT_MAX)
    if draft.kind == "phone":
        value = normalise_phone(errors, "value", draft.value, region)
    elif draft.kind == "email":
        value = normalise_email(errors, "value", draft.value)
    else:
        errors.append(ValidationError("kind", N_("Choose phone or e-mail.")))
        value = draft.value
    if not draft.value.strip():
        errors.append(ValidationError("value", N_("Enter the number or address.")))
    if errors:
        raise ValidationErrors(errors)
    return ContactDraft(draft.kind, value, label)


@dataclass(frozen=True)
class ConsentDraft:
    topic: str
    given: bool
    given_on: date | str | None
    method: str
    note: str = ""


def validate_consent(draft: ConsentDraft, *, today: date) -> ConsentDraft:
    errors: list[ValidationError] = []
    topic = clean_line(errors, "topic", draft.topic, SHORT_MAX // 2 + 20,
                       required=N_("Say what the client agreed to."))
    on = parse_day(errors, "given_on", draft.given_on, required=True)
    if on is not None and on > today:
        errors.append(ValidationError("given_on", N_("Consent cannot be recorded for a future date.")))
    if draft.method not in set(ConsentMethod):
        errors.append(ValidationError("method", N_("Choose how consent was given.")))
    note = clean_block(errors, "note", draft.note)
    if errors:
        raise ValidationErrors(errors)
    return ConsentDraft(topic, bool(draft.given), on, draft.method, note)


@dataclass(frozen=True)
class ReferralDraft:
    agency: str
    reason: str
    referred_on: date | str | None


def validate_referral(draft: ReferralDraft, *, today: date) -> ReferralDraft:
    errors: list[ValidationError] = []
    agency = clean_line(errors, "agency", draft.agency, SHORT_MAX, required=N_("Name the agency."))
    reason = clean_block(errors, "reason", draft.reason)
    on = parse_day(errors, "referred_on", draft.referred_on, required=True)
    if on is not None and on > today:
        errors.append(ValidationError("referred_on", N_("A referral date cannot be in the future.")))
    if errors:
        raise ValidationErrors(errors)
    return ReferralDraft(agency, reason, on)


@dataclass(frozen=True)
class OutcomeDraft:
    outcome: str
    outcome_on: date | str | None
    note: str = ""


def validate_outcome(draft: OutcomeDraft, *, referred_on: date, today: date) -> OutcomeDraft:
    errors: list[ValidationError] = []
    if draft.outcome not in set(ReferralOutcome):
        errors.append(ValidationError("outcome", N_("Choose an outcome from the list.")))
    on = parse_day(errors, "outcome_on", draft.outcome_on,
                   required=draft.outcome != ReferralOutcome.PENDING)
    if on is not None and on > today:
        errors.append(ValidationError("outcome_on", N_("The outcome date cannot be in the future.")))
    elif on is not None and on < referred_on:
        errors.append(ValidationError("outcome_on", N_("The outcome cannot come before the referral ({day})."),
                                      day=referred_on.isoformat()))
    note = clean_block(errors, "note", draft.note)
    if errors:
        raise ValidationErrors(errors)
    return OutcomeDraft(draft.outcome, on, note)


# -- attachments ------------------------------------------------------------------------------
_BIDI_AND_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"PK\x03\x04", "application/zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),
)


def sniff_mime(data: bytes) -> str:
    """The file's type from its first bytes; never from the name a user gave it."""
    for magic, mime in _SIGNATURES:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    head = data[:4096]
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 4:  # a cut multi-byte character at the end is fine
                return "application/octet-stream"
        return "text/plain"
    return "application/octet-stream"


def attachment_title(name: str) -> str:
    """A name fit to show: no folders, no control or direction-changing characters, not too long.

    The title is only ever shown; saving a copy asks the user where, so it is never a path.
    """
    base = re.split(r"[\\/]", name)[-1]
    base = _BIDI_AND_INVISIBLE.sub("", _CONTROL.sub("", base)).strip().lstrip(".").strip()
    if len(base) > SHORT_MAX:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: SHORT_MAX - len(ext) - 2] + "…." + ext) if dot and len(ext) <= 10 else base[:SHORT_MAX]
    return base or N_("attachment")


def validate_attachment(name: str, data: bytes) -> tuple[str, str]:
    """(title, mime type) of a file about to be attached, or a ValidationError."""
    if not data:
        raise ValidationError("file", N_("The file is empty."))
    check_attachment_size(len(data))
    return attachment_title(name), sniff_mime(data)


def check_attachment_size(size: int) -> None:
    """Refuse a file over the limit (the UI asks before reading a large file into memory)."""
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError("file", N_("The file is {size} MB; attachments can be at most {limit} MB."),
                              size=f"{size / 1024 / 1024:.1f}", limit=MAX_ATTACHMENT_BYTES // 1024 // 1024)

