"""Two sessions editing the same records in random orders: every conflict is detected.

Runs on SQLite and, with CASEWORKER_TEST_PG_URL, PostgreSQL. A model of "who read which version"
predicts the outcome of every save: a save from a form read before the latest save must be refused
with ConflictError; any other save must succeed and be what a fresh read then shows.
"""

from __future__ import annotations

import random
import threading

import pytest

from caseworker.db.database import Database
from caseworker.domain.errors import ConflictError
from caseworker.domain.permissions import Role
from caseworker.services.accounts import UserDraft
from caseworker.services.container import Services
from tests.conftest import make_user

RECORDS = 3
STEPS = 120


def draft(name: str) -> UserDraft:
    return UserDraft(name.split()[0].lower(), name, frozenset({Role.CASEWORKER}))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_interleavings_never_overwrite_silently(db: Database, seed: int) -> None:
    rng = random.Random(seed)
    sessions = [Services(db, make_user(db, f"editor{i}", Role.ADMIN)) for i in range(2)]
    ids = [sessions[0].accounts.add_user(draft(f"target{i} Person"), "password1")[0].id
           for i in range(RECORDS)]
    forms: dict[tuple[int, int], int] = {}  # (session, record) -> version the form was read at
    saved_versions = {rid: sessions[0].accounts.get(rid).version for rid in ids}
    conflicts = saves = 0
    for step in range(STEPS):
        who = rng.randrange(2)
        rid = rng.choice(ids)
        if (who, rid) not in forms or rng.random() < 0.3:
            forms[(who, rid)] = sessions[who].accounts.get(rid).version
            continue
        expected = forms.pop((who, rid))
        index = ids.index(rid)
        name = f"target{index} Saved-by-{who}-at-{step}"
        if expected != saved_versions[rid]:
            with pytest.raises(ConflictError):
                sessions[who].accounts.update_user(rid, draft(name), expected)
            conflicts += 1
        else:
            summary, _ = sessions[who].accounts.update_user(rid, draft(name), expected)
            saved_versions[rid] = summary.version
            saves += 1
        assert sessions[1 - who].accounts.get(rid).version == saved_versions[rid]
    assert conflicts > 0 and saves > 0
    print(f"\n{db.dialect} seed {seed}: {saves} saves, {conflicts} conflicts detected")


def test_simultaneous_saves_of_one_version_let_exactly_one_through(db: Database) -> None:
    sessions = [Services(db, make_user(db, f"racer{i}", Role.ADMIN)) for i in range(2)]
    target, _ = sessions[0].accounts.add_user(draft("target Person"), "password1")
    detected = 0
    for round_ in range(8):
        version = sessions[0].accounts.get(target.id).version
        outcomes: list[str] = []
        barrier = threading.Barrier(2)

        # Both threads run and are joined within this round: the round's values are the ones they see.
        def save(who: int) -> None:
            barrier.wait()  # noqa: B023
            try:
                sessions[who].accounts.update_user(target.id, draft(f"target Round{round_}-{who}"),  # noqa: B023
                                                   version)  # noqa: B023
                outcomes.append("saved")  # noqa: B023
            except ConflictError:
                outcomes.append("conflict")  # noqa: B023

        threads = [threading.Thread(target=save, args=(who,)) for who in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sorted(outcomes) == ["conflict", "saved"], outcomes
        detected += outcomes.count("conflict")
        assert sessions[0].accounts.get(target.id).version == version + 1
    print(f"\n{db.dialect}: {detected} simultaneous conflicts detected in 8 races")
