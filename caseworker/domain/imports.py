"""Reading other systems' spreadsheets: encodings, separators, column names, dates and amounts.

Everything here is pure: it takes bytes, text and cell values and says what they mean, or why a
cell cannot be read (a :class:`RowProblem` names the spreadsheet line, the column and the reason).
The services stream the file through it and write what comes out.

Line numbers are the ones a spreadsheet shows: the header is line 1, the first record line 2, and
a quoted field with line breaks inside still counts as one line.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from caseworker.domain.errors import ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import parse_money


class ImportKind(StrEnum):
    DONORS = "donors"
    GIFTS = "gifts"
    CLIENTS = "clients"


class DuplicateChoice(StrEnum):
    SKIP = "skip"
    MERGE = "merge"
    CREATE = "create"


# --- encodings and separators -------------------------------------------------------------------

ENCODINGS: tuple[str, ...] = ("utf-8", "utf-8-sig", "utf-16", "cp1252")
ENCODING_LABELS: Mapping[str, str] = {
    "utf-8": N_("UTF-8"),
    "utf-8-sig": N_("UTF-8 with byte order mark"),
    "utf-16": N_("UTF-16"),
    "cp1252": N_("Windows-1252 (Western European)"),
}
SEPARATORS: Mapping[str, str] = {",": N_("Comma"), ";": N_("Semicolon"), "\t": N_("Tab")}


def detect_encoding(head: bytes, *, whole_is_utf8: bool | None = None) -> str:
    """The encoding a CSV file most likely uses, from its first bytes.

    A byte order mark decides; UTF-16 without one shows as NUL bytes on every other position;
    otherwise text that decodes as UTF-8 is UTF-8 (``whole_is_utf8`` says whether the rest of the
    file does too, when the caller read it), and anything else is taken as Windows-1252, the
    encoding Excel on Windows writes "CSV" in.
    """
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    if len(sample) >= 4:
        if sample[1::2].count(0) > len(sample) // 4:
            return "utf-16-le"
        if sample[0::2].count(0) > len(sample) // 4:
            return "utf-16-be"
    if whole_is_utf8 is False:
        return "cp1252"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A character cut in half by the end of the sample is still UTF-8.
        if exc.start < len(head) - 3:
            return "cp1252"
    return "utf-8"


def detect_separator(header_line: str) -> str:
    """Comma, semicolon or tab: whichever the header line has most of outside quotes."""
    counts = {sep: 0 for sep in SEPARATORS}
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda s: (counts[s], s == ","))
    return best if counts[best] else ","


# --- the fields each kind of import fills ------------------------------------------------------

@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    #: Column names other systems export for it (compared without case, spaces or punctuation).
    synonyms: tuple[str, ...] = ()


_DONOR_FIELDS = (
    FieldSpec("external_id", N_("External id"), (
        "external id", "external identifier", "contact id", "constituent id", "lgl constituent id",
        "account number", "donor id", "supporter id", "id", "record id", "legacy id", "account id")),
    FieldSpec("kind", N_("Individual or organisation"), ("type", "contact type", "constituent type", "donor type",
                                                         "record type")),
    FieldSpec("salutation", N_("Salutation"), ("salutation", "title", "prefix", "honorific", "addressee",
                                               "greeting", "dear")),
    FieldSpec("first_name", N_("First name"), ("first name", "firstname", "forename", "given name", "first",
                                               "donor first name", "contact first name")),
    FieldSpec("last_name", N_("Last name"), ("last name", "lastname", "surname", "family name", "last",
                                             "donor last name", "contact last name")),
    FieldSpec("organisation_name", N_("Organisation"), (
        "organisation", "organization", "organisation name", "organization name", "company", "company name",
        "account name", "employer", "business name")),
    FieldSpec("email", N_("E-mail"), ("email", "e mail", "email address", "primary email", "primary email address",
                                      "donor email", "personal email", "home email")),
    FieldSpec("phone", N_("Phone"), ("phone", "telephone", "phone number", "primary phone", "primary phone number",
                                     "mobile", "mobile phone", "home phone", "tel", "cell phone")),
    FieldSpec("address_line1", N_("Address line 1"), (
        "address", "address 1", "address line 1", "address1", "street", "street address", "mailing street",
        "primary street", "addr1", "house name or number", "address line1")),
    FieldSpec("address_line2", N_("Address line 2"), (
        "address 2", "address line 2", "address2", "supplemental address 1", "addr2", "street 2",
        "address line2")),
    FieldSpec("city", N_("Town or city"), ("city", "town", "town city", "mailing city", "primary city", "locality",
                                           "suburb", "post town")),
    FieldSpec("region", N_("Region"), ("state", "county", "province", "region", "state province",
                                       "mailing state province", "primary state", "mailing state")),
    FieldSpec("postcode", N_("Postcode"), ("postcode", "post code", "postal code", "zip", "zip code", "zipcode",
                                           "mailing zip postal code", "primary zip code", "zip postal code")),
    FieldSpec("country", N_("Country"), ("country", "mailing country", "primary country", "nation")),
    FieldSpec("household", N_("Household"), ("household", "household name", "family", "household id")),
    FieldSpec("gift_aid", N_("Gift Aid declaration"), ("gift aid", "gift aid declaration", "gift aid status",
                                                       "gift aid declared", "gad", "gift aid date")),
    FieldSpec("do_not_contact", N_("Do not contact"), ("do not contact", "do not solicit", "no contact",
                                                       "dnc", "do not mail")),
    FieldSpec("notes", N_("Notes"), ("notes", "note", "comments", "comment", "description", "remarks")),
)

_GIFT_FIELDS = (
    FieldSpec("donor_external_id", N_("Donor's external id"), (
        "external id", "external identifier", "contact id", "constituent id", "lgl constituent id",
        "account number", "donor id", "supporter id", "legacy id", "account id")),
    FieldSpec("donor_email", N_("Donor's e-mail"), ("email", "e mail", "email address", "donor email",
                                                    "primary email", "primary email address")),
    FieldSpec("donor_first_name", N_("Donor's first name"), ("first name", "firstname", "forename",
                                                             "donor first name", "given name")),
    FieldSpec("donor_last_name", N_("Donor's last name"), ("last name", "lastname", "surname", "donor last name",
                                                           "family name")),
    FieldSpec("donor_organisation", N_("Donor's organisation"), ("organisation", "organization", "company",
                                                                 "account name", "organisation name",
                                                                 "organization name")),
    FieldSpec("donor_postcode", N_("Donor's postcode"), ("postcode", "post code", "postal code", "zip", "zip code",
                                                         "mailing zip postal code", "primary zip code")),
    FieldSpec("amount", N_("Amount"), ("amount", "gift amount", "donation amount", "total amount", "total",
                                       "value", "net amount", "received amount", "payment amount", "sum")),
    FieldSpec("gift_date", N_("Date received"), (
        "date", "gift date", "donation date", "date received", "receive date", "received date", "close date",
        "payment date", "transaction date", "received")),
    FieldSpec("fund", N_("Fund"), ("fund", "fund name", "designation", "financial type", "gl account",
                                   "restriction", "purpose")),
    FieldSpec("appeal_code", N_("Appeal"), ("appeal", "appeal code", "campaign", "campaign name",
                                            "primary campaign source", "source code", "source", "campaign code")),
    FieldSpec("method", N_("Payment method"), ("method", "payment method", "payment type", "gift type", "tender",
                                               "payment instrument", "mode of payment")),
    FieldSpec("reference", N_("Reference"), ("reference", "gift id", "transaction id", "donation id",
                                             "check number", "cheque number", "receipt id", "payment reference",
                                             "trxn id", "opportunity id")),
    FieldSpec("note", N_("Notes"), ("notes", "note", "comments", "comment", "description", "memo")),
)

_CLIENT_FIELDS = (
    FieldSpec("external_id", N_("External id"), ("external id", "external identifier", "client id", "case id",
                                                 "id", "reference", "client number", "legacy id")),
    FieldSpec("first_name", N_("First name"), ("first name", "firstname", "forename", "given name", "first")),
    FieldSpec("last_name", N_("Last name"), ("last name", "lastname", "surname", "family name", "last")),
    FieldSpec("preferred_name", N_("Preferred name"), ("preferred name", "known as", "nickname", "alias")),
    FieldSpec("date_of_birth", N_("Date of birth"), ("date of birth", "dob", "birth date", "birthdate",
                                                     "birthday", "born")),
    FieldSpec("phone", N_("Phone"), ("phone", "telephone", "phone number", "mobile", "mobile phone", "tel")),
    FieldSpec("email", N_("E-mail"), ("email", "e mail", "email address")),
    FieldSpec("address", N_("Address"), ("address", "address 1", "address line 1", "street", "street address",
                                         "home address")),
    FieldSpec("postcode", N_("Postcode"), ("postcode", "post code", "postal code", "zip", "zip code")),
    FieldSpec("language", N_("Language"), ("language", "preferred language", "first language", "main language")),
    FieldSpec("contact_channel", N_("Preferred contact"), ("preferred contact", "contact channel", "preferred channel",
                                                          "contact preference", "contact method", "contact by",
                                                          "preferred contact method", "channel")),
    FieldSpec("gender", N_("Gender"), ("gender", "sex", "gender identity")),
    FieldSpec("household_size", N_("Household size"), ("household size", "household", "people in household",
                                                       "household members", "family size")),
    FieldSpec("notes", N_("Notes"), ("notes", "note", "comments", "comment")),
)

FIELDS: Mapping[ImportKind, tuple[FieldSpec, ...]] = {
    ImportKind.DONORS: _DONOR_FIELDS,
    ImportKind.GIFTS: _GIFT_FIELDS,
    ImportKind.CLIENTS: _CLIENT_FIELDS,
}


def field_spec(kind: ImportKind, name: str) -> FieldSpec | None:
    return next((f for f in FIELDS[kind] if f.name == name), None)


def header_word(text: str) -> str:
    """A column name reduced for comparison: "E-Mail Address" and "email_address" agree."""
    text = unicodedata.normalize("NFKD", str(text or "")).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return text.replace(" ", "")


def header_key(headers: Sequence[str]) -> str:
    """The fingerprint a remembered mapping is filed under: the normalised column names."""
    joined = "\x1f".join(header_word(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def guess_fields(kind: ImportKind, headers: Sequence[str]) -> tuple[str, ...]:
    """The field each column most likely holds ("" for columns no field claims).

    Each field is given to at most one column: the first whose name it recognises.
    """
    lookup: dict[str, str] = {}
    for spec in FIELDS[kind]:
        for word in (spec.name, spec.label, *spec.synonyms):
            lookup.setdefault(header_word(word), spec.name)
    taken: set[str] = set()
    result = []
    for header in headers:
        name = lookup.get(header_word(header), "")
        if name and name not in taken:
            taken.add(name)
            result.append(name)
        else:
            result.append("")
    return tuple(result)


# --- the mapping -------------------------------------------------------------------------------

class DateOrder(StrEnum):
    #: Unambiguous dates only (ISO, a month written as a word, a day above 12).
    AUTO = ""
    DMY = "DMY"
    MDY = "MDY"
    YMD = "YMD"


DATE_ORDER_LABELS: Mapping[DateOrder, str] = {
    DateOrder.AUTO: N_("Only dates that cannot be misread"),
    DateOrder.DMY: N_("Day/month/year (31/12/2025)"),
    DateOrder.MDY: N_("Month/day/year (12/31/2025)"),
    DateOrder.YMD: N_("Year-month-day (2025-12-31)"),
}


@dataclass(frozen=True)
class ColumnMapping:
    """Which field each column fills ("" ignores the column), and how its dates are written."""

    fields: tuple[str, ...]
    date_order: DateOrder = DateOrder.AUTO

    def column_of(self, field_name: str) -> int | None:
        try:
            return self.fields.index(field_name)
        except ValueError:
            return None

    def to_json(self, headers: Sequence[str]) -> dict[str, Any]:
        return {"columns": {h: f for h, f in zip(headers, self.fields) if f},
                "date_format": self.date_order.value}

    @classmethod
    def from_json(cls, kind: ImportKind, data: Mapping[str, Any], headers: Sequence[str]) -> ColumnMapping:
        """A mapping written as ``{"columns": {"Header": "field", ...}, "date_format": "DMY"}``.

        Unknown fields, or columns the file does not have, are refused by name.
        """
        if not isinstance(data, Mapping):
            raise ValidationError("mapping", N_("The mapping must be a JSON object."))
        columns = data.get("columns", {})
        if not isinstance(columns, Mapping):
            raise ValidationError("mapping", N_("The mapping's \"columns\" must map column names to fields."))
        known = {f.name for f in FIELDS[kind]}
        by_word = {header_word(h): i for i, h in enumerate(headers)}
        fields = [""] * len(headers)
        for header, name in columns.items():
            if name in (None, ""):
                continue
            if name not in known:
                raise ValidationError("mapping", N_("'{field}' is not a field of a {kind} import; choose one of {known}."),
                                      field=name, kind=kind.value, known=", ".join(sorted(known)))
            index = by_word.get(header_word(header))
            if index is None:
                raise ValidationError("mapping", N_("The file has no column '{column}'."), column=header)
            fields[index] = str(name)
        order = data.get("date_format", "") or ""
        try:
            date_order = DateOrder(str(order).upper())
        except ValueError:
            raise ValidationError("mapping", N_("'{value}' is not a date format: use DMY, MDY or YMD."),
                                  value=order) from None
        return cls(tuple(fields), date_order)

    def checked(self, kind: ImportKind) -> ColumnMapping:
        """Refuse a mapping that fills one field twice or misses what every row needs."""
        used = [f for f in self.fields if f]
        twice = sorted({f for f in used if used.count(f) > 1})
        if twice:
            raise ValidationError("mapping", N_("More than one column is mapped to {fields}."),
                                  fields=", ".join(twice))
        missing = [label for names, label in REQUIRED[kind] if not any(n in used for n in names)]
        if missing:
            raise ValidationError("mapping", N_("Map a column to {fields}."), fields=" / ".join(missing))
        return self


REQUIRED: Mapping[ImportKind, tuple[tuple[tuple[str, ...], str], ...]] = {
    ImportKind.DONORS: ((("first_name", "last_name", "organisation_name"), N_("a name or an organisation")),),
    ImportKind.GIFTS: (
        (("amount",), N_("the amount")),
        (("gift_date",), N_("the date received")),
        (("donor_external_id", "donor_email", "donor_last_name", "donor_organisation"),
         N_("the donor (external id, e-mail, or name and postcode)")),
    ),
    ImportKind.CLIENTS: ((("first_name",), N_("the first name")), (("last_name",), N_("the last name"))),
}


def mapping_json(mapping: ColumnMapping, headers: Sequence[str]) -> str:
    return json.dumps(mapping.to_json(headers), indent=2, ensure_ascii=False)


# --- the organisation's conventions --------------------------------------------------------------

@dataclass(frozen=True)
class ImportLocale:
    """How the organisation writes numbers, and the country of national phone numbers."""

    decimal_comma: bool = False
    region: str | None = None


DECIMAL_COMMA_CURRENCIES = frozenset({"EUR", "SEK", "NOK", "DKK", "ZAR"})


def locale_for(currency: str, region: str | None) -> ImportLocale:
    return ImportLocale(decimal_comma=currency in DECIMAL_COMMA_CURRENCIES, region=region)


# --- cells -------------------------------------------------------------------------------------

_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_WORD_DATE_DMY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+([A-Za-z]{3,9})\.?,?[\s\-/.]+(\d{4})$")
_WORD_DATE_MDY = re.compile(r"^([A-Za-z]{3,9})\.?[\s\-/.]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.]+(\d{4})$")
_TIME_SUFFIX = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[AaPp][Mm])?(Z|[+-]\d{2}:?\d{2})?$")


def cell_text(value: Any) -> str:
    """A cell as text, the way the spreadsheet shows it (whole numbers without ".0")."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)


