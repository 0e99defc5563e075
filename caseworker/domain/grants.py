"""Grant applications: the stage pipeline and the arithmetic of an awarded grant's budget.

The pipeline runs prospect → drafting → submitted → awarded / declined / withdrawn → reporting →
closed. Each step is checked here, so the window, the command line and the demo all refuse the
same things: a grant cannot be awarded without an amount, submitted with a required document
missing, or reopened once closed. Money is Decimal throughout; a budget never exceeds what was
awarded, and spending never exceeds its line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.i18n import N_

ZERO = Decimal("0.00")
MAX_AMOUNT = Decimal("100000000.00")


class Stage(StrEnum):
    PROSPECT = "prospect"
    DRAFTING = "drafting"
    SUBMITTED = "submitted"
    AWARDED = "awarded"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    REPORTING = "reporting"
    CLOSED = "closed"


STAGE_LABELS: dict[Stage, str] = {
    Stage.PROSPECT: N_("Prospect"),
    Stage.DRAFTING: N_("Drafting"),
    Stage.SUBMITTED: N_("Submitted"),
    Stage.AWARDED: N_("Awarded"),
    Stage.DECLINED: N_("Declined"),
    Stage.WITHDRAWN: N_("Withdrawn"),
    Stage.REPORTING: N_("Reporting"),
    Stage.CLOSED: N_("Closed"),
}

# The order the pipeline view lists its groups in.
PIPELINE_ORDER: tuple[Stage, ...] = tuple(Stage)

TRANSITIONS: dict[Stage, frozenset[Stage]] = {
    Stage.PROSPECT: frozenset({Stage.DRAFTING, Stage.WITHDRAWN}),
    Stage.DRAFTING: frozenset({Stage.PROSPECT, Stage.SUBMITTED, Stage.WITHDRAWN}),
    Stage.SUBMITTED: frozenset({Stage.AWARDED, Stage.DECLINED, Stage.WITHDRAWN}),
    Stage.AWARDED: frozenset({Stage.REPORTING, Stage.CLOSED}),
    Stage.DECLINED: frozenset({Stage.CLOSED}),
    Stage.WITHDRAWN: frozenset({Stage.CLOSED}),
    Stage.REPORTING: frozenset({Stage.CLOSED}),
    Stage.CLOSED: frozenset(),
}

# Stages whose money is expected or held: what the pipeline totals add up.
OPEN_STAGES = frozenset({Stage.PROSPECT, Stage.DRAFTING, Stage.SUBMITTED})
FUNDED_STAGES = frozenset({Stage.AWARDED, Stage.REPORTING, Stage.CLOSED})


def next_stages(stage: Stage) -> tuple[Stage, ...]:
    return tuple(s for s in PIPELINE_ORDER if s in TRANSITIONS[stage])


def check_transition(current: Stage, target: Stage, *, awarded: Decimal | None,
                     missing_documents: Iterable[str] = ()) -> None:
    """Refuse a stage change the pipeline does not allow, with the reason a user can act on."""
    if target not in TRANSITIONS[current]:
        raise RuleViolation(N_("A grant cannot move from {current} to {target}."),
                            current=STAGE_LABELS[current], target=STAGE_LABELS[target])
    if target is Stage.SUBMITTED:
        missing = list(missing_documents)
        if missing:
            raise RuleViolation(N_("Required documents are not ready: {documents}."),
                                documents=", ".join(missing))
    if target is Stage.AWARDED and (awarded is None or awarded <= ZERO):
        raise ValidationError("awarded", N_("Enter the amount awarded before marking the grant awarded."))


def check_amount(field: str, amount: Decimal | None, *, required: bool = True) -> Decimal | None:
    """A money amount as the form gave it: positive, at most two decimals, not absurd."""
    if amount is None:
        if required:
            raise ValidationError(field, N_("Enter an amount."))
        return None
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise ValidationError(field, N_("Enter an amount such as 1250.00."))
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(field, N_("An amount has at most two decimal places."))
    if amount < ZERO:
        raise ValidationError(field, N_("An amount cannot be negative."))
    if amount > MAX_AMOUNT:
        raise ValidationError(field, N_("An amount can be at most {limit}."), limit=MAX_AMOUNT)
    return amount.quantize(Decimal("0.01"))


@dataclass(frozen=True)
class LineBalance:
    """One budget line of an awarded grant: what was budgeted, spent, and is left."""

    line_id: int
    category: str
    budget: Decimal
    spent: Decimal

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.spent


@dataclass(frozen=True)
class GrantBalance:
    awarded: Decimal
    lines: tuple[LineBalance, ...]

    @property
    def budgeted(self) -> Decimal:
        return sum((line.budget for line in self.lines), ZERO)

    @property
    def spent(self) -> Decimal:
        return sum((line.spent for line in self.lines), ZERO)

    @property
    def unallocated(self) -> Decimal:
        """Awarded money not yet given a budget line."""
        return self.awarded - self.budgeted

    @property
    def remaining(self) -> Decimal:
        """Awarded money not yet spent."""
        return self.awarded - self.spent


def check_budget(awarded: Decimal, other_lines: Iterable[Decimal], new_amount: Decimal) -> None:
    """Refuse a budget line that would take the budget past the amount awarded."""
    total = sum(other_lines, ZERO) + new_amount
    if total > awarded:
        raise RuleViolation(N_("The budget would total {total}, more than the {awarded} awarded."),
                            total=total, awarded=awarded)


def check_spending(line: LineBalance, amount: Decimal) -> None:
    """Refuse spending that would take a budget line past its budget."""
    if amount <= ZERO:
        raise ValidationError("amount", N_("Enter an amount above zero."))
    if amount > line.remaining:
        raise RuleViolation(N_("Only {remaining} is left on the line '{category}'."),
                            remaining=line.remaining, category=line.category)
