"""Donors and households: the records fundraisers keep, their preferences, and the donor list.

Fundraisers, managers and admins read and change donors; caseworkers never see them (and nothing
here links a donor to a client). Every change is audited with its before and after values.

For the contact guard: :func:`load_guard_preferences` reads one donor's preferences inside the
caller's session (locking the donor row when asked, so a check and the touchpoint it allows are
written with nobody in between); :meth:`DonorService.guard_preferences` is the same as a read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from caseworker.db.models import Donor, DonorQuietPeriod, Household, RecordMerge, User, UserRole
from caseworker.db.notices import changes_so_far
from caseworker.domain.donors import (
    DonorDraft,
    DonorKind,
    DonorRecord,
    DonorRow,
    GivingSummary,
    PreferencesDraft,
    QuietPeriodDraft,
    QuietPeriodRecord,
    Segment,
    SegmentRule,
    cadence_for,
    derive_segment,
    display_name,
    preferences_for_guard,
    search_name_for,
    search_terms,
    validate_donor,
    validate_preferences,
    validate_quiet_period,
)
from caseworker.domain.errors import NotFound, ValidationError
from caseworker.domain.guard import DonorPreferences
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import FieldErrors, clean_text, name_key
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action, Role
from caseworker.domain.records import Actor, Changes, SearchHit
from caseworker.services import audit
from caseworker.services.audit import escape_like
from caseworker.services.base import Service, get_or_404, load_for_update
from caseworker.services.org_settings import segment_rule_in
from caseworker.services.search import search_provider

DONOR_FIELDS = (
    "kind", "first_name", "last_name", "organisation_name", "salutation", "email", "phone",
    "address_line1", "address_line2", "city", "region", "postcode", "country", "timezone",
    "relationship_manager_id", "household_id", "segment_override", "cadence_days",
    "marketing_consent", "marketing_consent_source", "marketing_consent_on", "gift_aid_declared_on",
    "deceased", "deceased_on", "notes",
)
PREFERENCE_FIELDS = ("do_not_contact", "opted_out_channels", "preferred_channels", "timezone",
                     "window_days", "max_in_window", "min_gap_days")
HOUSEHOLD_FIELDS = ("name", "salutation", "address_line1", "address_line2", "city", "region",
                    "postcode", "country")
SORT_KEYS = ("name", "segment", "city", "email", "last_gift_on", "lifetime_total", "household_name")


def today_for(_actor: Actor) -> date:
    return date.today()


# --- reading donors -----------------------------------------------------------------------------

def segment_expression(today: date, rule: SegmentRule) -> Any:
    """The segment rule of :func:`caseworker.domain.donors.derive_segment` as SQL."""
    lapsed_before, new_since = rule.boundaries(today)
    return case(
        (Donor.segment_override.is_not(None), Donor.segment_override),
        (Donor.last_gift_on.is_(None), Segment.NEW.value),
        (Donor.last_gift_on < lapsed_before, Segment.LAPSED.value),
        (or_(Donor.largest_gift >= rule.major_gift, Donor.lifetime_total >= rule.major_lifetime),
         Segment.MAJOR.value),
        (Donor.first_gift_on >= new_since, Segment.NEW.value),
        else_=Segment.REGULAR.value,
    )


def text_match(text: str) -> Select[Any]:
    """Ids of donors with a name word starting with each word of *text*."""
    stmt = select(Donor.id)
    for term in search_terms(text):
        stmt = stmt.where(Donor.search_name.like(f"% {escape_like(term)}%", escape="\\"))
    return stmt


def giving_of(donor: Donor) -> GivingSummary:
    return GivingSummary(donor.first_gift_on, donor.last_gift_on, donor.gift_count,
                         donor.lifetime_total, donor.largest_gift)


def donor_name(donor: Donor) -> str:
    return display_name(donor.kind, donor.first_name, donor.last_name, donor.organisation_name)


def record_of(s: Session, donor: Donor, today: date) -> DonorRecord:
    manager = s.get(User, donor.relationship_manager_id) if donor.relationship_manager_id else None
    household = s.get(Household, donor.household_id) if donor.household_id else None
    giving = giving_of(donor)
    segment = derive_segment(giving, today, donor.segment_override, segment_rule_in(s))
    return DonorRecord(
        id=donor.id, kind=donor.kind, first_name=donor.first_name, last_name=donor.last_name,
        organisation_name=donor.organisation_name, name=donor_name(donor), sort_name=donor.sort_name,
        salutation=donor.salutation, email=donor.email, phone=donor.phone,
        address_line1=donor.address_line1, address_line2=donor.address_line2, city=donor.city,
        region=donor.region, postcode=donor.postcode, country=donor.country, timezone=donor.timezone,
        do_not_contact=donor.do_not_contact, deceased=donor.deceased, deceased_on=donor.deceased_on,
        opted_out_channels=tuple(donor.opted_out_channels or ()),
        preferred_channels=tuple(donor.preferred_channels or ()),
        quiet_periods=tuple(QuietPeriodRecord(p.id, p.starts_on, p.ends_on, p.reason)
                            for p in donor.quiet_periods),
        window_days=donor.window_days, max_in_window=donor.max_in_window,
        min_gap_days=donor.min_gap_days, cadence_days=donor.cadence_days,
        segment_override=donor.segment_override, segment=segment,
        cadence=cadence_for(segment, donor.cadence_days),
        relationship_manager_id=donor.relationship_manager_id,
        relationship_manager=manager.display_name if manager else "",
        marketing_consent=donor.marketing_consent,
        marketing_consent_source=donor.marketing_consent_source,
        marketing_consent_on=donor.marketing_consent_on,
        gift_aid_declared_on=donor.gift_aid_declared_on,
        household_id=donor.household_id, household_name=household.name if household else "",
        notes=donor.notes, giving=giving, version=donor.version, updated_at=donor.updated_at,
    )


def load_guard_preferences(s: Session, donor_id: int, *, lock: bool = False) -> DonorPreferences:
    """One donor's preferences for the guard, read in the caller's session.

    ``lock=True`` locks the donor row (``FOR UPDATE`` on PostgreSQL; an SQLite write transaction
    already holds the database lock) so two laptops cannot both pass the guard for the same donor.
    """
    donor = s.get(Donor, donor_id, with_for_update=(lock and s.get_bind().dialect.name != "sqlite") or None)
    if donor is None:
        raise NotFound(N_("{what} {ident} was not found."), what="Donor", ident=donor_id)
    return preferences_for_guard(donor)


@dataclass(frozen=True)
class MatchKey:
    """What the duplicate check compares: the search name, the e-mail and the postcode's key."""

    name: str
    email: str
    postcode: str


