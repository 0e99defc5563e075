"""Aid: funds with budgets and caps, and the disbursements made from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, literal_column, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from caseworker.db.base import utcnow
from caseworker.db.models import Client, Disbursement, Fund, User
from caseworker.db.notices import changes_so_far
from caseworker.db.types import Money
from caseworker.domain.aid import (
    COUNTED,
    AidKind,
    AidStatus,
    BudgetPeriod,
    BudgetUse,
    CapWindow,
    FundLimits,
    OverLimit,
    PayeeKind,
    budget_period,
    cap_window,
    check_limits,
    check_transition,
    needs_approval,
)
from caseworker.domain.clients import ClientFlags
from caseworker.domain.errors import RuleViolation, ValidationError, ValidationErrors
from caseworker.domain.i18n import N_
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update
from caseworker.services.insight_data import keep_aid_refusal
from caseworker.services.org_settings import load_org_settings, org_settings_in

MAX_AMOUNT = Decimal("10000000")
FUND_FIELDS = ("name", "restrictions", "currency", "budget_period", "budget", "client_cap",
               "cap_window", "approval_threshold", "active")
DISBURSEMENT_FIELDS = ("client_id", "case_id", "fund_id", "kind", "amount", "currency", "disbursed_on",
                       "payee_kind", "payee_name", "purpose", "status")


@dataclass(frozen=True)
class FundDraft:
    name: str
    restrictions: str = ""
    currency: str = "USD"
    budget_period: BudgetPeriod = BudgetPeriod.YEAR
    budget: Decimal | None = None
    client_cap: Decimal | None = None
    cap_window: CapWindow = CapWindow.ROLLING_12_MONTHS
    approval_threshold: Decimal | None = None
    active: bool = True


@dataclass(frozen=True)
class FundRecord:
    id: int
    name: str
    restrictions: str
    currency: str
    budget_period: BudgetPeriod
    budget: Decimal | None
    client_cap: Decimal | None
    cap_window: CapWindow
    approval_threshold: Decimal | None
    active: bool
    version: int
    period_start: date
    period_end: date
    use: BudgetUse

    def limits(self) -> FundLimits:
        return FundLimits(self.name, self.currency, self.budget, self.client_cap, self.cap_window,
                          self.approval_threshold, self.active)


@dataclass(frozen=True)
class DisbursementDraft:
    client_id: int
    fund_id: int
    kind: AidKind
    amount: Decimal
    disbursed_on: date
    payee_kind: PayeeKind = PayeeKind.CLIENT
    payee_name: str = ""
    purpose: str = ""
    case_id: int | None = None


@dataclass(frozen=True)
class DisbursementRow:
    id: int
    client_id: int
    client_name: str
    case_id: int | None
    fund_id: int
    fund_name: str
    kind: AidKind
    amount: Decimal
    currency: str
    disbursed_on: date
    payee: str
    purpose: str
    status: AidStatus
    requested_by: str
    approved_by: str
    void_reason: str
    version: int
    client_flags: ClientFlags = ClientFlags()


@dataclass(frozen=True)
class ClientAid:
    """A client's aid history: every disbursement and what each fund has given (voids excluded)."""

    rows: tuple[DisbursementRow, ...]
    totals_by_fund: tuple[tuple[str, str, Decimal], ...]  # fund name, currency, total


def validate_fund(draft: FundDraft) -> FundDraft:
    errors: list[ValidationError] = []
    name = " ".join(draft.name.split())
    if not name:
        errors.append(ValidationError("name", N_("Give the fund a name.")))
    elif len(name) > 120:
        errors.append(ValidationError("name", N_("A name can have at most {n} characters."), n=120))
    for field, value in (("budget", draft.budget), ("client_cap", draft.client_cap),
                         ("approval_threshold", draft.approval_threshold)):
        if value is not None and (not value.is_finite() or value < 0 or value > MAX_AMOUNT * 100):
            errors.append(ValidationError(field, N_("Enter an amount of zero or more.")))
    if len(draft.restrictions) > 5000 or "\x00" in draft.restrictions:
        errors.append(ValidationError("restrictions", N_("The restrictions text is too long or contains a NUL character.")))
    if errors:
        raise ValidationErrors(errors)
    return FundDraft(name, draft.restrictions.strip(), draft.currency.upper(), BudgetPeriod(draft.budget_period),
                     draft.budget, draft.client_cap, CapWindow(draft.cap_window), draft.approval_threshold,
                     draft.active)


