"""The organigram, edited by managers: teams (members, categories, point of contact, backup, how
clients reach them), each person's specialties, title, phone, working hours and backup, and a
person's work handed on when they leave.

Routing reads the same rows (:meth:`CaseService.suggest_assignee`), so a change here steers the
next case at once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import (
    Case,
    CaseCategory,
    CaseEvent,
    Client,
    Handoff,
    StaffProfile,
    Task,
    Team,
    TeamProfile,
    User,
    UserSpecialty,
)
from caseworker.db.notices import changes_so_far
from caseworker.domain.care import TaskStatus
from caseworker.domain.cases import OPEN_STATUSES, EventKind, HandoffState
from caseworker.domain.errors import ValidationError
from caseworker.domain.guard import Weekday
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import FieldErrors, clean_text
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.domain.routing import Candidate, Route, suggest_assignee
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update

TEAM_FIELDS = ("name", "description", "active")
PROFILE_FIELDS = ("point_of_contact_id", "backup_id", "phone", "email")
STAFF_FIELDS = ("job_title", "phone", "work_days", "work_from", "work_to", "backup_id")


@dataclass(frozen=True)
class TeamDraft:
    name: str
    description: str = ""
    point_of_contact_id: int | None = None
    backup_id: int | None = None
    phone: str = ""
    email: str = ""
    member_ids: frozenset[int] = frozenset()
    category_ids: frozenset[int] = frozenset()
    active: bool = True


@dataclass(frozen=True)
class TeamRecord:
    id: int
    name: str
    description: str
    active: bool
    point_of_contact_id: int | None
    backup_id: int | None
    phone: str
    email: str
    member_ids: tuple[int, ...]
    category_ids: tuple[int, ...]
    version: int


@dataclass(frozen=True)
class PersonDraft:
    specialties: frozenset[str] = frozenset()
    job_title: str = ""
    phone: str = ""
    work_days: frozenset[str] = frozenset()
    work_from: str = ""
    work_to: str = ""
    backup_id: int | None = None


@dataclass(frozen=True)
class PersonRecord:
    user_id: int
    name: str
    active: bool
    team_id: int | None
    specialties: tuple[str, ...]
    job_title: str
    phone: str
    work_days: tuple[str, ...]
    work_from: str
    work_to: str
    backup_id: int | None
    open_cases: int
    open_tasks: int


@dataclass(frozen=True)
class HandOnResult:
    cases: int
    tasks: int
    # Who took how many cases, by name.
    shared: dict[str, int]


_DAY_ORDER = [d.value for d in Weekday]


class OrganigramService(Service):
    # -- reading --------------------------------------------------------------------------------
    def teams(self, *, include_inactive: bool = True) -> list[TeamRecord]:
        self.require(Action.MANAGE_ORGANIGRAM)
        with self.db.read() as s:
            stmt = select(Team).order_by(Team.name)
            if not include_inactive:
                stmt = stmt.where(Team.active.is_(True))
            return [self._team(s, t) for t in s.scalars(stmt)]

    def people(self) -> list[PersonRecord]:
        """Everyone active, with what the organigram says of them and their open work."""
        self.require(Action.MANAGE_ORGANIGRAM)
        with self.db.read() as s:
            users = s.scalars(select(User).where(User.active.is_(True)).order_by(User.display_name, User.id)).all()
            profiles = {p.user_id: p for p in s.scalars(select(StaffProfile))}
            cases = dict(s.execute(select(Case.assignee_id, func.count(Case.id)).where(
                Case.status.in_([st.value for st in OPEN_STATUSES])).group_by(Case.assignee_id)).all())
            tasks = dict(s.execute(select(Task.assignee_id, func.count(Task.id)).where(
                Task.status == TaskStatus.OPEN.value).group_by(Task.assignee_id)).all())
            return [_person(u, profiles.get(u.id), cases.get(u.id, 0), tasks.get(u.id, 0)) for u in users]

    # -- teams ----------------------------------------------------------------------------------
    def save_team(self, team_id: int | None, draft: TeamDraft,
                  expected_version: int | None = None) -> tuple[TeamRecord, Changes]:
        """Add a team or change one: its members, categories, point of contact, backup and contacts."""
        self.require(Action.MANAGE_ORGANIGRAM)
        errors = FieldErrors()
        name = errors.check(clean_text, draft.name, "name", max_chars=120, required=True)
        description = errors.check(clean_text, draft.description, "description", max_chars=500)
        phone = errors.check(clean_text, draft.phone, "phone", max_chars=40)
        email = errors.check(clean_text, draft.email, "email", max_chars=254)
        if email and "@" not in email:
            errors.add(ValidationError("email", N_("Enter an e-mail address like team@example.org.")))
        errors.raise_if_any()
        assert name is not None
        with self.db.transaction("Change team" if team_id else "Add team") as s:
            clash = s.scalar(select(Team.id).where(func.lower(Team.name) == name.lower()))
            if clash is not None and clash != team_id:
                raise ValidationError("name", N_("There is already a team called '{name}'."), name=name)
            for key, uid in (("point_of_contact_id", draft.point_of_contact_id), ("backup_id", draft.backup_id)):
                if uid is not None:
                    _active_user(s, uid, key)
            for uid in draft.member_ids:
                _active_user(s, uid, "member_ids")
            for cid in draft.category_ids:
                if s.get(CaseCategory, cid) is None:
                    raise ValidationError("category_ids", N_("{what} {ident} was not found."), what="Case category",
                                          ident=cid)
            if team_id is None:
                team = Team(name=name, description=description or "", active=bool(draft.active))
                self.stamp(team)
                s.add(team)
                audit.record_created(s, self.actor, "team", team, TEAM_FIELDS)
            else:
                team = load_for_update(s, Team, team_id, "Team", expected_version)
                before = audit.snapshot(team, TEAM_FIELDS)
                team.name, team.description, team.active = name, description or "", bool(draft.active)
                self.stamp(team)
                s.flush()
                audit.record_updated(s, self.actor, "team", team, before, TEAM_FIELDS)
            profile = s.scalar(select(TeamProfile).where(TeamProfile.team_id == team.id))
            if profile is None:
                profile = TeamProfile(team_id=team.id)
                s.add(profile)
            before = audit.snapshot(profile, PROFILE_FIELDS)
            profile.point_of_contact_id, profile.backup_id = draft.point_of_contact_id, draft.backup_id
            profile.phone, profile.email = phone or "", email or ""
            self.stamp(profile)
            s.flush()
            audit.record_updated(s, self.actor, "team_profile", profile, before, PROFILE_FIELDS)
            self._set_members(s, team.id, draft.member_ids)
            self._set_categories(s, team.id, draft.category_ids)
            return self._team(s, team), changes_so_far(s)

    def _set_members(self, s: Session, team_id: int, wanted: frozenset[int]) -> None:
        now = utcnow()
        current = set(s.scalars(select(User.id).where(User.team_id == team_id)))
        for uid, before, after in [*((u, team_id, None) for u in current - wanted),
                                   *((u, s.scalar(select(User.team_id).where(User.id == u)), team_id)
                                     for u in wanted - current)]:
            s.execute(update(User).where(User.id == uid).values(
                team_id=after, version=User.version + 1, updated_at=now, updated_by_id=self.actor.user_id)
                .execution_options(synchronize_session=False))
            audit.record(s, self.actor, kind="update", record_type="user", record_id=uid,
                         changes={"team_id": [before, after]})

    def _set_categories(self, s: Session, team_id: int, wanted: frozenset[int]) -> None:
        now = utcnow()
        current = set(s.scalars(select(CaseCategory.id).where(CaseCategory.team_id == team_id)))
        for cid, after in [*((c, None) for c in current - wanted), *((c, team_id) for c in wanted - current)]:
            before = s.scalar(select(CaseCategory.team_id).where(CaseCategory.id == cid))
            s.execute(update(CaseCategory).where(CaseCategory.id == cid).values(
                team_id=after, version=CaseCategory.version + 1, updated_at=now, updated_by_id=self.actor.user_id)
                .execution_options(synchronize_session=False))
            audit.record(s, self.actor, kind="update", record_type="case_category", record_id=cid,
                         changes={"team_id": [before, after]})

    # -- people ---------------------------------------------------------------------------------
    def save_person(self, user_id: int, draft: PersonDraft) -> tuple[PersonRecord, Changes]:
        """A person's specialties (routing reads them at once), title, phone, hours and backup."""
        self.require(Action.MANAGE_ORGANIGRAM)
        errors = FieldErrors()
        job_title = errors.check(clean_text, draft.job_title, "job_title", max_chars=120)
        phone = errors.check(clean_text, draft.phone, "phone", max_chars=40)
        specialties = set()
        for sp in draft.specialties:
            text = errors.check(clean_text, sp, "specialties", max_chars=60)
            if text:
                specialties.add(text.lower())
        days = []
        for d in draft.work_days:
            if d not in _DAY_ORDER:
                errors.add(ValidationError("work_days", N_("Choose working days from Monday to Sunday.")))
            else:
                days.append(d)
        hours = []
        for key in ("work_from", "work_to"):
            text = (getattr(draft, key) or "").strip()
            if text and (len(text) != 5 or text[2] != ":" or not text.replace(":", "").isdigit()
                         or int(text[:2]) > 23 or int(text[3:]) > 59):
                errors.add(ValidationError(key, N_("Enter a time like 09:30.")))
            hours.append(text)
        if bool(hours[0]) != bool(hours[1]) or (hours[0] and hours[0] >= hours[1]):
            errors.add(ValidationError("work_to", N_("Working hours end after they begin.")))
        if draft.backup_id == user_id:
            errors.add(ValidationError("backup_id", N_("Choose someone else to stand in.")))
        errors.raise_if_any()
        with self.db.transaction("Change person in the organigram") as s:
            user = _active_user(s, user_id, "user_id")
            if draft.backup_id is not None:
                _active_user(s, draft.backup_id, "backup_id")
            old = sorted(sp.specialty for sp in user.specialties)
            if old != sorted(specialties):
                user.specialties = [UserSpecialty(specialty=sp) for sp in sorted(specialties)]
                self.stamp(user)
                audit.record(s, self.actor, kind="update", record_type="user", record_id=user_id,
                             changes={"specialties": [old, sorted(specialties)]})
            profile = s.scalar(select(StaffProfile).where(StaffProfile.user_id == user_id))
            if profile is None:
                profile = StaffProfile(user_id=user_id)
                s.add(profile)
            before = audit.snapshot(profile, STAFF_FIELDS)
            profile.job_title, profile.phone = job_title or "", phone or ""
            profile.work_days = ",".join(sorted(set(days), key=_DAY_ORDER.index))
            profile.work_from, profile.work_to = hours
            profile.backup_id = draft.backup_id
            self.stamp(profile)
            s.flush()
            audit.record_updated(s, self.actor, "staff_profile", profile, before, STAFF_FIELDS)
            s.flush()
            return _person(user, profile, 0, 0), changes_so_far(s)

    # -- a person leaving ---------------------------------------------------------------------------
    def hand_on(self, from_user_id: int, to_user_id: int | None = None,
                reason: str = "") -> tuple[HandOnResult, Changes]:
        """Hand a leaver's open cases, tasks and key-worker clients on in one step, audited.

        With *to_user_id* everything goes to that person; without it each case goes where routing
        would send it now (the category's team, specialty and point of contact, then the lightest
        workload, counting the cases already handed on), and their tasks follow their cases (other
        tasks go to the leaver's backup, or to their team).
        """
        from caseworker.services.care import record_introduction
        from caseworker.services.cases import CaseService

        self.require(Action.REASSIGN_CASES)
        self.require(Action.MANAGE_ORGANIGRAM)
        reason = clean_text(reason, "reason", max_chars=2_000, multiline=True)
        if to_user_id == from_user_id:
            raise ValidationError("to_user_id", N_("Choose a different worker to take the cases."))
        with self.db.transaction("Hand on a leaver's work") as s:
            leaver = get_or_404(s, User, from_user_id, "User")
            helper = CaseService(self.db, self.actor)
            if to_user_id is not None:
                helper._check_worker(s, to_user_id, "to_user_id")
            candidates = [c for c in helper._candidates(s) if c.user_id != from_user_id]
            cases = s.scalars(select(Case).where(Case.assignee_id == from_user_id,
                                                 Case.status.in_([st.value for st in OPEN_STATUSES]))
                              .order_by(Case.id)).all()
            if cases and to_user_id is None and not candidates:
                raise ValidationError("to_user_id", N_("Nobody else can take cases: choose who takes them."))
            now = utcnow()
            shared: dict[int, int] = {}
            moved_to: dict[int, int] = {}
            for case in cases:
                target = to_user_id if to_user_id is not None else self._route(s, case, candidates)
                if to_user_id is None:
                    candidates = [replace(c, open_cases=c.open_cases + 1) if c.user_id == target else c
                                  for c in candidates]
                before = audit.snapshot(case, ("assignee_id",))
                case.assignee_id = target
                self.stamp(case)
                s.flush()
                audit.record_updated(s, self.actor, "case", case, before, ("assignee_id",), reason=reason)
                s.add(CaseEvent(case_id=case.id, client_id=case.client_id, kind=EventKind.HANDOFF.value, at=now,
                                author_id=self.actor.user_id, text=reason, edited=False,
                                updated_by_id=self.actor.user_id,
                                data={"from_user_id": from_user_id, "to_user_id": target, "state": "reassigned"}))
                record_introduction(s, self.actor, case)
                shared[target] = shared.get(target, 0) + 1
                moved_to[case.id] = target
            s.execute(update(Handoff).where(Handoff.to_user_id == from_user_id,
                                            Handoff.state == HandoffState.PENDING.value)
                      .values(state=HandoffState.RETURNED.value, reason=reason or "The worker left.", decided_at=now,
                              version=Handoff.version + 1, updated_at=now, updated_by_id=self.actor.user_id)
                      .execution_options(synchronize_session=False))
            backup = s.scalar(select(StaffProfile.backup_id).where(StaffProfile.user_id == from_user_id))
            tasks = s.scalars(select(Task).where(Task.assignee_id == from_user_id,
                                                 Task.status == TaskStatus.OPEN.value)).all()
            for task in tasks:
                before = audit.snapshot(task, ("assignee_id", "team_id"))
                if task.record_type == "case" and task.record_id in moved_to:
                    task.assignee_id = moved_to[task.record_id]
                elif to_user_id is not None or backup is not None:
                    task.assignee_id = to_user_id if to_user_id is not None else backup
                elif leaver.team_id is not None:
                    task.assignee_id, task.team_id = None, leaver.team_id
                else:
                    continue
                self.stamp(task)
                s.flush()
                audit.record_updated(s, self.actor, "task", task, before, ("assignee_id", "team_id"), reason=reason)
            # Clients the leaver was key worker for follow their case's new worker (or the chosen one).
            for client in s.scalars(select(Client).where(Client.key_worker_id == from_user_id)):
                new = to_user_id or next((moved_to[c.id] for c in cases if c.client_id == client.id), None) or backup
                if new is not None:
                    client.key_worker_id = new
                    audit.record(s, self.actor, kind="update", record_type="client", record_id=client.id,
                                 changes={"key_worker_id": [from_user_id, new]}, reason=reason)
            names = dict(s.execute(select(User.id, User.display_name).where(User.id.in_(shared))).all()) \
                if shared else {}
            audit.record(s, self.actor, kind="update", record_type="user", record_id=from_user_id, reason=reason,
                         changes={"open cases handed on": [len(cases), 0], "open tasks handed on": [len(tasks), 0],
                                  "to": [None, {names.get(k, k): v for k, v in shared.items()}]})
            result = HandOnResult(len(cases), len(tasks), {names.get(k, str(k)): v for k, v in shared.items()})
            return result, changes_so_far(s)

    # -- internals ------------------------------------------------------------------------------
    def _route(self, s: Session, case: Case, candidates: list[Candidate]) -> int:
        cat = get_or_404(s, CaseCategory, case.category_id, "Case category")
        team, members = "", frozenset[int]()
        if cat.team_id is not None:
            team = s.scalar(select(Team.name).where(Team.id == cat.team_id, Team.active.is_(True))) or ""
            members = frozenset(s.scalars(select(User.id).where(User.team_id == cat.team_id))) if team else members
        suggestion = suggest_assignee(Route(cat.name, cat.specialty, cat.point_of_contact_id, team, members),
                                      candidates)
        assert suggestion.user_id is not None
        return suggestion.user_id

    def _team(self, s: Session, team: Team) -> TeamRecord:
        s.flush()
        profile = s.scalar(select(TeamProfile).where(TeamProfile.team_id == team.id))
        members = tuple(s.scalars(select(User.id).where(User.team_id == team.id).order_by(User.display_name)))
        categories = tuple(s.scalars(select(CaseCategory.id).where(CaseCategory.team_id == team.id)
                                     .order_by(CaseCategory.name)))
        return TeamRecord(team.id, team.name, team.description, team.active,
                          profile.point_of_contact_id if profile else None, profile.backup_id if profile else None,
                          profile.phone if profile else "", profile.email if profile else "", members, categories,
                          team.version)


def _active_user(s: Session, user_id: int, field: str) -> User:
    user = s.get(User, user_id)
    if user is None or not user.active:
        raise ValidationError(field, N_("Choose an active colleague."))
    return user


def _person(u: User, p: StaffProfile | None, cases: int, tasks: int) -> PersonRecord:
    return PersonRecord(u.id, u.display_name, u.active, u.team_id, tuple(sorted(sp.specialty for sp in u.specialties)),
                        p.job_title if p else "", p.phone if p else "",
                        tuple(d for d in (p.work_days if p else "").split(",") if d), p.work_from if p else "",
                        p.work_to if p else "", p.backup_id if p else None, cases, tasks)


__all__ = ["HandOnResult", "OrganigramService", "PersonDraft", "PersonRecord", "TeamDraft", "TeamRecord"]
