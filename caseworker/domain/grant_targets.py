"""What a grant application promised its funder, and how a report measures it.

The application records targets for the outputs the statistics count (people served, people new to
the organisation, cases resolved, aid payments), named outcomes with a target number each (the
organisation records how many were reached: an outcome such as "families kept in their homes" is
not something the database can count), the demographics the funder asks to see, and the narrative
the report carries. The report sets what was reached against each target.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from caseworker.domain.errors import ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import FieldErrors, clean_text

MAX_COUNT = 10_000_000
MAX_OUTCOMES = 20


class Output(StrEnum):
    """An output the statistics count for a period (``domain.grant_outputs.GrantOutputs``)."""

    PEOPLE_SERVED = "people_served"
    NEW_PEOPLE = "new_people"
    CASES_RESOLVED = "cases_resolved"
    AID_PAYMENTS = "aid_payments"


OUTPUT_LABELS: dict[Output, str] = {
    Output.PEOPLE_SERVED: N_("People served"),
    Output.NEW_PEOPLE: N_("People new to us"),
    Output.CASES_RESOLVED: N_("Cases resolved (services delivered)"),
    Output.AID_PAYMENTS: N_("Aid payments made"),
}


class Demographic(StrEnum):
    AGE = "age"
    LANGUAGE = "language"
    AREA = "area"
    GENDER = "gender"
    HOUSEHOLD = "household"


DEMOGRAPHIC_LABELS: dict[Demographic, str] = {
    Demographic.AGE: N_("Age"),
    Demographic.LANGUAGE: N_("Language"),
    Demographic.AREA: N_("Area (postcode district)"),
    Demographic.GENDER: N_("Gender (as recorded)"),
    Demographic.HOUSEHOLD: N_("Household size"),
}


@dataclass(frozen=True)
class OutcomeTarget:
    name: str
    target: int
    #: How many the organisation has recorded as reached; None: not yet recorded.
    achieved: int | None = None


@dataclass(frozen=True)
class GrantTargets:
    """Targets for the whole grant period (None: the funder set none for that output)."""

    outputs: dict[Output, int]
    outcomes: tuple[OutcomeTarget, ...] = ()
    demographics: tuple[Demographic, ...] = ()
    narrative: str = ""

    @property
    def empty(self) -> bool:
        return not (self.outputs or self.outcomes or self.demographics or self.narrative.strip())


@dataclass(frozen=True)
class TargetsDraft:
    """What the targets form hands over: counts as typed (text or int), outcomes as (name, target,
    achieved) rows."""

    outputs: dict[str, str | int | None]
    outcomes: tuple[tuple[str, str | int | None, str | int | None], ...] = ()
    demographics: tuple[str, ...] = ()
    narrative: str = ""


def parse_count(value: str | int | None, field: str, *, required: bool = False) -> int | None:
    """A whole number of people or things, 0 or more; empty means none set (unless *required*)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, N_("Enter a number."))
        return None
    if isinstance(value, bool):
        raise ValidationError(field, N_("Enter a whole number, 0 or more."))
    if isinstance(value, int):
        number = value
    else:
        text = value.strip().replace(",", "")
        if not text.isdigit():
            raise ValidationError(field, N_("Enter a whole number, 0 or more: {value} is not one."), value=value.strip())
        number = int(text)
    if number < 0 or number > MAX_COUNT:
        raise ValidationError(field, N_("Enter a whole number from 0 to 10,000,000."))
    return number


def validate_targets(draft: TargetsDraft) -> GrantTargets:
    """Every field checked at once; each error names its field (``outcome_2_target`` for the
    second outcome's target)."""
    errors = FieldErrors()
    outputs: dict[Output, int] = {}
    for key, value in draft.outputs.items():
        try:
            output = Output(key)
        except ValueError:
            errors.add(ValidationError(key, N_("{value} is not an output the report counts."), value=key))
            continue
        number = errors.check(parse_count, value, output.value)
        if number is not None:
            outputs[output] = number
    if len(draft.outcomes) > MAX_OUTCOMES:
        errors.add(ValidationError("outcomes", N_("A grant can have up to 20 outcomes.")))
    outcomes: list[OutcomeTarget] = []
    seen: set[str] = set()
    for n, (name, target, achieved) in enumerate(draft.outcomes, start=1):
        field = f"outcome_{n}"
        if not (name or "").strip() and not str(target or "").strip() and not str(achieved or "").strip():
            continue  # an empty row of the form
        clean = errors.check(clean_text, name, f"{field}_name", max_chars=200)
        if not clean:
            errors.add(ValidationError(f"{field}_name", N_("Name the outcome (row {row})."), row=n))
        elif clean.casefold() in seen:
            errors.add(ValidationError(f"{field}_name", N_("{name} is listed twice."), name=clean))
        else:
            seen.add(clean.casefold())
        aim = errors.check(parse_count, target, f"{field}_target", required=True)
        got = errors.check(parse_count, achieved, f"{field}_achieved")
        if clean and aim is not None:
            outcomes.append(OutcomeTarget(clean, aim, got))
    demographics: list[Demographic] = []
    for key in draft.demographics:
        try:
            if Demographic(key) not in demographics:
                demographics.append(Demographic(key))
        except ValueError:
            errors.add(ValidationError("demographics", N_("{value} is not a demographic the report shows."),
                                       value=key))
    narrative = errors.check(clean_text, draft.narrative, "narrative", max_chars=20_000, multiline=True)
    errors.raise_if_any()
    return GrantTargets(outputs, tuple(outcomes), tuple(demographics), narrative or "")


def share_of_target(reached: int | None, target: int | None) -> Decimal | None:
    """Reached as a fraction of the target (1 = met), two places; None without both figures or with
    a target of 0."""
    if reached is None or not target:
        return None
    return (Decimal(reached) / Decimal(target)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
