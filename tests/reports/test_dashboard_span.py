"""The dashboard read at any span, a week to ten years: text and label positions read back."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseworker.domain.documents import DashboardData, MonthlyCases, RetentionYear, ServiceQuality
from caseworker.reports.documents.dashboard import nice_top, render_dashboard, thinned
from tests.reports import samples
from tests.reports.conftest import Pdf

MADE = {"made_by": "Jane Okafor", "made_at": datetime(2026, 11, 25, 14, 30, tzinfo=UTC)}


def months(first: date, count: int, *, zero: bool = False) -> tuple[MonthlyCases, ...]:
    found = []
    year, month = first.year, first.month
    for n in range(count):
        found.append(MonthlyCases(date(year, month, 1), 0 if zero else 20 + n % 7, 0 if zero else 18 + n % 5,
                                  0 if zero else n % 3, None if zero else Decimal(8 + n % 40)))
        year, month = year + month // 12, month % 12 + 1
    return tuple(found)


def dashboard(first: date, last: date, count: int, **more) -> DashboardData:
    return replace(samples.dashboard(), cases=months(date(first.year, first.month, 1), count),
                   period_start=first, period_end=last, **more)


def placed(path: Path, page: int = 0) -> list[tuple[str, float, float]]:
    """Every text run on the page with its position."""
    runs: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):  # noqa: ANN001
        if text.strip():
            runs.append((text.strip(), cm[0] * tm[4] + cm[2] * tm[5] + cm[4], cm[1] * tm[4] + cm[3] * tm[5] + cm[5]))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return runs


def test_five_years_read_by_quarter_with_labels_apart(tmp_path: Path) -> None:
    out = tmp_path / "five.pdf"
    render_dashboard(dashboard(date(2021, 1, 1), date(2025, 12, 31), 60), out, **MADE)
    pdf = Pdf(out)
    assert pdf.has("1 Jan 2021 to 31 Dec 2025")
    assert "2021-01-01" not in pdf.flat
    assert pdf.has("Cases per quarter") and pdf.has("Q1 2021") and pdf.has("Q4 2025")
    assert "Jan 2021" not in pdf.flat.replace("1 Jan 2021", "")  # no 60-row table of months
    assert len(re.findall(r"Q\d \d{4}\*? \d+ \d+ \d+(?= Q\d| Total)", pdf.flat)) == 20
    runs = placed(out)
    axis_y = max(round(y) for t, _x, y in runs if t == "Q1 2021")  # the chart sits above the table
    for prefix in ("Q", "Jan", "Dec"):  # the bars' quarters, then the line's months
        ticks = sorted(x for t, x, y in runs if round(y) == axis_y and t.startswith(prefix))
        assert 1 <= len(ticks) <= 9, prefix
    for kind in (("Q",), ("Jan", "Dec")):
        ticks = sorted(x for t, x, y in runs if round(y) == axis_y and t.startswith(kind))
        assert all(b - a >= 25 for a, b in zip(ticks, ticks[1:])), ticks


def test_ten_years_read_by_year(tmp_path: Path) -> None:
    out = tmp_path / "ten.pdf"
    render_dashboard(dashboard(date(2016, 1, 1), date(2025, 12, 31), 120), out, **MADE)
    pdf = Pdf(out)
    assert pdf.has("Cases per year")
    assert pdf.has("Year Opened Resolved Escalations")
    assert "Q1 2016" not in pdf.flat


def test_a_partial_month_is_marked(tmp_path: Path) -> None:
    out = tmp_path / "week.pdf"
    render_dashboard(dashboard(date(2026, 5, 4), date(2026, 5, 10), 1), out, **MADE)
    pdf = Pdf(out)
    assert pdf.has("May 2026*")
    assert pdf.has("* Part of the month only: the period runs from 4 May 2026 to 10 May 2026.")


def test_empty_charts_are_replaced_by_a_sentence(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    doc = replace(dashboard(date(2026, 1, 1), date(2026, 12, 31), 12), cases=months(date(2026, 1, 1), 12, zero=True),
                  retention=(RetentionYear(2026, 40, 0, 0),))
    render_dashboard(doc, out, **MADE)
    pdf = Pdf(out)
    assert pdf.has("No cases were opened, resolved or escalated in this period.")
    assert "Median days" not in pdf.flat and "Jan 2026 0 0 0" not in pdf.flat
    assert pdf.has("Retention compares each year's donors with the year before's")


def test_the_service_quality_figures_are_printed(tmp_path: Path) -> None:
    out = tmp_path / "q.pdf"
    quality = ServiceQuality(resolved=40, within_target=30, resolved_alone=28, with_specialist=12, acceptable_yes=20,
                             acceptable_partly=10, acceptable_no=10, mean_satisfaction=Decimal("4.25"), open_now=7,
                             overdue_now=2)
    render_dashboard(dashboard(date(2026, 1, 1), date(2026, 12, 31), 12, quality=quality), out, **MADE)
    pdf = Pdf(out)
    assert pdf.has("Resolved within target 30 (75%)")
    assert pdf.has("Outcome acceptable to the client 20 (50%)")
    assert pdf.has("Mean satisfaction (1 to 5) 4.2") or pdf.has("Mean satisfaction (1 to 5) 4.3")


@pytest.mark.parametrize(("value", "top"), [(37.0, 40.0), (4.0, 4.0), (113.0, 125.0), (0.0, 4.0), (9.5, 10.0)])
def test_a_value_axis_tops_above_its_largest_value(value: float, top: float) -> None:
    assert nice_top(value)[0] == top


def test_thinned_labels_keep_the_last() -> None:
    labels = [str(n) for n in range(20)]
    kept = [t for t in thinned(labels, 5) if t]
    assert len(kept) <= 6 and kept[-1] == "19" and kept[0] == "0"