def match_key(first_name: str, last_name: str, organisation_name: str, email: str, postcode: str) -> MatchKey:
    return MatchKey(search_name_for(first_name, last_name, organisation_name), email.strip().lower(),
                    name_key(postcode).replace(" ", ""))


def keys_match(key: MatchKey, name: str, email: str, postcode: str) -> bool:
    """The duplicate rule: the same e-mail under any name, or the same name with the same e-mail
    or postcode (the same name alone when the new record has neither)."""
    if key.email and email == key.email:
        return True
    if not key.name.strip() or name != key.name:
        return False
    if key.email or key.postcode:
        return bool(key.postcode) and name_key(postcode).replace(" ", "") == key.postcode
    return True


def find_duplicate_donors(s: Session, keys: Sequence[MatchKey], exclude_id: int | None = None,
                          limit: int = 10) -> list[list[int]]:
    """For each key, the ids of donors who may be the same supporter (the New donor dialog's check,
    and the import's, for many rows in one query)."""
    emails = {k.email for k in keys if k.email}
    names = {k.name for k in keys if k.name.strip()}
    conditions = []
    if emails:
        conditions.append(Donor.email.in_(emails))
    if names:
        conditions.append(Donor.search_name.in_(names))
    if not conditions:
        return [[] for _ in keys]
    by_email: dict[str, list[tuple[int, str, str, str]]] = {}
    by_name: dict[str, list[tuple[int, str, str, str]]] = {}
    stmt = select(Donor.id, Donor.search_name, Donor.email, Donor.postcode).where(
        or_(*conditions), Donor.id.not_in(select(RecordMerge.merged_id).where(RecordMerge.record_type == "donor")))
    for did, name, email, postcode in s.execute(stmt.order_by(Donor.id)):
        by_email.setdefault(email, []).append((did, name, email, postcode))
        by_name.setdefault(name, []).append((did, name, email, postcode))
    result = []
    for key in keys:
        seen: dict[int, None] = {}
        for did, name, email, postcode in [*by_email.get(key.email, ()), *by_name.get(key.name, ())]:
            if did != exclude_id and did not in seen and keys_match(key, name, email, postcode):
                seen[did] = None
        result.append(sorted(seen)[:limit])
    return result


