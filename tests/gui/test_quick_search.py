"""Quick search (Ctrl+K) never shows a record the user may not see, and opens what it finds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.orm import Session

from caseworker.db.database import Database
from caseworker.domain.permissions import Action, Role
from caseworker.domain.records import Actor, SearchHit
from caseworker.domain.registry import Registry
from caseworker.services import container
from caseworker.services.container import Services
from caseworker.services.search import SearchProvider
from caseworker.ui.dialogs.quick_search import QuickSearchDialog
from caseworker.ui.sections.administration import AdministrationSection
from tests.conftest import make_user, ui_context

ROLE_SETS = [(Role.ADMIN,), (Role.MANAGER,), (Role.CASEWORKER,), (Role.FUNDRAISER,),
             (Role.CASEWORKER, Role.FUNDRAISER)]


def _provider(kind: str, action: Action, title: str):
    def find(_s: Session, _actor: Actor, text: str, _limit: int) -> list[SearchHit]:
        return [SearchHit(kind, 1, title)] if text.lower() in title.lower() else []

    return SearchProvider(kind, action, find)


@pytest.fixture
def confidential_records(monkeypatch: pytest.MonkeyPatch) -> None:
    """A client and a donor with the same surname (the same human may be both)."""
    stand_ins = {"client": _provider("client", Action.READ_CLIENTS, "Grace Okafor"),
                 "donor": _provider("donor", Action.READ_DONORS, "Okafor Family Trust")}
    sources = Registry("quick search source", [(p.kind, stand_ins.get(p.kind, p)) for p in container.search_sources()])
    monkeypatch.setattr(container, "search_sources", lambda: sources)


def _search_through_dialog(qtbot, services: Services, text: str) -> QuickSearchDialog:
    dialog = QuickSearchDialog(ui_context(services))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.edit, text)
    dialog.run_search()
    return dialog


@pytest.mark.parametrize("roles", ROLE_SETS, ids=["-".join(r.value for r in rs) for rs in ROLE_SETS])
def test_the_dialog_shows_only_what_the_roles_may_read(sqlite_db: Database, qtbot, confidential_records,
                                                       roles) -> None:
    make_user(sqlite_db, "first", Role.ADMIN)
    services = Services(sqlite_db, make_user(sqlite_db, "okafor", *roles))
    kinds = {hit.kind for hit in _search_through_dialog(qtbot, services, "okafor").hits()}
    assert ("client" in kinds) == services.actor.can(Action.READ_CLIENTS)
    assert ("donor" in kinds) == services.actor.can(Action.READ_DONORS)
    assert ("user" in kinds) == services.actor.can(Action.MANAGE_USERS)
    if Role.FUNDRAISER in roles and len(roles) == 1:
        assert kinds == {"donor"}  # never the client, not even as a name


def test_no_registered_provider_leaks_to_a_role_that_may_not_read_it(sqlite_db: Database) -> None:
    """Whatever the capabilities have registered, each hit's kind is one the user may read."""
    make_user(sqlite_db, "first", Role.ADMIN)
    for roles in ROLE_SETS:
        services = Services(sqlite_db, make_user(sqlite_db, "-".join(r.value for r in roles), *roles))
        for text in ("a", "e", "o", "first"):
            for hit in services.search.search(text):
                provider = container.search_sources()[hit.kind]
                assert services.actor.can(provider.action), (roles, hit.kind)


def test_enter_opens_the_highlighted_hit_and_arrows_move(sqlite_db: Database, qtbot, confidential_records) -> None:
    services = Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER))
    dialog = _search_through_dialog(qtbot, services, "okafor")
    assert dialog.results.currentRow() == 0 and dialog.results.count() == 2
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 1
    second = dialog.hits()[1]
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen == second


def test_escape_closes_and_nothing_found_says_so(sqlite_db: Database, qtbot) -> None:
    services = Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN))
    dialog = _search_through_dialog(qtbot, services, "zzzz")
    assert dialog.results.count() == 0 and dialog.status.text() == "Nothing found."
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected and dialog.chosen is None


def test_wildcards_in_the_search_text_match_themselves(sqlite_db: Database, qtbot) -> None:
    services = Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN))
    assert _search_through_dialog(qtbot, services, "%").hits() == []
    assert [h.title for h in _search_through_dialog(qtbot, services, "adm").hits()] == ["Admin"]


def test_ctrl_k_opens_the_chosen_record_in_its_section(sqlite_db: Database, open_window,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    services = Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN))
    sam = make_user(sqlite_db, "sam", Role.CASEWORKER)
    window = open_window(services)
    monkeypatch.setattr(QuickSearchDialog, "ask",
                        classmethod(lambda cls, search, parent=None: SearchHit("user", sam.user_id, "Sam")))
    window.search_action.trigger()
    section = window.current_section()
    assert isinstance(section, AdministrationSection)
    assert section.users.list.current_id() == sam.user_id
