"""Importing donors, gifts and clients from other systems' CSV and XLSX files, and undoing it.

One import is one transaction: the file is streamed through in chunks (never all of it in
memory), each row checked with the same validation as the forms, possible duplicates looked up
with the same check as the New donor and New client dialogs, and the records written with bulk
inserts. Any failing row rolls the whole import back, and the report lists every one of them; a
dry run is the same work rolled back at the end, so what the preview shows is what a commit does.

A committed import is an :class:`ImportBatch` in the audit log (file name, counts, who ran it),
with one entry per record it created or changed. Undoing it removes what it created and restores
what it changed, unless someone changed those records since: then it names them and does nothing.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.bulk import insert_many
from caseworker.db.models import (
    AuditEntry,
    Case,
    Client,
    ClientAttachment,
    ClientConsent,
    ClientContact,
    ClientReferral,
    ClientSearchKey,
    ClientTag,
    Disbursement,
    Donor,
    DonorQuietPeriod,
    ExternalId,
    Gift,
    GiftSchedule,
    Household,
    ImportBatch,
    ImportBatchRecord,
    ImportMapping,
    Receipt,
    ReceiptGift,
    SoftCredit,
    Touchpoint,
    User,
)
from caseworker.db.notices import changes_so_far, notice
from caseworker.domain.channels import CLIENT_CHANNELS, Channel, read_channel
from caseworker.domain.clients import (
    ClientDraft,
    ClientFlags,
    name_words,
    normalise_phone,
    phone_key,
    search_name,
    validate_client,
)
from caseworker.domain.donors import DonorDraft, search_name_for, sort_name_for, validate_donor
from caseworker.domain.errors import NotFound, RuleViolation, ValidationError, ValidationErrors
from caseworker.domain.gifts import GiftDraft, validate_gift
from caseworker.domain.i18n import N_
from caseworker.domain.imports import (
    ColumnMapping,
    DuplicateChoice,
    DuplicateFound,
    ImportKind,
    ImportLocale,
    RowProblem,
    cell_text,
    column_name,
    guess_fields,
    header_key,
    locale_for,
    parse_donor_kind,
    parse_flag,
    parse_import_amount,
    parse_import_date,
    parse_method,
    problems_from,
    row_values,
)
from caseworker.domain.inputs import name_key
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services import audit
from caseworker.services.base import Service
from caseworker.services.clients import find_duplicate_clients
from caseworker.services.donors import DONOR_FIELDS, find_duplicate_donors, match_key
from caseworker.services.gifts import GIFT_FIELDS
from caseworker.services.org_settings import load_org_settings
from caseworker.services.progress import Progress
from caseworker.services.spreadsheets import SourceFormat, SourceInfo, inspect_source, iter_records

CHUNK = 1000
NEEDS: Mapping[ImportKind, Action] = {
    ImportKind.DONORS: Action.EDIT_DONORS,
    ImportKind.GIFTS: Action.RECORD_GIFTS,
    ImportKind.CLIENTS: Action.EDIT_CLIENTS,
}
LABELS: Mapping[ImportKind, str] = {
    ImportKind.DONORS: N_("Import donors"),
    ImportKind.GIFTS: N_("Import gifts"),
    ImportKind.CLIENTS: N_("Import clients"),
}
CLIENT_AUDIT_FIELDS = ("first_name", "last_name", "preferred_name", "date_of_birth", "phone", "email", "address",
                       "postcode", "language", "contact_channel", "notes", "gender", "household_size")
# Fields a merge into an existing donor may change (never the kind, the giving or the household).
DONOR_MERGE_FIELDS = ("salutation", "first_name", "last_name", "organisation_name", "email", "phone",
                      "address_line1", "address_line2", "city", "region", "postcode", "country", "notes",
                      "gift_aid_declared_on", "do_not_contact")


@dataclass(frozen=True)
class ImportSource:
    """A file looked at before importing: its layout, and the mapping to start from."""

    info: SourceInfo
    mapping: ColumnMapping
    #: True when the mapping is the one last used for a file with this header.
    remembered: bool


@dataclass(frozen=True)
class ImportOptions:
    mapping: ColumnMapping
    source: SourceFormat = SourceFormat()
    #: What to do with a possible duplicate no one chose for.
    duplicates: DuplicateChoice = DuplicateChoice.SKIP
    #: Choices for particular lines.
    choices: Mapping[int, DuplicateChoice] = field(default_factory=dict)
    #: Channel labels in the user's language ("Carta": letter), read as well as the English ones;
    #: the window passes its translated labels, as only it can translate.
    channel_words: Mapping[str, Channel] = field(default_factory=dict)

    def choice_for(self, line: int) -> DuplicateChoice:
        return DuplicateChoice(self.choices.get(line, self.duplicates))


@dataclass(frozen=True)
class ImportReport:
    kind: ImportKind
    file_name: str
    rows: int
    created: int
    updated: int
    skipped: int
    failed: tuple[RowProblem, ...]
    duplicates: tuple[DuplicateFound, ...]
    #: The committed batch; None for a dry run or when rows failed (nothing was written then).
    batch: int | None
    dry_run: bool
    #: What the committed batch wrote, for the window to refresh; empty when nothing was written.
    changes: Changes = field(default_factory=Changes, compare=False)

    @property
    def ok(self) -> bool:
        return not self.failed

    def as_json(self) -> dict[str, Any]:
        return {"rows": self.rows, "created": self.created, "updated": self.updated, "skipped": self.skipped,
                "failed": [p.as_json() for p in self.failed], "duplicates": [d.as_json() for d in self.duplicates],
                "batch": self.batch}


@dataclass(frozen=True)
class BatchSummary:
    id: int
    kind: ImportKind
    file_name: str
    at: datetime
    user: str
    rows: int
    created: int
    updated: int
    skipped: int
    undone_at: datetime | None
    undone_by: str


class _RollBack(Exception):
    """Leave the import's transaction without committing (a dry run, or rows that failed)."""


@dataclass
class _Tally:
    rows: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    duplicates: list[DuplicateFound] = field(default_factory=list)


