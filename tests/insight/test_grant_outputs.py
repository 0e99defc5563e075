"""A grant's outputs for its funder, checked exactly against hand-made records on both engines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caseworker.db.models import (
    Case,
    CaseCategory,
    Client,
    Disbursement,
    Fund,
    Funder,
    GrantApplication,
    GrantBudgetLine,
    GrantSpending,
    User,
)
from caseworker.domain.errors import NotPermitted, ValidationError
from caseworker.domain.grant_outputs import FundAid, Tally
from caseworker.domain.permissions import Role
from caseworker.domain.statistics import Period

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
D = Decimal


def d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.fixture
def grant_id(db, admin) -> int:
    return build_grant(db)


def build_grant(db) -> int:
    """Five clients, four cases, three aid payments and a grant for March 2026 (see the test below)."""
    with db.transaction("Test data") as s:
        worker = User(username="w", display_name="W", password_hash="x")
        category = CaseCategory(name="Housing")
        hardship = Fund(name="Hardship", currency="GBP")
        funder = Funder(name="Rowan Trust")
        s.add_all([worker, category, hardship, funder])
        s.flush()

        def client(first: str, born: str | None, language: str, postcode: str, gender: str = "",
                   household: int | None = None) -> Client:
            c = Client(first_name=first, last_name="Test", date_of_birth=d(born) if born else None,
                       language=language, postcode=postcode, gender=gender, household_size=household)
            s.add(c)
            s.flush()
            return c

        a = client("A", "2000-03-31", "Polish ", "yo1 7hp", "Woman", 3)  # 26: not new, a case since January
        b = client("B", "2008-04-01", "polish", "YO10 3DD", " woman", 1)  # 17 on the last day
        c = client("C", None, "", "")
        old = client("D", "1950-01-01", "Arabic", "LS6 1AN", "Man", 2)  # served last year only
        e = client("E", "1990-06-15", "Arabic", "YO1 9ZZ", "Non-binary", 7)  # aid only

        def case(who: Client, opened: str, resolved: str | None) -> None:
            s.add(Case(client_id=who.id, category_id=category.id, opened_on=d(opened), due_on=d(opened),
                       target_days=10, resolved_on=d(resolved) if resolved else None,
                       status="resolved" if resolved else "in_progress"))

        case(a, "2026-01-10", "2026-03-05")
        case(b, "2026-03-10", None)
        case(c, "2026-03-28", None)
        case(old, "2025-05-01", "2025-06-01")

        def aid(who: Client, amount: str, on: str, status: str = "paid") -> Disbursement:
            x = Disbursement(client_id=who.id, fund_id=hardship.id, kind="cash", amount=D(amount), currency="GBP",
                             disbursed_on=d(on), status=status, requested_by_id=worker.id)
            s.add(x)
            s.flush()
            return x

        aid(e, "50.00", "2026-03-15")
        to_a = aid(a, "30.00", "2026-03-20")
        aid(b, "20.00", "2026-03-12", status="requested")
        grant = GrantApplication(funder_id=funder.id, title="Warm homes", currency="GBP", requested=D("1000.00"),
                                 awarded=D("800.00"), stage="awarded", period_start=d("2026-03-01"),
                                 period_end=d("2026-03-31"))
        s.add(grant)
        s.flush()
        line = GrantBudgetLine(grant_id=grant.id, category="Aid", amount=D("800.00"))
        s.add(line)
        s.flush()
        s.add_all([
            GrantSpending(grant_id=grant.id, budget_line_id=line.id, spent_on=d("2026-03-20"), amount=D("30.00"),
                          disbursement_id=to_a.id),
            GrantSpending(grant_id=grant.id, budget_line_id=line.id, spent_on=d("2026-03-02"), amount=D("100.00"),
                          description="Hall hire"),
            GrantSpending(grant_id=grant.id, budget_line_id=line.id, spent_on=d("2026-03-03"), amount=D("40.00"),
                          voided=True, void_reason="Entered twice"),
        ])
        return grant.id


def test_a_grants_outputs_over_its_own_period(grant_id, services_for) -> None:
    out = services_for(Role.MANAGER).statistics.grant_outputs(grant_id)
    assert (out.title, out.funder, out.period, out.currency) == ("Warm homes", "Rowan Trust", MARCH, "GBP")
    assert (out.people_served, out.new_people) == (4, 3)
    assert (out.cases_opened, out.cases_resolved) == (2, 1)
    assert out.aid_by_fund == (FundAid("Hardship", 2, D("80.00")),)
    assert (out.reached, out.reached_payments, out.reached_amount) == (1, 1, D("30.00"))
    assert (out.spent, out.spending_lines, out.awarded) == (D("130.00"), 2, D("800.00"))
    assert out.age_bands == (Tally("0–17", 1), Tally("18–24", 0), Tally("25–34", 1), Tally("35–49", 1),
                             Tally("50–64", 0), Tally("65+", 0), Tally("not recorded", 1))
    assert out.languages == (Tally("Polish", 2), Tally("Arabic", 1), Tally("not recorded", 1))
    assert out.districts == (Tally("YO1", 2), Tally("YO10", 1), Tally("not recorded", 1))
    assert out.genders == (Tally("Woman", 2), Tally("Non-binary", 1), Tally("not recorded", 1))
    assert out.household_sizes == (Tally("1", 1), Tally("3", 1), Tally("6+", 1), Tally("not recorded", 1))
    assert out.not_recorded == ()


def test_another_period_and_an_empty_one(grant_id, services_for) -> None:
    stats = services_for(Role.MANAGER).statistics
    before = stats.grant_outputs(grant_id, Period(d("2025-05-01"), d("2025-05-31")))
    assert (before.people_served, before.new_people) == (1, 1)
    assert (before.genders, before.household_sizes) == ((Tally("Man", 1),), (Tally("2", 1),))
    assert before.age_bands[-1] == Tally("65+", 1)
    empty = stats.grant_outputs(grant_id, Period(d("2020-01-01"), d("2020-01-31")))
    assert (empty.people_served, empty.aid_by_fund, empty.languages, empty.genders) == (0, (), (), ())
    assert all(t.people == 0 for t in empty.age_bands)


def test_a_grant_without_a_period_needs_one(grant_id, db, services_for) -> None:
    with db.transaction("No period") as s:
        s.get(GrantApplication, grant_id).period_start = None
    with pytest.raises(ValidationError) as err:
        services_for(Role.MANAGER).statistics.grant_outputs(grant_id)
    assert err.value.field == "period"


def test_only_managers(grant_id, services_for) -> None:
    for role in (Role.CASEWORKER, Role.FUNDRAISER):
        with pytest.raises(NotPermitted):
            services_for(role).statistics.grant_outputs(grant_id)


def test_the_grant_outputs_page_prints_the_figures(grant_id, services_for, tmp_path, engine_name) -> None:
    if engine_name != "sqlite":
        pytest.skip("the page is drawn from the same figures on either engine")
    from pypdf import PdfReader

    from caseworker import exports

    out = tmp_path / "outputs.pdf"
    result = exports.export_document(services_for(Role.MANAGER), exports.Kind.GRANT_OUTPUTS, grant_id, out)
    assert result.pages == 1
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    for expected in ("Grant outputs", "Warm homes", "Rowan Trust", "People served 4", "New people served 3",
                     "People reached through its spending 1", "YO10", "Polish", "Hardship",
                     "Gender (as recorded)", "Non-binary 1", "Household size", "6+ 1"):
        assert expected in text, expected
    assert "Not recorded in client records" not in text
    with pytest.raises(NotPermitted):
        exports.export_document(services_for(Role.FUNDRAISER), exports.Kind.GRANT_OUTPUTS, grant_id,
                                tmp_path / "no.pdf")
    assert not (tmp_path / "no.pdf").exists()
