"""The outputs a funder's report form asks for: who was served in the grant's own period, who
was new, their demographics as recorded, the casework and aid delivered, and what the grant's own
linked spending reached.

People are counted, never named. Gender is counted as each client stated it; a client whose
record does not hold a characteristic is counted as "not recorded" rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from caseworker.domain.i18n import N_
from caseworker.domain.statistics import Period

# Lower bounds of the age bands, in years; the last band is open-ended.
AGE_BANDS: tuple[tuple[int, int | None, str], ...] = (
    (0, 17, "0–17"), (18, 24, "18–24"), (25, 34, "25–34"), (35, 49, "35–49"), (50, 64, "50–64"), (65, None, "65+"),
)
UNKNOWN = N_("not recorded")
# Characteristics a funder may ask for that the client record does not keep: none since gender
# and household size are recorded.
NOT_RECORDED: tuple[str, ...] = ()
# Household sizes up to this many people are counted one by one; larger ones together ("6+").
HOUSEHOLD_BANDS = ("1", "2", "3", "4", "5", "6+")


@dataclass(frozen=True)
class Tally:
    label: str
    people: int


@dataclass(frozen=True)
class FundAid:
    fund: str
    payments: int
    amount: Decimal


@dataclass(frozen=True)
class GrantOutputs:
    grant_id: int
    title: str
    funder: str
    currency: str
    period: Period
    requested: Decimal
    awarded: Decimal | None
    spent: Decimal  # the grant's spending lines, voided ones left out
    spending_lines: int
    people_served: int  # clients with a case open or aid paid in the period
    new_people: int  # of those, first seen in the period
    cases_opened: int
    cases_resolved: int
    aid_by_fund: tuple[FundAid, ...]
    reached: int  # clients paid aid that is this grant's linked spending
    reached_payments: int
    reached_amount: Decimal
    age_bands: tuple[Tally, ...]
    languages: tuple[Tally, ...]
    districts: tuple[Tally, ...]
    not_recorded: tuple[str, ...] = NOT_RECORDED
    genders: tuple[Tally, ...] = ()
    household_sizes: tuple[Tally, ...] = ()

    @property
    def aid_payments(self) -> int:
        return sum(f.payments for f in self.aid_by_fund)

    @property
    def aid_amount(self) -> Decimal:
        return sum((f.amount for f in self.aid_by_fund), Decimal(0))


def band_birthdays(end: date) -> list[tuple[str, date]]:
    """(band, the latest birthday of someone already at the band's lower age on *end*), oldest band
    first: someone born on or before that day is at least that old."""
    out = []
    for low, _high, label in reversed(AGE_BANDS):
        try:
            day = end.replace(year=end.year - low)
        except ValueError:  # 29 February in a year without one
            day = end.replace(year=end.year - low, day=28)
        out.append((label, day))
    return out