class ImportService(Service):
    # -- looking at a file -------------------------------------------------------------------
    def inspect(self, kind: ImportKind | str, path: Path | str, source: SourceFormat = SourceFormat()) -> ImportSource:
        """The file's columns and first rows, and the mapping to offer: the one remembered for this
        header, or one guessed from the column names."""
        kind = ImportKind(kind)
        self.require(NEEDS[kind])
        info = inspect_source(path, source)
        if not info.headers or not any(info.headers):
            raise ValidationError("file", N_("The file has no header line: the first line must name the columns."))
        remembered = self.remembered_mapping(kind, info.headers)
        if remembered is not None:
            return ImportSource(info, remembered, True)
        return ImportSource(info, ColumnMapping(guess_fields(kind, info.headers)), False)

    def remembered_mapping(self, kind: ImportKind, headers: Sequence[str]) -> ColumnMapping | None:
        with self.db.read() as s:
            row = s.scalar(select(ImportMapping).where(ImportMapping.kind == kind.value,
                                                       ImportMapping.header_key == header_key(headers)))
            if row is None:
                return None
            data = dict(row.mapping)
        try:
            return ColumnMapping.from_json(kind, data, headers)
        except ValidationError:
            return None

    def locale(self) -> ImportLocale:
        settings = load_org_settings(self.db)
        return locale_for(settings.currency, settings.phone_region)

    # -- importing ---------------------------------------------------------------------------
    def run(self, kind: ImportKind | str, path: Path | str, options: ImportOptions, *, dry_run: bool = False,
            progress: Progress | None = None) -> ImportReport:
        """Check every row and, unless *dry_run* or a row fails, write them all as one batch."""
        kind = ImportKind(kind)
        self.require(NEEDS[kind])
        progress = progress or Progress()
        info = inspect_source(path, options.source)
        mapping = options.mapping
        if len(mapping.fields) != len(info.headers):
            raise ValidationError("mapping", N_("The mapping names {mapped} columns but the file has {found}."),
                                  mapped=len(mapping.fields), found=len(info.headers))
        mapping.checked(kind)
        settings = load_org_settings(self.db)
        today = datetime.now(settings.zone).date()
        tally = _Tally()
        batch_id: int | None = None
        changes = Changes()
        try:
            with self.db.transaction(LABELS[kind]) as s:
                batch = ImportBatch(kind=kind.value, file_name=info.name[:260], user_id=self.actor.user_id)
                self.stamp(batch)
                s.add(batch)
                s.flush()
                writer_class = {ImportKind.DONORS: _DonorWriter, ImportKind.GIFTS: _GiftWriter,
                                ImportKind.CLIENTS: _ClientWriter}[kind]
                writer = writer_class(self, s, batch, info, mapping, self.locale(), options, tally, today)
                chunk: list[tuple[int, list[Any]]] = []
                for line, cells in iter_records(info, progress):
                    chunk.append((line, cells))
                    if len(chunk) >= CHUNK:
                        writer.write(chunk)
                        chunk = []
                        progress.check()
                if chunk:
                    writer.write(chunk)
                writer.finish()
                progress.check()
                if tally.problems or dry_run:
                    raise _RollBack()
                batch.rows, batch.created, batch.updated, batch.skipped = (tally.rows, tally.created, tally.updated,
                                                                           tally.skipped)
                audit.record(s, self.actor, kind="import", record_type="import_batch", record_id=batch.id,
                             changes={"file": [None, batch.file_name], "rows": [None, tally.rows],
                                      "created": [None, tally.created], "updated": [None, tally.updated],
                                      "skipped": [None, tally.skipped]})
                batch_id = batch.id
                _notice_imported(s, batch.id)
                changes = changes_so_far(s)
        except _RollBack:
            pass
        self._remember(kind, info.headers, mapping)
        return ImportReport(kind, info.name, tally.rows, tally.created, tally.updated, tally.skipped,
                            tuple(tally.problems), tuple(tally.duplicates), batch_id, dry_run, changes)

    def _remember(self, kind: ImportKind, headers: Sequence[str], mapping: ColumnMapping) -> None:
        key = header_key(headers)
        with self.db.transaction("Remember import mapping") as s:
            row = s.scalar(select(ImportMapping).where(ImportMapping.kind == kind.value,
                                                       ImportMapping.header_key == key))
            data = mapping.to_json(headers)
            if row is None:
                row = ImportMapping(kind=kind.value, header_key=key, mapping=data)
                s.add(row)
            elif row.mapping != data:
                row.mapping = data
            self.stamp(row)

    # -- past imports ------------------------------------------------------------------------
    def batches(self, limit: int = 200) -> list[BatchSummary]:
        """Past imports of the kinds this user may import, newest first."""
        kinds = [k.value for k, action in NEEDS.items() if self.can(action)]
        if not kinds:
            self.require(Action.EDIT_DONORS)
        done_by = User.__table__.alias("done_by")
        stmt = (select(ImportBatch, User.display_name, done_by.c.display_name)
                .outerjoin(User, User.id == ImportBatch.user_id)
                .outerjoin(done_by, done_by.c.id == ImportBatch.undone_by_id)
                .where(ImportBatch.kind.in_(kinds), ImportBatch.rows > 0)
                .order_by(ImportBatch.id.desc()).limit(limit))
        with self.db.read() as s:
            return [BatchSummary(b.id, ImportKind(b.kind), b.file_name, b.created_at, who or "—", b.rows, b.created,
                                 b.updated, b.skipped, b.undone_at, undone or "")
                    for b, who, undone in s.execute(stmt)]

    def undo(self, batch_id: int) -> Changes:
        """Remove what the import created and restore what it changed, or (when anyone changed
        those records since) name them and change nothing."""
        with self.db.read() as s:
            found = s.get(ImportBatch, batch_id)
            if found is None or found.rows == 0:
                raise NotFound(N_("{what} {ident} was not found."), what="Import", ident=batch_id)
            kind = ImportKind(found.kind)
        self.require(NEEDS[kind])
        with self.db.transaction("Undo import") as s:
            batch = s.get(ImportBatch, batch_id, with_for_update=s.get_bind().dialect.name != "sqlite" or None)
            assert batch is not None
            if batch.undone_at is not None:
                raise RuleViolation(N_("This import was already undone."))
            touched = _touched_since(s, batch.id)
            if touched:
                shown = ", ".join(touched[:20]) + (f" … (+{len(touched) - 20})" if len(touched) > 20 else "")
                raise RuleViolation(N_("The import cannot be undone: these records were changed after it: {records}. "
                                       "Nothing was undone."), records=shown)
            _remove_created(s, batch.id)
            _restore_updated(s, batch.id, self.actor)
            batch.undone_at = utcnow()
            batch.undone_by_id = self.actor.user_id
            self.stamp(batch)
            audit.record(s, self.actor, kind="undo", record_type="import_batch", record_id=batch.id,
                         changes={"file": [batch.file_name, batch.file_name], "created": [batch.created, 0],
                                  "updated": [batch.updated, 0]})
            return changes_so_far(s)


