"""Receipts: their own records, numbered from a gap-free sequence.

A receipt number is taken from the ``receipt_counters`` row inside the issuing transaction: on
PostgreSQL the row is locked (``SELECT ... FOR UPDATE``) so concurrent issuers queue for it; on
SQLite the write transaction already holds the database lock (``BEGIN IMMEDIATE``). Either way a
rolled-back issue gives its number back, so the printed numbers never skip (a database sequence
would leave gaps after a rollback).

A wrong receipt is voided with a reason and, when its gifts still stand, reissued under a new
number that names the old one. Receipts are paperwork owed by law, not contact: they are not
touchpoints and the contact guard never stops them.

:meth:`ReceiptService.gather_receipt` and :meth:`ReceiptService.gather_statement` return the plain
dataclasses the PDF renderers in :mod:`caseworker.reports` draw (only their data module is
imported here: no ReportLab).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import Donor, Gift, Receipt, ReceiptCounter, ReceiptGift
from caseworker.db.notices import changes_so_far
from caseworker.domain import documents as report_data
from caseworker.domain.donors import address_lines, display_name
from caseworker.domain.errors import RuleViolation
from caseworker.domain.gift_aid import INELIGIBLE_LABELS, tax_year_label, tax_year_span
from caseworker.domain.gift_aid import Declaration as GiftAidDeclarationRecord
from caseworker.domain.gifts import (
    METHOD_LABELS,
    ZERO,
    GiftMethod,
    ReceiptKind,
    ReceiptRecord,
    eligible_amount,
    format_receipt_number,
)
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import clean_text
from caseworker.domain.org import ReceiptStyle
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update
from caseworker.services.donors import today_for
from caseworker.services.gift_aid import assess_gifts, declaration_for_print
from caseworker.services.org_settings import load_org_settings, org_settings_in

SERIES = "receipt"
RECEIPT_FIELDS = ("number", "donor_id", "kind", "tax_year", "style", "issued_on", "currency", "total",
                  "eligible_total", "donor_name", "replaces_receipt_id")


def take_receipt_number(s: Session) -> int:
    """The next number of the series, reserved inside the caller's transaction."""
    dialect = s.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # The first issue ever creates the counter; a concurrent first issue finds it made.
    s.execute(insert(ReceiptCounter).values(series=SERIES, next_number=1)
              .on_conflict_do_nothing(index_elements=["series"]))
    stmt = select(ReceiptCounter).where(ReceiptCounter.series == SERIES)
    if dialect != "sqlite":
        stmt = stmt.with_for_update()
    counter = s.scalars(stmt).one()
    s.refresh(counter)  # the locked, current value, not one cached before the lock was taken
    number = counter.next_number
    counter.next_number = number + 1
    s.flush()
    return number


