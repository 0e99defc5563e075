"""Reading what people type: dates, amounts and text, checked once, the same way everywhere.

Every service that accepts typed input calls these before it writes anything, so a bad value is
refused with a message meant for the field it came from (``ValidationError(field, ...)``) and the
database is left as it was. The functions accept the values forms hand over (text, or an already
typed ``date``/``Decimal``) and return the typed value to store.

Text is stored NFC-normalised: the canonically equivalent form, shown identically, so a name typed
with a combining accent and the same name typed precomposed are one value. Duplicate checks compare
:func:`name_key`, which also ignores case, accents and compatibility forms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.i18n import N_

# Integer cents must fit a 64-bit column with room to add amounts up; a trillion is plenty.
MAX_AMOUNT = Decimal("999999999999.99")
MINOR_UNITS = 2

_DATE_RE = re.compile(r"^([+-]?\d{1,6})-(\d{1,2})-(\d{1,2})$")
# Digits with an optional sign, optional thousands commas and an optional fraction.
_MONEY_RE = re.compile(r"^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$|^([+-])?\.(\d+)$")
_WHITESPACE_RE = re.compile(r"\s+")
_MULTILINE_CONTROLS = {"\n", "\t"}

T = TypeVar("T")


def parse_date(text: str | date | None, field: str, *, not_future: bool = False,
               today: date | None = None) -> date:
    """A calendar date written ``YYYY-MM-DD`` (or already a ``date``).

    ``not_future`` refuses dates after ``today`` (the local date unless given), as for birth dates.
    """
    if isinstance(text, date):
        value = text
    else:
        value = _date_from_text((text or "").strip(), field)
    if not_future and value > (today or date.today()):
        raise ValidationError(field, N_("This date is in the future: {value}."),
                              value=value.isoformat())
    return value


def parse_optional_date(text: str | date | None, field: str, *, not_future: bool = False,
                        today: date | None = None) -> date | None:
    """Like :func:`parse_date`, but an empty field means "no date"."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    return parse_date(text, field, not_future=not_future, today=today)


def _date_from_text(text: str, field: str) -> date:
    if not text:
        raise ValidationError(field, N_("Enter a date as YYYY-MM-DD."))
    match = _DATE_RE.match(text)
    if match is None:
        raise ValidationError(field, N_("'{text}' is not a date: write it as YYYY-MM-DD."),
                              text=_shorten(text))
    year, month, day = (int(part) for part in match.groups())
    if year < 1:
        raise ValidationError(field, N_("There is no year {year}: years start at 1."), year=year)
    if year > 9999:
        raise ValidationError(field, N_("Dates after the year 9999 are not accepted."))
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, N_("{text} is not a day on the calendar."),
                              text=text) from None


def parse_money(text: str | Decimal | int | None, field: str, *, allow_negative: bool = False,
                allow_zero: bool = False) -> Decimal:
    """An amount with at most two decimal places, as an exact ``Decimal``.

    Refuses NaN, infinities, exponents (``1e400``), fractions of a cent, amounts above
    :data:`MAX_AMOUNT`, zero unless ``allow_zero`` and negatives unless ``allow_negative``.
    Floats are refused outright: they cannot say what was typed.
    """
    if isinstance(text, bool) or isinstance(text, float):
        raise TypeError(f"money must be text, Decimal or int, not {type(text).__name__}")
    if isinstance(text, Decimal):
        value = _money_from_decimal(text, field)
    elif isinstance(text, int):
        value = Decimal(text)
    else:
        value = _money_from_text((text or "").strip().replace(" ", ""), field)
    if value.is_zero():
        value = abs(value)  # "-0" is zero, not a negative amount
        if not allow_zero:
            raise ValidationError(field, N_("Enter an amount greater than zero."))
    if value < 0 and not allow_negative:
        raise ValidationError(field, N_("The amount cannot be negative."))
    if abs(value) > MAX_AMOUNT:
        raise ValidationError(field, N_("The amount is too large: at most {max}."),
                              max=f"{MAX_AMOUNT:,}")
    return value.quantize(Decimal(1).scaleb(-MINOR_UNITS))