# --- writing rows --------------------------------------------------------------------------------

class _Writer:
    record_type = ""

    def __init__(self, service: ImportService, s: Session, batch: ImportBatch, info: SourceInfo,
                 mapping: ColumnMapping, locale: ImportLocale, options: ImportOptions, tally: _Tally,
                 today: date) -> None:
        self.service = service
        self.s = s
        self.batch = batch
        self.headers = info.headers
        self.mapping = mapping
        self.locale = locale
        self.options = options
        self.tally = tally
        self.today = today
        self.kind = ImportKind.DONORS
        self.actor = service.actor
        self.action = LABELS[self.kind]

    def write(self, chunk: list[tuple[int, list[Any]]]) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        pass

    def problem(self, line: int, field_name: str, message: str, **params: Any) -> None:
        self.tally.problems.append(RowProblem(line, column_name(self.headers, self.mapping, field_name, self.kind),
                                              message, params))

    def failed(self, line: int, error: Exception, alias: Mapping[str, str] | None = None) -> None:
        self.tally.problems.extend(problems_from(error, line, self.headers, self.mapping, self.kind, alias))

    def query(self, stmt: Any) -> Any:
        """Rows of a lookup, through the connection: the ORM's per-row work is not needed for plain
        columns (what the session holds unwritten is written first, as its own queries would)."""
        if self.s.new or self.s.dirty:
            self.s.flush()
        return self.s.connection().execute(stmt)

    def text(self, raw: Mapping[str, Any], name: str) -> str:
        return cell_text(raw.get(name)).strip()

    def insert_records(self, model: Any, rows: list[dict[str, Any]], fields: Sequence[str],
                       record_type: str) -> list[int]:
        """Bulk-insert *rows*, with the batch's list and one audit entry each; returns the new ids."""
        if not rows:
            return []
        ids = allocate_ids(self.s, model, len(rows))
        stamp = {"updated_by_id": self.actor.user_id}
        # Straight to the driver: the same column types and defaults, a fraction of the cost.
        insert_many(self.s, model.__table__, [{**r, **stamp, "id": i} for i, r in zip(ids, rows)])
        insert_many(self.s, ImportBatchRecord.__table__, [
            {"batch_id": self.batch.id, "record_type": record_type, "record_id": i, "action": "created"}
            for i in ids])  # version 1 and nothing "before": the column defaults, converted once
        now = utcnow()
        reason = f"import {self.batch.id}"
        insert_many(self.s, AuditEntry.__table__, [
            {"at": now, "user_id": self.actor.user_id, "action": self.action, "kind": "create",
             "record_type": record_type, "record_id": i, "changes": _created_changes(r, fields), "reason": reason}
            for i, r in zip(ids, rows)])
        return ids

    def external_ids(self, record_type: str, pairs: Iterable[tuple[int, str]]) -> None:
        rows = [{"record_type": record_type, "record_id": rid, "value": value} for rid, value in pairs if value]
        if rows:
            insert_many(self.s, ExternalId.__table__, rows)

    def known_external(self, record_type: str, values: Iterable[str]) -> dict[str, int]:
        wanted = {v for v in values if v}
        if not wanted:
            return {}
        stmt = select(ExternalId.value, ExternalId.record_id).where(ExternalId.record_type == record_type,
                                                                   ExternalId.value.in_(wanted))
        return dict(self.query(stmt).all())

    def choose(self, dup: DuplicateFound) -> DuplicateChoice:
        choice = self.options.choice_for(dup.line)
        self.tally.duplicates.append(DuplicateFound(dup.line, dup.name, dup.existing_id, dup.existing_name,
                                                    dup.earlier_line, choice))
        return choice


