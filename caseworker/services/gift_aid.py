"""UK Gift Aid: recording and cancelling donors' declarations, judging gifts, the claim schedule.

The rules live in :mod:`caseworker.domain.gift_aid`; this service loads what they judge. A gift is
always judged together with every other gift of its donor in the same tax year, so HMRC's £2,500
annual benefit limit sees the whole year whichever receipt or claim asks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TypeVar

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from caseworker.db.models import Donor, Gift, GiftAidDeclaration
from caseworker.db.notices import changes_so_far
from caseworker.domain import documents as rd
from caseworker.domain import gift_aid as ga
from caseworker.domain.donors import DonorKind, display_name
from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.gifts import GiftMethod
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import FieldErrors, clean_text, parse_date, parse_optional_date
from caseworker.domain.org import OrgSettings
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update
from caseworker.services.donors import today_for
from caseworker.services.org_settings import load_org_settings

FIELDS = ("donor_id", "declared_on", "scope", "method", "gift_id", "confirmation_sent_on", "cancelled_on",
          "cancel_reason", "note")
E = TypeVar("E", bound=Enum)

STERLING = "GBP"
NOT_STERLING = N_("Gift Aid is claimed on gifts in pounds sterling only")


@dataclass(frozen=True)
class DeclarationDraft:
    donor_id: int
    declared_on: date | str
    scope: ga.DeclarationScope | str = ga.DeclarationScope.PAST_AND_FUTURE
    method: ga.DeclarationMethod | str = ga.DeclarationMethod.WRITTEN
    #: The gift a "this gift only" declaration names.
    gift_id: int | None = None
    #: Required for an oral declaration: the day the confirmation letter went.
    confirmation_sent_on: date | str | None = None
    note: str = ""


def _record(row: GiftAidDeclaration) -> ga.Declaration:
    return ga.Declaration(
        id=row.id, donor_id=row.donor_id, declared_on=row.declared_on, scope=ga.DeclarationScope(row.scope),
        method=ga.DeclarationMethod(row.method), gift_id=row.gift_id, confirmation_sent_on=row.confirmation_sent_on,
        cancelled_on=row.cancelled_on, cancel_reason=row.cancel_reason, version=row.version)


def load_declarations(s: Session, donor_ids: Iterable[int]) -> list[ga.Declaration]:
    ids = sorted(set(donor_ids))
    found: list[ga.Declaration] = []
    for chunk in range(0, len(ids), 500):
        found += [_record(row) for row in s.scalars(select(GiftAidDeclaration).where(
            GiftAidDeclaration.donor_id.in_(ids[chunk:chunk + 500])))]
    return found


def claim_gift(gift: Gift) -> ga.GiftForClaim:
    return ga.GiftForClaim(gift.id, gift.donor_id, gift.gift_date, gift.amount, gift.advantage_value,
                           gift.method == GiftMethod.IN_KIND)


def assess_gifts(s: Session, gifts: Sequence[Gift]) -> dict[int, ga.Assessment]:
    """Each gift's assessment by gift id, judged with its donor's other gifts of the same tax years."""
    if not gifts:
        return {}
    donor_ids = {g.donor_id for g in gifts}
    years = {ga.tax_year_of(g.gift_date) for g in gifts}
    spans = [ga.tax_year_span(y) for y in years]
    others = list(s.scalars(select(Gift).where(
        Gift.donor_id.in_(donor_ids), Gift.voided_at.is_(None),
        or_(*(and_(Gift.gift_date >= a, Gift.gift_date <= b) for a, b in spans)))))
    every = {g.id: g for g in [*others, *gifts]}
    assessed = ga.assess([claim_gift(g) for g in every.values()], load_declarations(s, donor_ids))
    wanted = {g.id for g in gifts}
    return {a.gift.gift_id: a for a in assessed if a.gift.gift_id in wanted}


def declaration_for_print(declaration: ga.Declaration, gifts: dict[int, Gift]) -> rd.GiftAidDeclaration:
    gift = gifts.get(declaration.gift_id or 0)
    return rd.GiftAidDeclaration(
        declared_on=declaration.declared_on, scope=declaration.scope.value, method=declaration.method.value,
        gift_amount=gift.amount if gift is not None else None,
        confirmation_sent_on=declaration.confirmation_sent_on, cancelled_on=declaration.cancelled_on)


NOT_UK = N_("Gift Aid is a UK tax relief: it applies only to an organisation in the United Kingdom "
            "(Settings: the organisation's country).")


def _require_uk(settings: OrgSettings) -> None:
    if not settings.gift_aid_applies:
        raise RuleViolation(NOT_UK)


class GiftAidService(Service):
    # -- declarations -------------------------------------------------------------------------
    def record_declaration(self, draft: DeclarationDraft) -> tuple[ga.Declaration, Changes]:
        """Record a declaration the donor made (in writing, orally with a confirmation letter, online)."""
        self.require(Action.EDIT_DONORS)
        _require_uk(load_org_settings(self.db))
        today = today_for(self.actor)
        errors = FieldErrors()
        declared_on = errors.check(parse_date, draft.declared_on, "declared_on", not_future=True, today=today)
        scope = errors.check(_choice, ga.DeclarationScope, draft.scope, "scope")
        method = errors.check(_choice, ga.DeclarationMethod, draft.method, "method")
        confirmed = errors.check(parse_optional_date, draft.confirmation_sent_on, "confirmation_sent_on",
                                 not_future=True, today=today)
        note = errors.check(clean_text, draft.note, "note", max_chars=2000, multiline=True)
        if method is ga.DeclarationMethod.ORAL and confirmed is None and not any(
                e.field == "confirmation_sent_on" for e in errors.errors):
            errors.add(ValidationError("confirmation_sent_on", N_(
                "An oral declaration needs the date its confirmation letter was sent.")))
        if confirmed is not None and declared_on is not None and confirmed < declared_on:
            errors.add(ValidationError("confirmation_sent_on", N_(
                "The confirmation letter cannot be sent before the declaration was made.")))
        if scope is ga.DeclarationScope.THIS_GIFT and draft.gift_id is None:
            errors.add(ValidationError("gift_id", N_("Choose the gift this declaration covers.")))
        errors.raise_if_any()
        assert scope is not None and method is not None
        with self.db.transaction("Record Gift Aid declaration") as s:
            donor = load_for_update(s, Donor, draft.donor_id, "donor", None)
            if donor.kind != DonorKind.INDIVIDUAL:
                raise RuleViolation(N_("Only a person can make a Gift Aid declaration, not an organisation."))
            if not (donor.address_line1.strip() and donor.postcode.strip()):
                raise RuleViolation(N_("A Gift Aid declaration needs the donor's home address: record the house "
                                       "name or number and the postcode first."))
            gift_id = None
            if scope is ga.DeclarationScope.THIS_GIFT:
                gift = s.get(Gift, draft.gift_id)
                if gift is None or gift.donor_id != donor.id or gift.voided_at is not None:
                    raise ValidationError("gift_id", N_("Gift {gift} is not a standing gift of this donor."),
                                          gift=draft.gift_id)
                gift_id = gift.id
            row = GiftAidDeclaration(donor_id=donor.id, declared_on=declared_on, scope=scope.value,
                                     method=method.value, gift_id=gift_id, confirmation_sent_on=confirmed,
                                     note=note or "", recorded_by_id=self.actor.user_id)
            self.stamp(row)
            s.add(row)
            audit.record_created(s, self.actor, "gift_aid_declaration", row, FIELDS)
            return _record(row), changes_so_far(s)

    def cancel_declaration(self, declaration_id: int, effective_on: date | str, reason: str,
                           expected_version: int | None = None) -> tuple[ga.Declaration, Changes]:
        """Cancel a declaration from *effective_on*: gifts received from that day carry no Gift Aid."""
        self.require(Action.EDIT_DONORS)
        _require_uk(load_org_settings(self.db))
        errors = FieldErrors()
        day = errors.check(parse_date, effective_on, "cancelled_on")
        why = errors.check(clean_text, reason, "reason", max_chars=1000, required=True)
        errors.raise_if_any()
        assert day is not None
        with self.db.transaction("Cancel Gift Aid declaration") as s:
            row = load_for_update(s, GiftAidDeclaration, declaration_id, "Gift Aid declaration", expected_version)
            if row.cancelled_on is not None:
                raise RuleViolation(N_("This declaration was already cancelled."))
            if day < row.declared_on:
                raise ValidationError("cancelled_on", N_("A declaration cannot be cancelled before it was made."))
            before = audit.snapshot(row, FIELDS)
            row.cancelled_on = day
            row.cancel_reason = why or ""
            self.stamp(row)
            audit.record_updated(s, self.actor, "gift_aid_declaration", row, before, FIELDS, reason=why or "")
            s.flush()
            return _record(row), changes_so_far(s)

    def declarations(self, donor_id: int) -> list[ga.Declaration]:
        """The donor's declarations, oldest first, cancelled ones included."""
        self.require(Action.READ_DONORS)
        with self.db.read() as s:
            get_or_404(s, Donor, donor_id, "Donor")
            return sorted(load_declarations(s, [donor_id]), key=lambda d: (d.declared_on, d.id))

    # -- the claim ----------------------------------------------------------------------------
    def claim_schedule(self, start: date, end: date, *, aggregate_small: bool = False) -> rd.GiftAidClaimData:
        """HMRC's schedule of the gifts received in [start, end] on which Gift Aid can be claimed."""
        self.require(Action.READ_GIFTS)
        settings = load_org_settings(self.db)
        _require_uk(settings)
        if end < start:
            raise ValidationError("end", N_("The period ends before it starts."))
        with self.db.read() as s:
            gifts = list(s.scalars(select(Gift).where(Gift.voided_at.is_(None), Gift.gift_date >= start,
                                                      Gift.gift_date <= end).order_by(Gift.gift_date, Gift.id)))
            sterling = [g for g in gifts if g.currency == STERLING]
            declared = {d.donor_id for d in load_declarations(s, {g.donor_id for g in sterling})}
            donors = {d.id: d for d in _donors(s, declared)}
            assessed = assess_gifts(s, [g for g in sterling if g.donor_id in declared])
            rows: list[ga.ClaimRow] = []
            refused: list[rd.GiftAidRefusal] = []
            undeclared = [g for g in gifts if g.donor_id not in declared]
            for gift in gifts:
                donor = donors.get(gift.donor_id)
                if donor is None:
                    continue
                name = display_name(donor.kind, donor.first_name, donor.last_name, donor.organisation_name)
                if gift.currency != STERLING:
                    refused.append(rd.GiftAidRefusal(gift.gift_date, name, gift.amount, gift.advantage_value,
                                                     NOT_STERLING))
                    continue
                verdict = assessed[gift.id]
                if verdict.ineligible is not None:
                    refused.append(rd.GiftAidRefusal(gift.gift_date, name, gift.amount, gift.advantage_value,
                                                     ga.INELIGIBLE_LABELS[verdict.ineligible]))
                else:
                    rows.append(ga.ClaimRow(
                        received_on=gift.gift_date, amount=gift.amount, first_name=donor.first_name[:35],
                        last_name=donor.last_name[:35], house=ga.house_name_or_number(donor.address_line1),
                        postcode=donor.postcode.strip().upper(), gift_ids=(gift.id,)))
            if aggregate_small:
                rows = ga.aggregate_small(rows)
            return rd.GiftAidClaimData(
                organisation=rd.organisation_from_settings(settings),
                period_start=start, period_end=end,
                rows=tuple(rows),
                refused=tuple(refused),
                undeclared_gifts=len(undeclared),
                undeclared_total=sum((g.amount for g in undeclared), ga.ZERO),
            )


def _donors(s: Session, ids: Iterable[int]) -> list[Donor]:
    ordered = sorted(ids)
    found: list[Donor] = []
    for chunk in range(0, len(ordered), 500):
        found += list(s.scalars(select(Donor).where(Donor.id.in_(ordered[chunk:chunk + 500]))))
    return found


def _choice(enum: type[E], value: object, field: str) -> E:
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(field, N_("'{value}' is not one of the choices."), value=value) from None