class ReceiptService(Service):
    # -- issuing ------------------------------------------------------------------------------
    def issue_for_gift(self, gift_id: int) -> tuple[ReceiptRecord, Changes]:
        self.require(Action.ISSUE_RECEIPTS)
        with self.db.transaction("Issue receipt") as s:
            gift = load_for_update(s, Gift, gift_id, "gift", None)
            receipt = self._issue(s, gift.donor_id, [gift], ReceiptKind.GIFT, None, None)
            return self._record(s, receipt), changes_so_far(s)

    def issue_for_year(self, donor_id: int, year: int) -> tuple[ReceiptRecord, Changes]:
        """One receipt for the donor's gifts of *year* not yet on a receipt: the calendar year, or
        in the UK style the tax year starting on 6 April of *year*."""
        self.require(Action.ISSUE_RECEIPTS)
        with self.db.transaction("Issue annual receipt") as s:
            style = org_settings_in(s).receipt_style
            first, last = year_span(style, year)
            get_or_404(s, Donor, donor_id, "Donor")
            lock = s.get_bind().dialect.name != "sqlite"
            on_receipt = (select(ReceiptGift.gift_id).join(Receipt, Receipt.id == ReceiptGift.receipt_id)
                          .where(Receipt.voided_at.is_(None)))
            stmt = (select(Gift).where(Gift.donor_id == donor_id, Gift.voided_at.is_(None),
                                       Gift.gift_date >= first, Gift.gift_date <= last,
                                       Gift.id.not_in(on_receipt))
                    .order_by(Gift.gift_date, Gift.id))
            gifts = list(s.scalars(stmt.with_for_update() if lock else stmt))
            if not gifts:
                raise RuleViolation(N_("There are no gifts from {year} left to receipt."),
                                    year=year_name(style, year))
            receipt = self._issue(s, donor_id, gifts, ReceiptKind.YEAR, year, None)
            return self._record(s, receipt), changes_so_far(s)

    def void_receipt(self, receipt_id: int, reason: str,
                     expected_version: int | None = None) -> tuple[ReceiptRecord, Changes]:
        """Void a receipt without replacing it (its gifts can be receipted again)."""
        self.require(Action.ISSUE_RECEIPTS)
        reason = clean_text(reason, "reason", max_chars=1000, required=True)
        with self.db.transaction("Void receipt") as s:
            receipt = load_for_update(s, Receipt, receipt_id, "receipt", expected_version)
            self._void(s, receipt, reason)
            return self._record(s, receipt), changes_so_far(s)

    def void_and_reissue(self, receipt_id: int, reason: str,
                         expected_version: int | None = None) -> tuple[ReceiptRecord, Changes]:
        """Void a receipt and issue its replacement, which names the old number.

        The replacement covers the old receipt's gifts that still stand, at their current values
        and with the donor's current name and address.
        """
        self.require(Action.ISSUE_RECEIPTS)
        reason = clean_text(reason, "reason", max_chars=1000, required=True)
        with self.db.transaction("Void and reissue receipt") as s:
            old = load_for_update(s, Receipt, receipt_id, "receipt", expected_version)
            self._void(s, old, reason)
            gift_ids = s.scalars(select(ReceiptGift.gift_id).where(ReceiptGift.receipt_id == old.id))
            gifts = list(s.scalars(select(Gift).where(Gift.id.in_(list(gift_ids)), Gift.voided_at.is_(None))
                                   .order_by(Gift.gift_date, Gift.id)))
            if not gifts:
                raise RuleViolation(N_("None of the gifts on receipt {number} still stands: void it instead."),
                                    number=format_receipt_number(old.number))
            new = self._issue(s, old.donor_id, gifts, ReceiptKind(old.kind), old.tax_year, old)
            return self._record(s, new), changes_so_far(s)

    # -- reading ------------------------------------------------------------------------------
    def get(self, receipt_id: int) -> ReceiptRecord:
        self.require(Action.READ_GIFTS)
        with self.db.read() as s:
            return self._record(s, get_or_404(s, Receipt, receipt_id, "Receipt"))

    def list_receipts(self, donor_id: int | None = None, *, limit: int = 1000) -> list[ReceiptRecord]:
        """Receipts newest first, for one donor or for everyone."""
        self.require(Action.READ_GIFTS)
        stmt = select(Receipt).order_by(Receipt.number.desc()).limit(limit)
        if donor_id is not None:
            stmt = stmt.where(Receipt.donor_id == donor_id)
        with self.db.read() as s:
            return [self._record(s, r) for r in s.scalars(stmt)]

    def gather_receipt(self, receipt_id: int) -> report_data.ReceiptData:
        """Everything the receipt PDF prints, as plain data."""
        self.require(Action.READ_GIFTS)
        settings = load_org_settings(self.db)
        with self.db.read() as s:
            receipt = get_or_404(s, Receipt, receipt_id, "Receipt")
            rows = s.execute(select(Gift, ReceiptGift.eligible_amount)
                             .join(ReceiptGift, ReceiptGift.gift_id == Gift.id)
                             .where(ReceiptGift.receipt_id == receipt.id).order_by(Gift.gift_date, Gift.id))
            number = format_receipt_number(receipt.number)
            style = ReceiptStyle(receipt.style)
            held = [g for g, _eligible in rows]
            gifts = tuple(_report_gift(g, number) for g in held)
            declarations: tuple[report_data.GiftAidDeclaration, ...] = ()
            if style is ReceiptStyle.UK:
                gifts, declarations = _with_gift_aid(s, held, gifts)
            replaces = s.get(Receipt, receipt.replaces_receipt_id) if receipt.replaces_receipt_id else None
            return report_data.ReceiptData(
                # The letterhead of the style the receipt was issued in, even if the setting changed.
                organisation=report_data.organisation_from_settings(replace(settings, receipt_style=style)),
                style=style,
                number=number,
                donor=report_data.Person(receipt.donor_name, tuple(receipt.donor_address.splitlines()),
                                         f"D{receipt.donor_id}"),
                gifts=gifts,
                issued_on=receipt.issued_on,
                tax_year=receipt.tax_year,
                place_of_issue=settings.receipt_place_of_issue or None,
                replaces=format_receipt_number(replaces.number) if replaces else None,
                void=(report_data.VoidInfo(receipt.voided_at.date(), receipt.void_reason)
                      if receipt.voided_at else None),
                signatory=report_data.Signatory(settings.receipt_signatory,
                                                signature_image=settings.receipt_signature_png)
                if settings.receipt_signatory else None,
                declarations=declarations,
                uk_tax_year=style is ReceiptStyle.UK,
            )

    def gather_statement(self, donor_id: int, year: int, *, fiscal: bool = False) -> report_data.GivingStatementData:
        """A donor's year-end giving statement (calendar or fiscal year starting in *year*)."""
        self.require(Action.READ_GIFTS)
        settings = load_org_settings(self.db)
        if fiscal:
            start = date(year, settings.fiscal_year_start_month, 1)
            end = date(year + 1, settings.fiscal_year_start_month, 1)
            label = str(year) if start.month == 1 else f"{year}–{str(year + 1)[-2:]}"
        else:
            start, end, label = date(year, 1, 1), date(year + 1, 1, 1), str(year)
        with self.db.read() as s:
            donor = get_or_404(s, Donor, donor_id, "Donor")
            receipts = dict(s.execute(
                select(ReceiptGift.gift_id, Receipt.number).join(Receipt, Receipt.id == ReceiptGift.receipt_id)
                .join(Gift, Gift.id == ReceiptGift.gift_id)
                .where(Gift.donor_id == donor_id, Receipt.voided_at.is_(None))).all())
            gifts = s.scalars(select(Gift).where(Gift.donor_id == donor_id, Gift.voided_at.is_(None),
                                                 Gift.gift_date >= start, Gift.gift_date < end)
                              .order_by(Gift.gift_date, Gift.id))
            items = tuple(_report_gift(g, format_receipt_number(receipts[g.id]) if g.id in receipts else None)
                          for g in gifts)
            return report_data.GivingStatementData(
                organisation=report_data.organisation_from_settings(settings),
                donor=report_data.Person(_name(donor), _address_lines(donor), f"D{donor.id}"),
                period_start=start, period_end=end - timedelta(days=1),
                period_label=label, gifts=items,
            )

    # -- helpers ------------------------------------------------------------------------------
    def _issue(self, s: Session, donor_id: int, gifts: Sequence[Gift], kind: ReceiptKind,
               tax_year: int | None, replaces: Receipt | None) -> Receipt:
        settings = load_org_settings(self.db)
        donor = get_or_404(s, Donor, donor_id, "Donor")
        for gift in gifts:
            if gift.voided_at is not None:
                raise RuleViolation(N_("Gift {gift} is void and cannot be receipted."), gift=gift.id)
            held = s.scalar(select(Receipt.number).join(ReceiptGift, ReceiptGift.receipt_id == Receipt.id)
                            .where(ReceiptGift.gift_id == gift.id, Receipt.voided_at.is_(None)))
            if held is not None:
                raise RuleViolation(N_("Gift {gift} is already on receipt {number}."),
                                    gift=gift.id, number=format_receipt_number(held))
        eligible = [eligible_amount(g.amount, g.advantage_value) for g in gifts]
        if sum(eligible, ZERO) <= ZERO:
            raise RuleViolation(N_("Nothing here can be receipted: the donor received as much as they gave."))
        receipt = Receipt(
            number=take_receipt_number(s), donor_id=donor_id, kind=kind.value, tax_year=tax_year,
            style=settings.receipt_style.value, issued_on=today_for(self.actor),
            issued_by_id=self.actor.user_id, currency=gifts[0].currency,
            total=sum((g.amount for g in gifts), ZERO), eligible_total=sum(eligible, ZERO),
            donor_name=_name(donor), donor_address="\n".join(_address_lines(donor)),
            replaces_receipt_id=replaces.id if replaces else None,
        )
        self.stamp(receipt)
        s.add(receipt)
        s.flush()
        for gift, amount in zip(gifts, eligible, strict=True):
            s.add(ReceiptGift(receipt_id=receipt.id, gift_id=gift.id, eligible_amount=amount))
        audit.record_created(s, self.actor, "receipt", receipt, RECEIPT_FIELDS)
        return receipt

    def _void(self, s: Session, receipt: Receipt, reason: str) -> None:
        if receipt.voided_at is not None:
            raise RuleViolation(N_("Receipt {number} was already voided."),
                                number=format_receipt_number(receipt.number))
        receipt.voided_at = utcnow()
        receipt.voided_by_id = self.actor.user_id
        receipt.void_reason = reason
        self.stamp(receipt)
        audit.record(s, self.actor, kind="void", record_type="receipt", record_id=receipt.id,
                     changes={"voided": [False, True], "number": [receipt.number, receipt.number]},
                     reason=reason)


    @staticmethod
    def _record(s: Session, receipt: Receipt) -> ReceiptRecord:
        gift_ids = tuple(s.scalars(select(ReceiptGift.gift_id).where(ReceiptGift.receipt_id == receipt.id)
                                   .order_by(ReceiptGift.gift_id)))
        replaces = s.get(Receipt, receipt.replaces_receipt_id) if receipt.replaces_receipt_id else None
        replaced_by = s.scalar(select(Receipt.number).where(Receipt.replaces_receipt_id == receipt.id))
        return ReceiptRecord(
            id=receipt.id, number=format_receipt_number(receipt.number), donor_id=receipt.donor_id,
            donor_name=receipt.donor_name, kind=receipt.kind, tax_year=receipt.tax_year, style=receipt.style,
            issued_on=receipt.issued_on, currency=receipt.currency, total=receipt.total,
            eligible_total=receipt.eligible_total, gift_ids=gift_ids, voided=receipt.voided_at is not None,
            void_reason=receipt.void_reason,
            replaces_number=format_receipt_number(replaces.number) if replaces else None,
            replaced_by_number=format_receipt_number(replaced_by) if replaced_by is not None else None,
            version=receipt.version,
        )