class _DonorWriter(_Writer):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.kind = ImportKind.DONORS
        self.action = LABELS[self.kind]
        # Within the file: what each earlier row is found by, and the donor it became.
        self.by_email: dict[str, int] = {}
        self.by_name: dict[str, list[tuple[int, str]]] = {}
        self.by_external: dict[str, int] = {}
        self.donor_of_line: dict[int, int] = {}
        self.households: dict[str, int] = {}

    def convert(self, line: int, cells: list[Any]) -> tuple[dict[str, Any], str, str] | None:
        raw = row_values(self.headers, self.mapping, cells)
        errors: list[ValidationError] = []
        try:
            kind = parse_donor_kind(raw.get("kind"), "kind", bool(self.text(raw, "organisation_name")),
                                    bool(self.text(raw, "first_name") or self.text(raw, "last_name")))
        except ValidationError as exc:
            errors.append(exc)
            kind = "individual"
        phone = normalise_phone(errors, "phone", self.text(raw, "phone"), self.locale.region)
        gift_aid: date | None = None
        if raw.get("gift_aid") not in (None, ""):
            try:
                gift_aid = self.today if parse_flag(raw["gift_aid"], "gift_aid") else None
            except ValidationError:
                try:
                    gift_aid = parse_import_date(raw["gift_aid"], "gift_aid", self.mapping.date_order)
                except ValidationError:
                    errors.append(ValidationError("gift_aid", N_("'{text}' is neither yes, no nor a date."),
                                                  text=self.text(raw, "gift_aid")[:40]))
        dnc = False
        if raw.get("do_not_contact") not in (None, ""):
            try:
                dnc = parse_flag(raw["do_not_contact"], "do_not_contact")
            except ValidationError as exc:
                errors.append(exc)
        line1, line2 = self.text(raw, "address_line1"), self.text(raw, "address_line2")
        if "\n" in line1 or "\r" in line1:
            # CRM exports put the whole street in one multi-line cell ("Mailing Street").
            parts = [p.strip() for p in line1.replace("\r", "\n").split("\n") if p.strip()]
            line1 = parts[0] if parts else ""
            line2 = ", ".join([*parts[1:], *([line2] if line2 else [])])
        draft = DonorDraft(
            kind=kind, first_name=self.text(raw, "first_name"), last_name=self.text(raw, "last_name"),
            organisation_name=self.text(raw, "organisation_name"), salutation=self.text(raw, "salutation"),
            email=self.text(raw, "email"), phone=phone, address_line1=line1,
            address_line2=line2, city=self.text(raw, "city"),
            region=self.text(raw, "region"), postcode=self.text(raw, "postcode"), country=self.text(raw, "country"),
            gift_aid_declared_on=gift_aid, notes=cell_text(raw.get("notes")).strip())
        try:
            values = validate_donor(draft, self.today)
        except (ValidationError, ValidationErrors) as exc:
            errors.extend(exc.errors if isinstance(exc, ValidationErrors) else [exc])
        if errors:
            self.failed(line, ValidationErrors(errors))
            return None
        values["do_not_contact"] = dnc
        return values, self.text(raw, "external_id")[:120], self.text(raw, "household")[:200]

    def write(self, chunk: list[tuple[int, list[Any]]]) -> None:
        converted = []
        for line, cells in chunk:
            self.tally.rows += 1
            result = self.convert(line, cells)
            if result is not None:
                converted.append((line, *result))
        keys = [match_key(v["first_name"], v["last_name"], v["organisation_name"], v["email"], v["postcode"])
                for _, v, _, _ in converted]
        in_db = find_duplicate_donors(self.s, keys, limit=1)
        external = self.known_external("donor", (ext for _, _, ext, _ in converted))
        names = _donor_names(self.s, {i for ids in in_db for i in ids} | set(external.values()))
        pending: list[tuple[int, dict[str, Any], str]] = []
        for (line, values, ext, household), key, matches in zip(converted, keys, in_db):
            name = _display(values)
            earlier = self._earlier(key, ext)
            existing = external.get(ext) if ext else None
            existing = existing or (matches[0] if matches else None)
            if earlier is not None:
                choice = self.choose(DuplicateFound(line, name, earlier_line=earlier))
                if choice is DuplicateChoice.SKIP:
                    self.tally.skipped += 1
                    continue
                if choice is DuplicateChoice.MERGE:
                    target = self.donor_of_line.get(earlier)
                    if target is None:  # the earlier row is still waiting in this chunk
                        self._flush(pending)
                        pending = []
                        target = self.donor_of_line[earlier]
                    self._merge(line, target, values, created_here=True)
                    self.donor_of_line[line] = target
                    continue
            elif existing is not None:
                choice = self.choose(DuplicateFound(line, name, existing_id=existing,
                                                    existing_name=names.get(existing, "")))
                if choice is DuplicateChoice.SKIP:
                    self.tally.skipped += 1
                    continue
                if choice is DuplicateChoice.MERGE:
                    self._merge(line, existing, values, created_here=False)
                    self.donor_of_line[line] = existing
                    self._remember_row(line, key, ext)
                    continue
            if ext and ext in external:
                self.problem(line, "external_id", N_("Another donor already has the external id '{value}'."),
                             value=ext)
                continue
            if household:
                values["household_id"] = self._household(household, values)
            self._remember_row(line, key, ext)
            pending.append((line, values, ext))
        self._flush(pending)

    def _earlier(self, key: Any, ext: str) -> int | None:
        if ext and ext in self.by_external:
            return self.by_external[ext]
        if key.email and key.email in self.by_email:
            return self.by_email[key.email]
        from caseworker.services.donors import keys_match

        for line, postcode in self.by_name.get(key.name, ()):
            if keys_match(key, key.name, "", postcode):
                return line
        return None

    def _remember_row(self, line: int, key: Any, ext: str) -> None:
        if ext:
            self.by_external.setdefault(ext, line)
        if key.email:
            self.by_email.setdefault(key.email, line)
        if key.name.strip():
            self.by_name.setdefault(key.name, []).append((line, key.postcode))

    def _flush(self, pending: list[tuple[int, dict[str, Any], str]]) -> None:
        if not pending:
            return
        ids = self.insert_records(Donor, [v for _, v, _ in pending], DONOR_FIELDS, "donor")
        for (line, _, _), did in zip(pending, ids):
            self.donor_of_line[line] = did
        self.external_ids("donor", ((did, ext) for (_, _, ext), did in zip(pending, ids)))
        self.tally.created += len(ids)

    def _household(self, name: str, values: Mapping[str, Any]) -> int:
        key = name_key(name)
        if key in self.households:
            return self.households[key]
        found = self.s.scalar(select(Household.id).where(Household.search_name == search_name_for(name))
                              .order_by(Household.id).limit(1))
        if found is None:
            household = Household(name=name, search_name=search_name_for(name),
                                  **{f: values.get(f, "") for f in ("address_line1", "address_line2", "city",
                                                                    "region", "postcode", "country")})
            household.updated_by_id = self.actor.user_id
            self.s.add(household)
            self.s.flush()
            found = household.id
            self.s.add(ImportBatchRecord(batch_id=self.batch.id, record_type="household", record_id=found,
                                         action="created", version=household.version, before={}))
            audit.record_created(self.s, self.actor, "household", household, ("name",))
        self.households[key] = found
        return found

    def _merge(self, line: int, donor_id: int, values: Mapping[str, Any], *, created_here: bool) -> None:
        donor = self.s.get(Donor, donor_id)
        if donor is None:  # pragma: no cover - found in this transaction a moment ago
            return
        fields = [f for f in DONOR_MERGE_FIELDS
                  if values.get(f) not in (None, "", False) and getattr(donor, f) != values[f]]
        if not fields:
            if not created_here:
                self.tally.skipped += 1
            return
        record = None
        if not created_here:
            record = self.s.scalar(select(ImportBatchRecord).where(
                ImportBatchRecord.batch_id == self.batch.id, ImportBatchRecord.record_type == "donor",
                ImportBatchRecord.record_id == donor_id))
        before = audit.snapshot(donor, DONOR_FIELDS)
        old = {f: audit.json_safe(getattr(donor, f)) for f in fields}
        for f in fields:
            setattr(donor, f, values[f])
        donor.sort_name = sort_name_for(donor.kind, donor.first_name, donor.last_name, donor.organisation_name)
        donor.search_name = search_name_for(donor.first_name, donor.last_name, donor.organisation_name)
        donor.updated_by_id = self.actor.user_id
        audit.record_updated(self.s, self.actor, "donor", donor, before, DONOR_FIELDS, reason=f"import {self.batch.id}")
        self.s.flush()
        if created_here:
            self.s.execute(update(ImportBatchRecord).where(
                ImportBatchRecord.batch_id == self.batch.id, ImportBatchRecord.record_type == "donor",
                ImportBatchRecord.record_id == donor_id).values(version=donor.version))
            return
        if record is None:
            self.s.add(ImportBatchRecord(batch_id=self.batch.id, record_type="donor", record_id=donor_id,
                                         action="updated", version=donor.version, before=old))
            self.tally.updated += 1
        else:
            record.before = {**old, **record.before}
            record.version = donor.version
        self.s.flush()


