"""Rows of buttons wrap in a narrow pane, and the lines they take push what follows down."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTableView, QVBoxLayout, QWidget

from caseworker.ui.widgets.flow_layout import FlowLayout


def _pane(qtbot, width: int) -> tuple[QWidget, list[QPushButton], QTableView]:
    pane = QWidget()
    qtbot.addWidget(pane)
    column = QVBoxLayout(pane)
    row = FlowLayout()
    buttons = [QPushButton(f"Action number {i}", pane) for i in range(6)]
    for button in buttons:
        row.addWidget(button)
    buttons[2].hide()
    column.addLayout(row)
    table = QTableView(pane)
    column.addWidget(table, 1)
    pane.resize(width, 400)
    pane.show()
    qtbot.waitExposed(pane)
    return pane, buttons, table


def test_a_wide_pane_keeps_the_buttons_on_one_line(qtbot) -> None:
    pane, buttons, table = _pane(qtbot, 1200)
    shown = [b for b in buttons if b.isVisible()]
    assert len({b.geometry().top() for b in shown}) == 1
    assert [b.geometry().left() for b in shown] == sorted(b.geometry().left() for b in shown)
    assert table.geometry().top() > shown[0].geometry().bottom()


def test_a_narrow_pane_wraps_them_and_moves_the_table_below(qtbot) -> None:
    pane, buttons, table = _pane(qtbot, 300)
    shown = [b for b in buttons if b.isVisible()]
    assert len({b.geometry().top() for b in shown}) > 1
    assert all(b.geometry().right() < pane.width() for b in shown)
    assert table.geometry().top() > max(b.geometry().bottom() for b in shown)
    # A hidden button takes no place and the pane asks only for the widest one.
    assert pane.minimumSizeHint().width() < sum(b.sizeHint().width() for b in shown)