@dataclass(frozen=True)
class HouseholdMember:
    id: int
    name: str
    lifetime_total: Any
    last_gift_on: date | None


@dataclass(frozen=True)
class HouseholdRecord:
    id: int
    name: str
    salutation: str
    address_line1: str
    address_line2: str
    city: str
    region: str
    postcode: str
    country: str
    members: tuple[HouseholdMember, ...]
    version: int


@dataclass(frozen=True)
class HouseholdDraft:
    name: str
    salutation: str = ""
    address_line1: str = ""
    address_line2: str = ""
    city: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""
    member_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class StaffChoice:
    id: int
    name: str


class DonorService(Service):
    # -- reads -------------------------------------------------------------------------------
    def get(self, donor_id: int) -> DonorRecord:
        self.require(Action.READ_DONORS)
        with self.db.read() as s:
            return record_of(s, get_or_404(s, Donor, donor_id, "Donor"), today_for(self.actor))

    def guard_preferences(self, donor_id: int) -> DonorPreferences:
        self.require(Action.READ_DONORS)
        with self.db.read() as s:
            return load_guard_preferences(s, donor_id)

    def list_ids(self, query: ListQuery) -> list[int]:
        """Donor ids matching *query*, in its order: filters ``segment``, ``kind``,
        ``household_id``, ``manager_id``, ``contactable`` (True/False); sort keys in SORT_KEYS."""
        self.require(Action.READ_DONORS)
        today = today_for(self.actor)
        key = query.sort if query.sort in SORT_KEYS else "name"
        with self.db.read() as s:
            rule = segment_rule_in(s)
            stmt: Select[Any] = self._filtered(select(Donor.id), query, today, rule)
            column: Any = {
                "name": Donor.sort_name, "segment": segment_expression(today, rule), "city": Donor.city,
                "email": Donor.email, "last_gift_on": Donor.last_gift_on,
                "lifetime_total": Donor.lifetime_total,
                "household_name": select(Household.name).where(Household.id == Donor.household_id)
                .scalar_subquery(),
            }[key]
            order = column.desc() if query.descending else column.asc()
            tie = Donor.id.desc() if query.descending else Donor.id.asc()
            return list(s.scalars(stmt.order_by(order, tie)))

    def count(self, query: ListQuery) -> int:
        self.require(Action.READ_DONORS)
        with self.db.read() as s:
            stmt = self._filtered(select(func.count(Donor.id)), query, today_for(self.actor), segment_rule_in(s))
            return s.scalar(stmt) or 0

    def list_rows(self, ids: Sequence[int]) -> list[DonorRow]:
        self.require(Action.READ_DONORS)
        if not ids:
            return []
        today = today_for(self.actor)
        stmt = (select(Donor, Household.name).outerjoin(Household, Household.id == Donor.household_id)
                .where(Donor.id.in_(list(ids))))
        with self.db.read() as s:
            rule = segment_rule_in(s)
            found = {
                d.id: DonorRow(d.id, donor_name(d), d.kind,
                               derive_segment(giving_of(d), today, d.segment_override, rule),
                               d.city, d.email, d.last_gift_on, d.lifetime_total, hname or "",
                               d.do_not_contact, d.deceased)
                for d, hname in s.execute(stmt)
            }
        return [found[i] for i in ids if i in found]

    def _filtered(self, stmt: Any, query: ListQuery, today: date, rule: SegmentRule) -> Any:
        # A donor merged into another stays on record as a pointer, out of the list.
        stmt = stmt.where(Donor.id.not_in(select(RecordMerge.merged_id).where(RecordMerge.record_type == "donor")))
        # Text and segment are matched in subqueries that read only a narrow index each (search
        # words; the giving columns), instead of visiting every wide donor row in list order.
        if search_terms(query.text):
            stmt = stmt.where(Donor.id.in_(text_match(query.text)))
        if "@" in query.text:
            stmt = stmt.where(Donor.email == query.text.strip().lower())
        segment = query.filter("segment")
        if segment:
            stmt = stmt.where(Donor.id.in_(select(Donor.id).where(segment_expression(today, rule) == str(segment))))
        kind = query.filter("kind")
        if kind:
            stmt = stmt.where(Donor.kind == str(kind))
        household_id = query.filter("household_id")
        if household_id is not None:
            stmt = stmt.where(Donor.household_id == household_id)
        manager_id = query.filter("manager_id")
        if manager_id is not None:
            stmt = stmt.where(Donor.relationship_manager_id == manager_id)
        contactable = query.filter("contactable")
        if contactable is True:
            stmt = stmt.where(Donor.do_not_contact.is_(False), Donor.deceased.is_(False))
        elif contactable is False:
            stmt = stmt.where(or_(Donor.do_not_contact.is_(True), Donor.deceased.is_(True)))
        return stmt

    def possible_duplicates(self, draft: DonorDraft, exclude_id: int | None = None) -> list[DonorRow]:
        """Donors who may be the same supporter: the same name with the same email or postcode,
        or the same email under any name. A warning to show, never a refusal."""
        self.require(Action.READ_DONORS)
        key = match_key(draft.first_name, draft.last_name, draft.organisation_name, draft.email, draft.postcode)
        with self.db.read() as s:
            ids = find_duplicate_donors(s, [key], exclude_id)[0]
        return self.list_rows(ids)

    def relationship_managers(self) -> list[StaffChoice]:
        """Active staff who may steward donors (fundraisers, managers, admins)."""
        self.require(Action.READ_DONORS)
        roles = [Role.FUNDRAISER.value, Role.MANAGER.value, Role.ADMIN.value]
        stmt = (select(User.id, User.display_name).where(User.active.is_(True))
                .where(User.id.in_(select(UserRole.user_id).where(UserRole.role.in_(roles))))
                .order_by(User.display_name))
        with self.db.read() as s:
            return [StaffChoice(uid, name) for uid, name in s.execute(stmt)]

    # -- writes ------------------------------------------------------------------------------
    def add_donor(self, draft: DonorDraft) -> tuple[DonorRecord, Changes]:
        self.require(Action.EDIT_DONORS)
        today = today_for(self.actor)
        values = validate_donor(draft, today)
        with self.db.transaction("Add donor") as s:
            self._check_links(s, values)
            donor = Donor(**values)
            if donor.deceased:
                donor.do_not_contact = True
            self.stamp(donor)
            s.add(donor)
            audit.record_created(s, self.actor, "donor", donor, DONOR_FIELDS)
            return record_of(s, donor, today), changes_so_far(s)

    def update_donor(self, donor_id: int, draft: DonorDraft,
                     expected_version: int | None) -> tuple[DonorRecord, Changes]:
        self.require(Action.EDIT_DONORS)
        today = today_for(self.actor)
        values = validate_donor(draft, today)
        with self.db.transaction("Change donor") as s:
            donor = load_for_update(s, Donor, donor_id, "donor", expected_version)
            self._check_links(s, values)
            before = audit.snapshot(donor, (*DONOR_FIELDS, "do_not_contact"))
            for name, value in values.items():
                setattr(donor, name, value)
            if donor.deceased:
                # Deceased implies do-not-contact, and it stays so if the flag is later cleared.
                donor.do_not_contact = True
            self.stamp(donor)
            audit.record_updated(s, self.actor, "donor", donor, before, (*DONOR_FIELDS, "do_not_contact"))
            return record_of(s, donor, today), changes_so_far(s)

    def set_preferences(self, donor_id: int, draft: PreferencesDraft,
                        expected_version: int | None) -> tuple[DonorRecord, Changes]:
        self.require(Action.EDIT_DONORS)
        values = validate_preferences(draft)
        with self.db.transaction("Change contact preferences") as s:
            donor = load_for_update(s, Donor, donor_id, "donor", expected_version)
            if donor.deceased and not values["do_not_contact"]:
                raise ValidationError("do_not_contact",
                                      N_("A deceased donor is never contacted: do not contact stays on."))
            before = audit.snapshot(donor, PREFERENCE_FIELDS)
            for name, value in values.items():
                setattr(donor, name, value)
            self.stamp(donor)
            audit.record_updated(s, self.actor, "donor", donor, before, PREFERENCE_FIELDS)
            return record_of(s, donor, today_for(self.actor)), changes_so_far(s)

    def add_quiet_period(self, donor_id: int, draft: QuietPeriodDraft) -> tuple[DonorRecord, Changes]:
        self.require(Action.EDIT_DONORS)
        start, end, reason = validate_quiet_period(draft)
        with self.db.transaction("Add a pause in contact") as s:
            donor = load_for_update(s, Donor, donor_id, "donor", None)
            period = DonorQuietPeriod(donor_id=donor.id, starts_on=start, ends_on=end, reason=reason)
            self.stamp(period)
            s.add(period)
            audit.record_created(s, self.actor, "donor_quiet_period", period,
                                 ("donor_id", "starts_on", "ends_on", "reason"))
            s.refresh(donor, ["quiet_periods"])
            return record_of(s, donor, today_for(self.actor)), changes_so_far(s)

    def remove_quiet_period(self, period_id: int, reason: str = "") -> tuple[DonorRecord, Changes]:
        """End a pause early (the audit log keeps what it was)."""
        self.require(Action.EDIT_DONORS)
        with self.db.transaction("Remove a pause in contact") as s:
            period = get_or_404(s, DonorQuietPeriod, period_id, "Pause")
            donor = load_for_update(s, Donor, period.donor_id, "donor", None)
            audit.record(s, self.actor, kind="delete", record_type="donor_quiet_period",
                         record_id=period.id, reason=reason,
                         changes={k: [v, None] for k, v in audit.snapshot(
                             period, ("donor_id", "starts_on", "ends_on", "reason")).items()})
            s.delete(period)
            s.flush()
            s.refresh(donor, ["quiet_periods"])
            return record_of(s, donor, today_for(self.actor)), changes_so_far(s)

    def _check_links(self, s: Session, values: dict[str, Any]) -> None:
        errors = FieldErrors()
        if values.get("household_id") is not None and s.get(Household, values["household_id"]) is None:
            errors.add(ValidationError("household_id", N_("That household no longer exists.")))
        manager_id = values.get("relationship_manager_id")
        if manager_id is not None:
            user = s.get(User, manager_id)
            if user is None or not user.active:
                errors.add(ValidationError("relationship_manager_id",
                                           N_("Choose an active member of staff.")))
        errors.raise_if_any()

    # -- households --------------------------------------------------------------------------
    def household(self, household_id: int) -> HouseholdRecord:
        self.require(Action.READ_DONORS)
        with self.db.read() as s:
            return self._household_record(s, get_or_404(s, Household, household_id, "Household"))

    def households(self, text: str = "", limit: int = 200) -> list[HouseholdRecord]:
        self.require(Action.READ_DONORS)
        stmt = select(Household).order_by(Household.name, Household.id).limit(limit)
        for term in search_terms(text):
            stmt = stmt.where(Household.search_name.like(f"% {escape_like(term)}%", escape="\\"))
        with self.db.read() as s:
            return [self._household_record(s, h) for h in s.scalars(stmt)]

    def add_household(self, draft: HouseholdDraft) -> tuple[HouseholdRecord, Changes]:
        self.require(Action.EDIT_DONORS)
        values = _validate_household(draft)
        with self.db.transaction("Add household") as s:
            household = Household(**values, search_name=search_name_for(values["name"]))
            self.stamp(household)
            s.add(household)
            audit.record_created(s, self.actor, "household", household, HOUSEHOLD_FIELDS)
            self._join(s, household, draft.member_ids)
            return self._household_record(s, household), changes_so_far(s)

    def update_household(self, household_id: int, draft: HouseholdDraft,
                         expected_version: int | None) -> tuple[HouseholdRecord, Changes]:
        """Change the household's name and address; its members are ``draft.member_ids``."""
        self.require(Action.EDIT_DONORS)
        values = _validate_household(draft)
        with self.db.transaction("Change household") as s:
            household = load_for_update(s, Household, household_id, "household", expected_version)
            before = audit.snapshot(household, HOUSEHOLD_FIELDS)
            for name, value in values.items():
                setattr(household, name, value)
            household.search_name = search_name_for(values["name"])
            self.stamp(household)
            audit.record_updated(s, self.actor, "household", household, before, HOUSEHOLD_FIELDS)
            current = set(s.scalars(select(Donor.id).where(Donor.household_id == household.id)))
            for donor_id in sorted(current - set(draft.member_ids)):
                self._set_household(s, donor_id, None)
            self._join(s, household, tuple(i for i in draft.member_ids if i not in current))
            return self._household_record(s, household), changes_so_far(s)

    def _join(self, s: Session, household: Household, member_ids: Sequence[int]) -> None:
        for donor_id in member_ids:
            self._set_household(s, donor_id, household.id)

    def _set_household(self, s: Session, donor_id: int, household_id: int | None) -> None:
        donor = load_for_update(s, Donor, donor_id, "donor", None)
        if donor.household_id == household_id:
            return
        before = {"household_id": donor.household_id}
        donor.household_id = household_id
        self.stamp(donor)
        audit.record_updated(s, self.actor, "donor", donor, before, ("household_id",))

    @staticmethod
    def _household_record(s: Session, household: Household) -> HouseholdRecord:
        members = s.scalars(select(Donor).where(Donor.household_id == household.id)
                            .order_by(Donor.sort_name, Donor.id))
        return HouseholdRecord(
            household.id, household.name, household.salutation, household.address_line1,
            household.address_line2, household.city, household.region, household.postcode,
            household.country,
            tuple(HouseholdMember(d.id, donor_name(d), d.lifetime_total, d.last_gift_on) for d in members),
            household.version,
        )