class _GiftWriter(_Writer):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.kind = ImportKind.GIFTS
        self.action = LABELS[self.kind]
        self.currency = load_org_settings(self.service.db).currency
        self.before_batch = self.s.scalar(select(func.max(Gift.id))) or 0
        # The file line of each gift this import wrote, by (id - first id): four bytes a gift, so
        # a repeated row is named by its line without keeping the rows themselves.
        self.first_id: int | None = None
        self.lines = array("I")

    def _existing_gifts(self, rows: list[tuple[int, Mapping[str, Any]]]) -> dict[tuple[Any, ...], list[tuple[int, str]]]:
        """Gifts on record for these donors on these days (this import's earlier ones included)."""
        if not rows:
            return {}
        donors = {d for d, _ in rows}
        wanted = {(d, v["gift_date"]) for d, v in rows}
        # By donor only, the days picked out here: asked for a thousand days as well, a database
        # reads every gift of those days (the date index), which grows with the gifts on file.
        stmt = (select(Gift.id, Gift.donor_id, Gift.gift_date, Gift.amount, Gift.reference)
                .where(Gift.donor_id.in_(donors), Gift.voided_at.is_(None)))
        found: dict[tuple[Any, ...], list[tuple[int, str]]] = {}
        for gid, d, day, amount, ref in self.query(stmt):
            if (d, day) in wanted:
                found.setdefault((d, day, amount), []).append((gid, ref))
        return found

    def write(self, chunk: list[tuple[int, list[Any]]]) -> None:
        rows = []
        for line, cells in chunk:
            self.tally.rows += 1
            raw = row_values(self.headers, self.mapping, cells)
            errors: list[ValidationError] = []
            amount = gift_date = None
            try:
                amount = parse_import_amount(raw.get("amount"), "amount", self.locale)
            except ValidationError as exc:
                errors.append(exc)
            try:
                gift_date = parse_import_date(raw.get("gift_date"), "gift_date", self.mapping.date_order)
            except ValidationError as exc:
                errors.append(exc)
            method = "other"
            if "method" in raw:
                try:
                    method = parse_method(raw.get("method"), "method")
                except ValidationError as exc:
                    errors.append(exc)
            if amount is not None and gift_date is not None:
                draft = GiftDraft(donor_id=0, amount=amount, gift_date=gift_date, method=method,
                                  fund=self.text(raw, "fund"), appeal_code=self.text(raw, "appeal_code"),
                                  reference=self.text(raw, "reference"), note=cell_text(raw.get("note")).strip(),
                                  in_kind_description=cell_text(raw.get("note")).strip() if method == "in_kind" else "")
                try:
                    values = validate_gift(draft, self.today)
                except (ValidationError, ValidationErrors) as exc:
                    errors.extend(exc.errors if isinstance(exc, ValidationErrors) else [exc])
            if errors:
                self.failed(line, ValidationErrors(errors), {"in_kind_description": "note"})
                continue
            values.pop("soft_credits", None)
            rows.append((line, raw, values))
        found = self._donors_for([(line, raw) for line, raw, _ in rows])
        existing = self._existing_gifts([(found[line], values) for line, _, values in rows if line in found])
        in_chunk: dict[tuple[Any, ...], int] = {}
        lines: list[int] = []
        gifts = []
        for line, _, values in rows:
            donor_id = found.get(line)
            if donor_id is None:
                continue
            # The same donor, day and amount (and reference, when the file has one) is most likely
            # the same gift: a file imported twice, or a row repeated.
            key = (donor_id, values["gift_date"], values["amount"], values["reference"])
            label = f"{values['amount']} {values['gift_date'].isoformat()}"
            dup = None
            if key in in_chunk:
                dup = DuplicateFound(line, label, earlier_line=in_chunk[key])
            else:
                same = [gid for gid, ref in existing.get(key[:3], ())
                        if not values["reference"] or ref in ("", values["reference"])]
                if same and same[0] > self.before_batch:
                    dup = DuplicateFound(line, label, earlier_line=self._line_of(same[0]))
                elif same:
                    dup = DuplicateFound(line, label, existing_id=same[0], existing_name=f"gift {same[0]}")
            if dup is not None and self.choose(dup) is not DuplicateChoice.CREATE:
                self.tally.skipped += 1
                continue
            in_chunk.setdefault(key, line)
            lines.append(line)
            values["donor_id"] = donor_id
            values["currency"] = self.currency
            gifts.append(values)
        ids = self.insert_records(Gift, gifts, GIFT_FIELDS, "gift")
        for gid, line in zip(ids, lines):
            if self.first_id is None:
                self.first_id = gid
            offset = gid - self.first_id
            if offset >= len(self.lines):
                self.lines.extend([0] * (offset + 1 - len(self.lines)))
            self.lines[offset] = line
        self.tally.created += len(ids)

    def _line_of(self, gift_id: int) -> int | None:
        if self.first_id is None or not 0 <= gift_id - self.first_id < len(self.lines):
            return None
        return self.lines[gift_id - self.first_id] or None

    def _donors_for(self, rows: list[tuple[int, Mapping[str, Any]]]) -> dict[int, int]:
        """Each row's donor: by external id, else by e-mail, else by name and postcode."""
        externals = self.known_external("donor", (self.text(raw, "donor_external_id") for _, raw in rows))
        emails = {self.text(raw, "donor_email").lower() for _, raw in rows} - {""}
        by_email: dict[str, list[tuple[int, str]]] = {}
        if emails:
            for did, email, name in self.query(select(Donor.id, Donor.email, Donor.search_name)
                                                   .where(Donor.email.in_(emails))):
                by_email.setdefault(email, []).append((did, name))
        names = {}
        for line, raw in rows:
            if self.text(raw, "donor_external_id"):
                continue  # found by its id: the name is not needed
            names[line] = search_name_for(self.text(raw, "donor_first_name"), self.text(raw, "donor_last_name"),
                                          self.text(raw, "donor_organisation"))
        by_name: dict[str, list[tuple[int, str]]] = {}
        wanted = {n for n in names.values() if n.strip()}
        if wanted:
            for did, name, postcode in self.query(select(Donor.id, Donor.search_name, Donor.postcode)
                                                      .where(Donor.search_name.in_(wanted))):
                by_name.setdefault(name, []).append((did, name_key(postcode).replace(" ", "")))
        result: dict[int, int] = {}
        for line, raw in rows:
            ext = self.text(raw, "donor_external_id")
            if ext:
                if ext in externals:
                    result[line] = externals[ext]
                else:
                    self.problem(line, "donor_external_id", N_("No donor has the external id '{value}'."), value=ext)
                continue
            email = self.text(raw, "donor_email").lower()
            postcode = name_key(self.text(raw, "donor_postcode")).replace(" ", "")
            name = names[line]
            if email:
                candidates = by_email.get(email, [])
                if len(candidates) > 1 and name.strip():
                    candidates = [c for c in candidates if c[1] == name]
                if len(candidates) == 1:
                    result[line] = candidates[0][0]
                elif candidates:
                    self.problem(line, "donor_email", N_("{count} donors share the e-mail '{value}': add the donor's "
                                                         "external id to the file."), count=len(candidates), value=email)
                else:
                    self.problem(line, "donor_email", N_("No donor has the e-mail '{value}'."), value=email)
                continue
            if name.strip():
                named = [did for did, pc in by_name.get(name, []) if not postcode or pc == postcode]
                if len(named) == 1:
                    result[line] = named[0]
                elif named:
                    self.problem(line, "donor_postcode", N_("{count} donors are called this{where}: add the "
                                                            "postcode or the external id."), count=len(named),
                                 where=" here" if postcode else "")
                else:
                    self.problem(line, "donor_last_name", N_("No donor of this name{where} was found."),
                                 where=" and postcode" if postcode else "")
                continue
            self.problem(line, "donor_external_id", N_("The row does not say whose gift it is."))
        return result

    def finish(self) -> None:
        donors = select(Gift.donor_id).where(Gift.id.in_(_created(self.batch.id, "gift"))).distinct()
        refresh_summaries(self.s, list(self.s.scalars(donors.order_by(Gift.donor_id))))


