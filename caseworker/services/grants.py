"""Funders and grant applications: the pipeline, key dates, checklist, budget and spending."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import (
    Client,
    Disbursement,
    Funder,
    FunderContact,
    FunderProgramme,
    GrantApplication,
    GrantBudgetLine,
    GrantDocument,
    GrantSpending,
    User,
)
from caseworker.db.notices import changes_so_far
from caseworker.domain.errors import RuleViolation, ValidationError, ValidationErrors
from caseworker.domain.grants import (
    FUNDED_STAGES,
    PIPELINE_ORDER,
    ZERO,
    GrantBalance,
    LineBalance,
    Stage,
    check_amount,
    check_budget,
    check_spending,
    check_transition,
)
from caseworker.domain.i18n import N_
from caseworker.domain.listing import ListQuery
from caseworker.domain.org import CURRENCIES
from caseworker.domain.permissions import Action
from caseworker.domain.records import Actor, Changes, SearchHit
from caseworker.domain.recurrence import SeriesRule, dates_between
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update
from caseworker.services.clients import client_labels
from caseworker.services.org_settings import load_org_settings
from caseworker.services.search import like_pattern, search_provider

FUNDER_FIELDS = ("name", "website", "email", "phone", "notes", "active")
GRANT_FIELDS = ("funder_id", "programme_id", "client_id", "owner_id", "title", "purpose", "currency",
                "requested", "awarded", "stage", "submission_deadline", "decision_expected",
                "period_start", "period_end", "report_first_due", "report_rule", "notes")
VOIDED_DISBURSEMENT = "void"


# -- records -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FunderDraft:
    name: str
    website: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class ContactRecord:
    id: int
    name: str
    role: str
    email: str
    phone: str


@dataclass(frozen=True)
class ProgrammeRecord:
    id: int
    funder_id: int
    name: str
    description: str


@dataclass(frozen=True)
class FunderRecord:
    id: int
    name: str
    website: str
    email: str
    phone: str
    notes: str
    active: bool
    version: int
    contacts: tuple[ContactRecord, ...] = ()
    programmes: tuple[ProgrammeRecord, ...] = ()
    applications: int = 0
    awarded_total: Decimal = ZERO


@dataclass(frozen=True)
class GrantDraft:
    funder_id: int | None
    title: str
    requested: Decimal | None
    currency: str = "USD"
    programme_id: int | None = None
    client_id: int | None = None
    owner_id: int | None = None
    purpose: str = ""
    submission_deadline: date | None = None
    decision_expected: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    report_first_due: date | None = None
    report_rule: str = ""
    notes: str = ""
    documents: tuple[str, ...] = ()  # required documents for a new application's checklist


@dataclass(frozen=True)
class GrantRow:
    """A line of the pipeline list."""

    id: int
    title: str
    funder: str
    programme: str
    applicant: str
    stage: Stage
    currency: str
    requested: Decimal
    awarded: Decimal | None
    next_date: date | None
    owner: str
    version: int


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    name: str
    required: bool
    done: bool
    version: int


@dataclass(frozen=True)
class SpendingRecord:
    id: int
    budget_line_id: int
    category: str
    spent_on: date
    amount: Decimal
    description: str
    disbursement_id: int | None
    voided: bool
    void_reason: str
    version: int


@dataclass(frozen=True)
class KeyDate:
    """A date that matters for an application: its deadline, decision, period or a report."""

    grant_id: int
    grant_title: str
    funder: str
    kind: str  # submission | decision | report | period_end
    on: date

    @property
    def label(self) -> str:
        return KEY_DATE_LABELS[self.kind]


KEY_DATE_LABELS = {
    "submission": N_("Submission deadline"),
    "decision": N_("Decision expected"),
    "report": N_("Report due"),
    "period_end": N_("Grant period ends"),
}


@dataclass(frozen=True)
class GrantDetail:
    row: GrantRow
    funder_id: int
    programme_id: int | None
    client_id: int | None
    owner_id: int | None
    purpose: str
    submission_deadline: date | None
    submitted_on: date | None
    decision_expected: date | None
    period_start: date | None
    period_end: date | None
    report_first_due: date | None
    report_rule: str
    notes: str
    documents: tuple[DocumentRecord, ...]
    balance: GrantBalance | None
    spending: tuple[SpendingRecord, ...]
    key_dates: tuple[KeyDate, ...]

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version


@dataclass(frozen=True)
class StageTotal:
    """One group of the pipeline: its stage, how many, and their money by currency."""

    stage: Stage
    count: int
    requested: tuple[tuple[str, Decimal], ...]
    awarded: tuple[tuple[str, Decimal], ...]


@dataclass(frozen=True)
class SpendingDraft:
    budget_line_id: int
    amount: Decimal | None
    spent_on: date
    description: str = ""
    disbursement_id: int | None = None


# -- validation ----------------------------------------------------------------------------------
def _text(errors: list[ValidationError], field: str, value: str, limit: int, *, required: bool = False,
          message: str = N_("Enter a name.")) -> str:
    value = value.strip()
    if required and not value:
        errors.append(ValidationError(field, message))
    elif len(value) > limit:
        errors.append(ValidationError(field, N_("This can have at most {n} characters."), n=limit))
    return value


def validate_funder(d: FunderDraft) -> FunderDraft:
    errors: list[ValidationError] = []
    name = _text(errors, "name", d.name, 200, required=True, message=N_("Enter the funder's name."))
    website = _text(errors, "website", d.website, 300)
    email = _text(errors, "email", d.email, 254)
    if email and "@" not in email:
        errors.append(ValidationError("email", N_("Enter an email address such as grants@example.org.")))
    phone = _text(errors, "phone", d.phone, 40)
    if errors:
        raise ValidationErrors(errors)
    return FunderDraft(name, website, email, phone, d.notes.strip(), d.active)


def validate_grant(d: GrantDraft) -> GrantDraft:
    errors: list[ValidationError] = []
    title = _text(errors, "title", d.title, 200, required=True, message=N_("Give the application a title."))
    if d.funder_id is None:
        errors.append(ValidationError("funder_id", N_("Choose the funder.")))
    requested = None
    try:
        requested = check_amount("requested", d.requested)
    except ValidationError as exc:
        errors.append(exc)
    if d.currency not in CURRENCIES:
        errors.append(ValidationError("currency", N_("Choose a currency from the list.")))
    if d.period_start and d.period_end and d.period_end < d.period_start:
        errors.append(ValidationError("period_end", N_("The grant period ends before it starts.")))
    if d.decision_expected and d.submission_deadline and d.decision_expected < d.submission_deadline:
        errors.append(ValidationError("decision_expected", N_("The decision is expected before the deadline.")))
    rule = d.report_rule.strip()
    if rule:
        try:
            rule = SeriesRule.from_rrule(rule).to_rrule()
        except (ValidationError, ValueError):
            errors.append(ValidationError("report_rule", N_("'{rule}' is not a repeat rule this app understands."),
                                          rule=rule))
        if d.report_first_due is None:
            errors.append(ValidationError("report_first_due", N_("Enter when the first report is due.")))
    if errors:
        raise ValidationErrors(errors)
    return GrantDraft(d.funder_id, title, requested, d.currency, d.programme_id, d.client_id, d.owner_id,
                      d.purpose.strip(), d.submission_deadline, d.decision_expected, d.period_start,
                      d.period_end, d.report_first_due, rule, d.notes.strip(),
                      tuple(n.strip() for n in d.documents if n.strip()))


def report_dates(first: date | None, rule: str, start: date, end: date) -> list[date]:
    """Report due dates within [start, end]; a single report when there is no rule."""
    if first is None:
        return []
    if not rule:
        return [first] if start <= first <= end else []
    return dates_between(SeriesRule.from_rrule(rule), first, start, end)


# -- the service ---------------------------------------------------------------------------------
class GrantService(Service):
    # -- funders ---------------------------------------------------------------------------
    def funders(self, *, include_inactive: bool = False) -> list[FunderRecord]:
        self.require(Action.READ_GRANTS)
        stmt = select(Funder).order_by(Funder.name, Funder.id)
        if not include_inactive:
            stmt = stmt.where(Funder.active.is_(True))
        with self.db.read() as s:
            counts = dict(s.execute(select(GrantApplication.funder_id, func.count())
                                    .group_by(GrantApplication.funder_id)).all())
            return [self._funder_record(f, counts.get(f.id, 0)) for f in s.scalars(stmt)]

    def funder(self, funder_id: int) -> FunderRecord:
        self.require(Action.READ_GRANTS)
        with self.db.read() as s:
            f = get_or_404(s, Funder, funder_id, "Funder")
            contacts = tuple(ContactRecord(c.id, c.name, c.role, c.email, c.phone) for c in s.scalars(
                select(FunderContact).where(FunderContact.funder_id == funder_id, FunderContact.active.is_(True))
                .order_by(FunderContact.name)))
            programmes = tuple(self._programmes(s, funder_id))
            grants = s.execute(select(GrantApplication.awarded, GrantApplication.stage)
                               .where(GrantApplication.funder_id == funder_id)).all()
            awarded = sum((a for a, st in grants if a is not None and Stage(st) in FUNDED_STAGES), ZERO)
            return FunderRecord(f.id, f.name, f.website, f.email, f.phone, f.notes, f.active, f.version,
                                contacts, programmes, len(grants), awarded)

    def programmes(self, funder_id: int) -> list[ProgrammeRecord]:
        self.require(Action.READ_GRANTS)
        with self.db.read() as s:
            return self._programmes(s, funder_id)

    def save_funder(self, draft: FunderDraft, *, funder_id: int | None = None,
                    expected_version: int | None = None) -> tuple[FunderRecord, Changes]:
        self.require(Action.EDIT_GRANTS)
        draft = validate_funder(draft)
        label = "Add funder" if funder_id is None else "Change funder"
        with self.db.transaction(label) as s:
            if funder_id is None:
                f = Funder(name=draft.name)
                s.add(f)
                before = None
            else:
                f = load_for_update(s, Funder, funder_id, "Funder", expected_version)
                before = audit.snapshot(f, FUNDER_FIELDS)
            f.name, f.website, f.email, f.phone = draft.name, draft.website, draft.email, draft.phone
            f.notes, f.active = draft.notes, draft.active
            self.stamp(f)
            if before is None:
                audit.record_created(s, self.actor, "funder", f, FUNDER_FIELDS)
            else:
                s.flush()
                audit.record_updated(s, self.actor, "funder", f, before, FUNDER_FIELDS)
            s.flush()
            return self._funder_record(f, 0), changes_so_far(s)

    def add_programme(self, funder_id: int, name: str, description: str = "") -> tuple[ProgrammeRecord, Changes]:
        self.require(Action.EDIT_GRANTS)
        errors: list[ValidationError] = []
        name = _text(errors, "name", name, 200, required=True, message=N_("Enter the programme's name."))
        if errors:
            raise ValidationErrors(errors)
        with self.db.transaction("Add funder programme") as s:
            get_or_404(s, Funder, funder_id, "Funder")
            p = FunderProgramme(funder_id=funder_id, name=name, description=description.strip())
            self.stamp(p)
            s.add(p)
            audit.record_created(s, self.actor, "funder programme", p, ("funder_id", "name", "description"))
            return ProgrammeRecord(p.id, funder_id, p.name, p.description), changes_so_far(s)

    def add_contact(self, funder_id: int, name: str, role: str = "", email: str = "",
                    phone: str = "") -> tuple[ContactRecord, Changes]:
        self.require(Action.EDIT_GRANTS)
        errors: list[ValidationError] = []
        name = _text(errors, "name", name, 200, required=True, message=N_("Enter the contact's name."))
        if email.strip() and "@" not in email:
            errors.append(ValidationError("email", N_("Enter an email address such as grants@example.org.")))
        if errors:
            raise ValidationErrors(errors)
        with self.db.transaction("Add funder contact") as s:
            get_or_404(s, Funder, funder_id, "Funder")
            c = FunderContact(funder_id=funder_id, name=name, role=role.strip(), email=email.strip(),
                              phone=phone.strip())
            self.stamp(c)
            s.add(c)
            audit.record_created(s, self.actor, "funder contact", c, ("funder_id", "name", "role", "email"))
            return ContactRecord(c.id, c.name, c.role, c.email, c.phone), changes_so_far(s)

    # -- applications ----------------------------------------------------------------------
    def save_grant(self, draft: GrantDraft, *, grant_id: int | None = None,
                   expected_version: int | None = None) -> tuple[GrantDetail, Changes]:
        """Add an application (at the prospect stage) or change its details."""
        self.require(Action.EDIT_GRANTS)
        draft = validate_grant(draft)
        if draft.client_id is not None and not self.can(Action.READ_CLIENTS) and grant_id is None:
            raise ValidationError("client_id", N_("Only staff who may read client records can apply for a client."))
        label = "Add grant application" if grant_id is None else "Change grant application"
        with self.db.transaction(label) as s:
            get_or_404(s, Funder, draft.funder_id or 0, "Funder")
            if draft.programme_id is not None:
                programme = get_or_404(s, FunderProgramme, draft.programme_id, "Programme")
                if programme.funder_id != draft.funder_id:
                    raise ValidationError("programme_id", N_("Choose a programme of this funder."))
            if draft.client_id is not None:
                get_or_404(s, Client, draft.client_id, "Client")
            if grant_id is None:
                g = GrantApplication(stage=Stage.PROSPECT.value, stage_changed_at=utcnow())
                s.add(g)
                before = None
            else:
                g = load_for_update(s, GrantApplication, grant_id, "Grant application", expected_version)
                before = audit.snapshot(g, GRANT_FIELDS)
                if draft.client_id != g.client_id and not self.can(Action.READ_CLIENTS):
                    raise ValidationError("client_id", N_("Only staff who may read client records can change the applicant."))
            for name in ("funder_id", "programme_id", "client_id", "owner_id", "title", "purpose", "currency",
                         "requested", "submission_deadline", "decision_expected", "period_start", "period_end",
                         "report_first_due", "report_rule", "notes"):
                setattr(g, name, getattr(draft, name))
            self.stamp(g)
            if before is None:
                audit.record_created(s, self.actor, "grant", g, GRANT_FIELDS)
                for i, doc in enumerate(draft.documents):
                    s.add(GrantDocument(grant_id=g.id, position=i, name=doc, required=True, done=False,
                                        updated_by_id=self.actor.user_id))
            else:
                s.flush()
                audit.record_updated(s, self.actor, "grant", g, before, GRANT_FIELDS)
            s.flush()
            return self._detail(s, g), changes_so_far(s)

    def move_stage(self, grant_id: int, target: Stage, expected_version: int, *,
                   awarded: Decimal | None = None, reason: str = "") -> tuple[GrantDetail, Changes]:
        """Move an application along the pipeline (awarding it needs the amount awarded)."""
        self.require(Action.EDIT_GRANTS)
        if awarded is not None:
            awarded = check_amount("awarded", awarded)
        with self.db.transaction("Change grant stage") as s:
            g = load_for_update(s, GrantApplication, grant_id, "Grant application", expected_version)
            missing = [d.name for d in s.scalars(select(GrantDocument).where(
                GrantDocument.grant_id == grant_id, GrantDocument.required.is_(True), GrantDocument.done.is_(False))
                .order_by(GrantDocument.position, GrantDocument.id))]
            current = Stage(g.stage)
            check_transition(current, target, awarded=awarded if target is Stage.AWARDED else g.awarded,
                             missing_documents=missing)
            before = audit.snapshot(g, ("stage", "awarded", "submitted_on"))
            g.stage, g.stage_changed_at = target.value, utcnow()
            if target is Stage.AWARDED:
                g.awarded = awarded
            if target is Stage.SUBMITTED:
                g.submitted_on = self._today()
            self.stamp(g)
            s.flush()
            audit.record_updated(s, self.actor, "grant", g, before, ("stage", "awarded", "submitted_on"),
                                 reason=reason.strip())
            return self._detail(s, g), changes_so_far(s)

    def add_document(self, grant_id: int, name: str, *, required: bool = True) -> tuple[GrantDetail, Changes]:
        self.require(Action.EDIT_GRANTS)
        errors: list[ValidationError] = []
        name = _text(errors, "name", name, 200, required=True, message=N_("Name the document."))
        if errors:
            raise ValidationErrors(errors)
        with self.db.transaction("Add document to grant checklist") as s:
            g = get_or_404(s, GrantApplication, grant_id, "Grant application")
            position = s.scalar(select(func.count()).where(GrantDocument.grant_id == grant_id)) or 0
            d = GrantDocument(grant_id=grant_id, position=position, name=name, required=required, done=False)
            self.stamp(d)
            s.add(d)
            audit.record_created(s, self.actor, "grant document", d, ("grant_id", "name", "required"))
            return self._detail(s, g), changes_so_far(s)

    def set_document_done(self, document_id: int, done: bool, expected_version: int) -> tuple[GrantDetail, Changes]:
        self.require(Action.EDIT_GRANTS)
        with self.db.transaction("Tick grant document") as s:
            d = load_for_update(s, GrantDocument, document_id, "Document", expected_version)
            before = audit.snapshot(d, ("done",))
            d.done = done
            self.stamp(d)
            s.flush()
            audit.record_updated(s, self.actor, "grant document", d, before, ("done",))
            g = get_or_404(s, GrantApplication, d.grant_id, "Grant application")
            return self._detail(s, g), changes_so_far(s)

    def add_budget_line(self, grant_id: int, category: str, amount: Decimal | None) -> tuple[GrantDetail, Changes]:
        """Give part of an awarded grant a budget category; the budget never exceeds the award."""
        self.require(Action.EDIT_GRANTS)
        errors: list[ValidationError] = []
        category = _text(errors, "category", category, 120, required=True, message=N_("Name the budget category."))
        try:
            amount = check_amount("amount", amount)
        except ValidationError as exc:
            errors.append(exc)
        if errors:
            raise ValidationErrors(errors)
        assert amount is not None
        with self.db.transaction("Add grant budget line") as s:
            g = load_for_update(s, GrantApplication, grant_id, "Grant application", None)
            if Stage(g.stage) not in FUNDED_STAGES or g.awarded is None:
                raise RuleViolation(N_("A budget is set on an awarded grant."))
            if Stage(g.stage) is Stage.CLOSED:
                raise RuleViolation(N_("This grant is closed."))
            lines = list(s.scalars(select(GrantBudgetLine.amount).where(GrantBudgetLine.grant_id == grant_id)))
            check_budget(g.awarded, lines, amount)
            line = GrantBudgetLine(grant_id=grant_id, position=len(lines), category=category, amount=amount)
            self.stamp(line)
            s.add(line)
            audit.record_created(s, self.actor, "grant budget line", line, ("grant_id", "category", "amount"))
            return self._detail(s, g), changes_so_far(s)

    def record_spending(self, grant_id: int, draft: SpendingDraft) -> tuple[GrantDetail, Changes]:
        """Record money spent against a budget line, or link the aid disbursement that spent it."""
        self.require(Action.EDIT_GRANTS)
        if draft.disbursement_id is not None:
            self.require(Action.READ_AID)
        with self.db.transaction("Record grant spending") as s:
            # Locking the grant serialises spending on it, so two laptops cannot both take the
            # last of a line.
            g = load_for_update(s, GrantApplication, grant_id, "Grant application", None)
            if Stage(g.stage) not in (Stage.AWARDED, Stage.REPORTING):
                raise RuleViolation(N_("Spending is recorded on an awarded grant that is not closed."))
            line = s.get(GrantBudgetLine, draft.budget_line_id)
            if line is None or line.grant_id != grant_id:
                raise ValidationError("budget_line_id", N_("Choose a budget line of this grant."))
            amount = draft.amount
            description = draft.description.strip()
            if draft.disbursement_id is not None:
                d = s.get(Disbursement, draft.disbursement_id)
                if d is None:
                    raise ValidationError("disbursement_id", N_("Choose a disbursement."))
                if d.status == VOIDED_DISBURSEMENT:
                    raise RuleViolation(N_("A voided disbursement is not spending."))
                if d.currency != g.currency:
                    raise RuleViolation(N_("The disbursement is in {currency}; the grant is in {grant_currency}."),
                                        currency=d.currency, grant_currency=g.currency)
                taken = s.scalar(select(GrantSpending.grant_id).where(
                    GrantSpending.disbursement_id == d.id, GrantSpending.voided.is_(False)))
                if taken is not None:
                    raise RuleViolation(N_("This disbursement is already counted as spending on a grant."))
                amount = d.amount
                description = description or d.purpose
            amount = check_amount("amount", amount)
            assert amount is not None
            check_spending(self._line_balance(s, line), amount)
            spend = GrantSpending(grant_id=grant_id, budget_line_id=line.id, spent_on=draft.spent_on,
                                  amount=amount, description=description[:300],
                                  disbursement_id=draft.disbursement_id)
            self.stamp(spend)
            s.add(spend)
            audit.record_created(s, self.actor, "grant spending", spend,
                                 ("grant_id", "budget_line_id", "spent_on", "amount", "disbursement_id"))
            return self._detail(s, g), changes_so_far(s)

    def void_spending(self, spending_id: int, reason: str, expected_version: int) -> tuple[GrantDetail, Changes]:
        self.require(Action.EDIT_GRANTS)
        if not reason.strip():
            raise ValidationError("reason", N_("Say why the spending is voided."))
        with self.db.transaction("Void grant spending") as s:
            spend = load_for_update(s, GrantSpending, spending_id, "Spending", expected_version)
            if spend.voided:
                raise RuleViolation(N_("This spending is already voided."))
            spend.voided, spend.void_reason = True, reason.strip()
            # A voided line frees its disbursement to be linked again, correctly this time.
            spend.disbursement_id = None
            self.stamp(spend)
            audit.record(s, self.actor, kind="void", record_type="grant spending", record_id=spend.id,
                         reason=reason.strip())
            g = get_or_404(s, GrantApplication, spend.grant_id, "Grant application")
            return self._detail(s, g), changes_so_far(s)

    def get(self, grant_id: int) -> GrantDetail:
        self.require(Action.READ_GRANTS)
        with self.db.read() as s:
            return self._detail(s, get_or_404(s, GrantApplication, grant_id, "Grant application"))

    def balance(self, grant_id: int) -> GrantBalance | None:
        return self.get(grant_id).balance

    # -- pipeline and lists ----------------------------------------------------------------
    def pipeline(self) -> list[StageTotal]:
        """Every stage with its count and money (requested and awarded) by currency."""
        self.require(Action.READ_GRANTS)
        stmt = (select(GrantApplication.stage, GrantApplication.currency, func.count(),
                       func.sum(GrantApplication.requested), func.sum(GrantApplication.awarded))
                .group_by(GrantApplication.stage, GrantApplication.currency))
        counts: dict[Stage, int] = defaultdict(int)
        requested: dict[Stage, dict[str, Decimal]] = defaultdict(dict)
        awarded: dict[Stage, dict[str, Decimal]] = defaultdict(dict)
        with self.db.read() as s:
            for stage, currency, n, req_cents, aw_cents in s.execute(stmt):
                st = Stage(stage)
                counts[st] += n
                requested[st][currency] = _cents(req_cents)
                if aw_cents is not None:
                    awarded[st][currency] = _cents(aw_cents)
        return [StageTotal(st, counts[st], tuple(sorted(requested[st].items())), tuple(sorted(awarded[st].items())))
                for st in PIPELINE_ORDER]

    SORTS = {"title": GrantApplication.title, "requested": GrantApplication.requested,
             "awarded": GrantApplication.awarded, "stage": GrantApplication.stage,
             "next_date": GrantApplication.submission_deadline, "funder": Funder.name}

    def list_ids(self, query: ListQuery) -> list[int]:
        self.require(Action.READ_GRANTS)
        stmt: Select[Any] = select(GrantApplication.id).join(Funder, Funder.id == GrantApplication.funder_id)
        for key, column in (("stage", GrantApplication.stage), ("funder_id", GrantApplication.funder_id),
                            ("owner_id", GrantApplication.owner_id), ("client_id", GrantApplication.client_id)):
            value = query.filter(key)
            if value is not None:
                stmt = stmt.where(column == value)
        if query.text:
            pattern = like_pattern(query.text)
            stmt = stmt.where(or_(GrantApplication.title.ilike(pattern, escape="\\"),
                                  Funder.name.ilike(pattern, escape="\\")))
        sort_column = self.SORTS.get(query.sort, GrantApplication.title)
        order = sort_column.desc() if query.descending else sort_column.asc()
        stmt = stmt.order_by(order, GrantApplication.id)
        with self.db.read() as s:
            return list(s.scalars(stmt))

    def list_rows(self, ids: list[int]) -> list[GrantRow]:
        self.require(Action.READ_GRANTS)
        with self.db.read() as s:
            return self._rows(s, ids)

    def deadlines(self, within_days: int, *, mine_only: bool = True, today: date | None = None) -> list[KeyDate]:
        """Key dates from today to *within_days* ahead: the signed-in user's grants (and unowned ones)."""
        self.require(Action.READ_GRANTS)
        today = today or self._today()
        return self.key_dates_between(today, today + timedelta(days=within_days), mine_only=mine_only)

    def key_dates_between(self, start: date, end: date, *, mine_only: bool = False) -> list[KeyDate]:
        """Every grant key date in [start, end], for the calendar and My work."""
        self.require(Action.READ_GRANTS)
        stmt = (select(GrantApplication, Funder.name).join(Funder, Funder.id == GrantApplication.funder_id)
                .where(GrantApplication.stage.not_in([Stage.CLOSED.value, Stage.DECLINED.value,
                                                      Stage.WITHDRAWN.value])))
        if mine_only:
            stmt = stmt.where(or_(GrantApplication.owner_id == self.actor.user_id,
                                  GrantApplication.owner_id.is_(None)))
        # Only applications with a date that can fall in the range are read and expanded.
        stmt = stmt.where(or_(GrantApplication.submission_deadline.between(start, end),
                              GrantApplication.decision_expected.between(start, end),
                              GrantApplication.period_end.between(start, end),
                              (GrantApplication.report_first_due <= end)
                              & ((GrantApplication.report_rule != "") | (GrantApplication.report_first_due >= start))))
        found: list[KeyDate] = []
        with self.db.read() as s:
            for g, funder in s.execute(stmt):
                found.extend(d for d in _key_dates(g, funder, start, end))
        found.sort(key=lambda k: (k.on, k.grant_title, k.kind))
        return found

    # -- internals -------------------------------------------------------------------------
    def _today(self) -> date:
        return utcnow().astimezone(load_org_settings(self.db).zone).date()

    @staticmethod
    def _funder_record(f: Funder, applications: int) -> FunderRecord:
        return FunderRecord(f.id, f.name, f.website, f.email, f.phone, f.notes, f.active, f.version,
                            applications=applications)

    @staticmethod
    def _programmes(s: Session, funder_id: int) -> list[ProgrammeRecord]:
        return [ProgrammeRecord(p.id, p.funder_id, p.name, p.description) for p in s.scalars(
            select(FunderProgramme).where(FunderProgramme.funder_id == funder_id, FunderProgramme.active.is_(True))
            .order_by(FunderProgramme.name))]

    def _rows(self, s: Session, ids: list[int]) -> list[GrantRow]:
        if not ids:
            return []
        stmt = (select(GrantApplication, Funder.name, FunderProgramme.name, User.display_name)
                .join(Funder, Funder.id == GrantApplication.funder_id)
                .outerjoin(FunderProgramme, FunderProgramme.id == GrantApplication.programme_id)
                .outerjoin(User, User.id == GrantApplication.owner_id)
                .where(GrantApplication.id.in_(ids)))
        today = self._today()
        found = s.execute(stmt).all()
        labels = client_labels(s, self.actor, [g.client_id for g, *_rest in found if g.client_id is not None])
        by_id = {}
        for g, funder, programme, owner in found:
            applicant = labels.get(g.client_id, N_("The organisation")) if g.client_id else N_("The organisation")
            upcoming = [k.on for k in _key_dates(g, funder, today, today + timedelta(days=366))]
            by_id[g.id] = GrantRow(g.id, g.title, funder, programme or "", applicant, Stage(g.stage), g.currency,
                                   g.requested, g.awarded, min(upcoming) if upcoming else None, owner or "",
                                   g.version)
        return [by_id[i] for i in ids if i in by_id]

    def _line_balance(self, s: Session, line: GrantBudgetLine) -> LineBalance:
        spent = _cents(s.scalar(select(func.sum(GrantSpending.amount)).where(
            GrantSpending.budget_line_id == line.id, GrantSpending.voided.is_(False))))
        return LineBalance(line.id, line.category, line.amount, spent)

    def _detail(self, s: Session, g: GrantApplication) -> GrantDetail:
        row = self._rows(s, [g.id])[0]
        documents = tuple(DocumentRecord(d.id, d.name, d.required, d.done, d.version) for d in s.scalars(
            select(GrantDocument).where(GrantDocument.grant_id == g.id).order_by(GrantDocument.position, GrantDocument.id)))
        lines = list(s.scalars(select(GrantBudgetLine).where(GrantBudgetLine.grant_id == g.id)
                               .order_by(GrantBudgetLine.position, GrantBudgetLine.id)))
        balance = None
        if g.awarded is not None:
            balance = GrantBalance(g.awarded, tuple(self._line_balance(s, line) for line in lines))
        categories = {line.id: line.category for line in lines}
        spending = tuple(
            SpendingRecord(x.id, x.budget_line_id, categories.get(x.budget_line_id, ""), x.spent_on, x.amount,
                           x.description, x.disbursement_id, x.voided, x.void_reason, x.version)
            for x in s.scalars(select(GrantSpending).where(GrantSpending.grant_id == g.id)
                               .order_by(GrantSpending.spent_on.desc(), GrantSpending.id.desc())))
        horizon_start = g.created_at.date() - timedelta(days=366) if g.created_at else date(2000, 1, 1)
        key_dates = tuple(_key_dates(g, row.funder, horizon_start, (g.period_end or self._today()) + timedelta(days=400)))
        return GrantDetail(row, g.funder_id, g.programme_id, g.client_id, g.owner_id, g.purpose,
                           g.submission_deadline, g.submitted_on, g.decision_expected, g.period_start,
                           g.period_end, g.report_first_due, g.report_rule, g.notes, documents, balance,
                           spending, key_dates)


