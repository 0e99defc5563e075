"""The window's table models keep Qt's model contract (checked by pytest-qt's ``qtmodeltester``,
Qt's own QAbstractItemModelTester): through loading, paging, sorting, filtering and refreshing, with
answers that arrive at once and answers that arrive later, as they do from the worker."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from caseworker.domain.listing import ListQuery
from caseworker.ui.models.lazy_table import PAGE, Column, LazyTableModel, RowSource
from caseworker.ui.models.plain_table import PlainTableModel
from caseworker.ui.sections.planner import Col, RowsModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    amount: Decimal


ROWS = [Row(i, f"Person {i:04d}", Decimal(i) / 4) for i in range(1, 2 * PAGE + 51)]


def _ids(_services, query: ListQuery) -> list[int]:
    found = [r for r in ROWS if query.text.lower() in r.name.lower()]
    if query.sort:
        found.sort(key=lambda r: getattr(r, query.sort), reverse=query.descending)
    return [r.id for r in found]


def _rows(_services, ids) -> list[Row]:
    by_id = {r.id: r for r in ROWS}
    return [by_id[i] for i in ids]


COLUMNS = [Column("name", "Name"), Column("amount", "Amount", align_right=True, format=lambda v: f"{v:.2f}")]


class Later:
    """A reader whose answers wait until :meth:`deliver`, as the worker's do."""

    def __init__(self) -> None:
        self.waiting: list = []

    def __call__(self, query, done) -> None:
        self.waiting.append(lambda: done(query(None)))

    def deliver(self) -> None:
        while self.waiting:
            self.waiting.pop(0)()


@pytest.mark.parametrize("answers", ["at once", "later"])
def test_the_lazy_table_keeps_the_model_contract(qtmodeltester, answers: str) -> None:
    reader = Later() if answers == "later" else (lambda query, done: done(query(None)))
    settle = reader.deliver if isinstance(reader, Later) else (lambda: None)
    model = LazyTableModel(COLUMNS, RowSource(_ids, _rows), reader)
    model.reload()
    settle()
    qtmodeltester.check(model)
    assert model.rowCount() == len(ROWS)
    # The last page, asked for by a view scrolling to the end.
    last = model.index(len(ROWS) - 1, 0)
    model.data(last)
    settle()
    assert model.data(last) == ROWS[-1].name
    model.sort(1, Qt.SortOrder.DescendingOrder)
    settle()
    assert model.data(model.index(0, 1)) == f"{ROWS[-1].amount:.2f}"
    model.set_query(model.query.with_text("Person 01"))
    settle()
    assert 0 < model.rowCount() < len(ROWS)
    model.refresh_ids({ROWS[100].id})
    settle()
    qtmodeltester.check(model)


def test_plain_and_preview_tables_keep_the_model_contract(qtmodeltester) -> None:
    plain = PlainTableModel(["Fund", "Given"])
    plain.set_rows([("Hardship", Decimal("120.50")), ("Food", None), ("Rent", Decimal(3))])
    qtmodeltester.check(plain)
    plain.sort(1, Qt.SortOrder.DescendingOrder)
    assert [r[0] for r in plain.rows] == ["Hardship", "Rent", "Food"]
    qtmodeltester.check(plain)

    preview = RowsModel([Col("Name", lambda r: r.name), Col("Amount", lambda r: str(r.amount), right=True)])
    preview.set_rows(ROWS[:30])
    qtmodeltester.check(preview)
