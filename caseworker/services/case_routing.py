"""Routing cases: the categories with their targets and teams, who may take a case, the suggested
worker, and specialists brought in.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import (
    Case,
    CaseCategory,
    CaseSpecialist,
    Team,
    User,
    UserRole,
    UserSpecialty,
)
from caseworker.db.notices import changes_so_far
from caseworker.domain.cases import (
    OPEN_STATUSES,
    CaseDetail,
    CategoryDraft,
    CategoryRecord,
    EventKind,
    validate_category,
)
from caseworker.domain.errors import ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import clean_text
from caseworker.domain.permissions import Action, Role
from caseworker.domain.records import Changes
from caseworker.domain.routing import Candidate, Route, Suggestion, suggest_assignee
from caseworker.services import audit
from caseworker.services.base import get_or_404, load_for_update
from caseworker.services.case_base import CATEGORY_FIELDS, CaseServiceBase


class CaseRouting(CaseServiceBase):
    # -- categories and routing -----------------------------------------------------------------
    def list_categories(self, *, include_inactive: bool = False) -> list[CategoryRecord]:
        self.require(Action.READ_CASES)
        stmt = (select(CaseCategory, User.display_name)
                .outerjoin(User, User.id == CaseCategory.point_of_contact_id)
                .order_by(CaseCategory.name))
        if not include_inactive:
            stmt = stmt.where(CaseCategory.active.is_(True))
        with self.db.read() as s:
            return [_category_record(c, name) for c, name in s.execute(stmt)]

    def add_category(self, draft: CategoryDraft) -> tuple[CategoryRecord, Changes]:
        self.require(Action.MANAGE_ORGANIGRAM)
        draft = validate_category(draft)
        with self.db.transaction("Add case category") as s:
            self._check_category_refs(s, draft, None)
            cat = CaseCategory(**_category_values(draft))
            self.stamp(cat)
            s.add(cat)
            audit.record_created(s, self.actor, "case_category", cat, CATEGORY_FIELDS)
            return self._category(s, cat.id), changes_so_far(s)

    def update_category(self, category_id: int, draft: CategoryDraft,
                        expected_version: int) -> tuple[CategoryRecord, Changes]:
        self.require(Action.MANAGE_ORGANIGRAM)
        draft = validate_category(draft)
        with self.db.transaction("Change case category") as s:
            cat = load_for_update(s, CaseCategory, category_id, "Case category", expected_version)
            self._check_category_refs(s, draft, category_id)
            before = audit.snapshot(cat, CATEGORY_FIELDS)
            for key, value in _category_values(draft).items():
                setattr(cat, key, value)
            self.stamp(cat)
            s.flush()
            audit.record_updated(s, self.actor, "case_category", cat, before, CATEGORY_FIELDS)
            return self._category(s, cat.id), changes_so_far(s)

    def workers(self) -> list[Candidate]:
        """Everyone who may take cases, with their specialties and open workload, by name."""
        self.require(Action.READ_CASES)
        with self.db.read() as s:
            return sorted(self._candidates(s), key=lambda c: (c.name.casefold(), c.user_id))

    def suggest_assignee(self, category_id: int) -> Suggestion:
        """Who should take a new case of this category, and why (see :mod:`domain.routing`)."""
        self.require(Action.READ_CASES)
        with self.db.read() as s:
            cat = get_or_404(s, CaseCategory, category_id, "Case category")
            team, members = "", frozenset[int]()
            if cat.team_id is not None:
                team = s.scalar(select(Team.name).where(Team.id == cat.team_id, Team.active.is_(True))) or ""
                if team:
                    members = frozenset(s.scalars(select(User.id).where(User.team_id == cat.team_id)))
            route = Route(cat.name, cat.specialty, cat.point_of_contact_id, team, members)
            return suggest_assignee(route, self._candidates(s))

    def involve_specialist(self, case_id: int, user_id: int, note: str) -> tuple[CaseDetail, Changes]:
        """Record a specialist (often from another team) working on the case with its worker."""
        self.require(Action.EDIT_CASES)
        note = clean_text(note, "note", max_chars=2_000, multiline=True)
        with self.db.transaction("Involve specialist") as s:
            case = load_for_update(s, Case, case_id, "Case", None)
            clock = self._clock(s)
            self._require_open(case)
            self._check_worker(s, user_id, "user_id")
            if s.scalar(select(CaseSpecialist.id).where(CaseSpecialist.case_id == case.id,
                                                        CaseSpecialist.user_id == user_id)):
                raise ValidationError("user_id", N_("This specialist is already involved in the case."))
            spec = CaseSpecialist(case_id=case.id, user_id=user_id, note=note, involved_at=utcnow())
            self.stamp(spec)
            s.add(spec)
            audit.record_created(s, self.actor, "case_specialist", spec, ("case_id", "user_id", "note"))
            self._event(s, case, EventKind.SPECIALIST, note, {"user_id": user_id})
            self.stamp(case)
            case.updated_at = utcnow()
            return self._detail(s, case, clock), changes_so_far(s)

    def _candidates(self, s: Session) -> list[Candidate]:
        workers = s.execute(select(User.id, User.display_name).where(
            User.active.is_(True),
            User.id.in_(select(UserRole.user_id).where(UserRole.role == Role.CASEWORKER.value)))).all()
        ids = [uid for uid, _ in workers]
        if not ids:
            return []
        specialties: dict[int, set[str]] = {}
        for uid, sp in s.execute(select(UserSpecialty.user_id, UserSpecialty.specialty)
                                 .where(UserSpecialty.user_id.in_(ids))):
            specialties.setdefault(uid, set()).add(sp.lower())
        load = dict(s.execute(select(Case.assignee_id, func.count(Case.id)).where(
            Case.assignee_id.in_(ids), Case.status.in_([st.value for st in OPEN_STATUSES]))
            .group_by(Case.assignee_id)).all())
        return [Candidate(uid, name, frozenset(specialties.get(uid, ())), load.get(uid, 0))
                for uid, name in workers]

    def _check_category_refs(self, s: Session, draft: CategoryDraft, own_id: int | None) -> None:
        clash = s.scalar(select(CaseCategory.id).where(func.lower(CaseCategory.name) == draft.name.lower()))
        if clash is not None and clash != own_id:
            raise ValidationError("name", N_("There is already a category called '{name}'."), name=draft.name)
        if draft.point_of_contact_id is not None:
            self._check_worker(s, draft.point_of_contact_id, "point_of_contact_id")

    def _category(self, s: Session, category_id: int) -> CategoryRecord:
        cat = get_or_404(s, CaseCategory, category_id, "Case category")
        name = self._names(s, [cat.point_of_contact_id]).get(cat.point_of_contact_id or 0, "")
        return _category_record(cat, name)


def _category_values(draft: CategoryDraft) -> dict[str, Any]:
    return {"name": draft.name, "description": draft.description, "target_days": draft.target_days,
            "specialty": draft.specialty, "point_of_contact_id": draft.point_of_contact_id,
            "team_id": draft.team_id, "active": draft.active}


def _category_record(c: CaseCategory, poc_name: str | None) -> CategoryRecord:
    return CategoryRecord(c.id, c.name, c.description, c.target_days, c.specialty, c.point_of_contact_id,
                          poc_name or "", c.team_id, c.active, c.version)
