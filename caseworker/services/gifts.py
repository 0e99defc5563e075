"""Gifts: recording, voiding, batch entry, recurring gifts and pledges, and what they add up to.

Caseworkers never read gifts (the permission map says so and every method checks). A refund or a
correction is a void with a reason, never a deletion; each gift, void and batch is audited in the
same transaction, and the donor's giving summary (used by the list's segments and sorting) is
recomputed there too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import Donor, Gift, GiftSchedule, Receipt, ReceiptGift, SoftCredit
from caseworker.db.notices import changes_so_far
from caseworker.domain.errors import RuleViolation, ValidationError, ValidationErrors
from caseworker.domain.gifts import (
    ZERO,
    AppealResponse,
    BatchLine,
    BatchResult,
    BatchRowError,
    GiftDraft,
    GiftRecord,
    PeriodTotal,
    ScheduleDraft,
    ScheduleKind,
    ScheduleRecord,
    ScheduleStatus,
    SoftCreditDraft,
    SoftCreditRecord,
    eligible_amount,
    format_receipt_number,
    schedule_standing,
    validate_gift,
    validate_schedule,
)
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import clean_text, parse_date
from caseworker.domain.org import OrgSettings
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update
from caseworker.services.donors import donor_name, today_for
from caseworker.services.org_settings import load_org_settings, org_settings_in

GIFT_FIELDS = ("donor_id", "amount", "currency", "gift_date", "method", "fund", "appeal_code",
               "in_kind_description", "advantage_description", "advantage_value", "reference", "note",
               "thanked_on", "schedule_id", "replaces_gift_id", "batch_label")
SCHEDULE_FIELDS = ("donor_id", "kind", "amount", "currency", "rrule", "starts_on", "ends_on",
                   "pledged_total", "method", "fund", "appeal_code", "status")
MAX_BATCH_ROWS = 2000


def refresh_giving_summary(s: Session, donor_ids: Sequence[int]) -> None:
    """Recompute the giving columns of *donor_ids* from their non-void gifts."""
    for donor_id in set(donor_ids):
        first, last, count, total, largest = s.execute(
            select(func.min(Gift.gift_date), func.max(Gift.gift_date), func.count(Gift.id),
                   func.coalesce(func.sum(Gift.amount), ZERO), func.coalesce(func.max(Gift.amount), ZERO))
            .where(Gift.donor_id == donor_id, Gift.voided_at.is_(None))).one()
        donor = s.get(Donor, donor_id)
        if donor is None:
            continue
        donor.first_gift_on, donor.last_gift_on, donor.gift_count = first, last, count
        donor.lifetime_total, donor.largest_gift = total, largest


class GiftService(Service):
    # -- reads -------------------------------------------------------------------------------
    def get(self, gift_id: int) -> GiftRecord:
        self.require(Action.READ_GIFTS)
        with self.db.read() as s:
            gift = get_or_404(s, Gift, gift_id, "Gift")
            return self._records(s, [gift])[0]

    def gifts_for_donor(self, donor_id: int, *, include_void: bool = True) -> list[GiftRecord]:
        """The donor's gifts, newest first."""
        self.require(Action.READ_GIFTS)
        stmt = select(Gift).where(Gift.donor_id == donor_id)
        if not include_void:
            stmt = stmt.where(Gift.voided_at.is_(None))
        with self.db.read() as s:
            return self._records(s, list(s.scalars(stmt.order_by(Gift.gift_date.desc(), Gift.id.desc()))))

    def soft_credits_for_donor(self, donor_id: int) -> list[GiftRecord]:
        """Gifts of others for which this donor is soft-credited."""
        self.require(Action.READ_GIFTS)
        stmt = (select(Gift).join(SoftCredit, SoftCredit.gift_id == Gift.id)
                .where(SoftCredit.donor_id == donor_id).order_by(Gift.gift_date.desc(), Gift.id.desc()))
        with self.db.read() as s:
            return self._records(s, list(s.scalars(stmt)))

    def giving_totals(self, donor_id: int, *, fiscal: bool = False) -> list[PeriodTotal]:
        """Non-void giving per calendar (or fiscal) year, newest first."""
        self.require(Action.READ_GIFTS)
        return self._totals(Gift.donor_id == donor_id, fiscal)

    def household_totals(self, household_id: int, *, fiscal: bool = False) -> list[PeriodTotal]:
        """Joint giving of a household's members per year (soft credits are not added, so a gift
        is never counted twice)."""
        self.require(Action.READ_GIFTS)
        members = select(Donor.id).where(Donor.household_id == household_id)
        return self._totals(Gift.donor_id.in_(members), fiscal)

    def _totals(self, condition: Any, fiscal: bool) -> list[PeriodTotal]:
        settings = load_org_settings(self.db)
        stmt = (select(Gift.gift_date, Gift.amount, Gift.advantage_value)
                .where(condition, Gift.voided_at.is_(None)))
        buckets: dict[date, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0), Decimal(0)])
        with self.db.read() as s:
            for gift_date, amount, advantage in s.execute(stmt):
                start = _period_start(settings, gift_date, fiscal)
                bucket = buckets[start]
                bucket[0] += 1
                bucket[1] += amount
                bucket[2] += eligible_amount(amount, advantage)
        result = []
        for start in sorted(buckets, reverse=True):
            count, total, eligible = buckets[start]
            end = date(start.year + 1, start.month, 1)
            label = str(start.year) if start.month == 1 else f"{start.year}–{str(start.year + 1)[-2:]}"
            result.append(PeriodTotal(label, start, end, int(count), total, eligible))
        return result

    def appeal_response(self, since: date | None = None, until: date | None = None) -> list[AppealResponse]:
        """Gifts and amounts per appeal code (non-void), largest total first."""
        self.require(Action.READ_GIFTS)
        stmt = (select(Gift.appeal_code, func.count(Gift.id), func.count(func.distinct(Gift.donor_id)),
                       func.sum(Gift.amount), func.min(Gift.gift_date), func.max(Gift.gift_date))
                .where(Gift.voided_at.is_(None)).group_by(Gift.appeal_code))
        if since is not None:
            stmt = stmt.where(Gift.gift_date >= since)
        if until is not None:
            stmt = stmt.where(Gift.gift_date <= until)
        with self.db.read() as s:
            rows = []
            for code, gifts, donors, total, first, last in s.execute(stmt):
                amount = total if total is not None else ZERO
                rows.append(AppealResponse(code or "", gifts, donors, amount,
                                           (amount / gifts).quantize(Decimal("0.01")) if gifts else ZERO,
                                           first, last))
        return sorted(rows, key=lambda r: (-r.total, r.appeal_code))

    def unthanked(self, limit: int = 200) -> list[GiftRecord]:
        """Non-void gifts still waiting for a thank-you, oldest first."""
        self.require(Action.READ_GIFTS)
        stmt = (select(Gift).where(Gift.thanked_on.is_(None), Gift.voided_at.is_(None))
                .order_by(Gift.gift_date, Gift.id).limit(limit))
        with self.db.read() as s:
            return self._records(s, list(s.scalars(stmt)))

    # -- writes ------------------------------------------------------------------------------
    def record_gift(self, draft: GiftDraft) -> tuple[GiftRecord, Changes]:
        self.require(Action.RECORD_GIFTS)
        values = validate_gift(draft, today_for(self.actor))
        with self.db.transaction("Record gift") as s:
            currency = org_settings_in(s).currency
            gift = self._insert(s, values, currency)
            refresh_giving_summary(s, [gift.donor_id])
            return self._records(s, [gift])[0], changes_so_far(s)

    def void_gift(self, gift_id: int, reason: str, expected_version: int | None = None) -> tuple[GiftRecord, Changes]:
        """Refund or cancel a gift: it stays on record, marked void with *reason*."""
        self.require(Action.RECORD_GIFTS)
        reason = clean_text(reason, "reason", max_chars=1000, required=True)
        with self.db.transaction("Void gift") as s:
            gift = load_for_update(s, Gift, gift_id, "gift", expected_version)
            self._void(s, gift, reason)
            refresh_giving_summary(s, [gift.donor_id])
            return self._records(s, [gift])[0], changes_so_far(s)

    def correct_gift(self, gift_id: int, draft: GiftDraft, reason: str,
                     expected_version: int | None = None) -> tuple[GiftRecord, Changes]:
        """Void a wrong gift and record the right one naming it, in one step."""
        self.require(Action.RECORD_GIFTS)
        reason = clean_text(reason, "reason", max_chars=1000, required=True)
        values = validate_gift(draft, today_for(self.actor))
        with self.db.transaction("Correct gift") as s:
            currency = org_settings_in(s).currency
            old = load_for_update(s, Gift, gift_id, "gift", expected_version)
            self._void(s, old, reason)
            new = self._insert(s, {**values, "replaces_gift_id": old.id}, currency)
            refresh_giving_summary(s, [old.donor_id, new.donor_id])
            return self._records(s, [new])[0], changes_so_far(s)

    def mark_thanked(self, gift_ids: Sequence[int], thanked_on: date | str) -> Changes:
        """Record that the thank-you for these gifts went out (gifts already thanked keep their date)."""
        self.require(Action.RECORD_GIFTS)
        day = parse_date(thanked_on, "thanked_on", not_future=True, today=today_for(self.actor))
        with self.db.transaction("Mark gifts thanked") as s:
            for gift_id in gift_ids:
                gift = load_for_update(s, Gift, gift_id, "gift", None)
                if gift.thanked_on is not None or gift.voided_at is not None:
                    continue
                if day < gift.gift_date:
                    raise ValidationError("thanked_on", N_("The thank-you cannot be dated before the gift."))
                before = audit.snapshot(gift, ("thanked_on",))
                gift.thanked_on = day
                self.stamp(gift)
                audit.record_updated(s, self.actor, "gift", gift, before, ("thanked_on",))
            return changes_so_far(s)

    def record_batch(self, lines: Sequence[BatchLine], gift_date: date | str,
                     label: str = "") -> tuple[BatchResult, Changes]:
        """Save a day's gifts in one transaction: every row, or none.

        Each row is checked before anything is written; the first bad row is named (1-based, as the
        grid shows it) in a :class:`BatchRowError`, together with every other bad row's errors.
        """
        self.require(Action.RECORD_GIFTS)
        today = today_for(self.actor)
        day = parse_date(gift_date, "gift_date", not_future=True, today=today)
        label = clean_text(label, "label", max_chars=80) or f"{day.isoformat()} batch"
        if not lines:
            raise ValidationError("lines", N_("The batch has no gifts."))
        if len(lines) > MAX_BATCH_ROWS:
            raise ValidationError("lines", N_("A batch can hold at most {n} gifts."), n=MAX_BATCH_ROWS)
        checked: list[dict[str, Any]] = []
        problems: list[ValidationError] = []
        for row, line in enumerate(lines, start=1):
            draft = GiftDraft(donor_id=line.donor_id, amount=line.amount, gift_date=day, method=line.method,
                              fund=line.fund, appeal_code=line.appeal_code, reference=line.reference)
            try:
                checked.append(validate_gift(draft, today))
            except ValidationErrors as exc:
                problems.extend(BatchRowError(row, e) for e in exc.errors)
            except ValidationError as exc:
                problems.append(BatchRowError(row, exc))
        if problems:
            raise problems[0] if len(problems) == 1 else ValidationErrors(problems)
        with self.db.transaction("Record a batch of gifts") as s:
            currency = org_settings_in(s).currency
            known = set(s.scalars(select(Donor.id).where(Donor.id.in_({v["donor_id"] for v in checked}))))
            for row, values in enumerate(checked, start=1):
                if values["donor_id"] not in known:
                    raise BatchRowError(row, ValidationError("donor_id", N_("That donor no longer exists.")))
            gifts = [self._insert(s, {**values, "batch_label": label}, currency) for values in checked]
            refresh_giving_summary(s, [g.donor_id for g in gifts])
            total = sum((g.amount for g in gifts), ZERO)
            return BatchResult(tuple(g.id for g in gifts), len(gifts), total, label), changes_so_far(s)

    # -- recurring gifts and pledges ---------------------------------------------------------
    def add_schedule(self, draft: ScheduleDraft) -> tuple[ScheduleRecord, Changes]:
        self.require(Action.RECORD_GIFTS)
        values = validate_schedule(draft)
        label = "Add pledge" if values["kind"] == ScheduleKind.PLEDGE else "Add recurring gift"
        with self.db.transaction(label) as s:
            currency = org_settings_in(s).currency
            get_or_404(s, Donor, values["donor_id"], "Donor")
            schedule = GiftSchedule(**values, currency=currency, status=ScheduleStatus.ACTIVE.value)
            self.stamp(schedule)
            s.add(schedule)
            audit.record_created(s, self.actor, "gift_schedule", schedule, SCHEDULE_FIELDS)
            return self._schedule_record(s, schedule), changes_so_far(s)

    def cancel_schedule(self, schedule_id: int, reason: str,
                        expected_version: int | None = None) -> tuple[ScheduleRecord, Changes]:
        self.require(Action.RECORD_GIFTS)
        reason = clean_text(reason, "reason", max_chars=1000, required=True)
        with self.db.transaction("Cancel recurring gift or pledge") as s:
            schedule = load_for_update(s, GiftSchedule, schedule_id, "schedule", expected_version)
            if schedule.status != ScheduleStatus.ACTIVE:
                raise RuleViolation(N_("Only an active schedule can be cancelled."))
            schedule.status = ScheduleStatus.CANCELLED.value
            schedule.cancelled_reason = reason
            schedule.ends_on = min(schedule.ends_on or today_for(self.actor), today_for(self.actor))
            self.stamp(schedule)
            audit.record(s, self.actor, kind="void", record_type="gift_schedule", record_id=schedule.id,
                         changes={"status": [ScheduleStatus.ACTIVE.value, ScheduleStatus.CANCELLED.value]},
                         reason=reason)
            return self._schedule_record(s, schedule), changes_so_far(s)

    def schedules_for_donor(self, donor_id: int) -> list[ScheduleRecord]:
        self.require(Action.READ_GIFTS)
        with self.db.read() as s:
            stmt = select(GiftSchedule).where(GiftSchedule.donor_id == donor_id).order_by(GiftSchedule.starts_on)
            return [self._schedule_record(s, sc) for sc in s.scalars(stmt)]

    def schedule(self, schedule_id: int) -> ScheduleRecord:
        self.require(Action.READ_GIFTS)
        with self.db.read() as s:
            return self._schedule_record(s, get_or_404(s, GiftSchedule, schedule_id, "Schedule"))

    # -- helpers -----------------------------------------------------------------------------
    def _insert(self, s: Session, values: dict[str, Any], currency: str) -> Gift:
        credits = values.pop("soft_credits", [])
        schedule_id = values.get("schedule_id")
        if schedule_id is not None:
            schedule = get_or_404(s, GiftSchedule, schedule_id, "Schedule")
            if schedule.donor_id != values["donor_id"]:
                raise ValidationError("schedule_id", N_("That schedule belongs to another donor."))
        if s.get(Donor, values["donor_id"]) is None:
            raise ValidationError("donor_id", N_("That donor no longer exists."))
        gift = Gift(**values, currency=currency)
        self.stamp(gift)
        s.add(gift)
        audit.record_created(s, self.actor, "gift", gift, GIFT_FIELDS)
        for donor_id, amount, note in credits:
            if s.get(Donor, donor_id) is None:
                raise ValidationError("soft_credits", N_("A soft-credited donor no longer exists."))
            credit = SoftCredit(gift_id=gift.id, donor_id=donor_id, amount=amount, note=note)
            self.stamp(credit)
            s.add(credit)
            audit.record_created(s, self.actor, "soft_credit", credit, ("gift_id", "donor_id", "amount", "note"))
        return gift

    def _void(self, s: Session, gift: Gift, reason: str) -> None:
        if gift.voided_at is not None:
            raise RuleViolation(N_("This gift was already voided."))
        active_receipt = s.scalar(
            select(Receipt.number).join(ReceiptGift, ReceiptGift.receipt_id == Receipt.id)
            .where(ReceiptGift.gift_id == gift.id, Receipt.voided_at.is_(None)))
        if active_receipt is not None:
            raise RuleViolation(
                N_("Gift {gift} is on receipt {number}: void that receipt first (and reissue it without the gift)."),
                gift=gift.id, number=format_receipt_number(active_receipt))
        gift.voided_at = utcnow()
        gift.voided_by_id = self.actor.user_id
        gift.void_reason = reason
        self.stamp(gift)
        audit.record(s, self.actor, kind="void", record_type="gift", record_id=gift.id,
                     changes={"voided": [False, True], "amount": [str(gift.amount), str(gift.amount)]},
                     reason=reason)


    @staticmethod
    def _records(s: Session, gifts: list[Gift]) -> list[GiftRecord]:
        if not gifts:
            return []
        ids = [g.id for g in gifts]
        credits: dict[int, list[SoftCreditRecord]] = defaultdict(list)
        credit_rows = s.execute(select(SoftCredit, Donor).join(Donor, Donor.id == SoftCredit.donor_id)
                                .where(SoftCredit.gift_id.in_(ids)).order_by(SoftCredit.id))
        for credit, donor in credit_rows:
            credits[credit.gift_id].append(SoftCreditRecord(donor.id, donor_name(donor), credit.amount, credit.note))
        receipts = dict(s.execute(
            select(ReceiptGift.gift_id, Receipt.number).join(Receipt, Receipt.id == ReceiptGift.receipt_id)
            .where(ReceiptGift.gift_id.in_(ids), Receipt.voided_at.is_(None))).all())
        names = {d.id: donor_name(d) for d in s.scalars(select(Donor).where(Donor.id.in_({g.donor_id for g in gifts})))}
        return [
            GiftRecord(
                id=g.id, donor_id=g.donor_id, donor_name=names.get(g.donor_id, ""), amount=g.amount,
                currency=g.currency, gift_date=g.gift_date, method=g.method, fund=g.fund,
                appeal_code=g.appeal_code, in_kind_description=g.in_kind_description,
                advantage_description=g.advantage_description, advantage_value=g.advantage_value,
                eligible_amount=eligible_amount(g.amount, g.advantage_value), reference=g.reference,
                note=g.note, thanked_on=g.thanked_on, schedule_id=g.schedule_id,
                replaces_gift_id=g.replaces_gift_id, batch_label=g.batch_label,
                voided=g.voided_at is not None, void_reason=g.void_reason,
                receipt_number=format_receipt_number(receipts[g.id]) if g.id in receipts else None,
                soft_credits=tuple(credits.get(g.id, ())), version=g.version,
            )
            for g in gifts
        ]

    def _schedule_record(self, s: Session, sc: GiftSchedule) -> ScheduleRecord:
        received = s.execute(select(func.coalesce(func.sum(Gift.amount), ZERO))
                             .where(Gift.schedule_id == sc.id, Gift.voided_at.is_(None))).scalar_one()
        standing = schedule_standing(sc.kind, sc.amount, sc.rrule, sc.starts_on, sc.ends_on,
                                     sc.pledged_total, received, today_for(self.actor))
        donor = s.get(Donor, sc.donor_id)
        return ScheduleRecord(sc.id, sc.donor_id, donor_name(donor) if donor else "", sc.kind, sc.amount,
                              sc.currency, sc.rrule, sc.starts_on, sc.ends_on, sc.pledged_total, sc.method,
                              sc.fund, sc.appeal_code, sc.status, standing, sc.version)


def _period_start(settings: OrgSettings, day: date, fiscal: bool) -> date:
    if not fiscal:
        return date(day.year, 1, 1)
    return settings.fiscal_year_of(day)[0]


__all__ = ["GiftService", "SoftCreditDraft", "refresh_giving_summary"]
