"""Letters and e-mail: templates, composing messages under the guard, the outbox and the thank-you queue.

Every message to a donor is a proposed touchpoint (channel e-mail or letter, purpose from its
template) checked by the contact guard, with the donor's row locked, in the transaction that
queues it: a blocked one is kept as ``blocked`` with the reasons and the next allowed time and is
never sent; an allowed one is queued with a *planned* touchpoint, so the guard counts it at once,
and that touchpoint is *done* when the server accepts the e-mail or the letter is printed.
Receipt cover messages are paperwork the charity owes, not touchpoints: the guard never stops them.

A thank-you names its gift in ``gift_thanks`` (unique per gift) in the same transaction, so a gift
is never thanked twice; a message that finally fails gives its gift back to the queue.

Sending and printing draw PDFs and talk to a mail server, which a service never does: that is
``caseworker.correspondence``, which claims due messages here, sends them, and reports back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from caseworker.db.models import (
    Case,
    CaseCategory,
    CaseEvent,
    Client,
    Donor,
    Gift,
    GiftThanks,
    Household,
    MessageTemplate,
    MessageTemplateVersion,
    OrgSetting,
    OutboxMessage,
    Receipt,
    ReceiptGift,
    Touchpoint,
    User,
)
from caseworker.db.notices import changes_so_far
from caseworker.domain.cases import EventKind
from caseworker.domain.channels import Channel
from caseworker.domain.donors import display_name
from caseworker.domain.errors import NotPermitted, RuleViolation, ValidationError, ValidationErrors
from caseworker.domain.guard import Proposal, Purpose, TouchStatus, evaluate
from caseworker.domain.i18n import N_
from caseworker.domain.mail import (
    STALE_SENDING,
    MessageStatus,
    Security,
    SendError,
    ServerSettings,
    retry_at,
    validate_server,
)
from caseworker.domain.money import format_money
from caseworker.domain.org import OrgSettings
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.domain.templates import (
    Attachment,
    Audience,
    Fallback,
    Rendered,
    TemplateDraft,
    TemplateKind,
    TemplatePurpose,
    audiences_for,
    fields_for,
    render,
    validate_template,
)
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update
from caseworker.services.contact_policy import load_policy
from caseworker.services.org_settings import load_org_settings, org_settings_in
from caseworker.services.touchpoints import history_since, load_history, load_preferences, lock_donors

TEMPLATE_FIELDS: Final = ("name", "kind", "purpose", "audience", "language", "subject", "body", "attach",
                          "fallback", "min_amount", "appeal_code", "active")
SERVER_KEY: Final = "mail_server"
PASSWORD_KEY: Final = "mail_server_password"
_AAD: Final = b"caseworker smtp password"
CHUNK: Final = 500
MONTHS: Final = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December")


# --- records -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TemplateRecord:
    id: int
    name: str
    kind: TemplateKind
    purpose: TemplatePurpose
    audience: Audience
    language: str
    subject: str
    body: str
    attach: Attachment
    fallback: Fallback
    min_amount: Decimal | None
    appeal_code: str
    active: bool
    version: int


@dataclass(frozen=True)
class ThankYouRow:
    gift_id: int
    donor_id: int
    donor_name: str
    amount: Decimal
    currency: str
    gift_date: date
    fund: str
    appeal_code: str
    days_waiting: int
    target_days: float
    has_email: bool

    @property
    def overdue(self) -> bool:
        return self.days_waiting > self.target_days


@dataclass(frozen=True)
class OutboxRow:
    id: int
    channel: str
    status: MessageStatus
    purpose: str
    audience: str
    to_name: str
    to_address: str
    subject: str
    attempts: int
    created_at: datetime
    next_attempt_at: datetime | None
    sent_at: datetime | None
    last_error: str
    next_allowed: datetime | None
    donor_id: int | None
    client_id: int | None
    gift_id: int | None


@dataclass(frozen=True)
class Outgoing:
    """One claimed e-mail, with what the sender needs to build and attach it."""

    id: int
    message_id: str
    purpose: str
    to_name: str
    to_address: str
    subject: str
    text: str
    html: str
    attach: str
    receipt_id: int | None
    letter: LetterText | None


@dataclass(frozen=True)
class LetterText:
    """A letter as it will be printed: the recipient's block and the rendered words."""

    message_id: int
    to_name: str
    address_lines: tuple[str, ...]
    dated: date
    subject: str
    body: str
    #: The receipt a thank-you by post carries, printed after the letter.
    receipt_id: int | None = None


@dataclass(frozen=True)
class Skipped:
    """A message not composed (``blocked`` ones are in the outbox too, with ``message_id``)."""

    record_id: int
    name: str
    reason: str
    params: Mapping[str, Any]
    next_allowed: datetime | None = None
    message_id: int | None = None

    def text(self) -> str:
        return self.reason.format(**self.params)


