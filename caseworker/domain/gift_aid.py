"""UK Gift Aid: which gifts a declaration covers, HMRC's benefit limits, tax years and the claim.

The rules (HMRC, "Gift Aid: guidance for charities" and the detailed guidance notes, chapter 3),
each in one place so a change of rule is a change here:

* Gift Aid is claimed only on a gift covered by the donor's declaration. A declaration covers the
  gift it names, or the gifts of the four years before it and/or every gift after it; once
  cancelled it covers no gift received on or after the day the cancellation takes effect.
* A declaration given orally is kept as a written record, and a confirmation letter is sent.
* Only individuals (UK taxpayers) declare; gifts in kind carry no Gift Aid.
* Donor benefits (since 6 April 2019): a gift carries no Gift Aid when the benefits exceed 25% of
  a gift up to £100, £25 for a gift of £100.01 to £1,000, 5% of a larger gift; nor once the
  benefits of one donor's gifts in a tax year pass £2,500.
* The value: basic-rate tax on the gift as if paid net, 25p per £1 at a 20% basic rate.
* The UK tax year runs from 6 April to 5 April.

Pure Python: the service gathers gifts and declarations, these functions judge them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum

from caseworker.domain.i18n import N_

ZERO = Decimal("0")
PENNY = Decimal("0.01")
#: Gift Aid per pound given, at a 20% basic rate (20 / 80).
GIFT_AID_RATE = Decimal("0.25")
#: The benefit bands since 6 April 2019.
SMALL_GIFT = Decimal("100.00")
MIDDLE_GIFT = Decimal("1000.00")
SMALL_GIFT_SHARE = Decimal("0.25")
MIDDLE_GIFT_LIMIT = Decimal("25.00")
LARGE_GIFT_SHARE = Decimal("0.05")
ANNUAL_BENEFIT_LIMIT = Decimal("2500.00")
#: A declaration may reach back this many years.
PAST_YEARS = 4
#: Gifts of this much or less may be claimed on an aggregated row of the schedule ...
AGGREGATE_GIFT_MAX = Decimal("20.00")
#: ... of at most this total.
AGGREGATE_ROW_MAX = Decimal("1000.00")


class DeclarationScope(StrEnum):
    THIS_GIFT = "this_gift"
    PAST_AND_FUTURE = "past_and_future"
    FUTURE = "future"


class DeclarationMethod(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"
    ONLINE = "online"


SCOPE_LABELS = {
    DeclarationScope.THIS_GIFT: N_("This gift only"),
    DeclarationScope.PAST_AND_FUTURE: N_("Gifts of the past 4 years and all future gifts"),
    DeclarationScope.FUTURE: N_("All future gifts"),
}
METHOD_LABELS = {
    DeclarationMethod.WRITTEN: N_("In writing"),
    DeclarationMethod.ORAL: N_("Orally, confirmed by letter"),
    DeclarationMethod.ONLINE: N_("Online"),
}


class Ineligible(StrEnum):
    """Why a gift carries no Gift Aid."""

    NO_DECLARATION = "no_declaration"
    IN_KIND = "in_kind"
    BENEFIT_OVER_LIMIT = "benefit_over_limit"
    BENEFITS_OVER_ANNUAL_LIMIT = "benefits_over_annual_limit"


INELIGIBLE_LABELS = {
    Ineligible.NO_DECLARATION: N_("No Gift Aid declaration covers this gift"),
    Ineligible.IN_KIND: N_("Gifts in kind carry no Gift Aid"),
    Ineligible.BENEFIT_OVER_LIMIT: N_("Benefits to the donor exceed HMRC's limit for this gift"),
    Ineligible.BENEFITS_OVER_ANNUAL_LIMIT: N_("Benefits to the donor this tax year exceed £2,500"),
}


@dataclass(frozen=True)
class Declaration:
    id: int
    donor_id: int
    declared_on: date
    scope: DeclarationScope
    method: DeclarationMethod
    #: The gift a THIS_GIFT declaration names.
    gift_id: int | None = None
    #: When the letter confirming an oral declaration was sent.
    confirmation_sent_on: date | None = None
    #: The day the cancellation takes effect: no gift received on or after it is covered.
    cancelled_on: date | None = None
    cancel_reason: str = ""
    version: int = 1

    def covers(self, gift_id: int, received_on: date) -> bool:
        if self.cancelled_on is not None and received_on >= self.cancelled_on:
            return False
        if self.scope is DeclarationScope.THIS_GIFT:
            return self.gift_id == gift_id
        if received_on >= self.declared_on:
            return True
        return self.scope is DeclarationScope.PAST_AND_FUTURE and received_on >= years_before(self.declared_on,
                                                                                               PAST_YEARS)


@dataclass(frozen=True)
class GiftForClaim:
    gift_id: int
    donor_id: int
    received_on: date
    amount: Decimal
    benefit: Decimal = ZERO
    in_kind: bool = False


@dataclass(frozen=True)
class Assessment:
    gift: GiftForClaim
    #: The declaration that covers the gift (None when none does).
    declaration: Declaration | None
    #: None when Gift Aid may be claimed on the gift.
    ineligible: Ineligible | None
    #: The benefit limit HMRC sets for a gift of this size.
    benefit_limit: Decimal

    @property
    def eligible(self) -> bool:
        return self.ineligible is None

    @property
    def gift_aid(self) -> Decimal:
        return gift_aid_value(self.gift.amount) if self.eligible else ZERO


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def tax_year_of(day: date) -> int:
    """The UK tax year holding *day*, named by the year it starts in (6 April 2026 → 2026)."""
    return day.year if (day.month, day.day) >= (4, 6) else day.year - 1


def tax_year_span(start_year: int) -> tuple[date, date]:
    """The first and last day of the tax year starting in *start_year* (6 April to 5 April)."""
    return date(start_year, 4, 6), date(start_year + 1, 4, 5)


def tax_year_label(start_year: int) -> str:
    return f"{start_year}–{str(start_year + 1)[-2:]}"


def benefit_limit(amount: Decimal) -> Decimal:
    """The most a donor may receive in return for a gift of *amount* with Gift Aid still due."""
    if amount <= SMALL_GIFT:
        limit = amount * SMALL_GIFT_SHARE
    elif amount <= MIDDLE_GIFT:
        limit = MIDDLE_GIFT_LIMIT
    else:
        limit = amount * LARGE_GIFT_SHARE
    return limit.quantize(PENNY, rounding=ROUND_DOWN)


def gift_aid_value(amount: Decimal) -> Decimal:
    return (amount * GIFT_AID_RATE).quantize(PENNY, rounding=ROUND_DOWN)


def covering(declarations: Iterable[Declaration], gift: GiftForClaim) -> Declaration | None:
    """The earliest declaration covering *gift* (the one a claim quotes), or None."""
    found = [d for d in declarations if d.donor_id == gift.donor_id and d.covers(gift.gift_id, gift.received_on)]
    return min(found, key=lambda d: (d.declared_on, d.id)) if found else None


def assess(gifts: Sequence[GiftForClaim], declarations: Sequence[Declaration]) -> list[Assessment]:
    """Judge each gift; *gifts* must hold every gift of each donor in each tax year concerned, so the
    £2,500 annual limit sees them all (a gift whose benefit takes the year past it is ineligible, and
    so is every later gift with a benefit that year)."""
    benefits: dict[tuple[int, int], Decimal] = {}
    results = []
    for gift in sorted(gifts, key=lambda g: (g.received_on, g.gift_id)):
        limit = benefit_limit(gift.amount)
        declaration = covering(declarations, gift)
        reason: Ineligible | None = None
        if gift.benefit > ZERO:
            key = (gift.donor_id, tax_year_of(gift.received_on))
            benefits[key] = benefits.get(key, ZERO) + gift.benefit
            if benefits[key] > ANNUAL_BENEFIT_LIMIT:
                reason = Ineligible.BENEFITS_OVER_ANNUAL_LIMIT
        if gift.in_kind:
            reason = Ineligible.IN_KIND
        elif gift.benefit > limit:
            reason = Ineligible.BENEFIT_OVER_LIMIT
        if declaration is None:
            reason = Ineligible.NO_DECLARATION
        results.append(Assessment(gift, declaration, reason, limit))
    return results


def house_name_or_number(line1: str) -> str:
    """What HMRC's schedule asks for from the first address line: "12" of "12 Mill Lane", or the
    house name ("Rose Cottage") when the line does not start with a number."""
    line = line1.strip()
    if not line:
        return ""
    first = line.split()[0].rstrip(",")
    if any(ch.isdigit() for ch in first):
        return first
    return line.split(",")[0].strip()[:40]


@dataclass(frozen=True)
class ClaimRow:
    """One row of the claim schedule: a donation, or aggregated small donations (no donor named)."""

    received_on: date
    amount: Decimal
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    house: str = ""
    postcode: str = ""
    #: Set on an aggregated row: what it aggregates ("12 donations of £20 or less").
    aggregated: str = ""
    sponsored: bool = False
    gift_ids: tuple[int, ...] = ()


def aggregate_small(rows: Sequence[ClaimRow]) -> list[ClaimRow]:
    """Gifts of £20 or less gathered onto rows of at most £1,000 (dated by their last gift);
    larger gifts keep a row each."""
    kept = [r for r in rows if r.amount > AGGREGATE_GIFT_MAX or r.sponsored]
    small = sorted((r for r in rows if r.amount <= AGGREGATE_GIFT_MAX and not r.sponsored),
                   key=lambda r: (r.received_on, r.gift_ids))
    groups: list[list[ClaimRow]] = []
    for row in small:
        if not groups or sum((r.amount for r in groups[-1]), ZERO) + row.amount > AGGREGATE_ROW_MAX:
            groups.append([])
        groups[-1].append(row)
    for group in groups:
        kept.append(ClaimRow(
            received_on=max(r.received_on for r in group), amount=sum((r.amount for r in group), ZERO),
            aggregated=f"{len(group)} donations of £20 or less" if len(group) > 1 else "1 donation of £20 or less",
            gift_ids=tuple(i for r in group for i in r.gift_ids)))
    return sorted(kept, key=lambda r: (r.received_on, r.gift_ids))
