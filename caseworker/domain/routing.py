"""Routing a new case: who should take it, and why.

Pure: the service gathers the category's specialty and point of contact and every active
caseworker with their open workload; :func:`suggest_assignee` ranks them and explains the choice.
The caseworker opening the case can accept the suggestion or pick someone else.

When the category belongs to a team (the organigram), its active members are preferred in the
same order, and everyone else follows them in the ranking.

The order of preference:
1. the specialists in the category's specialty, fewest open cases first (the point of contact wins
   a tie, then the name decides, so the answer never depends on the order of the input);
2. if nobody holds that specialty, the category's point of contact;
3. otherwise whoever has the fewest open cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from caseworker.domain.i18n import N_


@dataclass(frozen=True)
class Route:
    """What a category says about who handles it."""

    category: str
    specialty: str = ""
    point_of_contact_id: int | None = None
    # The team that handles the category, and its members (empty: no team).
    team: str = ""
    team_members: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Candidate:
    user_id: int
    name: str
    specialties: frozenset[str] = frozenset()
    open_cases: int = 0
    active: bool = True


@dataclass(frozen=True)
class Suggestion:
    """The suggested assignee (None when nobody can take cases) and the reason, as a template."""

    user_id: int | None
    reason: str
    params: dict[str, object] = field(default_factory=dict)
    # Everyone who could take it, best first: the form offers them in this order.
    ranked: tuple[Candidate, ...] = ()

    def reason_text(self) -> str:
        return self.reason.format(**self.params)


def suggest_assignee(route: Route, candidates: Sequence[Candidate]) -> Suggestion:
    in_team = [c for c in candidates if c.active and c.user_id in route.team_members]
    if not in_team:
        return _suggest(route, candidates)
    inside = _suggest(route, in_team)
    outside = _suggest(route, [c for c in candidates if c.user_id not in route.team_members])
    ranked = inside.ranked + outside.ranked
    return Suggestion(inside.user_id, _IN_TEAM.get(inside.reason, inside.reason),
                      {**inside.params, "team": route.team}, ranked)


def _suggest(route: Route, candidates: Sequence[Candidate]) -> Suggestion:
    active = [c for c in candidates if c.active]
    if not active:
        return Suggestion(None, N_("Nobody is available to take cases: ask a manager to add caseworkers."))
    poc = route.point_of_contact_id

    def key(c: Candidate) -> tuple[int, int, str, int]:
        return (c.open_cases, 0 if c.user_id == poc else 1, c.name.casefold(), c.user_id)

    specialty = route.specialty.strip().lower()
    specialists = sorted((c for c in active if specialty and specialty in c.specialties), key=key)
    others = sorted((c for c in active if c not in specialists), key=key)
    if specialists:
        best = specialists[0]
        return Suggestion(best.user_id,
                          N_("{name} has the fewest open cases ({n}) among the {specialty} specialists."),
                          {"name": best.name, "n": best.open_cases, "specialty": specialty},
                          tuple(specialists + others))
    contact = next((c for c in active if c.user_id == poc), None)
    if contact is not None:
        ranked = [contact] + [c for c in others if c is not contact]
        if specialty:
            return Suggestion(contact.user_id,
                              N_("{name} is the point of contact for {category}; nobody active holds the "
                                 "{specialty} specialty."),
                              {"name": contact.name, "category": route.category, "specialty": specialty},
                              tuple(ranked))
        return Suggestion(contact.user_id, N_("{name} is the point of contact for {category}."),
                          {"name": contact.name, "category": route.category}, tuple(ranked))
    best = others[0]
    return Suggestion(best.user_id,
                      N_("{name} has the fewest open cases ({n}); {category} has no specialist or point "
                         "of contact available."),
                      {"name": best.name, "n": best.open_cases, "category": route.category}, tuple(others))


# The same reasons, said of the team that handles the category.
_IN_TEAM = {
    N_("{name} has the fewest open cases ({n}) among the {specialty} specialists."):
        N_("{name} has the fewest open cases ({n}) among the {specialty} specialists of the {team} team."),
    N_("{name} is the point of contact for {category}; nobody active holds the {specialty} specialty."):
        N_("{name} is the point of contact for {category}; nobody active in the {team} team holds the "
           "{specialty} specialty."),
    N_("{name} is the point of contact for {category}."):
        N_("{name} is the point of contact for {category} in the {team} team."),
    N_("{name} has the fewest open cases ({n}); {category} has no specialist or point of contact available."):
        N_("{name} has the fewest open cases ({n}) in the {team} team, which handles {category}."),
}