def validate_disbursement(draft: DisbursementDraft) -> DisbursementDraft:
    errors: list[ValidationError] = []
    amount = draft.amount
    if not isinstance(amount, Decimal) or not amount.is_finite():
        errors.append(ValidationError("amount", N_("Enter the amount as a number, e.g. 125.00.")))
    elif amount <= 0:
        errors.append(ValidationError("amount", N_("The amount must be more than zero.")))
    elif amount > MAX_AMOUNT:
        errors.append(ValidationError("amount", N_("That amount is larger than any single disbursement can be.")))
    elif amount != amount.quantize(Decimal("0.01")):
        errors.append(ValidationError("amount", N_("An amount has at most two decimal places.")))
    if draft.payee_kind is PayeeKind.THIRD_PARTY and not draft.payee_name.strip():
        errors.append(ValidationError("payee_name", N_("Name the third party who is paid (e.g. the landlord).")))
    if len(draft.payee_name) > 200 or "\x00" in draft.payee_name:
        errors.append(ValidationError("payee_name", N_("A name can have at most {n} characters."), n=200))
    if len(draft.purpose) > 5000 or "\x00" in draft.purpose:
        errors.append(ValidationError("purpose", N_("The purpose can have at most {n} characters."), n=5000))
    if errors:
        raise ValidationErrors(errors)
    return DisbursementDraft(draft.client_id, draft.fund_id, AidKind(draft.kind), amount, draft.disbursed_on,
                             PayeeKind(draft.payee_kind), draft.payee_name.strip(), draft.purpose.strip(),
                             draft.case_id)


@dataclass(frozen=True)
class AmountCheck:
    """An amount checked before it is recorded: the refusal Record would meet, or whether it waits for approval."""

    refusal: RuleViolation | None
    needs_approval: bool