def parse_import_date(value: Any, field_name: str, order: DateOrder) -> date:
    """A date as another system exported it.

    Always read: ISO dates, a spreadsheet's own date cells, a month written as a word. Numeric
    day/month dates follow the mapping's order; without one, a date that could be read two ways
    (03/04/2025) is refused rather than guessed.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _TIME_SUFFIX.sub("", cell_text(value).strip())
    if not text:
        raise ValidationError(field_name, N_("The date is empty."))
    match = _NUMERIC_DATE.match(text)
    if match:
        a, b, c = match.groups()
        if len(a) == 4:
            return _day(field_name, text, int(a), int(b), int(c))
        if len(c) != 4:
            raise ValidationError(field_name, N_("'{text}' has a two-digit year: write the year in full."), text=text)
        first, second, year = int(a), int(b), int(c)
        if order is DateOrder.DMY:
            return _day(field_name, text, year, second, first)
        if order is DateOrder.MDY:
            return _day(field_name, text, year, first, second)
        if first > 12 >= second:
            return _day(field_name, text, year, second, first)
        if second > 12 >= first:
            return _day(field_name, text, year, first, second)
        if first == second:
            return _day(field_name, text, year, first, first)
        raise ValidationError(
            field_name, N_("'{text}' could be read two ways (day/month or month/day): name the date format "
                           "in the mapping."), text=text)
    for pattern, day_first in ((_WORD_DATE_DMY, True), (_WORD_DATE_MDY, False)):
        match = pattern.match(text)
        if match:
            g = match.groups()
            day_text, month_text = (g[0], g[1]) if day_first else (g[1], g[0])
            month = _MONTHS.get(month_text[:3].lower())
            if month is None:
                break
            return _day(field_name, text, int(g[2]), month, int(day_text))
    raise ValidationError(field_name, N_("'{text}' is not a date."), text=_short(text))


def _day(field_name: str, text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field_name, N_("{text} is not a day on the calendar."), text=text) from None


_CURRENCY_MARKS = re.compile(r"[£$€¥₹]|\b(?:USD|CAD|GBP|EUR|AUD|NZD|CHF|SEK|NOK|DKK|ZAR|INR|kr)\b", re.IGNORECASE)


def parse_import_amount(value: Any, field_name: str, locale: ImportLocale) -> Decimal:
    """An amount as exported: currency signs and thousands separators are ignored, the decimal
    separator is the organisation's; a spreadsheet's number cell is taken as it shows."""
    if isinstance(value, bool):
        raise ValidationError(field_name, N_("'{text}' is not an amount."), text=cell_text(value))
    if isinstance(value, int):
        return parse_money(value, field_name)
    if isinstance(value, float):
        try:
            return parse_money(Decimal(repr(value)), field_name)
        except InvalidOperation:  # pragma: no cover - repr of a finite float is a number
            raise ValidationError(field_name, N_("'{text}' is not an amount."), text=repr(value)) from None
    if isinstance(value, Decimal):
        return parse_money(value, field_name)
    text = _CURRENCY_MARKS.sub("", str(value or "")).strip().replace("\u00a0", "").replace("\u202f", "")
    text = text.replace(" ", "").replace("'", "")
    if text.startswith("(") and text.endswith(")"):
        raise ValidationError(field_name, N_("The amount cannot be negative."))
    if locale.decimal_comma:
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", "")
    return parse_money(text, field_name)


_TRUE = frozenset({"yes", "y", "true", "1", "x", "ja", "oui", "si", "sí", "t", "on", "declared", "eligible"})
_FALSE = frozenset({"no", "n", "false", "0", "", "nein", "non", "f", "off", "not declared", "none"})


def parse_flag(value: Any, field_name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = cell_text(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValidationError(field_name, N_("'{text}' is neither yes nor no."), text=_short(text))


_METHODS = {
    "cash": "cash", "cheque": "cheque", "check": "cheque", "chq": "cheque",
    "card": "card", "credit card": "card", "debit card": "card", "creditcard": "card", "visa": "card",
    "mastercard": "card", "amex": "card",
    "bank transfer": "bank_transfer", "transfer": "bank_transfer", "bacs": "bank_transfer", "eft": "bank_transfer",
    "wire": "bank_transfer", "ach": "bank_transfer", "bank": "bank_transfer", "standing order": "bank_transfer",
    "direct debit": "direct_debit", "dd": "direct_debit", "sepa": "direct_debit",
    "online": "online", "paypal": "online", "stripe": "online", "web": "online", "website": "online",
    "justgiving": "online", "donorbox": "online",
    "in kind": "in_kind", "in-kind": "in_kind", "inkind": "in_kind", "gift in kind": "in_kind",
    "securities": "securities", "stock": "securities", "shares": "securities",
    "other": "other",
}


def parse_method(value: Any, field_name: str) -> str:
    text = re.sub(r"[\s_]+", " ", cell_text(value).strip().casefold())
    if not text:
        return "other"
    method = _METHODS.get(text) or _METHODS.get(text.replace(" ", "_")) or _METHODS.get(text.replace("_", " "))
    if method is None:
        raise ValidationError(field_name, N_("'{text}' is not a payment method this app knows (cash, cheque, "
                                             "card, bank transfer, direct debit, online, in kind, securities, "
                                             "other)."), text=_short(text))
    return method


def parse_donor_kind(value: Any, field_name: str, has_organisation: bool, has_person: bool) -> str:
    text = cell_text(value).strip().casefold()
    if text in ("organisation", "organization", "company", "business", "org", "corporate", "foundation",
                "trust", "charity", "household organisation"):
        return "organisation"
    if text in ("individual", "person", "household", "ind", "contact", "people", "human"):
        return "individual"
    if text:
        raise ValidationError(field_name, N_("'{text}' is neither an individual nor an organisation."),
                              text=_short(text))
    return "organisation" if has_organisation and not has_person else "individual"


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- rows --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RowProblem:
    """Why one row cannot be imported: its line (header = 1), the column, and the reason."""

    line: int
    column: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "column": self.column, "reason": self.reason}


@dataclass(frozen=True)
class DuplicateFound:
    """A row that may be someone already known: in the database (``existing_id``) or earlier in
    the same file (``earlier_line``)."""

    line: int
    name: str
    existing_id: int | None = None
    existing_name: str = ""
    earlier_line: int | None = None
    choice: DuplicateChoice = DuplicateChoice.SKIP

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "name": self.name, "existing_id": self.existing_id,
                "existing_name": self.existing_name, "earlier_line": self.earlier_line,
                "choice": self.choice.value}


def row_values(headers: Sequence[str], mapping: ColumnMapping, cells: Sequence[Any]) -> dict[str, Any]:
    """The mapped fields of one row, raw as the file has them (missing cells are empty)."""
    values: dict[str, Any] = {}
    for index, name in enumerate(mapping.fields):
        if name:
            cell = cells[index] if index < len(cells) else None
            values[name] = cell.strip() if isinstance(cell, str) else cell
    return values


def column_name(headers: Sequence[str], mapping: ColumnMapping, field_name: str, kind: ImportKind) -> str:
    """The column a problem with *field_name* is reported under: the mapped column's own name."""
    index = mapping.column_of(field_name)
    if index is not None and index < len(headers):
        return headers[index]
    spec = field_spec(kind, field_name)
    return spec.label if spec else field_name


def problems_from(error: Exception, line: int, headers: Sequence[str], mapping: ColumnMapping,
                  kind: ImportKind, field_alias: Mapping[str, str] | None = None) -> list[RowProblem]:
    """Each field error of a validation failure as a problem of this row."""
    from caseworker.domain.errors import ValidationErrors

    errors: Iterable[ValidationError]
    if isinstance(error, ValidationErrors):
        errors = error.errors
    elif isinstance(error, ValidationError):
        errors = [error]
    else:
        raise error
    alias = field_alias or {}
    return [RowProblem(line, column_name(headers, mapping, alias.get(e.field, e.field), kind), e.message,
                       dict(e.params)) for e in errors]


def neutralise_cell(value: Any) -> Any:
    """A cell a spreadsheet would run as a formula, made inert with a leading apostrophe.

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is what Excel,
    LibreOffice and Google Sheets evaluate (OWASP "CSV injection"); numbers are left alone.
    """
    if isinstance(value, str) and value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def with_choice(dup: DuplicateFound, choice: DuplicateChoice) -> DuplicateFound:
    return replace(dup, choice=choice)
