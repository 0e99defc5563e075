"""Settings → Users and roles → Database roles…: seen, and set up, from the window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from caseworker.domain.permissions import Role
from caseworker.services.accounts import UserDraft
from caseworker.services.container import Services
from tests.conftest import make_user, ui_context
from tests.protection.test_db_roles import Office, _office, needs_pg


@pytest.fixture
def office_without_roles() -> Iterator[Office]:
    yield from _office(with_demo=False, roles_on=False)


def test_the_button_is_only_for_a_server(qtbot, sqlite_db) -> None:
    from caseworker.ui.sections.administration import UsersPage

    services = Services(sqlite_db, make_user(sqlite_db, "admin", Role.ADMIN, Role.MANAGER))
    page = UsersPage(ui_context(services))
    qtbot.addWidget(page)
    assert not page.roles_button.isVisibleTo(page)


@needs_pg
@pytest.mark.pg
def test_an_administrator_sets_the_roles_up_from_the_window(qtbot, office_without_roles: Office) -> None:
    import psycopg

    from caseworker.ui.db_roles_ui import DbRolesDialog
    from caseworker.ui.sections.administration import UsersPage

    office = office_without_roles
    admin = office.sign_in("demo")  # the roles are off: the window runs as the URL's (owner's) role
    try:
        admin.accounts.add_user(UserDraft("joe", "Joe", frozenset({Role.FUNDRAISER})), "joe password 1")
        ctx = ui_context(admin)
        page = UsersPage(ctx)
        qtbot.addWidget(page)
        assert page.roles_button.isVisibleTo(page) and page.roles_button.accessibleName()
        dialog = DbRolesDialog(ctx, page)
        qtbot.addWidget(dialog)
        dialog.load()
        assert dialog.summary.text().startswith("Off")
        assert dialog.people.rowCount() == 0
        dialog.set_up_button.click()
        assert dialog.summary.text().startswith("On"), dialog.status_line.text()
        assert dialog.people.rowCount() == 2
        names = {dialog.people.item(r, 0).text(): dialog.people.item(r, 1).text() for r in range(2)}
        assert names["joe"] == office.role("joe")
        with office.connect_as("joe") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT 1 FROM clients")
    finally:
        admin.db.dispose()


@needs_pg
@pytest.mark.pg
def test_setting_up_again_from_a_persons_own_role_says_what_to_do(qtbot, office_without_roles: Office) -> None:
    from caseworker.ui.db_roles_ui import DbRolesDialog

    office = office_without_roles
    owner_session = office.sign_in("demo")
    owner_session.db_roles.set_up()
    owner_session.db.dispose()
    admin = office.sign_in("demo")  # now as their own role, which owns no table
    try:
        dialog = DbRolesDialog(ui_context(admin))
        qtbot.addWidget(dialog)
        dialog.load()
        assert dialog.summary.text().startswith("On")
        dialog.set_up_button.click()
        assert "owner" in dialog.status_line.text() and dialog.set_up_button.isEnabled()
    finally:
        admin.db.dispose()



@needs_pg
@pytest.mark.pg
@pytest.mark.parametrize("username", ["joe", "sam", "ana", "maria", "demo"])
def test_every_section_opens_as_each_persons_own_role(qtbot, open_window, username: str) -> None:
    """The whole window, section by section (Settings page by page, and the first record of each
    list opened), signed in on a server that refuses by the person's role: any statement the server
    refuses would fail the operation and, through the crash path, the test."""
    from caseworker.ui.sections.administration import AdministrationSection

    for office in _office(with_demo=True):
        services = office.sign_in(username)
        try:
            window = open_window(services)
            for row, section in enumerate(window.sections):
                window.sidebar.setCurrentRow(row)
                qtbot.wait(20)
                for key in section.page_keys() if isinstance(section, AdministrationSection) else []:
                    section.show_page(key)
                    qtbot.wait(20)
                table = getattr(getattr(section, "list", None), "table", None)
                if table is not None and table.model() is not None and table.model().rowCount() > 0:
                    table.setCurrentIndex(table.model().index(0, 0))
                    qtbot.wait(20)
            window.close()
        finally:
            services.db.dispose()