class AidService(Service):
    # -- funds -------------------------------------------------------------------------------
    def funds(self, *, include_inactive: bool = False, on: date | None = None) -> list[FundRecord]:
        self.require(Action.READ_AID)
        on = on or self._today()
        fiscal = load_org_settings(self.db).fiscal_year_start_month
        with self.db.read() as s:
            stmt = select(Fund).order_by(Fund.name)
            if not include_inactive:
                stmt = stmt.where(Fund.active.is_(True))
            return [self._fund_record(s, f, on, fiscal) for f in s.scalars(stmt)]

    def fund(self, fund_id: int, *, on: date | None = None) -> FundRecord:
        self.require(Action.READ_AID)
        fiscal = load_org_settings(self.db).fiscal_year_start_month
        with self.db.read() as s:
            return self._fund_record(s, get_or_404(s, Fund, fund_id, "Fund"), on or self._today(), fiscal)

    def save_fund(self, draft: FundDraft, *, fund_id: int | None = None,
                  expected_version: int | None = None) -> tuple[FundRecord, Changes]:
        self.require(Action.MANAGE_FUNDS)
        draft = validate_fund(draft)
        label = "Add fund" if fund_id is None else "Change fund"
        with self.db.transaction(label) as s:
            clash = s.scalar(select(Fund.id).where(func.lower(Fund.name) == draft.name.lower()))
            if clash is not None and clash != fund_id:
                raise ValidationError("name", N_("There is already a fund called “{name}”."), name=draft.name)
            if fund_id is None:
                fund = Fund()
                self._apply_fund(fund, draft)
                self.stamp(fund)
                s.add(fund)
                audit.record_created(s, self.actor, "fund", fund, FUND_FIELDS)
            else:
                fund = load_for_update(s, Fund, fund_id, "Fund", expected_version)
                before = audit.snapshot(fund, FUND_FIELDS)
                self._apply_fund(fund, draft)
                self.stamp(fund)
                s.flush()
                audit.record_updated(s, self.actor, "fund", fund, before, FUND_FIELDS)
            fiscal = org_settings_in(s).fiscal_year_start_month
            return self._fund_record(s, fund, self._today(), fiscal), changes_so_far(s)

    @staticmethod
    def _apply_fund(fund: Fund, d: FundDraft) -> None:
        fund.name, fund.restrictions, fund.currency = d.name, d.restrictions, d.currency
        fund.budget_period, fund.budget = d.budget_period.value, d.budget
        fund.client_cap, fund.cap_window = d.client_cap, d.cap_window.value
        fund.approval_threshold, fund.active = d.approval_threshold, d.active

    def _fund_record(self, s: Session, f: Fund, on: date, fiscal_start: int) -> FundRecord:
        period = BudgetPeriod(f.budget_period)
        start, end = budget_period(period, on, fiscal_start)
        sums: dict[str, Decimal] = dict(s.execute(
            select(Disbursement.status, money_sum(Disbursement.amount))
            .where(Disbursement.fund_id == f.id, Disbursement.disbursed_on.between(start, end),
                   Disbursement.status.in_([st.value for st in COUNTED]))
            .group_by(Disbursement.status)).all())

        def total(status: AidStatus) -> Decimal:
            return _from_sum(sums.get(status.value, 0))

        use = BudgetUse(f.budget, total(AidStatus.PAID), total(AidStatus.APPROVED), total(AidStatus.REQUESTED))
        return FundRecord(f.id, f.name, f.restrictions, f.currency, period, f.budget, f.client_cap,
                          CapWindow(f.cap_window), f.approval_threshold, f.active, f.version, start, end, use)

    # -- disbursements -----------------------------------------------------------------------
    def record_disbursement(self, draft: DisbursementDraft) -> tuple[DisbursementRow, Changes]:
        """Request aid; approved at once unless the amount is over the fund's threshold."""
        self.require(Action.REQUEST_AID)
        draft = validate_disbursement(draft)
        try:
            return self._record_disbursement(draft)
        except OverLimit as refused:
            # Kept after the rollback, in its own transaction: the refusal itself writes nothing else.
            keep_aid_refusal(self.db, self.actor, fund_id=draft.fund_id, client_id=draft.client_id,
                             amount=draft.amount, asked_on=draft.disbursed_on, limit=refused.limit)
            raise

    def _record_disbursement(self, draft: DisbursementDraft) -> tuple[DisbursementRow, Changes]:
        with self.db.transaction("Record disbursement") as s:
            fund = self._lock_fund(s, draft.fund_id)
            get_or_404(s, Client, draft.client_id, "Client")
            limits = self._limits(fund)
            self._check(s, fund, limits, draft.client_id, draft.amount, draft.disbursed_on, exclude_id=None)
            d = Disbursement(client_id=draft.client_id, case_id=draft.case_id, fund_id=fund.id,
                             kind=draft.kind.value, amount=draft.amount, currency=fund.currency,
                             disbursed_on=draft.disbursed_on, payee_kind=draft.payee_kind.value,
                             payee_name=draft.payee_name, purpose=draft.purpose,
                             status=AidStatus.REQUESTED.value, requested_by_id=self.actor.user_id)
            if not needs_approval(limits, draft.amount):
                d.status, d.approved_by_id, d.approved_at = AidStatus.APPROVED.value, self.actor.user_id, utcnow()
            self.stamp(d)
            s.add(d)
            audit.record_created(s, self.actor, "disbursement", d, DISBURSEMENT_FIELDS)
            s.flush()
            return self._row(s, d.id), changes_so_far(s)

    def approve(self, disbursement_id: int, expected_version: int) -> tuple[DisbursementRow, Changes]:
        self.require(Action.APPROVE_AID)
        with self.db.transaction("Approve disbursement") as s:
            d = load_for_update(s, Disbursement, disbursement_id, "Disbursement", expected_version)
            check_transition(AidStatus(d.status), AidStatus.APPROVED)
            fund = self._lock_fund(s, d.fund_id)
            # The limits may have moved since the request: check again without counting it twice.
            self._check(s, fund, self._limits(fund), d.client_id, d.amount, d.disbursed_on, exclude_id=d.id)
            before = audit.snapshot(d, ("status",))
            d.status, d.approved_by_id, d.approved_at = AidStatus.APPROVED.value, self.actor.user_id, utcnow()
            self.stamp(d)
            s.flush()
            audit.record_updated(s, self.actor, "disbursement", d, before, ("status",))
            return self._row(s, d.id), changes_so_far(s)

    def mark_paid(self, disbursement_id: int, expected_version: int) -> tuple[DisbursementRow, Changes]:
        self.require(Action.REQUEST_AID)
        with self.db.transaction("Mark disbursement paid") as s:
            d = load_for_update(s, Disbursement, disbursement_id, "Disbursement", expected_version)
            check_transition(AidStatus(d.status), AidStatus.PAID)
            before = audit.snapshot(d, ("status",))
            d.status, d.paid_at = AidStatus.PAID.value, utcnow()
            self.stamp(d)
            s.flush()
            audit.record_updated(s, self.actor, "disbursement", d, before, ("status",))
            return self._row(s, d.id), changes_so_far(s)

    def void(self, disbursement_id: int, reason: str, expected_version: int) -> tuple[DisbursementRow, Changes]:
        """Void with a reason; a paid disbursement is voided only by a manager."""
        self.require(Action.REQUEST_AID)
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError("reason", N_("Say why the disbursement is voided."))
        if len(reason) > 2000 or "\x00" in reason:
            raise ValidationError("reason", N_("The reason can have at most {n} characters."), n=2000)
        with self.db.transaction("Void disbursement") as s:
            d = load_for_update(s, Disbursement, disbursement_id, "Disbursement", expected_version)
            check_transition(AidStatus(d.status), AidStatus.VOID)
            if d.status == AidStatus.PAID.value:
                self.require(Action.APPROVE_AID)
            before = audit.snapshot(d, ("status",))
            d.status, d.void_reason = AidStatus.VOID.value, reason
            d.voided_by_id, d.voided_at = self.actor.user_id, utcnow()
            self.stamp(d)
            s.flush()
            audit.record(s, self.actor, kind="void", record_type="disbursement", record_id=d.id,
                         changes=audit.diff(before, audit.snapshot(d, ("status",))), reason=reason)
            return self._row(s, d.id), changes_so_far(s)

    def get(self, disbursement_id: int) -> DisbursementRow:
        self.require(Action.READ_AID)
        with self.db.read() as s:
            return self._row(s, disbursement_id)

    def client_aid(self, client_id: int) -> ClientAid:
        self.require(Action.READ_AID)
        with self.db.read() as s:
            ids = list(s.scalars(select(Disbursement.id).where(Disbursement.client_id == client_id)
                                 .order_by(Disbursement.disbursed_on.desc(), Disbursement.id.desc())))
            rows = tuple(self._rows(s, ids))
            totals = s.execute(
                select(Fund.name, Fund.currency, money_sum(Disbursement.amount))
                .join(Fund, Fund.id == Disbursement.fund_id)
                .where(Disbursement.client_id == client_id, Disbursement.status != AidStatus.VOID.value)
                .group_by(Fund.name, Fund.currency).order_by(Fund.name)).all()
            return ClientAid(rows, tuple((n, c, _from_sum(t)) for n, c, t in totals))

    def preview(self, client_id: int, fund_id: int, on: date) -> tuple[Decimal | None, Decimal | None]:
        """What could still be given: (left under the client's cap, left in the budget)."""
        self.require(Action.READ_AID)
        with self.db.read() as s:
            fund = get_or_404(s, Fund, fund_id, "Fund")
            client_total, period_total = self._totals(s, fund, client_id, on, None)
            cap_left = None if fund.client_cap is None else max(fund.client_cap - client_total, Decimal(0))
            budget_left = None if fund.budget is None else max(fund.budget - period_total, Decimal(0))
            return cap_left, budget_left

    def check_amount(self, client_id: int, fund_id: int, amount: Decimal, on: date) -> AmountCheck:
        """What Record would say about *amount*, asked as it is typed: the same rule, nothing written."""
        self.require(Action.READ_AID)
        with self.db.read() as s:
            fund = get_or_404(s, Fund, fund_id, "Fund")
            limits = self._limits(fund)
            try:
                self._check(s, fund, limits, client_id, amount, on, exclude_id=None)
            except RuleViolation as refusal:
                return AmountCheck(refusal, False)
            return AmountCheck(None, needs_approval(limits, amount))

    # -- the list ----------------------------------------------------------------------------
    SORTS = {"disbursed_on": Disbursement.disbursed_on, "amount": Disbursement.amount,
             "status": Disbursement.status, "kind": Disbursement.kind, "client_name": Client.last_name,
             "fund_name": Fund.name}

    def list_ids(self, query: ListQuery) -> list[int]:
        self.require(Action.READ_AID)
        stmt: Select[Any] = (select(Disbursement.id).join(Client, Client.id == Disbursement.client_id)
                             .join(Fund, Fund.id == Disbursement.fund_id))
        for key, column in (("fund_id", Disbursement.fund_id), ("client_id", Disbursement.client_id),
                            ("status", Disbursement.status)):
            value = query.filter(key)
            if value is not None:
                stmt = stmt.where(column == value)
        if query.text:
            from caseworker.services.search import like_pattern

            pattern = like_pattern(query.text)
            stmt = stmt.where(or_(Client.last_name.ilike(pattern, escape="\\"),
                                  Client.first_name.ilike(pattern, escape="\\"),
                                  Disbursement.payee_name.ilike(pattern, escape="\\"),
                                  Disbursement.purpose.ilike(pattern, escape="\\")))
        sort_column = self.SORTS.get(query.sort, Disbursement.disbursed_on)
        descending = query.descending if query.sort else True
        order = sort_column.desc() if descending else sort_column.asc()
        stmt = stmt.order_by(order, Disbursement.id.desc() if descending else Disbursement.id.asc())
        with self.db.read() as s:
            return list(s.scalars(stmt))

    def list_rows(self, ids: list[int]) -> list[DisbursementRow]:
        self.require(Action.READ_AID)
        with self.db.read() as s:
            return self._rows(s, ids)

    # -- internals ---------------------------------------------------------------------------
    def _today(self) -> date:
        return utcnow().astimezone(load_org_settings(self.db).zone).date()

    @staticmethod
    def _limits(fund: Fund) -> FundLimits:
        return FundLimits(fund.name, fund.currency, fund.budget, fund.client_cap, CapWindow(fund.cap_window),
                          fund.approval_threshold, fund.active)

    @staticmethod
    def _lock_fund(s: Session, fund_id: int) -> Fund:
        # Locking the fund's row serialises every spend from it, so two laptops cannot both pass
        # the budget check with the last few pounds (SQLite's writer lock does the same).
        fund = s.get(Fund, fund_id, with_for_update=True if s.get_bind().dialect.name != "sqlite" else None)
        if fund is None:
            raise ValidationError("fund_id", N_("Choose a fund."))
        return fund

    def _totals(self, s: Session, fund: Fund, client_id: int, on: date, exclude_id: int | None) -> tuple[Decimal, Decimal]:
        counted = [st.value for st in COUNTED]
        cap_start, cap_end = cap_window(CapWindow(fund.cap_window), on)
        fiscal = load_org_settings(self.db).fiscal_year_start_month
        b_start, b_end = budget_period(BudgetPeriod(fund.budget_period), on, fiscal)
        base = [Disbursement.fund_id == fund.id, Disbursement.status.in_(counted)]
        if exclude_id is not None:
            base.append(Disbursement.id != exclude_id)
        client_total = s.scalar(select(money_sum(Disbursement.amount)).where(
            *base, Disbursement.client_id == client_id, Disbursement.disbursed_on.between(cap_start, cap_end)))
        period_total = s.scalar(select(money_sum(Disbursement.amount)).where(
            *base, Disbursement.disbursed_on.between(b_start, b_end)))
        return _from_sum(client_total), _from_sum(period_total)

    def _check(self, s: Session, fund: Fund, limits: FundLimits, client_id: int, amount: Decimal,
               on: date, exclude_id: int | None) -> None:
        client_total, period_total = self._totals(s, fund, client_id, on, exclude_id)
        check_limits(limits, amount, client_total=client_total, period_total=period_total)


    def _row(self, s: Session, disbursement_id: int) -> DisbursementRow:
        rows = self._rows(s, [disbursement_id])
        if not rows:
            get_or_404(s, Disbursement, disbursement_id, "Disbursement")
        return rows[0]

    @staticmethod
    def _rows(s: Session, ids: list[int]) -> list[DisbursementRow]:
        if not ids:
            return []
        requester, approver = aliased(User), aliased(User)
        stmt = (select(Disbursement, Client.first_name, Client.last_name, Fund.name,
                       requester.display_name, approver.display_name, Client.safeguarding,
                       Client.interpreter_needed, Client.interpreter_language, Client.accessibility)
                .join(Client, Client.id == Disbursement.client_id)
                .join(Fund, Fund.id == Disbursement.fund_id)
                .join(requester, requester.id == Disbursement.requested_by_id)
                .outerjoin(approver, approver.id == Disbursement.approved_by_id)
                .where(Disbursement.id.in_(ids)))
        by_id = {}
        for d, first, last, fund_name, req, appr, *flags in s.execute(stmt):
            payee = d.payee_name if d.payee_kind == PayeeKind.THIRD_PARTY.value else f"{first} {last}"
            by_id[d.id] = DisbursementRow(
                d.id, d.client_id, f"{first} {last}", d.case_id, d.fund_id, fund_name, AidKind(d.kind),
                d.amount, d.currency, d.disbursed_on, payee, d.purpose, AidStatus(d.status), req,
                appr or "", d.void_reason, d.version, ClientFlags(*flags))
        return [by_id[i] for i in ids if i in by_id]


def money_sum(column: Any) -> Any:
    """SUM of a money column, zero when there are no rows, read back as Decimal."""
    # literal_column: a bound 0 would go through Money's bind check, which wants a Decimal.
    return type_coerce(func.coalesce(func.sum(column), literal_column("0")), Money())


def _from_sum(value: Decimal | int | None) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(int(value or 0)).quantize(Decimal("0.01"))