@dataclass(frozen=True)
class ComposeResult:
    queued: tuple[int, ...] = ()
    letters: tuple[int, ...] = ()
    blocked: tuple[Skipped, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    changes: Changes = Changes()


# --- merge values --------------------------------------------------------------------------------

def human_date(day: date | None) -> str:
    return "" if day is None else f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _address(*parts: str) -> list[str]:
    from caseworker.domain.donors import address_lines

    return list(address_lines(*parts))


def org_values(org: OrgSettings) -> dict[str, Any]:
    lines = list(org.address)
    return {"name": org.name, "address": lines, "registration_number": org.registration_number,
            "letterhead": "\n".join([org.name, *lines])}


def worker_values(name: str, org: OrgSettings) -> dict[str, Any]:
    return {"name": name, "signature": f"{name}\n{org.name}"}


def donor_values(donor: Any, household: Any | None) -> dict[str, Any]:
    name = display_name(donor.kind, donor.first_name, donor.last_name, donor.organisation_name)
    salutation = donor.salutation or (f"Dear {donor.first_name}" if donor.first_name else "Dear friends")
    return {
        "name": name, "first_name": donor.first_name, "last_name": donor.last_name, "salutation": salutation,
        "household_greeting": (household.salutation if household is not None and household.salutation
                               else salutation),
        "email": donor.email,
        "address": _address(donor.address_line1, donor.address_line2, donor.city, donor.region, donor.postcode,
                            donor.country),
        "gift_count": donor.gift_count,
        "lifetime_total": format_money(donor.lifetime_total, "USD" if not hasattr(donor, "currency") else donor.currency),
    }


def gift_values(gift: Any, first_gift: bool, receipt_number: str) -> dict[str, Any]:
    return {"amount": format_money(gift.amount, gift.currency), "date": human_date(gift.gift_date),
            "fund": gift.fund, "appeal": gift.appeal_code, "receipt_number": receipt_number,
            "first_gift": first_gift, "in_kind": gift.in_kind_description}


def client_values(client: Any) -> dict[str, Any]:
    first = client.preferred_name or client.first_name
    return {"name": f"{client.first_name} {client.last_name}".strip(), "first_name": client.first_name,
            "last_name": client.last_name, "preferred_name": client.preferred_name,
            "salutation": f"Dear {first}" if first else "Dear client",
            "address": [line for line in (client.address or "").splitlines() if line.strip()]
            + ([client.postcode] if client.postcode else []),
            "language": client.language}


def case_values(case: Any, category: str, worker: str) -> dict[str, Any]:
    return {"reference": f"C-{case.id:05d}", "title": case.title, "category": category, "status": case.status,
            "opened": human_date(case.opened_on), "due": human_date(case.due_on), "outcome": case.outcome,
            "appointment": "", "worker": worker}


def sample_values(audience: Audience, org: OrgSettings, worker: str) -> dict[str, Any]:
    """Made-up values for every merge field, for previewing a template with no record chosen."""
    values: dict[str, Any] = {"org": org_values(org), "worker": worker_values(worker, org),
                              "today": human_date(date(2026, 12, 1))}
    if audience is Audience.DONORS:
        values["donor"] = {"name": "Ana Duarte", "first_name": "Ana", "last_name": "Duarte",
                           "salutation": "Dear Ana", "household_greeting": "Dear Ana and Luis",
                           "email": "ana@example.org", "address": ["12 Harbour Road", "Porto 4000-123"],
                           "gift_count": 3, "lifetime_total": format_money(Decimal("275.00"), org.currency)}
        values["gift"] = {"amount": format_money(Decimal("100.00"), org.currency), "date": "28 November 2026",
                          "fund": "General", "appeal": "WINTER26", "receipt_number": "000123",
                          "first_gift": False, "in_kind": ""}
    else:
        values["client"] = {"name": "Sam Okafor", "first_name": "Sam", "last_name": "Okafor",
                            "preferred_name": "", "salutation": "Dear Sam",
                            "address": ["4 Mill Lane", "AB1 2CD"], "language": "English"}
        values["case"] = {"reference": "C-00042", "title": "Housing repair", "category": "Housing",
                          "status": "in_progress", "opened": "3 November 2026", "due": "1 December 2026",
                          "outcome": "", "appointment": "Tuesday 8 December 2026, 10:30", "worker": worker}
    return values


# --- stored settings -----------------------------------------------------------------------------

def load_server_settings(s: Session) -> ServerSettings:
    raw = s.scalar(select(OrgSetting.value).where(OrgSetting.key == SERVER_KEY))
    if raw is None:
        return ServerSettings()
    data = json.loads(raw)
    known = set(ServerSettings.__dataclass_fields__)
    data = {k: v for k, v in data.items() if k in known}
    if "security" in data:
        data["security"] = Security(data["security"])
    return ServerSettings(**data)


def _set_setting(s: Session, key: str, value: str, actor_id: int) -> tuple[str | None, bool]:
    row = s.scalars(select(OrgSetting).where(OrgSetting.key == key)).first()
    before = row.value if row is not None else None
    if row is None:
        row = OrgSetting(key=key, value=value)
        s.add(row)
    elif row.value == value:
        return before, False
    row.value = value
    row.updated_by_id = actor_id
    return before, True


# --- the service ---------------------------------------------------------------------------------

class MailService(Service):
    # -- who may reach which templates ----------------------------------------------------------
    def audiences(self) -> list[Audience]:
        """Caseworkers never reach donors' templates; fundraisers never reach clients'."""
        return audiences_for(self.actor)

    def _require_audience(self, audience: Audience | str, *, edit: bool = False) -> Audience:
        audience = Audience(audience)
        if audience is Audience.DONORS:
            self.require(Action.EDIT_DONORS if edit else Action.READ_DONORS)
        else:
            self.require(Action.EDIT_CLIENTS if edit else Action.READ_CLIENTS)
        return audience

    def _require_any(self) -> list[Audience]:
        audiences = self.audiences()
        if not audiences:
            raise NotPermitted(N_("You are not permitted to {action}."), action="send letters or e-mail")
        return audiences

    # -- templates ------------------------------------------------------------------------------
    def merge_fields(self, audience: Audience | str) -> Mapping[str, Mapping[str, str]]:
        return fields_for(self._require_audience(audience))

    def list_templates(self, audience: Audience | str | None = None, *,
                       include_inactive: bool = True) -> list[TemplateRecord]:
        allowed = self._require_any()
        wanted = [self._require_audience(audience)] if audience else allowed
        stmt = (select(MessageTemplate).where(MessageTemplate.audience.in_([a.value for a in wanted]))
                .order_by(MessageTemplate.audience, MessageTemplate.purpose, MessageTemplate.name,
                          MessageTemplate.language))
        if not include_inactive:
            stmt = stmt.where(MessageTemplate.active.is_(True))
        with self.db.read() as s:
            return [_template_record(t) for t in s.scalars(stmt)]

    def template(self, template_id: int) -> TemplateRecord:
        self._require_any()
        with self.db.read() as s:
            row = get_or_404(s, MessageTemplate, template_id, "Template")
            self._require_audience(row.audience)
            return _template_record(row)

    def template_named(self, name: str, language: str = "") -> TemplateRecord:
        self._require_any()
        with self.db.read() as s:
            rows = list(s.scalars(select(MessageTemplate).where(func.lower(MessageTemplate.name) == name.lower())))
            row = next((r for r in rows if r.language == language), rows[0] if rows else None)
            if row is None:
                raise ValidationError("template", N_("There is no template called '{name}'."), name=name)
            self._require_audience(row.audience)
            return _template_record(row)

    def template_versions(self, template_id: int) -> list[tuple[int, datetime, str, str]]:
        """Every saved wording of the template, newest first: number, when, subject, body."""
        template = self.template(template_id)
        with self.db.read() as s:
            rows = s.execute(select(MessageTemplateVersion.number, MessageTemplateVersion.saved_at,
                                    MessageTemplateVersion.subject, MessageTemplateVersion.body)
                             .where(MessageTemplateVersion.template_id == template.id)
                             .order_by(MessageTemplateVersion.number.desc())).all()
        return [(number, at, subject, body) for number, at, subject, body in rows]

    def save_template(self, draft: TemplateDraft, template_id: int | None = None, *,
                      expected_version: int | None = None) -> tuple[TemplateRecord, Changes]:
        """Create a template, or save a new version of one; both audited, every wording kept."""
        values = validate_template(draft)
        self._require_audience(values["audience"], edit=True)
        with self.db.transaction("Save template") as s:
            clash = s.scalar(select(MessageTemplate.id).where(
                func.lower(MessageTemplate.name) == values["name"].lower(),
                MessageTemplate.language == values["language"],
                MessageTemplate.id != (template_id or 0)))
            if clash is not None:
                raise ValidationError("name", N_("Another template in this language is called '{name}'."),
                                      name=values["name"])
            if template_id is None:
                row = MessageTemplate(**values)
                self.stamp(row)
                s.add(row)
                audit.record_created(s, self.actor, "template", row, TEMPLATE_FIELDS)
            else:
                row = load_for_update(s, MessageTemplate, template_id, "template", expected_version)
                self._require_audience(row.audience, edit=True)
                before = audit.snapshot(row, TEMPLATE_FIELDS)
                for key, value in values.items():
                    setattr(row, key, value)
                self.stamp(row)
                s.flush()
                audit.record_updated(s, self.actor, "template", row, before, TEMPLATE_FIELDS)
            s.flush()
            s.add(MessageTemplateVersion(template_id=row.id, number=row.version, subject=row.subject,
                                         body=row.body, saved_at=datetime.now(UTC),
                                         saved_by_id=self.actor.user_id))
            return _template_record(row), changes_so_far(s)

    def preview(self, subject: str, body: str, audience: Audience | str, *,
                gift_id: int | None = None, donor_id: int | None = None,
                case_id: int | None = None) -> Rendered:
        """The template filled for a chosen record (or with sample values when none is chosen)."""
        audience = self._require_audience(audience)
        org = load_org_settings(self.db)
        if gift_id is None and donor_id is None and case_id is None:
            values = sample_values(audience, org, self.actor.display_name)
        else:
            with self.db.read() as s:
                if audience is Audience.DONORS:
                    if case_id is not None:
                        raise ValidationError("record", N_("A donor's template is previewed on a donor or a gift."))
                    values = self._donor_context(s, org, donor_id, gift_id)
                else:
                    if case_id is None:
                        raise ValidationError("record", N_("A client's template is previewed on a case."))
                    values = self._case_context(s, org, case_id)
        return render(subject, body, values, audience)

    # -- mail server settings ---------------------------------------------------------------------
    def server_settings(self) -> ServerSettings:
        self._require_any()
        with self.db.read() as s:
            return load_server_settings(s)

    def has_server_password(self) -> bool:
        self._require_any()
        with self.db.read() as s:
            return s.scalar(select(OrgSetting.id).where(OrgSetting.key == PASSWORD_KEY)) is not None

    def save_server_settings(self, settings: ServerSettings, password: str | None = None) -> Changes:
        """Managers set the mail server. ``password``: None keeps the stored one, "" removes it.

        The password is sealed (see ``db.secrets``) before it reaches the database; the audit log
        records that it changed, never what it is."""
        self.require(Action.EDIT_SETTINGS)
        settings = validate_server(settings)
        from dataclasses import asdict

        from caseworker.db.secrets import seal

        encoded = json.dumps({**asdict(settings), "security": settings.security.value}, sort_keys=True)
        with self.db.transaction("Change the mail server settings") as s:
            before, changed = _set_setting(s, SERVER_KEY, encoded, self.actor.user_id)
            changes: dict[str, Any] = {}
            if changed:
                changes["server"] = [json.loads(before) if before else None, json.loads(encoded)]
            if password is not None:
                row = s.scalars(select(OrgSetting).where(OrgSetting.key == PASSWORD_KEY)).first()
                if password == "":
                    if row is not None:
                        s.delete(row)
                        changes["password"] = ["(set)", None]
                else:
                    _set_setting(s, PASSWORD_KEY, json.dumps(seal(self.db, password, aad=_AAD)), self.actor.user_id)
                    changes["password"] = ["(set)" if row is not None else None, "(changed)"]
            if changes:
                audit.record(s, self.actor, kind="update", record_type="settings", record_id=None, changes=changes)
            return changes_so_far(s)

    def server_password(self) -> str:
        """The mail server's password, unsealed for the sender (never shown, never logged)."""
        self._require_any()
        from caseworker.db.secrets import unseal

        with self.db.read() as s:
            raw = s.scalar(select(OrgSetting.value).where(OrgSetting.key == PASSWORD_KEY))
        return "" if raw is None else unseal(self.db, json.loads(raw), aad=_AAD)

    # -- the thank-you queue ----------------------------------------------------------------------
    def thank_you_queue(self, limit: int = 1000, *, now: datetime | None = None) -> list[ThankYouRow]:
        """Gifts not yet thanked and not on their way, oldest first, against the target."""
        self.require(Action.READ_GIFTS)
        now = now or datetime.now(UTC)
        org = load_org_settings(self.db)
        today = now.astimezone(org.zone).date()
        with self.db.read() as s:
            target = load_server_settings(s).thank_target_hours / 24
            in_flight = select(GiftThanks.gift_id)
            rows = s.execute(
                select(Gift.id, Gift.donor_id, Gift.amount, Gift.currency, Gift.gift_date, Gift.fund,
                       Gift.appeal_code, Donor.kind, Donor.first_name, Donor.last_name, Donor.organisation_name,
                       Donor.email, Donor.opted_out_channels)
                .join(Donor, Donor.id == Gift.donor_id)
                .where(Gift.thanked_on.is_(None), Gift.voided_at.is_(None), Gift.id.not_in(in_flight))
                .order_by(Gift.gift_date, Gift.id).limit(limit)).all()
        return [ThankYouRow(r.id, r.donor_id, display_name(r.kind, r.first_name, r.last_name, r.organisation_name),
                            r.amount, r.currency, r.gift_date, r.fund, r.appeal_code,
                            (today - r.gift_date).days, target,
                            bool(r.email) and Channel.EMAIL.value not in (r.opted_out_channels or ())) for r in rows]

    def time_to_thank(self, since: date | None = None, until: date | None = None
                      ) -> tuple[int, float | None, int, float]:
        """Thanked gifts of the period: how many, the median days from gift to thank-you, how many
        were thanked within the target, and the target in days (for Insight)."""
        self.require(Action.READ_GIFTS)
        with self.db.read() as s:
            target = load_server_settings(s).thank_target_hours / 24
            stmt = select(Gift.gift_date, Gift.thanked_on).where(Gift.thanked_on.is_not(None),
                                                                 Gift.voided_at.is_(None))
            if since is not None:
                stmt = stmt.where(Gift.gift_date >= since)
            if until is not None:
                stmt = stmt.where(Gift.gift_date <= until)
            days = sorted((t - g).days for g, t in s.execute(stmt) if t is not None)
        if not days:
            return 0, None, 0, target
        mid = len(days) // 2
        median = days[mid] if len(days) % 2 else (days[mid - 1] + days[mid]) / 2
        return len(days), float(median), sum(1 for d in days if d <= target), target

    def thank(self, gift_ids: Sequence[int], *, template: str | int | None = None, dry_run: bool = False,
              now: datetime | None = None) -> ComposeResult:
        """Thank these gifts, each with its template (the one named, or the one chosen by rule).

        E-mails are queued and letters wait in the outbox to be printed; blocked donors are kept
        with the reason. ``dry_run`` returns the same result and writes nothing."""
        self.require(Action.PLAN_TOUCHPOINTS)
        self.require(Action.READ_GIFTS)
        now = now or datetime.now(UTC)
        org = load_org_settings(self.db)
        named = self._named_template(template, Audience.DONORS) if template is not None else None
        with self.db.transaction("Thank gifts") as s:
            wanted = list(dict.fromkeys(gift_ids))
            # The donors are locked before the gifts and the ledger are read: a colleague thanking
            # the same gifts at this moment waits, then finds them thanked.
            lock_donors(s, sorted({d for part in _chunks(wanted)
                                   for d in s.scalars(select(Gift.donor_id).where(Gift.id.in_(part)))}))
            gifts = [g for part in _chunks(wanted)
                     for g in s.scalars(select(Gift).where(Gift.id.in_(part)).order_by(Gift.gift_date, Gift.id))]
            templates = [] if named else list(s.scalars(select(MessageTemplate).where(
                MessageTemplate.audience == Audience.DONORS.value, MessageTemplate.purpose == TemplatePurpose.THANKS.value,
                MessageTemplate.active.is_(True))))
            thanked: set[int] = set()
            for part in _chunks([g.id for g in gifts]):
                thanked.update(s.scalars(select(GiftThanks.gift_id).where(GiftThanks.gift_id.in_(part))))
            jobs: list[_Job] = []
            skipped: list[Skipped] = []
            for gift in gifts:
                if gift.voided_at is not None or gift.thanked_on is not None or gift.id in thanked:
                    skipped.append(Skipped(gift.id, "", N_("Gift {gift} was already thanked."), {"gift": gift.id}))
                    continue
                chosen = named or _choose_thanks(templates, gift)
                if chosen is None:
                    skipped.append(Skipped(gift.id, "", N_("No thank-you template fits gift {gift}."),
                                           {"gift": gift.id}))
                    continue
                jobs.append(_Job(chosen, gift.donor_id, gift=gift))
            result = self._compose(s, org, jobs, now, dry_run)
            result = replace(result, skipped=tuple(skipped) + result.skipped)
            if dry_run:
                s.rollback()
            return result

    def compose(self, template_id: int | str, *, donor_ids: Sequence[int] = (), case_ids: Sequence[int] = (),
                dry_run: bool = False, now: datetime | None = None, letter: bool = False) -> ComposeResult:
        """A message from one template to many donors (through the guard) or to the clients of cases.

        ``letter=True`` makes every message a letter whatever the template's kind (a mail merge)."""
        template = self._named_template(template_id, None)
        audience = Audience(template.audience)
        self._require_audience(audience)
        if audience is Audience.DONORS:
            self.require(Action.PLAN_TOUCHPOINTS)
            if case_ids:
                raise ValidationError("to", N_("A donor's template goes to donors."))
        else:
            # A client's letter is written on their case's timeline.
            self.require(Action.WRITE_CASE_NOTES)
            if donor_ids:
                raise ValidationError("to", N_("A client's template goes to clients."))
        now = now or datetime.now(UTC)
        org = load_org_settings(self.db)
        with self.db.transaction("Compose messages") as s:
            if audience is Audience.DONORS:
                jobs = [_Job(template, d, letter=letter) for d in dict.fromkeys(donor_ids)]
            else:
                jobs = [_Job(template, None, case_id=c, letter=letter) for c in dict.fromkeys(case_ids)]
            result = self._compose(s, org, jobs, now, dry_run)
            if dry_run:
                s.rollback()
            return result

    def _named_template(self, ref: str | int | TemplateRecord, audience: Audience | None) -> TemplateRecord:
        if isinstance(ref, TemplateRecord):
            return ref
        record = self.template(int(ref)) if isinstance(ref, int) or str(ref).isdigit() else self.template_named(str(ref))
        if audience is not None and record.audience is not audience:
            raise ValidationError("template", N_("'{name}' is not a template for {audience}."),
                                  name=record.name, audience=audience.value)
        if not record.active:
            raise ValidationError("template", N_("The template '{name}' is retired."), name=record.name)
        return record

    def _compose(self, s: Session, org: OrgSettings, jobs: list[_Job], now: datetime,
                 dry_run: bool) -> ComposeResult:
        donor_jobs = [j for j in jobs if j.donor_id is not None]
        donor_ids = sorted({j.donor_id for j in donor_jobs if j.donor_id is not None})
        donors: dict[int, Donor] = {}
        households: dict[int, Household] = {}
        prefs = history = {}
        policy = None
        if donor_ids:
            lock_donors(s, donor_ids)
            for part in _chunks(donor_ids):
                donors.update({d.id: d for d in s.scalars(select(Donor).where(Donor.id.in_(part)))})
            hh_ids = sorted({d.household_id for d in donors.values() if d.household_id})
            for part in _chunks(hh_ids):
                households.update({h.id: h for h in s.scalars(select(Household).where(Household.id.in_(part)))})
            policy = load_policy(s)
            prefs = load_preferences(s, donor_ids)
            history = load_history(s, donor_ids, history_since(policy, prefs.values(), now))
        gift_ids = [j.gift.id for j in jobs if j.gift is not None]
        receipts = _receipt_numbers(s, gift_ids)
        firsts = _first_gifts(s, [j.gift for j in jobs if j.gift is not None])
        queued: list[int] = []
        letters: list[int] = []
        blocked: list[Skipped] = []
        skipped: list[Skipped] = []
        worker = worker_values(self.actor.display_name, org)
        common = {"org": org_values(org), "worker": worker, "today": human_date(now.astimezone(org.zone).date())}
        rows: list[tuple[OutboxMessage, _Job, Proposal | None]] = []
        variants: dict[str, list[TemplateRecord]] = {}
        for job in jobs:
            template = job.template
            if job.donor_id is not None:
                donor = donors.get(job.donor_id)
                if donor is None:
                    skipped.append(Skipped(job.donor_id, "", N_("Donor {ident} was not found."), {"ident": job.donor_id}))
                    continue
                name = display_name(donor.kind, donor.first_name, donor.last_name, donor.organisation_name)
                values: dict[str, Any] = {**common,
                                          "donor": donor_values(donor, households.get(donor.household_id or 0))}
                values["donor"]["lifetime_total"] = format_money(donor.lifetime_total, org.currency)
                if (job.gift is not None and template.attach is Attachment.RECEIPT
                        and job.gift.id not in receipts):
                    problem = self._issue_receipt(s, job.gift, receipts)
                    if problem:
                        skipped.append(Skipped(donor.id, name, problem, {}))
                        continue
                if job.gift is not None:
                    values["gift"] = gift_values(job.gift, job.gift.id in firsts, receipts.get(job.gift.id, ""))
                channel = Channel.LETTER if job.letter else Channel(template.kind.value)
                opted_out = Channel.EMAIL in prefs[donor.id].opted_out_channels
                if channel is Channel.EMAIL and (opted_out or not donor.email):
                    if template.fallback is Fallback.NOTHING:
                        skipped.append(Skipped(donor.id, name, N_("{name} takes no e-mail and the template sends "
                                                                  "nothing instead."), {"name": name}))
                        continue
                    channel = Channel.LETTER
                if channel is Channel.LETTER and not values["donor"]["address"]:
                    skipped.append(Skipped(donor.id, name, N_("{name} has no postal address."), {"name": name}))
                    continue
                try:
                    rendered = render(template.subject, template.body, values, Audience.DONORS)
                except (ValidationError, ValidationErrors) as exc:
                    skipped.append(Skipped(donor.id, name, N_("The template '{template}' cannot be filled for "
                                                              "{name}: {problem}"),
                                           {"template": template.name, "name": name, "problem": _problem(exc)}))
                    continue
                proposal = None
                if template.purpose is not TemplatePurpose.RECEIPT:
                    proposal = Proposal(now, channel, Purpose(template.purpose.value))
                    assert policy is not None  # loaded above with the donors
                    verdict = evaluate(policy, prefs[donor.id], history.get(donor.id, []), proposal)
                    if verdict.blocked:
                        row = self._message(template, channel, rendered, name, donor.email, job, now,
                                            MessageStatus.BLOCKED)
                        if job.gift is not None and not dry_run:
                            # A gift blocked again keeps one entry, with the latest reasons.
                            earlier = s.scalars(select(OutboxMessage).where(
                                OutboxMessage.gift_id == job.gift.id,
                                OutboxMessage.status == MessageStatus.BLOCKED.value)).first()
                            if earlier is not None:
                                for key in ("channel", "subject", "body_text", "body_html", "template_id",
                                            "template_version", "staff_id", "next_attempt_at"):
                                    setattr(earlier, key, getattr(row, key))
                                row = earlier
                        row.last_error = " ".join(r.text() for r in verdict.reasons)
                        row.next_allowed = verdict.next_allowed
                        rows.append((row, job, None))
                        blocked.append(Skipped(donor.id, name, row.last_error, {}, verdict.next_allowed))
                        continue
                    # The next message of this run to the same donor sees this one.
                    from caseworker.domain.guard import Touch

                    history.setdefault(donor.id, []).append(Touch(now, channel, proposal.purpose,
                                                                  TouchStatus.PLANNED, None))
                status = MessageStatus.QUEUED
                row = self._message(template, channel, rendered, name, donor.email if channel is Channel.EMAIL else "",
                                    job, now, status)
                rows.append((row, job, proposal))
            else:
                case = s.get(Case, job.case_id)
                if case is None:
                    skipped.append(Skipped(job.case_id or 0, "", N_("Case {ident} was not found."),
                                           {"ident": job.case_id}))
                    continue
                client = get_or_404(s, Client, case.client_id, "Client")
                template = self._in_language(s, template, client.language, variants)
                values = {**common, **self._case_values(s, case, client)}
                name = values["client"]["name"]
                try:
                    rendered = render(template.subject, template.body, values, Audience.CLIENTS)
                except (ValidationError, ValidationErrors) as exc:
                    skipped.append(Skipped(case.id, name, N_("The template '{template}' cannot be filled for "
                                                             "{name}: {problem}"),
                                           {"template": template.name, "name": name, "problem": _problem(exc)}))
                    continue
                channel = Channel.LETTER if job.letter else Channel(template.kind.value)
                if channel is Channel.EMAIL and not client.email:
                    channel = Channel.LETTER
                if channel is Channel.LETTER and not values["client"]["address"]:
                    skipped.append(Skipped(case.id, name, N_("{name} has no postal address."), {"name": name}))
                    continue
                row = self._message(template, channel, rendered, name, client.email if channel is Channel.EMAIL else "",
                                    job, now, MessageStatus.QUEUED)
                row.client_id, row.case_id = client.id, case.id
                rows.append((row, job, None))
        if dry_run:
            for row, _job, _ in rows:
                if row.status == MessageStatus.QUEUED:
                    (queued if row.channel == Channel.EMAIL else letters).append(0)
            return ComposeResult(tuple(queued), tuple(letters), tuple(blocked), tuple(skipped), Changes())
        s.add_all([row for row, _, _ in rows])
        s.flush()
        touchpoints: list[tuple[OutboxMessage, Touchpoint]] = []
        for row, job, proposal in rows:
            if row.status == MessageStatus.BLOCKED:
                continue
            if proposal is not None and row.donor_id is not None:
                tp = Touchpoint(donor_id=row.donor_id, when=now, channel=row.channel, purpose=row.purpose,
                                status=TouchStatus.PLANNED.value, staff_id=self.actor.user_id,
                                notes=f"{row.subject}".strip(), campaign=job.template.name[:120],
                                updated_by_id=self.actor.user_id)
                s.add(tp)
                touchpoints.append((row, tp))
            if job.gift is not None:
                s.add(GiftThanks(gift_id=job.gift.id, message_id=row.id, thanked_at=now))
            (queued if row.channel == Channel.EMAIL else letters).append(row.id)
        try:
            s.flush()
        except IntegrityError:
            raise RuleViolation(N_("Another user thanked some of these gifts meanwhile: reload the queue "
                                   "and try again.")) from None
        for row, tp in touchpoints:
            row.touchpoint_id = tp.id
        changes = changes_so_far(s)
        if rows:
            audit.record(s, self.actor, kind="create", record_type="message", record_id=None,
                         changes={"queued": len(queued), "letters": len(letters), "blocked": len(blocked),
                                  "templates": sorted({j.template.name for _, j, _ in rows})})
        blocked = [replace(b, message_id=r.id) for b, r in
                   zip(blocked, [r for r, _, _ in rows if r.status == MessageStatus.BLOCKED], strict=True)]
        return ComposeResult(tuple(queued), tuple(letters), tuple(blocked), tuple(skipped), changes)

    @staticmethod
    def _in_language(s: Session, template: TemplateRecord, language: str,
                     variants: dict[str, list[TemplateRecord]]) -> TemplateRecord:
        """The same-named template in the person's language when there is one, else the one chosen."""
        from caseworker.domain.templates import language_code

        key = template.name.lower()
        if key not in variants:
            variants[key] = [_template_record(t) for t in s.scalars(select(MessageTemplate).where(
                func.lower(MessageTemplate.name) == key, MessageTemplate.audience == template.audience.value,
                MessageTemplate.active.is_(True)))]
        wanted = language_code(language or "")
        for variant in variants[key]:
            if wanted and language_code(variant.language) == wanted:
                return variant
        return template

    def _issue_receipt(self, s: Session, gift: Gift, receipts: dict[int, str]) -> str:
        """Issue the receipt a thank-you carries (inside this transaction); a reason if it cannot be."""
        from caseworker.domain.gifts import ReceiptKind, format_receipt_number
        from caseworker.services.receipts import ReceiptService

        if not self.can(Action.ISSUE_RECEIPTS):
            return N_("You are not permitted to issue receipts.")
        try:
            receipt = ReceiptService(self.db, self.actor)._issue(s, gift.donor_id, [gift], ReceiptKind.GIFT,
                                                                  None, None)
        except RuleViolation as exc:
            return exc.text()
        receipts[gift.id] = format_receipt_number(receipt.number)
        return ""

    def _message(self, template: TemplateRecord, channel: Channel, rendered: Rendered, name: str, address: str,
                 job: _Job, now: datetime, status: MessageStatus) -> OutboxMessage:
        return OutboxMessage(
            channel=channel.value, status=status.value, purpose=template.purpose.value,
            audience=template.audience.value, donor_id=job.donor_id, gift_id=job.gift.id if job.gift else None,
            receipt_id=None, template_id=template.id, template_version=template.version, staff_id=self.actor.user_id,
            to_name=name[:250], to_address=address, subject=rendered.subject[:300], body_text=rendered.text,
            body_html=rendered.html,
            attach=(template.attach.value if channel is Channel.EMAIL or template.attach is Attachment.RECEIPT
                    else ""),
            message_id="", attempts=0, next_attempt_at=now, last_error="", updated_by_id=self.actor.user_id)

    def _case_values(self, s: Session, case: Case, client: Client) -> dict[str, Any]:
        category = s.scalar(select(CaseCategory.name).where(CaseCategory.id == case.category_id)) or ""
        worker = s.scalar(select(User.display_name).where(User.id == case.assignee_id)) if case.assignee_id else ""
        values = case_values(case, category, worker or "")
        from caseworker.db.models import Meeting, MeetingAttendee

        nxt = s.scalar(select(Meeting.starts_at).join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
                       .where(MeetingAttendee.client_id == client.id, Meeting.starts_at >= datetime.now(UTC),
                              Meeting.cancelled.is_(False)).order_by(Meeting.starts_at).limit(1))
        if nxt is not None:
            zone = load_org_settings(self.db).zone
            local = nxt.astimezone(zone)
            values["appointment"] = f"{human_date(local.date())}, {local:%H:%M}"
        return {"client": client_values(client), "case": values}

    def _donor_context(self, s: Session, org: OrgSettings, donor_id: int | None,
                       gift_id: int | None) -> dict[str, Any]:
        gift = get_or_404(s, Gift, gift_id, "Gift") if gift_id is not None else None
        ident = gift.donor_id if gift else donor_id
        assert ident is not None  # the preview is of a donor or a gift (checked by the caller)
        donor = get_or_404(s, Donor, ident, "Donor")
        household = s.get(Household, donor.household_id) if donor.household_id else None
        values: dict[str, Any] = {"org": org_values(org), "worker": worker_values(self.actor.display_name, org),
                                  "today": human_date(datetime.now(org.zone).date()),
                                  "donor": donor_values(donor, household)}
        values["donor"]["lifetime_total"] = format_money(donor.lifetime_total, org.currency)
        if gift is not None:
            values["gift"] = gift_values(gift, gift.id in _first_gifts(s, [gift]),
                                         _receipt_numbers(s, [gift.id]).get(gift.id, ""))
        return values

    def _case_context(self, s: Session, org: OrgSettings, case_id: int) -> dict[str, Any]:
        case = get_or_404(s, Case, case_id, "Case")
        client = get_or_404(s, Client, case.client_id, "Client")
        return {"org": org_values(org), "worker": worker_values(self.actor.display_name, org),
                "today": human_date(datetime.now(org.zone).date()), **self._case_values(s, case, client)}

    # -- choosing recipients ----------------------------------------------------------------------
    def donor_ids(self, *, segment: str | None = None, gave_since: date | None = None,
                  limit: int | None = None) -> list[int]:
        """Donors for a mail merge: living, contactable ones, filtered by segment or recent giving."""
        self.require(Action.READ_DONORS)
        from caseworker.domain.donors import Segment
        from caseworker.services.donors import segment_expression
        from caseworker.services.org_settings import segment_rule_in

        stmt = select(Donor.id).where(Donor.deceased.is_(False), Donor.do_not_contact.is_(False)).order_by(
            Donor.sort_name, Donor.id)
        with self.db.read() as s:
            if segment:
                if segment not in {x.value for x in Segment}:
                    raise ValidationError("segment", N_("'{segment}' is not a segment: major, regular, new or "
                                                        "lapsed."), segment=segment)
                today = datetime.now(load_org_settings(self.db).zone).date()
                stmt = stmt.where(segment_expression(today, segment_rule_in(s)) == segment)
            if gave_since is not None:
                stmt = stmt.where(Donor.last_gift_on >= gave_since)
            if limit is not None:
                stmt = stmt.limit(limit)
            return list(s.scalars(stmt))

    def case_ids(self, *, open_only: bool = True, limit: int | None = None) -> list[int]:
        """Cases whose clients a mail merge writes to (open ones by default), oldest first."""
        self.require(Action.READ_CASES)
        from caseworker.domain.cases import OPEN_STATUSES

        stmt = select(Case.id).order_by(Case.opened_on, Case.id)
        if open_only:
            stmt = stmt.where(Case.status.in_([x.value for x in OPEN_STATUSES]))
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.read() as s:
            return list(s.scalars(stmt))

    # -- the outbox -------------------------------------------------------------------------------
    def outbox(self, statuses: Iterable[MessageStatus | str] = (), limit: int = 500) -> list[OutboxRow]:
        audiences = self._require_any()
        stmt = (select(OutboxMessage).where(OutboxMessage.audience.in_([a.value for a in audiences]))
                .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc()).limit(limit))
        wanted = [MessageStatus(x).value for x in statuses]
        if wanted:
            stmt = stmt.where(OutboxMessage.status.in_(wanted))
        with self.db.read() as s:
            return [_outbox_row(m) for m in s.scalars(stmt)]

    def claim_due(self, now: datetime | None = None, limit: int = 10_000, *,
                  ignore_backoff: bool = False) -> tuple[list[Outgoing], Changes]:
        """Mark the e-mails due now as being sent and hand them out (oldest first).

        One left ``sending`` by an interrupted run is due again after a while, with its Message-ID."""
        audiences = self._require_any()
        now = now or datetime.now(UTC)
        due = or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now)
        stmt = (select(OutboxMessage)
                .where(OutboxMessage.channel == Channel.EMAIL.value,
                       OutboxMessage.audience.in_([a.value for a in audiences]),
                       or_(and_(OutboxMessage.status == MessageStatus.QUEUED.value,
                                *(() if ignore_backoff else (due,))),
                           and_(OutboxMessage.status == MessageStatus.SENDING.value,
                                OutboxMessage.claimed_at < now - STALE_SENDING)))
                .order_by(OutboxMessage.id).limit(limit))
        if self.db.dialect != "sqlite":
            stmt = stmt.with_for_update(skip_locked=True)
        with self.db.transaction("Send e-mail") as s:
            rows = list(s.scalars(stmt))
            server = load_server_settings(s)
            domain = (server.from_address.rpartition("@")[2] or "caseworker.invalid").strip()
            out = []
            for row in rows:
                row.status = MessageStatus.SENDING.value
                row.claimed_at = now
                row.attempts += 1
                if not row.message_id:
                    from email.utils import make_msgid

                    row.message_id = make_msgid(idstring=f"cw{row.id}", domain=domain)
                letter = None
                if row.attach == Attachment.LETTER.value:
                    letter = LetterText(row.id, row.to_name, (), now.date(), row.subject, row.body_text)
                out.append(Outgoing(row.id, row.message_id, row.purpose, row.to_name, row.to_address, row.subject,
                                    row.body_text, row.body_html, row.attach, _receipt_id(s, row), letter))
            return out, changes_so_far(s)

    def record_sent(self, message_id: int, now: datetime | None = None) -> Changes:
        """The server accepted the message: it is sent, its touchpoint done, its gift thanked."""
        self._require_any()
        now = now or datetime.now(UTC)
        with self.db.transaction("Send e-mail") as s:
            row = get_or_404(s, OutboxMessage, message_id, "Message")
            if row.status == MessageStatus.SENT.value:
                return changes_so_far(s)
            self._delivered(s, row, MessageStatus.SENT, now,
                            now.astimezone(org_settings_in(s).zone).date())
            return changes_so_far(s)

    def record_failure(self, message_id: int, error: SendError, now: datetime | None = None,
                       *, count_attempt: bool = True) -> tuple[MessageStatus, Changes]:
        """The server refused or was away: queued again after a pause, or failed for good."""
        self._require_any()
        now = now or datetime.now(UTC)
        with self.db.transaction("Send e-mail") as s:
            row = get_or_404(s, OutboxMessage, message_id, "Message")
            if not count_attempt:
                row.attempts = max(0, row.attempts - 1)
            row.last_error = error.text()
            row.claimed_at = None
            later = None if error.permanent else retry_at(row.attempts, now)
            if later is None:
                row.status = MessageStatus.FAILED.value
                row.next_attempt_at = None
                self._undo(s, row, "E-mail failed: " + row.last_error)
            else:
                row.status = MessageStatus.QUEUED.value
                row.next_attempt_at = later
            row.updated_by_id = self.actor.user_id
            return MessageStatus(row.status), changes_so_far(s)

    def retry(self, message_id: int) -> Changes:
        """Try a failed message again now (its guard check is made again: time has passed)."""
        self._require_any()
        now = datetime.now(UTC)
        with self.db.transaction("Retry e-mail") as s:
            row = load_for_update(s, OutboxMessage, message_id, "message", None)
            self._require_audience(row.audience)
            if row.status != MessageStatus.FAILED.value:
                raise RuleViolation(N_("Only a failed message can be tried again."))
            if row.donor_id is not None and row.purpose != TemplatePurpose.RECEIPT.value:
                from caseworker.services.touchpoints import guard_check

                verdict = guard_check(s, row.donor_id, Proposal(now, Channel(row.channel), Purpose(row.purpose)),
                                      lock=True)
                if verdict.blocked:
                    from caseworker.services.touchpoints import ContactBlocked

                    raise ContactBlocked(verdict)
                tp = Touchpoint(donor_id=row.donor_id, when=now, channel=row.channel, purpose=row.purpose,
                                status=TouchStatus.PLANNED.value, staff_id=self.actor.user_id, notes=row.subject,
                                updated_by_id=self.actor.user_id)
                s.add(tp)
                s.flush()
                row.touchpoint_id = tp.id
            if row.gift_id is not None:
                if s.scalar(select(GiftThanks.id).where(GiftThanks.gift_id == row.gift_id)) is not None:
                    raise RuleViolation(N_("This gift has been thanked by another message meanwhile."))
                s.add(GiftThanks(gift_id=row.gift_id, message_id=row.id, thanked_at=now))
            row.status = MessageStatus.QUEUED.value
            row.attempts = 0
            row.next_attempt_at = now
            row.last_error = ""
            self.stamp(row)
            audit.record(s, self.actor, kind="update", record_type="message", record_id=row.id,
                         changes={"status": ["failed", "queued"]})
            return changes_so_far(s)

    # -- letters ------------------------------------------------------------------------------
    def letters_to_print(self, message_ids: Sequence[int] | None = None) -> list[LetterText]:
        """Letters waiting in the outbox (these, or all), as they will be printed."""
        audiences = self._require_any()
        stmt = (select(OutboxMessage).where(OutboxMessage.channel == Channel.LETTER.value,
                                            OutboxMessage.status == MessageStatus.QUEUED.value,
                                            OutboxMessage.audience.in_([a.value for a in audiences]))
                .order_by(OutboxMessage.id))
        out: list[LetterText] = []
        org = load_org_settings(self.db)
        today = datetime.now(org.zone).date()
        with self.db.read() as s:
            ids = list(message_ids) if message_ids is not None else None
            parts = _chunks(ids) if ids is not None else [None]
            for part in parts:
                rows = list(s.scalars(stmt if part is None else stmt.where(OutboxMessage.id.in_(part))))
                held = (_preload(s, Donor, {r.donor_id for r in rows if r.donor_id})
                        + _preload(s, Client, {r.client_id for r in rows if r.client_id}))
                out += [LetterText(r.id, r.to_name, _postal_lines(s, r), today, r.subject, r.body_text,
                                   _receipt_id(s, r)) for r in rows]
                del held
        return out

    def record_printed(self, message_ids: Sequence[int], now: datetime | None = None) -> Changes:
        """These letters were printed: donors' touchpoints done (gifts thanked), clients' cases noted."""
        self._require_any()
        now = now or datetime.now(UTC)
        with self.db.transaction("Print letters") as s:
            today = now.astimezone(org_settings_in(s).zone).date()
            for part in _chunks(list(message_ids)):
                rows = list(s.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(part))
                                      .order_by(OutboxMessage.id)))
                # One query each for the touchpoints and gifts the rows name, not one per letter.
                held = (_preload(s, Touchpoint, {r.touchpoint_id for r in rows if r.touchpoint_id})
                        + _preload(s, Gift, {r.gift_id for r in rows if r.gift_id}))
                for row in rows:
                    self._require_audience(row.audience)
                    if row.status != MessageStatus.QUEUED.value or row.channel != Channel.LETTER.value:
                        continue
                    self._delivered(s, row, MessageStatus.PRINTED, now, today)
                del held
            return changes_so_far(s)

    def _delivered(self, s: Session, row: OutboxMessage, status: MessageStatus, now: datetime,
                   today: date) -> None:
        """Mark the message sent or printed: its touchpoint done, its gift thanked, its case noted."""
        row.status = status.value
        row.sent_at = now
        row.claimed_at = None
        row.next_attempt_at = None
        row.last_error = ""
        row.updated_by_id = self.actor.user_id
        if row.touchpoint_id is not None:
            tp = s.get(Touchpoint, row.touchpoint_id)
            if tp is not None and tp.status == TouchStatus.PLANNED.value:
                tp.status = TouchStatus.DONE.value
                tp.when = now
                tp.notes = _touch_note(row)
                tp.updated_by_id = self.actor.user_id
        if row.gift_id is not None:
            gift = s.get(Gift, row.gift_id)
            if gift is not None and gift.thanked_on is None:
                before = audit.snapshot(gift, ("thanked_on",))
                gift.thanked_on = max(today, gift.gift_date)
                gift.updated_by_id = self.actor.user_id
                audit.record_updated(s, self.actor, "gift", gift, before, ("thanked_on",))
        if row.case_id is not None and row.client_id is not None:
            s.add(CaseEvent(case_id=row.case_id, client_id=row.client_id, kind=EventKind.LETTER.value, at=now,
                            author_id=self.actor.user_id, text=_touch_note(row),
                            data={"message": row.id, "channel": row.channel}))

    def _undo(self, s: Session, row: OutboxMessage, reason: str) -> None:
        """A message that will never go out: its touchpoint is cancelled, its gift waits again."""
        if row.touchpoint_id is not None:
            tp = s.get(Touchpoint, row.touchpoint_id)
            if tp is not None and tp.status == TouchStatus.PLANNED.value:
                tp.status = TouchStatus.CANCELLED.value
                tp.cancelled_reason = reason[:2000]
        if row.gift_id is not None:
            for thanks in s.scalars(select(GiftThanks).where(GiftThanks.message_id == row.id)):
                s.delete(thanks)