def year_span(style: ReceiptStyle, year: int) -> tuple[date, date]:
    """The first and last day of a year's receipt: a UK tax year (6 April to 5 April) or a calendar year."""
    if style is ReceiptStyle.UK:
        return tax_year_span(year)
    return date(year, 1, 1), date(year, 12, 31)


def year_name(style: ReceiptStyle, year: int) -> str:
    return tax_year_label(year) if style is ReceiptStyle.UK else str(year)


def _with_gift_aid(s: Session, held: Sequence[Gift], gifts: tuple[report_data.Gift, ...]
                   ) -> tuple[tuple[report_data.Gift, ...], tuple[report_data.GiftAidDeclaration, ...]]:
    """The receipt's gifts with the Gift Aid each carries, and the declarations that cover them."""
    assessed = assess_gifts(s, held)
    by_id = {g.id: g for g in held}
    marked = []
    covering: dict[int, GiftAidDeclarationRecord] = {}
    for gift, printed in zip(held, gifts, strict=True):
        verdict = assessed[gift.id]
        if verdict.declaration is not None:
            covering[verdict.declaration.id] = verdict.declaration
        marked.append(replace(printed, gift_aid=verdict.gift_aid if verdict.eligible else None,
                              gift_aid_refused=None if verdict.ineligible is None
                              else INELIGIBLE_LABELS[verdict.ineligible]))
    quoted = tuple(declaration_for_print(d, by_id) for d in sorted(covering.values(),
                                                                     key=lambda d: (d.declared_on, d.id)))
    return tuple(marked), quoted


def _name(donor: Donor) -> str:
    return display_name(donor.kind, donor.first_name, donor.last_name, donor.organisation_name)


def _address_lines(donor: Donor) -> tuple[str, ...]:
    return address_lines(donor.address_line1, donor.address_line2, donor.city, donor.region, donor.postcode,
                         donor.country)


def _report_gift(gift: Gift, receipt_number: str | None) -> report_data.Gift:
    in_kind = gift.method == GiftMethod.IN_KIND
    return report_data.Gift(
        received_on=gift.gift_date,
        amount=ZERO if in_kind else gift.amount,
        fund=gift.fund or None,
        method=METHOD_LABELS.get(GiftMethod(gift.method)) if gift.method in set(GiftMethod) else gift.method,
        in_kind_description=(gift.in_kind_description or "In kind") if in_kind else None,
        in_kind_value=gift.amount if in_kind else None,
        advantage_description=gift.advantage_description or None,
        advantage_value=gift.advantage_value,
        receipt_number=receipt_number,
    )
