"""The SQL behind a grant's outputs: people served in its period, demographics and delivery.

Everything is counted in the database: the people served are a UNION of client ids (a case open
during the period, or aid paid in it), and the demographics one GROUP BY over that set joined to the
clients (by age band, language, district and whether new), whose few rows are added up here. No
client row is read into Python.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, distinct, func, literal, or_, select, union
from sqlalchemy.orm import Session

from caseworker.db.models import Case, Client, Disbursement, Fund, GrantSpending
from caseworker.db.portable import postcode_district
from caseworker.domain.aid import AidStatus
from caseworker.domain.grant_outputs import HOUSEHOLD_BANDS, UNKNOWN, FundAid, Tally, band_birthdays
from caseworker.domain.statistics import Period
from caseworker.services.aid import money_sum

PAID = AidStatus.PAID.value
TOP = 8  # the largest groups by name; the rest are added up as "other"


def served(period: Period) -> Any:
    active = select(Case.client_id.label("client_id")).where(
        Case.opened_on <= period.end, or_(Case.resolved_on.is_(None), Case.resolved_on >= period.start))
    paid = select(Disbursement.client_id.label("client_id")).where(
        Disbursement.status == PAID, Disbursement.disbursed_on.between(period.start, period.end))
    return union(active, paid).subquery("served")


def seen_before(period: Period) -> Any:
    cases = select(Case.client_id).where(Case.opened_on < period.start)
    paid = select(Disbursement.client_id).where(Disbursement.status == PAID, Disbursement.disbursed_on < period.start)
    return union(cases, paid)


@dataclass(frozen=True)
class People:
    served: int
    new: int
    age_bands: tuple[Tally, ...]
    languages: tuple[Tally, ...]
    districts: tuple[Tally, ...]
    genders: tuple[Tally, ...] = ()
    household_sizes: tuple[Tally, ...] = ()


def people(s: Session, period: Period) -> People:
    """Everyone served in the period, counted once by (age band, language, district, new): one
    grouped query over the served set; the tallies are added up from its few rows."""
    who = served(period)
    whens = [(Client.date_of_birth <= born_by, literal(label)) for label, born_by in band_birthdays(period.end)]
    band = case((Client.date_of_birth.is_(None), literal(UNKNOWN)), *whens, else_=literal(UNKNOWN)).label("band")
    language = func.lower(func.trim(Client.language)).label("language")
    district = postcode_district(Client.postcode).label("district")
    new = case((who.c.client_id.in_(seen_before(period)), 0), else_=1).label("new")
    stmt = (select(band, language, district, new, func.count()).select_from(who)
            .join(Client, Client.id == who.c.client_id).group_by(band, language, district, new))
    total = fresh = 0
    bands: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    districts: Counter[str] = Counter()
    for b, lang, area, is_new, n in s.execute(stmt):
        n = int(n)
        total += n
        fresh += n if int(is_new) else 0
        bands[b] += n
        languages[(lang or "").strip() or UNKNOWN] += n
        districts[(area or "").strip() or UNKNOWN] += n
    order = [label for label, _d in reversed(band_birthdays(period.end))]
    ages = tuple(Tally(label, bands.get(label, 0)) for label in order) + (
        (Tally(UNKNOWN, bands[UNKNOWN]),) if bands.get(UNKNOWN) else ())
    # Counted without regard to case ("polish" and "Polish " are one language), shown capitalised.
    spoken = tuple(Tally(x.label[:1].upper() + x.label[1:], x.people) if x.label not in (UNKNOWN, "other") else x
                   for x in _top(languages))
    genders, households = _gender_and_household(s, who)
    return People(total, fresh, ages, spoken, _top(districts), genders, households)


def _gender_and_household(s: Session, who: Any) -> tuple[tuple[Tally, ...], tuple[Tally, ...]]:
    """The served set by gender (as stated, counted without regard to case) and household size,
    in a grouped pass of its own: folded into the pass above it would multiply that one's groups."""
    gender = func.lower(func.trim(Client.gender)).label("gender")
    last = len(HOUSEHOLD_BANDS)
    household = case((Client.household_size.is_(None), literal(UNKNOWN)),
                     (Client.household_size >= last, literal(HOUSEHOLD_BANDS[-1])),
                     *((Client.household_size == i, literal(label)) for i, label in
                       enumerate(HOUSEHOLD_BANDS[:-1], start=1)),
                     else_=literal(UNKNOWN)).label("household")
    genders: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    for g, size, n in s.execute(select(gender, household, func.count()).select_from(who)
                                .join(Client, Client.id == who.c.client_id).group_by(gender, household)):
        genders[(g or "").strip() or UNKNOWN] += int(n)
        sizes[size] += int(n)
    stated = tuple(Tally(x.label[:1].upper() + x.label[1:], x.people) if x.label not in (UNKNOWN, "other") else x
                   for x in _top(genders))
    households = tuple(Tally(label, sizes[label]) for label in HOUSEHOLD_BANDS if sizes.get(label)) + (
        (Tally(UNKNOWN, sizes[UNKNOWN]),) if sizes.get(UNKNOWN) else ())
    return stated, households


def _top(counts: Counter[str]) -> tuple[Tally, ...]:
    """The largest groups by name, the rest as "other", the unrecorded last."""
    known = sorted(((k, n) for k, n in counts.items() if k != UNKNOWN), key=lambda kn: (-kn[1], kn[0]))
    out = [Tally(k, n) for k, n in known[:TOP]]
    rest = sum(n for _k, n in known[TOP:])
    if rest:
        out.append(Tally("other", rest))
    if counts.get(UNKNOWN):
        out.append(Tally(UNKNOWN, counts[UNKNOWN]))
    return tuple(out)


def cases_delivered(s: Session, period: Period) -> tuple[int, int]:
    opened = s.scalar(select(func.count(Case.id)).where(Case.opened_on.between(period.start, period.end))) or 0
    resolved = s.scalar(select(func.count(Case.id)).where(Case.resolved_on.between(period.start, period.end))) or 0
    return int(opened), int(resolved)


def aid_by_fund(s: Session, period: Period) -> tuple[FundAid, ...]:
    rows = s.execute(
        select(Fund.name, func.count(Disbursement.id), money_sum(Disbursement.amount))
        .join(Fund, Fund.id == Disbursement.fund_id)
        .where(Disbursement.status == PAID, Disbursement.disbursed_on.between(period.start, period.end))
        .group_by(Fund.name).order_by(Fund.name))
    return tuple(FundAid(name, int(n), amount) for name, n, amount in rows)


def spending(s: Session, grant_id: int) -> tuple[Any, int]:
    total, lines = s.execute(select(money_sum(GrantSpending.amount), func.count(GrantSpending.id))
                             .where(GrantSpending.grant_id == grant_id, GrantSpending.voided.is_(False))).one()
    return total, int(lines)


def reached(s: Session, grant_id: int) -> tuple[int, int, Any]:
    """People paid aid that is this grant's linked spending, how many payments, how much."""
    linked = and_(GrantSpending.grant_id == grant_id, GrantSpending.voided.is_(False),
                  Disbursement.status == PAID)
    people_, payments, amount = s.execute(
        select(func.count(distinct(Disbursement.client_id)), func.count(distinct(Disbursement.id)),
               money_sum(Disbursement.amount))
        .select_from(GrantSpending).join(Disbursement, Disbursement.id == GrantSpending.disbursement_id)
        .where(linked)).one()
    return int(people_), int(payments), amount