def parse_optional_money(text: str | Decimal | int | None, field: str, *,
                         allow_negative: bool = False, allow_zero: bool = False) -> Decimal | None:
    """Like :func:`parse_money`, but an empty field means "no amount"."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    return parse_money(text, field, allow_negative=allow_negative, allow_zero=allow_zero)


def _money_from_decimal(value: Decimal, field: str) -> Decimal:
    if not value.is_finite():
        raise ValidationError(field, N_("Enter an amount as a number, such as 12.50."))
    if abs(value) > MAX_AMOUNT:
        raise ValidationError(field, N_("The amount is too large: at most {max}."),
                              max=f"{MAX_AMOUNT:,}")
    if value != value.quantize(Decimal(1).scaleb(-MINOR_UNITS)):
        raise ValidationError(field, N_("An amount can have at most {n} decimal places."),
                              n=MINOR_UNITS)
    return value


def _money_from_text(text: str, field: str) -> Decimal:
    if not text:
        raise ValidationError(field, N_("Enter an amount, such as 12.50."))
    match = _MONEY_RE.match(text)
    if match is None:
        raise ValidationError(field, N_("'{text}' is not an amount: write it like 1234.50."),
                              text=_shorten(text))
    sign, whole, fraction, sign_only_fraction, bare_fraction = match.groups()
    if bare_fraction is not None:
        sign, whole, fraction = sign_only_fraction, "0", bare_fraction
    fraction = fraction or ""
    if len(fraction.rstrip("0")) > MINOR_UNITS:
        raise ValidationError(field, N_("An amount can have at most {n} decimal places."),
                              n=MINOR_UNITS)
    digits = whole.replace(",", "")
    if len(digits.lstrip("0")) > len(str(int(MAX_AMOUNT))):
        raise ValidationError(field, N_("The amount is too large: at most {max}."),
                              max=f"{MAX_AMOUNT:,}")
    try:
        value = Decimal(f"{sign or ''}{digits}.{fraction or '0'}")
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise ValidationError(field, N_("Enter an amount as a number, such as 12.50.")) from None
    return value


def clean_text(text: str | None, field: str, *, max_chars: int, multiline: bool = False,
               required: bool = False) -> str:
    """Text as it will be stored: NFC-normalised, trimmed, without NUL or stray control characters.

    Single-line text (names, titles) refuses line breaks and tabs; ``multiline`` text (notes)
    keeps them and turns Windows line ends into ``\\n``. Over ``max_chars`` characters is
    refused rather than cut, so nothing typed is silently lost.
    """
    text = text or ""
    if text.isascii() and text.isprintable():
        # Printable ASCII has nothing to normalise or refuse: skip the character-by-character
        # checks below (an import validates millions of fields through here).
        text = text.rstrip() if multiline else text.strip()
        if required and not text:
            raise ValidationError(field, N_("This field is required."))
        if len(text) > max_chars:
            raise ValidationError(
                field, N_("The text has {length} characters; at most {max_chars} are allowed."),
                length=len(text), max_chars=max_chars)
        return text
    if "\x00" in text:
        raise ValidationError(field, N_("The text contains a NUL character, which cannot be stored."))
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise ValidationError(field, N_("The text contains broken characters that cannot be stored."))
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = text.rstrip() if multiline else text.strip()
    if multiline:
        text = text.lstrip("\n")
    allowed = _MULTILINE_CONTROLS if multiline else set()
    for ch in text:
        if unicodedata.category(ch) == "Cc" and ch not in allowed:
            if ch in "\n\r\t":
                raise ValidationError(field, N_("This field holds a single line of text."))
            raise ValidationError(
                field, N_("The text contains an invisible control character (U+{code})."),
                code=f"{ord(ch):04X}")
    if required and not text:
        raise ValidationError(field, N_("This field is required."))
    if len(text) > max_chars:
        raise ValidationError(
            field, N_("The text has {length} characters; at most {max_chars} are allowed."),
            length=len(text), max_chars=max_chars)
    return text


def name_key(text: str) -> str:
    """A comparison key for duplicate checks: case, accents, spacing and compatibility forms ignored.

    "Zoë  O'Brien", "ZOE O'BRIEN" and "zoe\u0308 o'brien" share one key. Never shown, never stored
    as the name itself.
    """
    if text.isascii():
        # No ASCII character decomposes or is a combining mark, and ASCII case-folds as lower():
        # the same key, without the per-character work an import of 100,000 rows would repeat.
        return _WHITESPACE_RE.sub(" ", text.lower()).strip()
    key = _strip_marks(unicodedata.normalize("NFKD", text)).casefold()
    # Case folding can produce new decomposable characters, so decompose once more.
    key = _strip_marks(unicodedata.normalize("NFKD", key))
    return _WHITESPACE_RE.sub(" ", key).strip()


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class FieldErrors:
    """Collects field errors so a form can show all of them at once.

    ``value = errors.check(parse_money, text, "amount")`` returns the parsed value or ``None``
    and remembers the error; ``errors.raise_if_any()`` raises them together.
    """

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, parse: Callable[..., T], *args: object, **kwargs: object) -> T | None:
        try:
            return parse(*args, **kwargs)
        except ValidationError as exc:
            self.errors.append(exc)
            return None

    def add(self, error: ValidationError) -> None:
        self.errors.append(error)

    def raise_if_any(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ValidationErrors(self.errors)