class _ClientWriter(_Writer):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.kind = ImportKind.CLIENTS
        self.action = LABELS[self.kind]
        self.seen: dict[tuple[date, str], int] = {}
        # The client each written row became (created or merged into), for a later row merged into it.
        self.client_of_line: dict[int, int] = {}
        self.created_ids: set[int] = set()

    def write(self, chunk: list[tuple[int, list[Any]]]) -> None:
        drafts: list[tuple[int, ClientDraft, str]] = []
        for line, cells in chunk:
            self.tally.rows += 1
            raw = row_values(self.headers, self.mapping, cells)
            errors: list[ValidationError] = []
            born = None
            if raw.get("date_of_birth") not in (None, ""):
                try:
                    born = parse_import_date(raw.get("date_of_birth"), "date_of_birth", self.mapping.date_order)
                except ValidationError as exc:
                    errors.append(exc)
            channel: Channel | None = None
            try:
                channel = read_channel(self.text(raw, "contact_channel"), CLIENT_CHANNELS, "contact_channel",
                                       self.options.channel_words)
            except ValidationError as exc:
                errors.append(exc)
            draft = ClientDraft(first_name=self.text(raw, "first_name"), last_name=self.text(raw, "last_name"),
                                preferred_name=self.text(raw, "preferred_name"), date_of_birth=born,
                                phone=self.text(raw, "phone"), email=self.text(raw, "email"),
                                address=self.text(raw, "address"), postcode=self.text(raw, "postcode"),
                                language=self.text(raw, "language"),
                                contact_channel=channel.value if channel else "",
                                notes=cell_text(raw.get("notes")).strip(),
                                gender=self.text(raw, "gender"), household_size=self.text(raw, "household_size"))
            try:
                draft = validate_client(draft, today=self.today, region=self.locale.region)
            except (ValidationError, ValidationErrors) as exc:
                errors.extend(exc.errors if isinstance(exc, ValidationErrors) else [exc])
            if errors:
                self.failed(line, ValidationErrors(errors))
                continue
            drafts.append((line, draft, self.text(raw, "external_id")[:120]))
        matches = find_duplicate_clients(self.s, [d for _, d, _ in drafts])
        external = self.known_external("client", (ext for _, _, ext in drafts))
        pending: list[tuple[int, dict[str, Any], str]] = []
        for (line, draft, ext), found in zip(drafts, matches):
            name = f"{draft.first_name} {draft.last_name}"
            key = ((draft.date_of_birth, " ".join(sorted(name_key(name).split())))
                   if isinstance(draft.date_of_birth, date) else None)
            dup = None
            if key is not None and key in self.seen:
                dup = DuplicateFound(line, name, earlier_line=self.seen[key])
            elif ext and ext in external:
                dup = DuplicateFound(line, name, existing_id=external[ext])
            elif found:
                dup = DuplicateFound(line, name, existing_id=found[0].id, existing_name=found[0].name)
            if dup is not None:
                choice = self.choose(dup)
                if choice is DuplicateChoice.SKIP:
                    self.tally.skipped += 1
                    continue
                if choice is DuplicateChoice.MERGE:
                    if dup.earlier_line is not None:
                        target = self.client_of_line.get(dup.earlier_line)
                        if target is None:  # the earlier row is still waiting in this chunk
                            self._flush(pending)
                            pending = []
                            target = self.client_of_line.get(dup.earlier_line)
                        if target is None:  # the earlier row was itself skipped
                            self.tally.skipped += 1
                            continue
                        self._merge(line, target, draft, created_here=target in self.created_ids)
                    else:
                        assert dup.existing_id is not None
                        if not self._merge(line, dup.existing_id, draft, created_here=False):
                            continue
                        target = dup.existing_id
                    self.client_of_line[line] = target
                    if key is not None:
                        self.seen.setdefault(key, line)
                    continue
            if ext and ext in external:
                self.problem(line, "external_id", N_("Another client already has the external id '{value}'."),
                             value=ext)
                continue
            if key is not None:
                self.seen.setdefault(key, line)
            values = {f: getattr(draft, f) for f in CLIENT_AUDIT_FIELDS}
            values.update(search_name=search_name(draft.first_name, draft.last_name, draft.preferred_name),
                          phone_key=phone_key(draft.phone), flag_bits=ClientFlags("", False, "", "").bits)
            pending.append((line, values, ext))
        self._flush(pending)

    def _flush(self, pending: list[tuple[int, dict[str, Any], str]]) -> None:
        if not pending:
            return
        rows = [values for _, values, _ in pending]
        ids = self.insert_records(Client, rows, CLIENT_AUDIT_FIELDS, "client")
        for (line, _, _), cid in zip(pending, ids):
            self.client_of_line[line] = cid
        keys = [{"client_id": cid, "key": w} for cid, r in zip(ids, rows)
                for w in name_words(r["first_name"], r["last_name"], r["preferred_name"])]
        if keys:
            insert_many(self.s, ClientSearchKey.__table__, keys)
        self.external_ids("client", ((cid, ext) for (_, _, ext), cid in zip(pending, ids)))
        self.tally.created += len(ids)
        self.created_ids.update(ids)

    def _merge(self, line: int, client_id: int, draft: ClientDraft, *, created_here: bool) -> bool:
        """Fill or replace the fields the row brings on *client_id*; False when it may not be changed."""
        client = self.s.get(Client, client_id)
        if client is None or client.anonymised_at is not None:
            self.problem(line, "last_name", N_("Client {id} was anonymised: choose Skip or Create for this row."),
                         id=client_id)
            return False
        fields = [f for f in CLIENT_AUDIT_FIELDS
                  if getattr(draft, f) not in (None, "") and getattr(client, f) != getattr(draft, f)]
        if not fields:
            if not created_here:
                self.tally.skipped += 1
            return True
        record = None
        if not created_here:
            record = self.s.scalar(select(ImportBatchRecord).where(
                ImportBatchRecord.batch_id == self.batch.id, ImportBatchRecord.record_type == "client",
                ImportBatchRecord.record_id == client_id))
        before = audit.snapshot(client, CLIENT_AUDIT_FIELDS)
        old = {f: audit.json_safe(getattr(client, f)) for f in fields}
        for f in fields:
            setattr(client, f, getattr(draft, f))
        refresh_client_keys(self.s, client)
        client.updated_by_id = self.actor.user_id
        audit.record_updated(self.s, self.actor, "client", client, before, CLIENT_AUDIT_FIELDS,
                             reason=f"import {self.batch.id}")
        self.s.flush()
        if created_here:
            self.s.execute(update(ImportBatchRecord).where(
                ImportBatchRecord.batch_id == self.batch.id, ImportBatchRecord.record_type == "client",
                ImportBatchRecord.record_id == client_id).values(version=client.version))
            return True
        if record is None:
            self.s.add(ImportBatchRecord(batch_id=self.batch.id, record_type="client", record_id=client_id,
                                         action="updated", version=client.version, before=old))
            self.tally.updated += 1
        else:
            # A second row merged into the same client: the undo restores what was there first.
            record.before = {**old, **record.before}
            record.version = client.version
        self.s.flush()
        return True


