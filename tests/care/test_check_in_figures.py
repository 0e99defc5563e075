"""Check-ins kept on the client's rhythm, counted in SQL by category, team, worker and month, beside
the other service-quality figures (Insight's breakdown and ``caseworker stats``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caseworker.db.models import ContactRhythm, Team, User
from caseworker.domain.care import RhythmDraft
from caseworker.domain.cases import Acceptability, CaseDraft, CategoryDraft, Resolution
from caseworker.domain.errors import ValidationError
from caseworker.domain.service_quality import Cohort
from caseworker.domain.statistics import Period
from tests.care.conftest import CareOffice
from tests.cases.conftest import add_client

OCTOBER = Period(date(2026, 10, 1), date(2026, 10, 31))
NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


def _began(o: CareOffice, client: int, day: date) -> None:
    with o.db.transaction("test: the rhythm began earlier") as s:
        s.query(ContactRhythm).filter_by(client_id=client).one().started_on = day


@pytest.fixture
def rhythms(care_office: CareOffice):
    """Amina (Priya, Housing, team North): every 7 days from 1 October, called on 5, 12 and 30
    October — due 8 Oct kept, 12 Oct kept, 19 Oct missed (the call came on the 30th), 6 Nov open.
    Bilal (Sam, Benefits, no team): every 10 days from 1 October and never called — due 11 Oct, missed.
    """
    o = care_office
    with o.db.transaction("test: team North") as s:
        team = Team(name="North")
        s.add(team)
        s.flush()
        s.get(User, o.priya.actor.user_id).team_id = team.id
    benefits, _ = o.manager.cases.add_category(CategoryDraft("Benefits", 5, "benefits"))
    bilal = add_client(o.db, "Bilal", "Haddad")
    housing_case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=o.priya.actor.user_id,
                                                        opened_on="2026-10-01"))
    benefits_case, _ = o.sam.cases.open_case(CaseDraft(bilal, benefits.id, "Claim", assignee_id=o.sam.actor.user_id,
                                                       opened_on="2026-10-01"))
    for day in ("2026-10-05", "2026-10-12", "2026-10-30"):
        o.priya.cases.add_entry(housing_case.id, "call", "Check-in", on=day)
    o.priya.care.set_rhythm(o.client, RhythmDraft(7))
    o.sam.care.set_rhythm(bilal, RhythmDraft(10))
    _began(o, o.client, date(2026, 10, 1))
    _began(o, bilal, date(2026, 10, 1))
    o.manager.statistics.today_override = date(2026, 11, 15)
    return o, housing_case, benefits_case


def _by(o: CareOffice, period: Period, by: str) -> dict[str, tuple[int, int, Decimal | None]]:
    b = o.manager.statistics.breakdown(period, by)
    return {g.label: (g.current.check_ins_due, g.current.check_ins_kept, g.current.check_ins_kept_rate)
            for g in b.groups if g.current.check_ins_due or g.current.check_ins_kept}


def test_check_ins_kept_by_worker_team_and_category(rhythms) -> None:
    o, _housing, _benefits = rhythms
    assert _by(o, OCTOBER, "worker") == {"Priya": (3, 2, Decimal("0.6667")), "Sam": (1, 0, Decimal("0"))}
    assert _by(o, OCTOBER, "team") == {"North": (3, 2, Decimal("0.6667")), "No team": (1, 0, Decimal("0"))}
    assert _by(o, OCTOBER, "category") == {"Housing": (3, 2, Decimal("0.6667")), "Benefits": (1, 0, Decimal("0"))}
    total = o.manager.statistics.breakdown(OCTOBER, "worker").total.current
    assert (total.check_ins_due, total.check_ins_kept, total.check_ins_kept_rate) == (4, 2, Decimal("0.5"))
    # November: Amina's check-in due on the 6th was not made by "today" (the 15th): missed. The
    # period before is October.
    november = o.manager.statistics.breakdown(NOVEMBER, "worker")
    assert (november.total.current.check_ins_due, november.total.current.check_ins_kept) == (1, 0)
    assert (november.total.previous.check_ins_due, november.total.previous.check_ins_kept) == (4, 2)
    by_month = o.manager.statistics.breakdown(Period(date(2026, 10, 1), date(2026, 11, 30)), "month")
    assert {g.key: (g.current.check_ins_due, g.current.check_ins_kept) for g in by_month.groups} == {
        "2026-10": (4, 2), "2026-11": (1, 0)}


def test_a_check_in_still_to_come_or_after_the_case_closed_is_not_counted(rhythms) -> None:
    o, housing, _benefits = rhythms
    # Before the 6th, the check-in due that day is still to come: not counted yet.
    o.manager.statistics.today_override = date(2026, 11, 5)
    assert o.manager.statistics.breakdown(NOVEMBER).total.current.check_ins_due == 0
    # Resolved on 2 November: a rhythm kept while a case is open asks nothing after that.
    o.manager.statistics.today_override = date(2026, 11, 15)
    housing = o.priya.cases.get(housing.id)
    o.priya.cases.resolve(housing.id, Resolution("Plan agreed", True, Acceptability.YES), housing.version)
    assert o.manager.statistics.breakdown(NOVEMBER).total.current.check_ins_due == 0
    assert o.manager.statistics.breakdown(OCTOBER).total.current.check_ins_due == 4


def test_the_cases_behind_missed_check_ins(rhythms) -> None:
    o, housing, benefits = rhythms
    stats = o.manager.statistics
    stats.today_override = date(2026, 11, 15)
    b = stats.breakdown(OCTOBER, "worker")
    priya = next(g for g in b.groups if g.label == "Priya")
    missed = stats.drill_down(OCTOBER, "worker", priya.key, Cohort.CHECK_INS, "check_ins_missed")
    assert [r.case_id for r in missed.rows] == [housing.id] and missed.total == 1
    everyone = stats.drill_down(OCTOBER, "total", "all", Cohort.CHECK_INS, "check_ins_missed")
    assert sorted(r.case_id for r in everyone.rows) == sorted([housing.id, benefits.id])
    kept = stats.drill_down(OCTOBER, "worker", priya.key, Cohort.CHECK_INS, "check_ins_kept")
    assert [r.case_id for r in kept.rows] == [housing.id]
    with pytest.raises(ValidationError):
        stats.drill_down(OCTOBER, "worker", priya.key, Cohort.RESOLVED, "check_ins_missed")


def test_insights_card_counts_check_ins_the_same_way(rhythms) -> None:
    o, _housing, _benefits = rhythms
    figures = o.manager.statistics.client_care(OCTOBER, "worker")
    assert (figures.check_ins_kept, figures.check_in_gaps) == (2, 4)
    assert {g.group: (g.check_ins_due, g.check_ins_kept) for g in figures.groups} == {"Priya": (3, 2), "Sam": (1, 0)}


@pytest.mark.sqlite_only
def test_insight_shows_check_ins_kept_by_worker_and_lists_the_cases_behind_a_miss(rhythms, qtbot) -> None:
    from caseworker.ui.views.service_quality import ServiceQualityView
    from caseworker.ui.widgets.client_care_card import ClientCareCard
    from tests.conftest import ui_context

    o, housing, _benefits = rhythms
    ctx = ui_context(o.manager)
    view = ServiceQualityView(ctx, lambda: OCTOBER)
    qtbot.addWidget(view)
    view.by_choice.setCurrentIndex(view.by_choice.findData("worker"))
    view.reload()
    card = view.cards["check_ins_kept_rate"]
    assert card.value.text() == "50 %"
    view.figure_choice.setCurrentIndex(view.figure_choice.findData("check_ins_kept_rate"))
    assert [(c.label, c.current) for c in view.chart.items] == [("Priya", Decimal("0.6667")), ("Sam", Decimal("0"))]
    view.drill(next(g for g in view.breakdown.groups if g.label == "Priya"), "check_ins_kept_rate")
    dialog = view.dialogs[-1]
    qtbot.addWidget(dialog)
    assert "check-in missed" in dialog.windowTitle()
    assert [dialog.case_id_at(r) for r in range(dialog.model.rowCount())] == [housing.id]
    # The client-care card counts them the same way, per worker.
    care = ClientCareCard(ctx, lambda: OCTOBER)
    qtbot.addWidget(care)
    care.by.setCurrentIndex(care.by.findData("worker"))
    care.reload()
    headers = [care.table.horizontalHeaderItem(c).text() for c in range(care.table.columnCount())]
    column = headers.index("Check-ins kept\n(on rhythm)")
    assert [care.table.item(r, column).text() for r in range(care.table.rowCount())] == ["2 (67 %)", "0 (0 %)"]
    assert care.kept.text() == "Check-ins kept on the client's rhythm: 2 (50 %)"


@pytest.mark.sqlite_only
def test_caseworker_stats_prints_check_ins_by_worker(tmp_path, monkeypatch, capsys) -> None:
    import csv
    import io

    from caseworker.cli.main import main
    from caseworker.db.database import Database
    from caseworker.db.location import DatabaseLocation
    from caseworker.db.migrate import ensure_schema
    from caseworker.domain.permissions import Role
    from caseworker.services.container import Services
    from tests.conftest import make_user

    monkeypatch.setenv("CASEWORKER_PASSWORD", "long enough pw")
    path = str(tmp_path / "office.db")
    db = Database(DatabaseLocation.parse(path))
    ensure_schema(db)
    boss = Services(db, make_user(db, "boss", Role.ADMIN, Role.MANAGER, password="long enough pw"))
    priya = Services(db, make_user(db, "priya", Role.CASEWORKER, password="long enough pw"))
    category, _ = boss.cases.add_category(CategoryDraft("Housing", 5))
    client = add_client(db, "Amina", "Yusuf")
    case, _ = priya.cases.open_case(CaseDraft(client, category.id, "Rent", assignee_id=priya.actor.user_id,
                                              opened_on="2026-10-01"))
    for day in ("2026-10-05", "2026-10-12", "2026-10-30"):
        priya.cases.add_entry(case.id, "call", "Check-in", on=day)
    priya.care.set_rhythm(client, RhythmDraft(7))
    with db.transaction("test: the rhythm began earlier") as s:
        s.query(ContactRhythm).one().started_on = date(2026, 10, 1)
    db.dispose()
    argv = ["stats", "--db", path, "--user", "boss", "--from", "2026-10-01", "--to", "2026-10-31", "--by", "worker"]
    assert main([*argv, "--format", "csv"]) == 0
    rows = {r["label"]: r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    # Due 8 and 12 October, kept; due the 19th, missed (the next call came on the 30th).
    assert (rows["Priya"]["check_ins_due"], rows["Priya"]["check_ins_kept"], rows["Priya"]["check_ins_kept_rate"]) == (
        "3", "2", "0.6667")
    assert rows["All cases"]["check_ins_kept_rate"] == "0.6667"
    assert rows["Priya"]["previous_check_ins_due"] == "0" and rows["Priya"]["previous_check_ins_kept_rate"] == ""
    # A caseworker may not read the figures.
    assert main(["stats", "--db", path, "--user", "priya"]) != 0