def _cents(value: Decimal | None) -> Decimal:
    """A SUM over a money column (typed as money, so already a Decimal), zero for no rows."""
    return ZERO if value is None else value


def _key_dates(g: GrantApplication, funder: str, start: date, end: date) -> list[KeyDate]:
    stage = Stage(g.stage)
    found: list[KeyDate] = []

    def add(kind: str, on: date | None) -> None:
        if on is not None and start <= on <= end:
            found.append(KeyDate(g.id, g.title, funder, kind, on))

    if stage in (Stage.PROSPECT, Stage.DRAFTING):
        add("submission", g.submission_deadline)
    if stage is Stage.SUBMITTED:
        add("decision", g.decision_expected)
    if stage in (Stage.AWARDED, Stage.REPORTING):
        for on in report_dates(g.report_first_due, g.report_rule, start, end):
            add("report", on)
        add("period_end", g.period_end)
    return found


@search_provider("grant", Action.READ_GRANTS)
def search_grants(s: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    pattern = like_pattern(text)
    stmt = (select(GrantApplication.id, GrantApplication.title, Funder.name, GrantApplication.stage)
            .join(Funder, Funder.id == GrantApplication.funder_id)
            .where(GrantApplication.title.ilike(pattern, escape="\\"))
            .order_by(GrantApplication.title).limit(limit))
    return [SearchHit("grant", gid, title, f"{funder} · {stage}") for gid, title, funder, stage in s.execute(stmt)]


@search_provider("funder", Action.READ_GRANTS)
def search_funders(s: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    pattern = like_pattern(text)
    stmt = (select(Funder.id, Funder.name).where(Funder.name.ilike(pattern, escape="\\"))
            .order_by(Funder.name).limit(limit))
    return [SearchHit("funder", fid, name, N_("Funder")) for fid, name in s.execute(stmt)]