def refresh_client_keys(s: Session, client: Client) -> None:
    """The columns and word keys a client is searched by, after its names or phone changed."""
    client.search_name = search_name(client.first_name, client.last_name, client.preferred_name)
    client.phone_key = phone_key(client.phone)
    s.execute(delete(ClientSearchKey).where(ClientSearchKey.client_id == client.id))
    words = name_words(client.first_name, client.last_name, client.preferred_name)
    if words:
        s.execute(insert(ClientSearchKey), [{"client_id": client.id, "key": w} for w in words])


# --- helpers -------------------------------------------------------------------------------------

def allocate_ids(s: Session, model: Any, count: int) -> list[int]:
    """Ids for *count* new rows, taken before inserting them in one plain bulk insert.

    Asking the database for each id back (RETURNING) makes SQLite insert row by row. On SQLite the
    import's transaction holds the write lock (BEGIN IMMEDIATE), so the ids after the largest are
    free; on PostgreSQL they come from the table's own sequence, so other writers never collide.
    """
    table = model.__table__
    if s.get_bind().dialect.name == "postgresql":
        stmt = text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)")
        return list(s.scalars(stmt, {"t": table.name, "n": count}))
    start = (s.scalar(select(func.max(table.c.id))) or 0) + 1
    return list(range(start, start + count))


def _created_changes(row: Mapping[str, Any], fields: Sequence[str]) -> dict[str, list[Any]]:
    changes: dict[str, list[Any]] = {}
    for f in fields:
        value = row.get(f)
        if value is None:
            continue
        kind = type(value)
        if kind is str:
            if value:
                changes[f] = [None, value if len(value) <= audit.MAX_VALUE_CHARS else audit.json_safe(value)]
        elif kind is bool or kind is int:
            changes[f] = [None, value]
        elif kind is Decimal:
            changes[f] = [None, str(value)]
        elif kind is date:
            changes[f] = [None, value.isoformat()]
        elif value:
            changes[f] = [None, audit.json_safe(value)]
    return changes


def _display(values: Mapping[str, Any]) -> str:
    if values.get("kind") == "organisation":
        organisation: str = values.get("organisation_name", "")
        return organisation
    return " ".join(p for p in (values.get("first_name", ""), values.get("last_name", "")) if p)


