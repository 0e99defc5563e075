"""Insight's aid and grants tab shows the refusals by fund and month and the reports met on time."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caseworker.db.models import AidRefusal, Client, Fund, Funder, GrantApplication, GrantReportSubmission
from caseworker.domain.permissions import Role
from caseworker.domain.statistics import Period
from caseworker.ui.sections.insight import InsightSection
from tests.insight.test_drill_down_gui import insight

pytestmark = pytest.mark.sqlite_only
D = Decimal
YEAR_2025 = Period(date(2025, 1, 1), date(2025, 12, 31))


def test_refusals_and_report_deadlines_in_the_aid_and_grants_tab(db, admin, services_for, open_window,
                                                                  monkeypatch) -> None:
    with db.transaction("Test data") as s:
        fund, client, funder = Fund(name="Hardship", currency="GBP"), Client(first_name="A", last_name="B"), \
            Funder(name="Rowan Trust")
        s.add_all([fund, client, funder])
        s.flush()
        for on, kind in (("2025-03-02", "client_cap"), ("2025-03-20", "budget"), ("2025-03-21", "budget")):
            s.add(AidRefusal(user_id=admin.user_id, fund_id=fund.id, client_id=client.id, amount=D("10.00"),
                             currency="GBP", asked_on=date.fromisoformat(on), limit_kind=kind))
        grant = GrantApplication(funder_id=funder.id, title="Warm homes", currency="GBP", requested=D("1.00"),
                                 stage="reporting", report_first_due=date(2025, 3, 10),
                                 report_rule="FREQ=MONTHLY;INTERVAL=6")
        s.add(grant)
        s.flush()
        s.add(GrantReportSubmission(grant_id=grant.id, due_on=date(2025, 3, 10), submitted_on=date(2025, 3, 11),
                                    submitted_by_id=admin.user_id))
    monkeypatch.setattr(InsightSection, "period", lambda self: YEAR_2025)
    window = open_window(services_for(Role.MANAGER))
    section = insight(window)
    section.tabs.setCurrentWidget(section.aid_grants)
    view = section.aid_grants
    assert view.refusals.model.rows == [("Hardship", "2025-03", 1, 2, 3)]
    reports = dict(view.reports.model.rows)
    # Due 10 March (sent a day late) and 10 September (never sent).
    assert (reports["Submitted late"], reports["Not submitted, overdue"], reports["Met on time"]) == (1, 1, "0 %")
    assert view.refusals.view.accessibleName() == "Disbursements refused over a cap or a budget"