# --- helpers -------------------------------------------------------------------------------------

@dataclass
class _Job:
    template: TemplateRecord
    donor_id: int | None
    gift: Gift | None = None
    case_id: int | None = None
    letter: bool = False


def _chunks(ids: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _problem(exc: ValidationError | ValidationErrors) -> str:
    if isinstance(exc, ValidationErrors):
        return "; ".join(e.text() for e in exc.errors)
    return exc.text()


def _choose_thanks(templates: Sequence[Any], gift: Gift) -> TemplateRecord | None:
    """The thank-you for this gift: one for its appeal first, then the highest amount it reaches."""
    fits = [t for t in templates
            if (not t.appeal_code or t.appeal_code == gift.appeal_code)
            and (t.min_amount is None or gift.amount >= t.min_amount) and not t.language]
    if not fits:
        return None
    best = max(fits, key=lambda t: (bool(t.appeal_code), t.min_amount or Decimal(0), t.kind == "email", -t.id))
    return _template_record(best)


def _receipt_numbers(s: Session, gift_ids: Sequence[int]) -> dict[int, str]:
    from caseworker.domain.gifts import format_receipt_number

    out: dict[int, str] = {}
    for part in _chunks(list(gift_ids)):
        for gift_id, number in s.execute(select(ReceiptGift.gift_id, Receipt.number)
                                         .join(Receipt, Receipt.id == ReceiptGift.receipt_id)
                                         .where(ReceiptGift.gift_id.in_(part), Receipt.voided_at.is_(None))):
            out[gift_id] = format_receipt_number(number)
    return out


def _receipt_id(s: Session, row: OutboxMessage) -> int | None:
    if row.attach != Attachment.RECEIPT.value or row.gift_id is None:
        return None
    return s.scalar(select(Receipt.id).join(ReceiptGift, ReceiptGift.receipt_id == Receipt.id)
                    .where(ReceiptGift.gift_id == row.gift_id, Receipt.voided_at.is_(None)))


def _first_gifts(s: Session, gifts: Sequence[Gift]) -> set[int]:
    """Which of these gifts is its donor's first standing gift."""
    donor_ids = sorted({g.donor_id for g in gifts})
    first: dict[int, tuple[date, int]] = {}
    for part in _chunks(donor_ids):
        for donor_id, day, gift_id in s.execute(select(Gift.donor_id, Gift.gift_date, Gift.id)
                                                .where(Gift.donor_id.in_(part), Gift.voided_at.is_(None))):
            key = (day, gift_id)
            if donor_id not in first or key < first[donor_id]:
                first[donor_id] = key
    return {g.id for g in gifts if first.get(g.donor_id, (None, None))[1] == g.id}


def _preload(s: Session, model: Any, ids: set[int]) -> list[Any]:
    """Load these rows in one query per chunk, so ``s.get`` finds them without a query of its own.

    The session holds its rows weakly: keep the returned list while they are wanted."""
    out: list[Any] = []
    for part in _chunks(sorted(ids)):
        out += s.scalars(select(model).where(model.id.in_(part))).all()
    return out


def _postal_lines(s: Session, row: OutboxMessage) -> tuple[str, ...]:
    if row.donor_id is not None:
        d = s.get(Donor, row.donor_id)
        if d is not None:
            return tuple(_address(d.address_line1, d.address_line2, d.city, d.region, d.postcode, d.country))
    if row.client_id is not None:
        c = s.get(Client, row.client_id)
        if c is not None:
            return tuple(client_values(c)["address"])
    return ()


def _touch_note(row: OutboxMessage) -> str:
    kind = "E-mail" if row.channel == Channel.EMAIL.value else "Letter"
    return f"{kind}: {row.subject} (message {row.id})".strip()


def _template_record(t: MessageTemplate) -> TemplateRecord:
    return TemplateRecord(t.id, t.name, TemplateKind(t.kind), TemplatePurpose(t.purpose), Audience(t.audience),
                          t.language, t.subject, t.body, Attachment(t.attach), Fallback(t.fallback), t.min_amount,
                          t.appeal_code, t.active, t.version)


def _outbox_row(m: OutboxMessage) -> OutboxRow:
    return OutboxRow(m.id, m.channel, MessageStatus(m.status), m.purpose, m.audience, m.to_name, m.to_address,
                     m.subject, m.attempts, m.created_at, m.next_attempt_at, m.sent_at, m.last_error, m.next_allowed,
                     m.donor_id, m.client_id, m.gift_id)