def _donor_names(s: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    stmt = select(Donor.id, Donor.kind, Donor.first_name, Donor.last_name, Donor.organisation_name) \
        .where(Donor.id.in_(ids))
    return {did: _display({"kind": k, "first_name": first, "last_name": last, "organisation_name": o})
            for did, k, first, last, o in s.execute(stmt)}


def refresh_summaries(s: Session, donor_ids: Sequence[int]) -> None:
    """The giving summary columns of many donors, recomputed in SQL a chunk at a time."""
    live = (Gift.donor_id == Donor.id) & Gift.voided_at.is_(None)
    for start in range(0, len(donor_ids), 500):
        chunk = list(donor_ids[start:start + 500])
        s.execute(update(Donor).where(Donor.id.in_(chunk)).values(
            first_gift_on=select(func.min(Gift.gift_date)).where(live).scalar_subquery(),
            last_gift_on=select(func.max(Gift.gift_date)).where(live).scalar_subquery(),
            gift_count=select(func.count(Gift.id)).where(live).scalar_subquery(),
            lifetime_total=select(func.coalesce(func.sum(Gift.amount), 0)).where(live).scalar_subquery(),
            largest_gift=select(func.coalesce(func.max(Gift.amount), 0)).where(live).scalar_subquery(),
        ).execution_options(synchronize_session=False))


_MODELS: Mapping[str, Any] = {"donor": Donor, "gift": Gift, "client": Client, "household": Household}


def _created(batch_id: int, record_type: str) -> Any:
    return select(ImportBatchRecord.record_id).where(ImportBatchRecord.batch_id == batch_id,
                                                     ImportBatchRecord.record_type == record_type,
                                                     ImportBatchRecord.action == "created")


def _kinds_in(s: Session, batch_id: int) -> set[str]:
    """The kinds of record a batch holds. Queries follow them, so a client import never touches
    donors' tables (which a caseworker's own database role may not read) and the reverse."""
    return set(s.scalars(select(ImportBatchRecord.record_type).where(ImportBatchRecord.batch_id == batch_id)
                         .distinct()))


# New records named in an import's Changes, at most, per kind: a list reads itself again when it
# hears of a record it does not show, so a few of them say as much as all of them would.
NEW_IDS_NAMED = 1000


def _notice_imported(s: Session, batch_id: int) -> None:
    """Tell the transaction what the batch wrote through the driver: some of the records it created
    (enough for a list to see new rows, not the hundreds of thousands of ids a large file makes),
    every record it merged into (an open record refreshes), and the donors whose giving a gift
    changed."""
    touched: dict[str, set[int]] = {}
    kinds = _kinds_in(s, batch_id)
    for record_type in sorted(kinds):
        touched[record_type] = set(s.scalars(_created(batch_id, record_type).limit(NEW_IDS_NAMED)))
    for record_type, record_id in s.execute(select(ImportBatchRecord.record_type, ImportBatchRecord.record_id)
                                            .where(ImportBatchRecord.batch_id == batch_id,
                                                   ImportBatchRecord.action == "updated")):
        touched.setdefault(record_type, set()).add(record_id)
    donors = set(s.scalars(select(Gift.donor_id).where(Gift.id.in_(_created(batch_id, "gift"))).distinct())
                 ) if "gift" in kinds else set()
    if donors:
        touched.setdefault("donor", set()).update(donors)
    for record_type, ids in touched.items():
        notice(s, ChangeKind(record_type), *ids)


def _touched_since(s: Session, batch_id: int) -> list[str]:
    """Records of the batch someone changed (or attached something to) after the import."""
    found: dict[tuple[str, int], None] = {}
    kinds = _kinds_in(s, batch_id)
    for record_type, model in _MODELS.items():
        if record_type not in kinds:
            continue
        stmt = (select(ImportBatchRecord.record_id).join(model, model.id == ImportBatchRecord.record_id)
                .where(ImportBatchRecord.batch_id == batch_id, ImportBatchRecord.record_type == record_type,
                       model.version != ImportBatchRecord.version))
        for rid in s.scalars(stmt):
            found[(record_type, rid)] = None
    donors, gifts, clients = _created(batch_id, "donor"), _created(batch_id, "gift"), _created(batch_id, "client")
    attached = [
        select(Gift.donor_id).where(Gift.donor_id.in_(donors), Gift.id.not_in(gifts)),
        select(Receipt.donor_id).where(Receipt.donor_id.in_(donors)),
        select(SoftCredit.donor_id).where(SoftCredit.donor_id.in_(donors)),
        select(GiftSchedule.donor_id).where(GiftSchedule.donor_id.in_(donors)),
        select(Touchpoint.donor_id).where(Touchpoint.donor_id.in_(donors)),
        select(DonorQuietPeriod.donor_id).where(DonorQuietPeriod.donor_id.in_(donors)),
    ] if "donor" in kinds else []
    for stmt in attached:
        for rid in s.scalars(stmt.distinct()):
            found[("donor", rid)] = None
    if "gift" in kinds:
        for rid in s.scalars(select(ReceiptGift.gift_id).where(ReceiptGift.gift_id.in_(gifts)).distinct()):
            found[("gift", rid)] = None
        for rid in s.scalars(select(SoftCredit.gift_id).where(SoftCredit.gift_id.in_(gifts)).distinct()):
            found[("gift", rid)] = None
    client_models = (Case, Disbursement, ClientContact, ClientConsent, ClientReferral, ClientAttachment, ClientTag)
    for model in client_models if "client" in kinds else ():
        for rid in s.scalars(select(model.client_id).where(model.client_id.in_(clients)).distinct()):
            found[("client", rid)] = None
    return [_label(s, record_type, rid) for record_type, rid in sorted(found)]


def _label(s: Session, record_type: str, rid: int) -> str:
    if record_type == "donor":
        return f"donor {rid} ({_donor_names(s, {rid}).get(rid, '')})"
    if record_type == "client":
        row = s.execute(select(Client.first_name, Client.last_name).where(Client.id == rid)).first()
        return f"client {rid} ({row[0]} {row[1]})" if row else f"client {rid}"
    return f"{record_type} {rid}"


def _remove_created(s: Session, batch_id: int) -> None:
    kinds = _kinds_in(s, batch_id)
    gift_donors = list(s.scalars(select(Gift.donor_id).where(Gift.id.in_(_created(batch_id, "gift"))).distinct())
                       ) if "gift" in kinds else []
    for record_type, model in (("gift", Gift), ("client", Client), ("donor", Donor), ("household", Household)):
        if record_type not in kinds:
            continue
        ids = _created(batch_id, record_type)
        if record_type == "client":
            s.execute(delete(ClientSearchKey).where(ClientSearchKey.client_id.in_(ids)))
        if record_type == "donor":
            s.execute(update(Donor).where(Donor.household_id.in_(_created(batch_id, "household")))
                      .values(household_id=None).execution_options(synchronize_session=False))
        if record_type in ("donor", "client"):
            s.execute(delete(ExternalId).where(ExternalId.record_type == record_type, ExternalId.record_id.in_(ids)))
        s.execute(delete(model).where(model.id.in_(ids)).execution_options(synchronize_session=False))
    if not gift_donors:
        return
    remaining = list(s.scalars(select(Donor.id).where(Donor.id.in_(gift_donors))))
    refresh_summaries(s, remaining)
    # Their giving was summed again by a bulk statement: an open donor refreshes.
    notice(s, ChangeKind.DONOR, *remaining)


def _restore_updated(s: Session, batch_id: int, actor: Any) -> None:
    stmt = select(ImportBatchRecord).where(ImportBatchRecord.batch_id == batch_id,
                                           ImportBatchRecord.action == "updated")
    for record in s.scalars(stmt):
        model = _MODELS[record.record_type]
        obj = s.get(model, record.record_id)
        if obj is None:
            continue
        fields = [f for f in record.before if f not in ("sort_name", "search_name")]
        snapshot = audit.snapshot(obj, fields)
        for f in fields:
            column = model.__table__.c[f]
            value = record.before[f]
            if value is not None and column.type.python_type is date:
                value = date.fromisoformat(value)
            setattr(obj, f, value)
        if record.record_type == "donor":
            obj.sort_name = sort_name_for(obj.kind, obj.first_name, obj.last_name, obj.organisation_name)
            obj.search_name = search_name_for(obj.first_name, obj.last_name, obj.organisation_name)
        elif record.record_type == "client":
            refresh_client_keys(s, obj)
        audit.record_updated(s, actor, record.record_type, obj, snapshot, fields,
                             reason=f"undo import {batch_id}")