def _validate_household(draft: HouseholdDraft) -> dict[str, Any]:
    errors = FieldErrors()
    limits = {"name": 200, "salutation": 200, "address_line1": 200, "address_line2": 200,
              "city": 120, "region": 120, "postcode": 20, "country": 80}
    values = {k: errors.check(clean_text, getattr(draft, k), k, max_chars=n, required=k == "name") or ""
              for k, n in limits.items()}
    errors.raise_if_any()
    return values


def draft_of(record: DonorRecord) -> DonorDraft:
    """A form's starting point for editing *record*."""
    fields = set(DonorDraft.__dataclass_fields__)
    return DonorDraft(**{k: v for k, v in asdict(record).items() if k in fields})


@search_provider("donor", Action.READ_DONORS)
def search_donors(s: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    terms = search_terms(text)
    if not terms:
        return []
    stmt = (select(Donor.id, Donor.kind, Donor.first_name, Donor.last_name, Donor.organisation_name,
                   Donor.city, Donor.email)
            .where(Donor.id.in_(text_match(text))).order_by(Donor.sort_name, Donor.id).limit(limit))
    hits = []
    for did, kind, first, last, org, city, email in s.execute(stmt):
        # The list already says "Donor" for every donor hit: only an organisation needs saying.
        label = N_("Organisation") if kind == DonorKind.ORGANISATION else ""
        subtitle = " · ".join(p for p in (label, city, email) if p)
        hits.append(SearchHit("donor", did, display_name(kind, first, last, org), subtitle))
    return hits


@search_provider("household", Action.READ_DONORS)
def search_households(s: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    terms = search_terms(text)
    if not terms:
        return []
    stmt = select(Household.id, Household.name, Household.city)
    for term in terms:
        stmt = stmt.where(Household.search_name.like(f"% {escape_like(term)}%", escape="\\"))
    stmt = stmt.order_by(Household.name, Household.id).limit(limit)
    return [SearchHit("household", hid, name, " · ".join(p for p in ("Household", city) if p))
            for hid, name, city in s.execute(stmt)]
